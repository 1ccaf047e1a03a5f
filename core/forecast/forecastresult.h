#pragma once

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace funnelcast {

// One statistic of a forecast: its value at base inputs and its P10/P50/P90 over the Monte
// Carlo draws (all four equal for a base-only forecast or a statistic no draw changes).
struct StatBand
{
    double base = 0.0;
    double p10 = 0.0;
    double p50 = 0.0;
    double p90 = 0.0;
};

// A weekly series of one statistic: one value per week in each of the four vectors.
struct WeeklyBand
{
    std::vector<double> base;
    std::vector<double> p10;
    std::vector<double> p50;
    std::vector<double> p90;
};

enum class ChannelKind { Paid, Creator, Organic };

struct ChannelTotals
{
    StatBand spend;        // paid S; 0 for creators and organic streams
    StatBand cost;         // S, creator fees, or organic production cost
    StatBand impressions;  // sum of I_t
    StatBand reach;        // R after all the campaign's impressions
    StatBand clicks;
    StatBand orders;       // all caused orders, sum of O0_t (the tail included)
    StatBand tailOrders;   // orders realised after the last week
    StatBand grossRevenue; // orders * AOV
    StatBand netRevenue;
};

struct ChannelWeekly
{
    WeeklyBand spend;
    WeeklyBand impressions;
    WeeklyBand clicks;
    WeeklyBand orders;       // realised orders O_t
    WeeklyBand grossRevenue; // O_t * AOV
};

// The base forecast's funnel per week (for the funnel chart): every stage at base inputs.
struct BaseFunnel
{
    std::vector<double> spend;
    std::vector<double> impressions;
    std::vector<double> clicks;
    std::vector<double> views;
    std::vector<double> carts;
    std::vector<double> causedOrders;   // O0_t
    std::vector<double> realisedOrders; // O_t
};

struct ChannelForecast
{
    QString name;
    ChannelKind kind = ChannelKind::Paid;
    int index = 0; // position in its scenario list (channels, creators or organic)
    ChannelTotals totals;
    ChannelWeekly weekly;
    BaseFunnel funnel;
};

struct PlanTotals
{
    StatBand spend;
    StatBand cost;
    StatBand impressions;
    StatBand reach;
    StatBand clicks;
    StatBand orders;
    StatBand grossRevenue;
    StatBand netRevenue;
    StatBand profit;
    StatBand roas;
    std::optional<StatBand> cpa; // absent when orders are 0
};

struct ForecastResult
{
    QString scenario;
    QString currency;
    int draws = 0;               // 0 for a base-only forecast
    unsigned long long seed = 0;
    bool cancelled = false;      // a cancelled run keeps its base values only (draws = 0)
    double population = 0.0;     // P used for the combined reach
    std::vector<QDate> weeks;    // start date of each week
    PlanTotals totals;
    // Plan totals per week (all channel kinds): spend, impressions, clicks, realised orders O_t
    // and gross revenue O_t * AOV. base = the sum of the channels' base series; p10/p50/p90 =
    // percentiles over the draws of the per-draw weekly plan sums (exact; not the sum of the
    // channels' percentiles), each draw summed in the fixed channel order so the numbers do not
    // depend on the thread count. With draws = 0 (or a cancelled run) the percentiles equal base.
    ChannelWeekly weekly;
    std::vector<ChannelForecast> channels; // paid channels, then creators, then organic streams
};

// A paid channel's base outcome at one total spend (response curves, optimizer checks).
struct ChannelResponse
{
    double spend = 0.0;
    double impressions = 0.0;
    double clicks = 0.0;
    double orders = 0.0; // all caused orders
    double grossRevenue = 0.0;
    double netRevenue = 0.0;
};

} // namespace funnelcast
