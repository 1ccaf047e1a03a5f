// funnelcast report PLAN --pdf OUT.pdf [--scenario S] [--lang ko|en] [--page a4|letter]
//                    [--optimize orders|net_revenue|profit] [--draws N] [--seed N] [--author NAME]
#include "arguments.h"
#include "commandregistry.h"

#include "io/planjson.h"
#include "model/inputerror.h"
#include "report/reportdatacollector.h"
#include "report/reportpdfwriter.h"
#include "report/reporttext.h"
#include "storage/planfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace funnelcast::app {

namespace {

int runReport(const QStringList &args)
{
    const Arguments arguments(args,
                              {QStringLiteral("pdf"), QStringLiteral("scenario"), QStringLiteral("lang"),
                               QStringLiteral("page"), QStringLiteral("optimize"), QStringLiteral("draws"),
                               QStringLiteral("seed"), QStringLiteral("author")},
                              {});
    const QString planPath = arguments.positional(0, QCoreApplication::translate("ReportCommand", "the plan file"));
    arguments.expectAtMostPositionals(1);
    const std::optional<QString> pdf = arguments.value(QStringLiteral("pdf"));
    if (!pdf || pdf->isEmpty())
        throw UsageError(QCoreApplication::translate("ReportCommand", "report needs the output file: --pdf OUT.pdf."));

    ui::ReportOptions options;
    options.language = arguments.value(QStringLiteral("lang")).value_or(QStringLiteral("en"));
    if (!ui::ReportText::isSupportedLanguage(options.language))
        throw UsageError(QCoreApplication::translate("ReportCommand", "Unknown --lang \"%1\"; use en or ko.").arg(options.language));
    if (const std::optional<QString> page = arguments.value(QStringLiteral("page"))) {
        if (page->compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
            options.pageSize = QPageSize::A4;
        else if (page->compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
            options.pageSize = QPageSize::Letter;
        else
            throw UsageError(QCoreApplication::translate("ReportCommand", "Unknown --page \"%1\"; use a4 or letter.").arg(*page));
    }
    if (const std::optional<QString> objective = arguments.value(QStringLiteral("optimize"))) {
        Objective parsed;
        if (!ObjectiveKeys::fromKey(*objective, &parsed))
            throw UsageError(QCoreApplication::translate("ReportCommand", "Unknown --optimize objective \"%1\"; use %2.")
                                 .arg(*objective, ObjectiveKeys::allKeysText()));
        options.optimize = parsed;
    }
    options.draws = static_cast<int>(arguments.integer(QStringLiteral("draws"), 0, ForecastOptions::maxDraws)
                                         .value_or(ForecastOptions::defaultDraws));
    options.seed = static_cast<std::uint64_t>(
        arguments.integer(QStringLiteral("seed"), 0, 9007199254740991LL).value_or(ForecastOptions::defaultSeed));
    options.scenario = arguments.value(QStringLiteral("scenario")).value_or(QString());
    options.author = arguments.value(QStringLiteral("author")).value_or(QString());

    // Refuse an impossible output before any work, and again (atomically) when writing.
    ui::ReportPdfWriter::checkOutputPath(*pdf);

    Plan plan;
    ui::ReportSources sources;
    if (planPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        QFile file(planPath);
        if (!file.open(QIODevice::ReadOnly))
            throw InputError(QCoreApplication::translate("ReportCommand", "Cannot read %1: %2.").arg(planPath, file.errorString()));
        plan = PlanJson::fromBytes(file.readAll(), QFileInfo(planPath).fileName());
    } else {
        const std::unique_ptr<PlanFile> file = PlanFile::open(planPath);
        plan = file->plan();
        sources.actuals = ui::ReportDataCollector::readActuals(*file, plan);
    }
    const ui::ReportData data = ui::ReportDataCollector::collect(plan, options, sources);
    ui::ReportPdfWriter::write(data, options, *pdf);
    return 0;
}

} // namespace

FUNNELCAST_REGISTER_COMMAND("report",
                            "report PLAN --pdf OUT.pdf [--scenario S] [--lang en|ko] [--page a4|letter] "
                            "[--optimize orders|net_revenue|profit] [--draws N] [--seed N] [--author NAME]",
                            QT_TRANSLATE_NOOP("Commands",
                                              "write the PDF report of a scenario (forecast, allocation, funnel, "
                                              "scenarios, optimizer, actuals, assumptions)"),
                            &runReport, true)

} // namespace funnelcast::app
