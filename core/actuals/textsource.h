#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringDecoder>

#include <optional>

namespace funnelcast {

// Reads an export file in bounded chunks and hands them on as UTF-8, whatever the file's
// encoding: UTF-8 with or without BOM, UTF-16LE/BE with BOM, CP949 (EUC-KR). The encoding is
// detected from the BOM or, without one, from the first megabyte. Bytes that do not decode
// stop the read with an InputError naming the physical line. Memory stays bounded: one chunk.
class TextSource
{
public:
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Cp949 };

    // Opens and sniffs the file; throws InputError (missing, empty, too large, binary,
    // undecodable, or an encoding this build cannot decode).
    explicit TextSource(const QString &path);

    Encoding encoding() const { return m_encoding; }
    QString encodingName() const;
    bool hadBom() const { return m_bom; }

    // The next chunk of UTF-8 text; false at the end of the file.
    bool read(QByteArray *chunk);
    // How far reading has come, in bytes of the file (for a progress bar).
    qint64 bytesRead() const { return m_file.pos(); }
    qint64 fileSize() const { return m_file.size(); }

    // Larger files are refused up front: a daily export of several years is far smaller.
    static constexpr qint64 maxFileSize = qint64(1) << 30;
    static constexpr qint64 chunkSize = qint64(1) << 20;

private:
    void detect();
    [[noreturn]] void failDecode(const QByteArray &text, qsizetype offset);
    void countLines(const char *data, qsizetype size);

    QString m_path;
    QFile m_file;
    Encoding m_encoding = Encoding::Utf8;
    bool m_bom = false;
    std::optional<QStringDecoder> m_decoder;
    QByteArray m_carry; // an incomplete UTF-8 sequence at the end of the last chunk
    QByteArray m_raw; // reused read buffer
    qint64 m_linesBefore = 0; // newlines in the text handed on so far
};

} // namespace funnelcast
