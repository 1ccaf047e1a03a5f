#include "actuals/csvrecordreader.h"

#include "model/inputerror.h"

#include <QCoreApplication>

namespace funnelcast {

bool CsvRecord::isBlank() const
{
    for (unsigned char c : data)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    return true;
}

CsvRecordReader::CsvRecordReader(ChunkSource source, char delimiter, const QString &fileName)
    : m_source(std::move(source))
    , m_delimiter(delimiter)
    , m_fileName(fileName)
{ }

bool CsvRecordReader::fill()
{
    m_chunk.clear();
    m_pos = 0;
    if (m_eof)
        return false;
    if (!m_source(&m_chunk)) {
        m_eof = true;
        return false;
    }
    return true;
}

bool CsvRecordReader::next(CsvRecord *record)
{
    enum class State { FieldStart, Unquoted, Quoted, QuoteSeen };
    std::string &data = record->data;
    data.clear();
    record->cells.clear();
    State state = State::FieldStart;
    size_t fieldStart = 0;
    bool any = false;
    record->line = m_line;
    const auto endField = [&]() {
        record->cells.emplace_back(fieldStart, data.size() - fieldStart);
        fieldStart = data.size();
        state = State::FieldStart;
    };
    const auto tooLong = [&]() {
        throw InputError(QCoreApplication::translate("CsvRecordReader",
            "%1 line %2: a row longer than 1 MB; this is not an ad-platform export.")
                             .arg(m_fileName)
                             .arg(record->line));
    };

    for (;;) {
        if (m_pos >= m_chunk.size()) {
            if (!fill()) {
                if (!any)
                    return false;
                if (state == State::Quoted)
                    throw InputError(QCoreApplication::translate("CsvRecordReader",
                        "%1 line %2: a quoted cell that starts here is never closed.")
                                         .arg(m_fileName)
                                         .arg(record->line));
                endField();
                return true;
            }
            continue;
        }
        const char c = m_chunk.at(m_pos++);
        if (m_pendingCr) {
            m_pendingCr = false;
            if (c == '\n')
                continue; // second half of CRLF: the line was counted at CR
        }
        if (!any) {
            any = true;
            record->line = m_line;
        }
        if (c == '\0')
            throw InputError(QCoreApplication::translate(
                "CsvRecordReader", "%1 line %2: the file contains binary data, not text.")
                                 .arg(m_fileName)
                                 .arg(m_line));
        switch (state) {
        case State::Quoted:
            if (c == '"') {
                state = State::QuoteSeen;
            } else if (c == '\r') {
                data.push_back('\n');
                ++m_line;
                m_pendingCr = true;
            } else {
                if (c == '\n')
                    ++m_line;
                data.push_back(c);
                // Copy the run of ordinary bytes that follows in one go.
                const char *p = m_chunk.constData() + m_pos;
                const char *end = m_chunk.constData() + m_chunk.size();
                const char *q = p;
                while (q < end && *q != '"' && *q != '\n' && *q != '\r' && *q != '\0')
                    ++q;
                data.append(p, size_t(q - p));
                m_pos += q - p;
            }
            break;
        case State::QuoteSeen:
            if (c == '"') {
                data.push_back('"');
                state = State::Quoted;
                break;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::FieldStart:
            if (state == State::FieldStart && c == '"') {
                state = State::Quoted;
                break;
            }
            [[fallthrough]];
        case State::Unquoted:
            if (c == m_delimiter) {
                endField();
            } else if (c == '\n' || c == '\r') {
                ++m_line;
                m_pendingCr = c == '\r';
                endField();
                return true;
            } else {
                data.push_back(c);
                state = State::Unquoted;
                const char *p = m_chunk.constData() + m_pos;
                const char *end = m_chunk.constData() + m_chunk.size();
                const char *q = p;
                const char delimiter = m_delimiter;
                while (q < end && *q != delimiter && *q != '\n' && *q != '\r' && *q != '\0')
                    ++q;
                data.append(p, size_t(q - p));
                m_pos += q - p;
            }
            break;
        }
        // Delimiters count too: a line of nothing but delimiters holds no data but a cell each.
        if (data.size() + record->cells.size() > maxRecordBytes)
            tooLong();
    }
}

} // namespace funnelcast
