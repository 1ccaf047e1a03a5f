#pragma once

#include "report/reportdata.h"
#include "report/reportoptions.h"

#include <QByteArray>
#include <QString>

class QPagedPaintDevice;

namespace funnelcast::ui {

// Turns ReportData into a PDF file, or paints it on a printer for the GUI's print preview.
// The same ReportBuilder draws both.
class ReportPdfWriter
{
public:
    // Writes the PDF to `path` through a temporary file beside it that is renamed into place
    // (QSaveFile), so a failure leaves no partial file and an existing report untouched.
    // Throws InputError naming the path when the folder is missing or not writable, the target
    // is a folder or a read-only file, or the write fails.
    static void write(const ReportData &data, const ReportOptions &options, const QString &path);
    // The PDF as bytes (tests, the GUI's export before choosing a file).
    static QByteArray toBytes(const ReportData &data, const ReportOptions &options);
    // Paints the report on a paged device (a QPrinter from QPrintPreviewDialog): a first pass
    // on a scratch PDF of the same page layout counts the pages for "page n of N". Returns the
    // number of pages, 0 when the device could not be painted on.
    static int paint(const ReportData &data, const QString &language, QPagedPaintDevice *device);

    // Throws InputError when `path` cannot take the report (see write()).
    static void checkOutputPath(const QString &path);
    // The XMP packet with title, author (creator), subject (description) and the tool.
    static QByteArray xmpMetadata(const QString &title, const QString &author,
                                  const QString &subject, const QString &language);

private:
    static void writeTo(QIODevice *out, const ReportData &data, const ReportOptions &options);
};

} // namespace funnelcast::ui
