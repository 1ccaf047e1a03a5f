#pragma once

#include "report/reportoptions.h"

#include "model/plan.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace funnelcast::ui {

// The GUI's way into the report: File > Export PDF and File > Print Preview call these with
// the open plan. Both use ReportDataCollector and ReportBuilder, exactly like
// `funnelcast report`, so the printed page and the exported file are the same document.
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)

public:
    // Asks for a file name (suggesting "<plan name>.pdf" in `folder`), writes the PDF, and
    // shows the one-sentence error if it fails. Returns the path written, or an empty string.
    static QString exportPdf(QWidget *parent, const Plan &plan, const ReportOptions &options,
                             const ReportSources &sources = ReportSources(),
                             const QString &folder = QString());
    // Opens QPrintPreviewDialog on the report; printing from it paints the same pages.
    static void printPreview(QWidget *parent, const Plan &plan, const ReportOptions &options,
                             const ReportSources &sources = ReportSources());
};

} // namespace funnelcast::ui
