#include "report/reportpdfwriter.h"

#include "model/inputerror.h"
#include "report/reportbuilder.h"
#include "report/reportpagecounter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>

namespace funnelcast::ui {

namespace {

// Page geometry is in points everywhere; 1200 dpi keeps the PDF's coordinates exact enough
// for hairlines and lets text be measured finely.
constexpr int kResolution = 1200;

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

void setUpWriter(QPdfWriter &writer, const ReportBuilder &builder, const ReportOptions &options)
{
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(options.effectivePageSize()), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Point));
    writer.setTitle(builder.title());
    writer.setCreator(QStringLiteral("Funnelcast %1").arg(QStringLiteral(FUNNELCAST_VERSION)));
    // Qt 6.4 has no setAuthor/setSubject: they go in the XMP packet (DESIGN.md).
    const QString author = options.author.isEmpty() ? QStringLiteral("Funnelcast") : options.author;
    writer.setDocumentXmpMetadata(ReportPdfWriter::xmpMetadata(builder.title(), author, builder.subject(),
                                                               options.language));
}

} // namespace

QByteArray ReportPdfWriter::xmpMetadata(const QString &title, const QString &author,
                                        const QString &subject, const QString &language)
{
    const QString lang = language == QLatin1String("ko") ? QStringLiteral("ko-KR") : QStringLiteral("en-US");
    const QString tool = QStringLiteral("Funnelcast %1").arg(QStringLiteral(FUNNELCAST_VERSION));
    QString xmp;
    xmp += QStringLiteral("<?xpacket begin=\"") + QChar(0xfeff)
           + QStringLiteral("\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
    xmp += QStringLiteral(
               "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
               " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
               "  <rdf:Description rdf:about=\"\"\n"
               "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
               "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
               "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
               "   <dc:format>application/pdf</dc:format>\n"
               "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
               "   <dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
               "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%3</rdf:li></rdf:Alt></dc:description>\n"
               "   <dc:language><rdf:Bag><rdf:li>%4</rdf:li></rdf:Bag></dc:language>\n"
               "   <pdf:Producer>%5</pdf:Producer>\n"
               "   <xmp:CreatorTool>%5</xmp:CreatorTool>\n"
               "  </rdf:Description>\n"
               " </rdf:RDF>\n"
               "</x:xmpmeta>\n")
               .arg(xmlEscaped(title), xmlEscaped(author), xmlEscaped(subject), lang, xmlEscaped(tool));
    xmp += QStringLiteral("<?xpacket end=\"w\"?>");
    return xmp.toUtf8();
}

void ReportPdfWriter::writeTo(QIODevice *out, const ReportData &data, const ReportOptions &options)
{
    const ReportBuilder builder(data, options.language);
    // A first pass on a device that draws nothing counts the pages, so that every footer can
    // say "page n of N".
    QPdfWriter writer(out);
    setUpWriter(writer, builder, options);
    ReportPageCounter counter(writer.pageLayout(), writer.resolution());
    const int pages = builder.render(&counter, writer.pageLayout());
    if (builder.render(&writer, pages) == 0)
        throw InputError(QCoreApplication::translate("Report", "The report could not be drawn."));
}

QByteArray ReportPdfWriter::toBytes(const ReportData &data, const ReportOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeTo(&buffer, data, options);
    return buffer.data();
}

int ReportPdfWriter::paint(const ReportData &data, const QString &language, QPagedPaintDevice *device)
{
    const ReportBuilder builder(data, language);
    ReportPageCounter counter(device->pageLayout(), device->logicalDpiY());
    const int pages = builder.render(&counter, device->pageLayout());
    return builder.render(device, pages);
}

void ReportPdfWriter::checkOutputPath(const QString &path)
{
    if (path.isEmpty())
        throw UsageError(QCoreApplication::translate("Report", "No output file given; use --pdf OUT.pdf."));
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    // The mode bits only (WriteUser is access() again, which allows root everything).
    constexpr QFile::Permissions anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    if (!folder.exists() || !folder.isDir()) {
        throw InputError(QCoreApplication::translate("Report", "Cannot write the report %1: the folder %2 does not exist.")
                             .arg(path, QDir::toNativeSeparators(info.absolutePath())));
    }
    // Permission bits are checked as well as access(): run as root, access() allows anything,
    // but a folder or file with no write bit at all is meant to stay as it is.
    if (!folder.isWritable() || !(folder.permissions() & anyWrite)) {
        throw InputError(QCoreApplication::translate("Report", "Cannot write the report %1: the folder %2 is not writable.")
                             .arg(path, QDir::toNativeSeparators(info.absolutePath())));
    }
    if (info.exists() && info.isDir())
        throw InputError(QCoreApplication::translate("Report", "Cannot write the report %1: it is a folder.").arg(path));
    if (info.exists() && (!info.isWritable() || !(info.permissions() & anyWrite)))
        throw InputError(QCoreApplication::translate("Report", "Cannot write the report %1: the file exists and is read-only.").arg(path));
}

void ReportPdfWriter::write(const ReportData &data, const ReportOptions &options, const QString &path)
{
    checkOutputPath(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw InputError(QCoreApplication::translate("Report", "Cannot write the report %1: %2.").arg(path, file.errorString()));
    try {
        writeTo(&file, data, options);
    } catch (...) {
        file.cancelWriting();
        throw;
    }
    if (!file.commit())
        throw InputError(QCoreApplication::translate("Report", "Cannot write the report %1: %2.").arg(path, file.errorString()));
}

} // namespace funnelcast::ui
