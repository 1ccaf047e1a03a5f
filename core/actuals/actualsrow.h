#pragma once

#include <QDate>
#include <QString>

#include <string>

#include <optional>

namespace funnelcast {

// One imported row: a day (or a week starting that day) of one campaign/ad-group/ad of a
// channel. A metric the file lacks is absent, not zero.
struct ActualsRow
{
    QDate day;
    int days = 1; // 1 or 7
    std::string key; // the file's campaign / ad group / ad names, joined by U+001F (UTF-8)
    std::optional<double> spend;
    std::optional<double> impressions;
    std::optional<double> clicks;
    std::optional<double> orders;
    std::optional<double> revenue;
};

// Sums of one week on the plan's Monday grid (absent when no row of that week had the metric).
struct ActualsWeek
{
    QDate week; // its Monday
    int index = 0; // week number on the plan grid; negative before the start
    int daysCovered = 0; // days of the week with rows (7 for a weekly row)
    std::optional<double> spend;
    std::optional<double> impressions;
    std::optional<double> clicks;
    std::optional<double> orders;
    std::optional<double> revenue;
};

} // namespace funnelcast
