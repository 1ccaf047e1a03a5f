#pragma once

#include "actuals/actualsrow.h"
#include "forecast/forecastoptions.h"
#include "optimize/optimizationresult.h"

#include <QDateTime>
#include <QPageSize>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace funnelcast::ui {

// What the report is asked to show and how.
struct ReportOptions
{
    QString language = QStringLiteral("en"); // "en" or "ko"
    QString scenario;                        // empty: the plan's first scenario
    // Absent: A4, or US Letter where the system locale measures in US units.
    std::optional<QPageSize::PageSizeId> pageSize;
    // Run the optimizer for the report (the command line's --optimize); a result the GUI has
    // already computed comes in ReportSources instead.
    std::optional<Objective> optimize;
    int draws = ForecastOptions::defaultDraws;
    std::uint64_t seed = ForecastOptions::defaultSeed;
    QDateTime generatedAt; // invalid: now
    QString author;        // PDF author (XMP dc:creator); empty: "Funnelcast"

    // The page size these options give on this system.
    QPageSize::PageSizeId effectivePageSize() const;
};

// Results computed elsewhere that the report includes when present.
struct ReportSources
{
    // Weekly actuals per plan channel (core/actuals), empty when none were imported.
    std::vector<std::pair<QString, std::vector<ActualsWeek>>> actuals;
    // An optimizer run for the report's scenario, with its frontier.
    std::optional<OptimizationResult> optimization;
    std::vector<FrontierPoint> frontier;
};

} // namespace funnelcast::ui
