#include "report/reportexport.h"

#include "model/inputerror.h"
#include "report/reportdatacollector.h"
#include "report/reportpdfwriter.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>

namespace funnelcast::ui {

namespace {

QString suggestedFileName(const Plan &plan)
{
    QString name = plan.name.trimmed();
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|]+)")), QStringLiteral("-"));
    return name.isEmpty() ? QStringLiteral("report.pdf") : name + QStringLiteral(".pdf");
}

} // namespace

QString ReportExport::exportPdf(QWidget *parent, const Plan &plan, const ReportOptions &options,
                                const ReportSources &sources, const QString &folder)
{
    const QString start = folder.isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : folder;
    QString path = QFileDialog::getSaveFileName(parent, tr("Export PDF report"),
                                                QDir(start).filePath(suggestedFileName(plan)),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return QString();
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const ReportData data = ReportDataCollector::collect(plan, options, sources);
        ReportPdfWriter::write(data, options, path);
        QApplication::restoreOverrideCursor();
        return path;
    } catch (const InputError &e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(parent, tr("Export PDF report"), e.message());
    } catch (const UsageError &e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(parent, tr("Export PDF report"), e.message());
    }
    return QString();
}

void ReportExport::printPreview(QWidget *parent, const Plan &plan, const ReportOptions &options,
                                const ReportSources &sources)
{
    ReportData data;
    try {
        data = ReportDataCollector::collect(plan, options, sources);
    } catch (const InputError &e) {
        QMessageBox::warning(parent, tr("Print preview"), e.message());
        return;
    } catch (const UsageError &e) {
        QMessageBox::warning(parent, tr("Print preview"), e.message());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(options.effectivePageSize()));
    printer.setDocName(plan.name);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview: %1").arg(plan.name));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&data, &options](QPrinter *target) {
                         ReportPdfWriter::paint(data, options.language, target);
                     });
    dialog.exec();
}

} // namespace funnelcast::ui
