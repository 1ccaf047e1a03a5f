#pragma once

#include "forecast/forecastresult.h"

#include <QCoreApplication>
#include <QString>

namespace funnelcast::ui {

// File > Export Forecast CSV: one row per channel and week with the base spend, impressions,
// clicks, orders and gross revenue, plus the P10/P90 orders when the bands have been computed.
// Numbers use a dot and no grouping so that spreadsheets in any locale read them back.
class ForecastCsv
{
    Q_DECLARE_TR_FUNCTIONS(ForecastCsv)

public:
    static QString text(const ForecastResult &result);
    // Writes atomically; throws InputError naming the file when it cannot be written.
    static void write(const QString &path, const ForecastResult &result);
};

} // namespace funnelcast::ui
