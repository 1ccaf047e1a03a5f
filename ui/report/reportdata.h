#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace funnelcast::ui {

// Everything the PDF report shows, as plain values. ReportDataCollector fills it from the plan,
// the forecast, the optimizer and the actuals; ReportBuilder only lays it out. Keeping the two
// apart lets tests build a report from known numbers and lets the layout never compute.

// A statistic with its base value and Monte Carlo percentiles. `valid` is false where the
// statistic does not exist (CPA with no orders).
struct ReportStat
{
    double base = 0.0;
    double p10 = 0.0;
    double p50 = 0.0;
    double p90 = 0.0;
    bool valid = true;
};

// A weekly series: one value per plan week, base and percentiles.
struct ReportSeries
{
    std::vector<double> base;
    std::vector<double> p10;
    std::vector<double> p50;
    std::vector<double> p90;
};

enum class ReportItemKind { Paid, Creator, Organic };

struct ReportTotals
{
    ReportStat spend;
    ReportStat cost;
    ReportStat impressions;
    ReportStat reach;
    ReportStat clicks;
    ReportStat orders;
    ReportStat tailOrders;
    ReportStat grossRevenue;
    ReportStat netRevenue;
    ReportStat profit; // plan totals only
    ReportStat roas;   // plan totals only
    ReportStat cpa;    // plan totals only
};

// The base-input funnel of one channel, campaign totals.
struct ReportFunnel
{
    double impressions = 0.0;
    double clicks = 0.0;
    double views = 0.0;
    double carts = 0.0;
    double orders = 0.0;
};

struct ReportChannel
{
    QString name;
    QString platform;
    ReportItemKind kind = ReportItemKind::Paid;
    ReportTotals totals;
    ReportFunnel funnel;
    ReportSeries weeklyOrders;  // realised orders O_t
    ReportSeries weeklyRevenue; // O_t * AOV
    ReportSeries weeklySpend;

    // Descriptive plan facts shown in the creator and organic tables.
    QString tier;
    double followers = 0.0;
    double reachRate = 0.0;
    int posts = 0;              // creators: number of posts; organic: posts over the plan
    double postsPerWeek = 0.0;  // organic
    double feePerPost = 0.0;    // creators: fee; organic: cost per post
    double commissionRate = 0.0;
    QString postWeeks;          // creators: "1, 3, 5" (1-based weeks)
};

struct ReportScenarioSummary
{
    QString name;
    bool isReportScenario = false;
    double budget = 0.0;
    ReportStat cost;
    ReportStat orders;
    ReportStat netRevenue;
    ReportStat profit;
    ReportStat roas;
};

struct ReportOptimizedChannel
{
    QString name;
    bool locked = false;
    double currentSpend = 0.0;
    double optimalSpend = 0.0;
    double currentValue = 0.0;
    double optimalValue = 0.0;
    double marginalValue = 0.0;
};

struct ReportFrontierPoint
{
    double budget = 0.0;
    std::optional<double> value;
};

// The optimizer's proposal for the report's scenario (MODEL.md section 7).
struct ReportOptimization
{
    QString objective; // "orders", "net_revenue" or "profit"
    double budget = 0.0;
    double currentValue = 0.0;
    double optimalValue = 0.0;
    double currentSpend = 0.0;
    double optimalSpend = 0.0;
    std::vector<ReportOptimizedChannel> channels;
    std::vector<ReportFrontierPoint> frontier;
};

struct ReportPacingWeek
{
    QDate week;
    double plannedSpend = 0.0;
    double actualSpend = 0.0;
    double plannedOrders = 0.0; // base forecast, realised orders
    double actualOrders = 0.0;
    bool hasActual = false;
};

struct ReportPacingChannel
{
    QString name;
    std::vector<ReportPacingWeek> weeks; // the plan's weeks, in order
};

// One uncertain input in the appendix.
struct ReportAssumption
{
    QString item;     // channel, creator or stream name
    QString field;    // JSON key, e.g. "ctr"
    QString kind;     // "rate", "amount"
    double low = 0.0;
    double base = 0.0;
    double high = 0.0;
    bool isRate = false;
    bool isMoney = false;
    QString source;   // where the value comes from
};

struct ReportData
{
    QString planName;
    QString scenarioName;
    QString currency;
    QDate start;
    int weeks = 0;
    double margin = 1.0;
    double population = 0.0;
    double budget = 0.0;
    QDateTime generatedAt;
    int draws = 0;
    quint64 seed = 0;

    ReportTotals totals;
    ReportSeries weeklyOrders;  // whole scenario
    ReportSeries weeklyRevenue; // whole scenario, gross
    ReportSeries weeklySpend;   // whole scenario, base
    std::vector<ReportChannel> channels;

    std::vector<ReportScenarioSummary> scenarios; // shown when there are two or more
    std::optional<ReportOptimization> optimization;
    std::vector<ReportPacingChannel> pacing;       // empty when there are no actuals
    std::vector<ReportAssumption> assumptions;
    // The defaults credited in the appendix's source column: (label, source text).
    std::vector<std::pair<QString, QString>> sources;

    std::vector<QDate> weekStarts() const;
};

} // namespace funnelcast::ui
