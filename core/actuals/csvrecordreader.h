#pragma once

#include "actuals/csvrecord.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace funnelcast {

// An RFC 4180 reader over UTF-8 chunks: quoted cells may hold delimiters, doubled quotes and
// line breaks; records end at LF, CRLF or CR. Physical lines are counted from 1. A record
// longer than maxRecordBytes, a NUL byte or an unclosed quote throws InputError naming the
// line, so memory stays bounded whatever the input.
class CsvRecordReader
{
public:
    using ChunkSource = std::function<bool(QByteArray *)>;

    CsvRecordReader(ChunkSource source, char delimiter, const QString &fileName);

    // Reads the next record; false at the end of the input.
    bool next(CsvRecord *record);

    static constexpr size_t maxRecordBytes = size_t(1) << 20;

private:
    bool fill();

    ChunkSource m_source;
    char m_delimiter;
    QString m_fileName;
    QByteArray m_chunk;
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_line = 1; // physical line of the next byte
    bool m_pendingCr = false; // the last byte was CR: a following LF belongs to it
};

} // namespace funnelcast
