#include "actuals/textsource.h"

#include "model/inputerror.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <cstring>

namespace funnelcast {

namespace {

// Validates UTF-8. Returns the offset of the first invalid byte, or -1. When `atEnd` is false
// an incomplete sequence at the very end is not an error: *complete gets the length of the
// part that ends on a character boundary.
qsizetype invalidUtf8(const unsigned char *s, qsizetype n, bool atEnd, qsizetype *complete)
{
    qsizetype i = 0;
    while (i < n) {
        // Fast path over ASCII, eight bytes at a time.
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, s + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned int min = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + len > n) {
            // Check what is there, then leave the rest for the next chunk.
            for (qsizetype k = i + 1; k < n; ++k)
                if ((s[k] & 0xC0) != 0x80)
                    return i;
            if (atEnd)
                return i;
            *complete = i;
            return -1;
        }
        unsigned int cp = c & (0xFF >> (len + 1));
        for (int k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    *complete = n;
    return -1;
}

} // namespace

TextSource::TextSource(const QString &path)
    : m_path(path)
    , m_file(path)
{
    const QString name = QDir::toNativeSeparators(path);
    if (!m_file.open(QIODevice::ReadOnly))
        throw InputError(QCoreApplication::translate("TextSource", "%1 cannot be read: %2.").arg(name, m_file.errorString()));
    const qint64 size = m_file.size();
    if (size == 0)
        throw InputError(QCoreApplication::translate("TextSource", "%1 is empty.").arg(name));
    if (size > maxFileSize)
        throw InputError(
            QCoreApplication::translate("TextSource", "%1 is larger than 1 GB; export a shorter date range or split the file.").arg(name));
    detect();
}

QString TextSource::encodingName() const
{
    switch (m_encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Cp949:
        return QStringLiteral("CP949");
    }
    return QString();
}

void TextSource::detect()
{
    const QString name = QDir::toNativeSeparators(m_path);
    const QByteArray sample = m_file.read(chunkSize);
    const auto *u = reinterpret_cast<const unsigned char *>(sample.constData());
    const qsizetype n = sample.size();
    qint64 skip = 0;
    if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        m_encoding = Encoding::Utf8;
        m_bom = true;
        skip = 3;
    } else if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE) {
        m_encoding = Encoding::Utf16LE;
        m_bom = true;
        skip = 2;
    } else if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF) {
        m_encoding = Encoding::Utf16BE;
        m_bom = true;
        skip = 2;
    } else {
        if (std::memchr(sample.constData(), 0, static_cast<size_t>(n)))
            throw InputError(QCoreApplication::translate("TextSource", "%1 is not a text export: it contains binary data.").arg(name));
        qsizetype complete = 0;
        const bool whole = n == m_file.size();
        const qsizetype bad = invalidUtf8(u, n, whole, &complete);
        if (bad < 0) {
            m_encoding = Encoding::Utf8;
        } else {
            QStringDecoder cp949("CP949");
            if (!cp949.isValid())
                cp949 = QStringDecoder("EUC-KR");
            if (!cp949.isValid())
                throw InputError(QCoreApplication::translate("TextSource", "%1 is not UTF-8 and this build of Funnelcast cannot decode "
                                    "CP949 (EUC-KR); save the export as UTF-8.")
                                     .arg(name));
            QString probe = cp949(sample);
            Q_UNUSED(probe);
            if (cp949.hasError()) {
                const qint64 line
                    = 1 + std::count(sample.constBegin(), sample.constBegin() + bad, '\n');
                throw InputError(QCoreApplication::translate("TextSource", "%1 line %2: the text is neither UTF-8 nor CP949 (EUC-KR); "
                                    "save the export as UTF-8.")
                                     .arg(name)
                                     .arg(line));
            }
            m_encoding = Encoding::Cp949;
        }
    }
    switch (m_encoding) {
    case Encoding::Utf8:
        break;
    case Encoding::Utf16LE:
        m_decoder.emplace(QStringDecoder::Utf16LE);
        break;
    case Encoding::Utf16BE:
        m_decoder.emplace(QStringDecoder::Utf16BE);
        break;
    case Encoding::Cp949:
        m_decoder.emplace("CP949");
        if (!m_decoder->isValid())
            m_decoder.emplace("EUC-KR");
        break;
    }
    m_file.seek(skip);
}

void TextSource::countLines(const char *data, qsizetype size)
{
    m_linesBefore += std::count(data, data + size, '\n');
}

void TextSource::failDecode(const QByteArray &text, qsizetype offset)
{
    const qint64 line
        = m_linesBefore + 1 + std::count(text.constBegin(), text.constBegin() + offset, '\n');
    throw InputError(QCoreApplication::translate("TextSource", "%1 line %2: the text does not decode as %3; save the export as UTF-8.")
                         .arg(QDir::toNativeSeparators(m_path))
                         .arg(line)
                         .arg(encodingName()));
}

bool TextSource::read(QByteArray *chunk)
{
    m_raw.resize(chunkSize);
    const qint64 got = m_file.read(m_raw.data(), chunkSize);
    if (got < 0)
        throw InputError(QCoreApplication::translate("TextSource", "%1 cannot be read: %2.")
                             .arg(QDir::toNativeSeparators(m_path), m_file.errorString()));
    m_raw.resize(got);
    const bool atEnd = got == 0 || m_file.atEnd();

    if (m_encoding == Encoding::Utf8) {
        if (got == 0 && m_carry.isEmpty())
            return false;
        *chunk = m_carry;
        chunk->append(m_raw);
        m_carry.clear();
        qsizetype complete = 0;
        const qsizetype bad
            = invalidUtf8(reinterpret_cast<const unsigned char *>(chunk->constData()),
                chunk->size(), atEnd, &complete);
        if (bad >= 0)
            failDecode(*chunk, bad);
        if (complete < chunk->size()) {
            m_carry = chunk->mid(complete);
            chunk->truncate(complete);
        }
        countLines(chunk->constData(), chunk->size());
        return true;
    }

    if (got == 0)
        return false;
    const QString text = (*m_decoder)(m_raw);
    *chunk = text.toUtf8();
    if (m_decoder->hasError() || (atEnd && m_decoder->hasError())) {
        const qsizetype at = chunk->indexOf("\xEF\xBF\xBD"); // U+FFFD marks the failure
        failDecode(*chunk, at < 0 ? chunk->size() : at);
    }
    countLines(chunk->constData(), chunk->size());
    return true;
}

} // namespace funnelcast
