// The later sections of ReportBuilder (creators and organic posting, scenario comparison,
// optimizer, plan against actuals, appendix); reportbuilder.cpp holds the first ones.
#include "report/reportbuilder.h"

#include "report/reportcanvas.h"
#include "report/reportchart.h"
#include "report/reporttable.h"

#include <algorithm>
#include <cmath>

namespace funnelcast::ui {

namespace {

const QString kDash = QStringLiteral(" \u2013 ");
using Align = ReportTable::Align;

} // namespace

void ReportBuilder::creatorsAndOrganic(ReportCanvas &canvas) const
{
    std::vector<const ReportChannel *> creators;
    std::vector<const ReportChannel *> organic;
    for (const ReportChannel &ch : m_data.channels) {
        if (ch.kind == ReportItemKind::Creator)
            creators.push_back(&ch);
        else if (ch.kind == ReportItemKind::Organic)
            organic.push_back(&ch);
    }
    if (creators.empty() && organic.empty())
        return;
    if (!creators.empty() && !organic.empty())
        canvas.heading(translated(QT_TRANSLATE_NOOP("Report", "Creators and organic posting")), 200);
    else if (!creators.empty())
        canvas.heading(translated(QT_TRANSLATE_NOOP("Report", "Creator deals")), 200);
    else
        canvas.heading(translated(QT_TRANSLATE_NOOP("Report", "Organic posting")), 200);

    if (!creators.empty()) {
        if (!organic.empty())
            canvas.subheading(translated(QT_TRANSLATE_NOOP("Report", "Creator deals")));
        ReportTable table({{translated(QT_TRANSLATE_NOOP("Report", "Creator")), 1.9, Align::Left},
                           {translated(QT_TRANSLATE_NOOP("Report", "Platform")), 1.1, Align::Left},
                           {translated(QT_TRANSLATE_NOOP("Report", "Followers")), 1.1, Align::Right},
                           {translated(QT_TRANSLATE_NOOP("Report", "Posts in weeks")), 1.1, Align::Right},
                           {translated(QT_TRANSLATE_NOOP("Report", "Fee per post")), 1.3, Align::Right},
                           {translated(QT_TRANSLATE_NOOP("Report", "Cost")), 1.3, Align::Right},
                           {translated(QT_TRANSLATE_NOOP("Report", "Orders")), 0.9, Align::Right},
                           {translated(QT_TRANSLATE_NOOP("Report", "Net revenue")), 1.4, Align::Right}});
        for (const ReportChannel *c : creators) {
            table.addRow({c->name, platformName(c->platform), m_text.number(c->followers),
                          c->postWeeks, m_text.money(c->feePerPost), m_text.money(c->totals.cost.base),
                          m_text.number(c->totals.orders.base), m_text.money(c->totals.netRevenue.base)});
        }
        table.setContinuedCaption(translated(QT_TRANSLATE_NOOP("Report", "Creator deals (continued)")));
        table.draw(canvas);
        canvas.note(translated(QT_TRANSLATE_NOOP("Report", "Weeks are counted from 1. Net revenue is after returns and the creator's commission.")));
    }
    if (!organic.empty()) {
        if (!creators.empty())
            canvas.subheading(translated(QT_TRANSLATE_NOOP("Report", "Organic posting")));
        ReportTable table({{translated(QT_TRANSLATE_NOOP("Report", "Stream")), 1.9, Align::Left},
                           {translated(QT_TRANSLATE_NOOP("Report", "Platform")), 1.1, Align::Left},
                           {translated(QT_TRANSLATE_NOOP("Report", "Followers")), 1.1, Align::Right},
                           {translated(QT_TRANSLATE_NOOP("Report", "Posts per week")), 1.0, Align::Right},
                           {translated(QT_TRANSLATE_NOOP("Report", "Cost per post")), 1.3, Align::Right},
                           {translated(QT_TRANSLATE_NOOP("Report", "Cost")), 1.3, Align::Right},
                           {translated(QT_TRANSLATE_NOOP("Report", "Orders")), 0.9, Align::Right},
                           {translated(QT_TRANSLATE_NOOP("Report", "Net revenue")), 1.4, Align::Right}});
        for (const ReportChannel *s : organic) {
            table.addRow({s->name, platformName(s->platform), m_text.number(s->followers),
                          m_text.number(s->postsPerWeek, s->postsPerWeek == std::floor(s->postsPerWeek) ? 0 : 1),
                          m_text.money(s->feePerPost), m_text.money(s->totals.cost.base),
                          m_text.number(s->totals.orders.base), m_text.money(s->totals.netRevenue.base)});
        }
        table.setContinuedCaption(translated(QT_TRANSLATE_NOOP("Report", "Organic posting (continued)")));
        table.draw(canvas);
    }
}

void ReportBuilder::scenarios(ReportCanvas &canvas) const
{
    if (m_data.scenarios.size() < 2)
        return;
    canvas.heading(translated(QT_TRANSLATE_NOOP("Report", "Scenario comparison")), 200);
    const ReportScenarioSummary *best = nullptr;
    for (const ReportScenarioSummary &s : m_data.scenarios) {
        if (!best || s.profit.base > best->profit.base)
            best = &s;
    }
    canvas.paragraph(translated(QT_TRANSLATE_NOOP("Report", "The plan has %1 scenarios, forecast with the same simulations. %2 has the highest expected profit, %3."))
                         .arg(m_data.scenarios.size())
                         .arg(best->name, m_text.money(best->profit.base)));
    ReportTable table({{translated(QT_TRANSLATE_NOOP("Report", "Scenario")), 1.3, Align::Left},
                       {translated(QT_TRANSLATE_NOOP("Report", "Budget")), 1.5, Align::Right},
                       {translated(QT_TRANSLATE_NOOP("Report", "Cost")), 1.5, Align::Right},
                       {translated(QT_TRANSLATE_NOOP("Report", "Orders")), 0.8, Align::Right},
                       {translated(QT_TRANSLATE_NOOP("Report", "Orders P10 \u2013 P90")), 1.4, Align::Right},
                       {translated(QT_TRANSLATE_NOOP("Report", "Net revenue")), 1.5, Align::Right},
                       {translated(QT_TRANSLATE_NOOP("Report", "Profit")), 1.6, Align::Right},
                       {translated(QT_TRANSLATE_NOOP("Report", "ROAS")), 0.9, Align::Right}});
    for (const ReportScenarioSummary &s : m_data.scenarios) {
        QString name = s.name;
        if (s.isReportScenario)
            name += QStringLiteral(" \u25c6");
        table.addRow({name, m_text.money(s.budget), m_text.money(s.cost.base), m_text.number(s.orders.base),
                      range(Unit::Count, s.orders), m_text.money(s.netRevenue.base),
                      m_text.money(s.profit.base), formatStat(Unit::Ratio, s.roas)});
    }
    table.draw(canvas);
    canvas.note(translated(QT_TRANSLATE_NOOP("Report", "\u25c6 marks the scenario this report describes.")));

    canvas.subheading(translated(QT_TRANSLATE_NOOP("Report", "Profit by scenario")), 100);
    std::vector<ReportChart::Bar> bars;
    int color = 0;
    for (const ReportScenarioSummary &s : m_data.scenarios) {
        ReportChart::Bar bar{s.name, s.profit.base, std::nullopt, std::nullopt, m_style.seriesColor(color++)};
        if (m_data.draws > 0) {
            bar.low = s.profit.p10;
            bar.high = s.profit.p90;
        }
        bars.push_back(bar);
    }
    const double height = 26.0 * static_cast<double>(bars.size()) + 22;
    canvas.ensureSpace(height);
    ReportChart::bars(canvas, QRectF(canvas.left(), canvas.y(), canvas.width(), height), bars,
                      [this](double v) { return m_text.money(v); },
                      m_data.draws > 0 ? translated(QT_TRANSLATE_NOOP("Report", "P10 \u2013 P90 range")) : QString());
    canvas.advance(height + 10);
}

void ReportBuilder::optimization(ReportCanvas &canvas) const
{
    if (!m_data.optimization)
        return;
    const ReportOptimization &o = *m_data.optimization;
    canvas.heading(translated(QT_TRANSLATE_NOOP("Report", "Optimizer proposal")), 220);
    const double change = o.currentValue != 0 ? (o.optimalValue - o.currentValue) / std::fabs(o.currentValue) : 0.0;
    canvas.paragraph(translated(QT_TRANSLATE_NOOP("Report", "Splitting the paid-media budget of %1 to maximise %2 at base values moves spend between channels as below. The scenario's %2 goes from %3 to %4 (%5)."))
                         .arg(m_text.money(o.budget), objectiveName(o.objective),
                              objectiveValue(o.objective, o.currentValue),
                              objectiveValue(o.objective, o.optimalValue),
                              (change >= 0 ? QStringLiteral("+") : QString()) + m_text.percent(change, 1)));
    ReportTable table({{translated(QT_TRANSLATE_NOOP("Report", "Channel")), 2.0, Align::Left},
                       {translated(QT_TRANSLATE_NOOP("Report", "Current spend")), 1.5, Align::Right},
                       {translated(QT_TRANSLATE_NOOP("Report", "Proposed spend")), 1.5, Align::Right},
                       {translated(QT_TRANSLATE_NOOP("Report", "Change")), 1.4, Align::Right},
                       {translated(QT_TRANSLATE_NOOP("Report", "Marginal value")), 1.3, Align::Right}});
    QStringList categories;
    std::vector<double> current;
    std::vector<double> proposed;
    for (const ReportOptimizedChannel &c : o.channels) {
        QString name = c.name;
        if (c.locked)
            name += QStringLiteral(" (%1)").arg(translated(QT_TRANSLATE_NOOP("Report", "locked")));
        const double delta = c.optimalSpend - c.currentSpend;
        QString deltaText = m_text.money(delta);
        if (delta > 0.5)
            deltaText.prepend(QLatin1Char('+'));
        // Orders per unit of money is tiny; per 1,000,000 (KRW) or 1,000 (others) reads better.
        const double per = m_text.moneyDecimals() == 0 ? 1e6 : 1e3;
        const QString marginal = o.objective == QLatin1String("orders")
                                     ? m_text.number(c.marginalValue * per, 2)
                                     : m_text.number(c.marginalValue, 2);
        table.addRow({name, m_text.money(c.currentSpend), m_text.money(c.optimalSpend), deltaText, marginal});
        categories << c.name;
        current.push_back(c.currentSpend);
        proposed.push_back(c.optimalSpend);
    }
    table.addRow({translated(QT_TRANSLATE_NOOP("Report", "Total")), m_text.money(o.currentSpend), m_text.money(o.optimalSpend),
                  m_text.money(o.optimalSpend - o.currentSpend), QString()},
                 ReportTable::RowStyle::Total);
    table.draw(canvas);
    if (o.objective == QLatin1String("orders")) {
        canvas.note(translated(QT_TRANSLATE_NOOP("Report", "Marginal value: extra orders per %1 more spend on the channel at the proposed spend."))
                        .arg(m_text.money(m_text.moneyDecimals() == 0 ? 1e6 : 1e3)));
    } else {
        canvas.note(translated(QT_TRANSLATE_NOOP("Report", "Marginal value: extra %1 per unit of extra spend on the channel at the proposed spend."))
                        .arg(objectiveName(o.objective)));
    }

    const double barsHeight = 20.0 * static_cast<double>(categories.size()) + 30;
    canvas.subheading(translated(QT_TRANSLATE_NOOP("Report", "Current and proposed spend")), barsHeight);
    canvas.ensureSpace(barsHeight);
    ReportChart::groupedBars(canvas, QRectF(canvas.left(), canvas.y(), canvas.width(), barsHeight), categories,
                             {translated(QT_TRANSLATE_NOOP("Report", "Current")), translated(QT_TRANSLATE_NOOP("Report", "Proposed"))},
                             {m_style.rule.darker(125), m_style.accent}, {current, proposed},
                             [this](double v) { return m_text.moneyCompact(v); });
    canvas.advance(barsHeight + 10);

    if (o.frontier.empty())
        return;
    canvas.subheading(translated(QT_TRANSLATE_NOOP("Report", "What more or less budget would buy")), 230);
    canvas.paragraph(translated(QT_TRANSLATE_NOOP("Report", "The best %1 the optimizer finds at each budget from a quarter to twice the current one. Each step up buys less than the one before: the channels saturate.")).arg(objectiveName(o.objective)));
    ReportChart::Axes axes;
    ReportChart::Line line{translated(QT_TRANSLATE_NOOP("Report", "Optimal %1")).arg(objectiveName(o.objective)), {}, m_style.accent, false, true, 1.8};
    for (const ReportFrontierPoint &p : o.frontier) {
        axes.x.push_back(p.budget);
        line.values.push_back(p.value);
    }
    axes.xFormat = [this](double v) { return m_text.moneyCompact(v); };
    axes.yFormat = [this, &o](double v) {
        return o.objective == QLatin1String("orders") ? m_text.compact(v) : m_text.moneyCompact(v);
    };
    axes.xTitle = translated(QT_TRANSLATE_NOOP("Report", "Paid-media budget"));
    axes.yTitle = translated(QT_TRANSLATE_NOOP("Report", "Optimal %1")).arg(objectiveName(o.objective));
    axes.yFromZero = true; // a flat frontier far from zero would otherwise look steep
    const double height = 190;
    canvas.ensureSpace(height);
    ReportChart::lines(canvas, QRectF(canvas.left(), canvas.y(), canvas.width(), height), axes, {}, {line},
                       {{o.budget, translated(QT_TRANSLATE_NOOP("Report", "current budget"))}});
    canvas.advance(height + 10);
    ReportTable frontier({{translated(QT_TRANSLATE_NOOP("Report", "Share of budget")), 1.0, Align::Right},
                          {translated(QT_TRANSLATE_NOOP("Report", "Budget")), 1.5, Align::Right},
                          {translated(QT_TRANSLATE_NOOP("Report", "Optimal %1")).arg(objectiveName(o.objective)), 1.5, Align::Right}});
    for (const ReportFrontierPoint &p : o.frontier) {
        frontier.addRow({o.budget > 0 ? m_text.percent(p.budget / o.budget, 0) : QString(), m_text.money(p.budget),
                         p.value ? objectiveValue(o.objective, *p.value)
                                 : translated(QT_TRANSLATE_NOOP("Report", "not feasible"))});
    }
    frontier.setContinuedCaption(translated(QT_TRANSLATE_NOOP("Report", "Budget frontier (continued)")));
    frontier.draw(canvas);
}

void ReportBuilder::pacing(ReportCanvas &canvas) const
{
    if (m_data.pacing.empty())
        return;
    canvas.heading(translated(QT_TRANSLATE_NOOP("Report", "Plan against actuals")), 240);
    // Totals over the weeks that have actuals, for the channels that have them.
    int lastWeek = -1;
    std::vector<double> plannedSpend(static_cast<size_t>(m_data.weeks), 0.0);
    std::vector<double> actualSpend(static_cast<size_t>(m_data.weeks), 0.0);
    std::vector<double> plannedOrders(static_cast<size_t>(m_data.weeks), 0.0);
    std::vector<double> actualOrders(static_cast<size_t>(m_data.weeks), 0.0);
    for (const ReportPacingChannel &ch : m_data.pacing) {
        for (size_t t = 0; t < ch.weeks.size() && t < plannedSpend.size(); ++t) {
            plannedSpend[t] += ch.weeks[t].plannedSpend;
            plannedOrders[t] += ch.weeks[t].plannedOrders;
            actualSpend[t] += ch.weeks[t].actualSpend;
            actualOrders[t] += ch.weeks[t].actualOrders;
            if (ch.weeks[t].hasActual)
                lastWeek = std::max(lastWeek, static_cast<int>(t));
        }
    }
    double ps = 0, as = 0, po = 0, ao = 0;
    for (int t = 0; t <= lastWeek; ++t) {
        ps += plannedSpend[static_cast<size_t>(t)];
        as += actualSpend[static_cast<size_t>(t)];
        po += plannedOrders[static_cast<size_t>(t)];
        ao += actualOrders[static_cast<size_t>(t)];
    }
    canvas.paragraph(translated(QT_TRANSLATE_NOOP("Report", "Through week %1, the channels with imported actuals spent %2 against %3 planned (%4 of plan) and brought %5 orders against %6 forecast (%7)."))
                         .arg(lastWeek + 1)
                         .arg(m_text.money(as), m_text.money(ps),
                              ps > 0 ? m_text.percent(as / ps, 0) : translated(QT_TRANSLATE_NOOP("Report", "n/a")),
                              m_text.number(ao), m_text.number(po),
                              po > 0 ? m_text.percent(ao / po, 0) : translated(QT_TRANSLATE_NOOP("Report", "n/a"))));

    // Cumulative spend and orders, plan against actual, side by side.
    const std::vector<QDate> weeks = m_data.weekStarts();
    ReportChart::Axes axes;
    for (size_t i = 0; i < weeks.size(); ++i)
        axes.x.push_back(static_cast<double>(i));
    axes.xFormat = [this, weeks](double x) {
        const int i = static_cast<int>(std::lround(x));
        return i >= 0 && i < static_cast<int>(weeks.size()) ? m_text.shortDate(weeks[static_cast<size_t>(i)]) : QString();
    };
    auto cumulative = [lastWeek](const std::vector<double> &v, bool actual) {
        std::vector<std::optional<double>> out;
        double run = 0;
        for (size_t i = 0; i < v.size(); ++i) {
            run += v[i];
            if (actual && static_cast<int>(i) > lastWeek)
                out.push_back(std::nullopt);
            else
                out.push_back(run);
        }
        return out;
    };
    const double height = 180;
    const double half = (canvas.width() - 16) / 2;
    canvas.ensureSpace(height);
    ReportChart::Axes spendAxes = axes;
    spendAxes.yFormat = [this](double v) { return m_text.moneyCompact(v); };
    spendAxes.yTitle = translated(QT_TRANSLATE_NOOP("Report", "Cumulative spend"));
    ReportChart::lines(canvas, QRectF(canvas.left(), canvas.y(), half, height), spendAxes, {},
                       {{translated(QT_TRANSLATE_NOOP("Report", "Plan")), cumulative(plannedSpend, false), m_style.muted, true, false, 1.4},
                        {translated(QT_TRANSLATE_NOOP("Report", "Actual")), cumulative(actualSpend, true), m_style.accent, false, true, 1.8}});
    ReportChart::Axes orderAxes = axes;
    orderAxes.yFormat = [this](double v) { return m_text.compact(v); };
    orderAxes.yTitle = translated(QT_TRANSLATE_NOOP("Report", "Cumulative orders"));
    ReportChart::lines(canvas, QRectF(canvas.left() + half + 16, canvas.y(), half, height), orderAxes, {},
                       {{translated(QT_TRANSLATE_NOOP("Report", "Forecast")), cumulative(plannedOrders, false), m_style.muted, true, false, 1.4},
                        {translated(QT_TRANSLATE_NOOP("Report", "Actual")), cumulative(actualOrders, true), m_style.seriesColor(1), false, true, 1.8}});
    canvas.advance(height + 12);

    ReportTable table({{translated(QT_TRANSLATE_NOOP("Report", "Week")), 1.3, Align::Left},
                       {translated(QT_TRANSLATE_NOOP("Report", "Planned spend")), 1.4, Align::Right},
                       {translated(QT_TRANSLATE_NOOP("Report", "Actual spend")), 1.4, Align::Right},
                       {translated(QT_TRANSLATE_NOOP("Report", "Pacing")), 0.8, Align::Right},
                       {translated(QT_TRANSLATE_NOOP("Report", "Forecast orders")), 1.1, Align::Right},
                       {translated(QT_TRANSLATE_NOOP("Report", "Actual orders")), 1.1, Align::Right}});
    for (const ReportPacingChannel &ch : m_data.pacing) {
        table.addRow({ch.name}, ReportTable::RowStyle::Group);
        for (size_t t = 0; t < ch.weeks.size() && static_cast<int>(t) <= lastWeek; ++t) {
            const ReportPacingWeek &w = ch.weeks[t];
            const QString dash = QStringLiteral("\u2013");
            table.addRow({m_text.shortDate(w.week), m_text.money(w.plannedSpend),
                          w.hasActual ? m_text.money(w.actualSpend) : dash,
                          w.hasActual && w.plannedSpend > 0 ? m_text.percent(w.actualSpend / w.plannedSpend, 0) : dash,
                          m_text.number(w.plannedOrders, 1),
                          w.hasActual ? m_text.number(w.actualOrders) : dash});
        }
    }
    table.setContinuedCaption(translated(QT_TRANSLATE_NOOP("Report", "Plan against actuals (continued)")));
    table.draw(canvas);
    canvas.note(translated(QT_TRANSLATE_NOOP("Report", "Planned figures are the base forecast; pacing is actual spend as a share of planned spend.")));
}

void ReportBuilder::appendix(ReportCanvas &canvas) const
{
    const QString title = translated(QT_TRANSLATE_NOOP("Report", "Appendix: assumptions"));
    canvas.setSection(title); // the new page's running header names the section it opens
    canvas.newPage();
    canvas.heading(title);
    canvas.paragraph(translated(QT_TRANSLATE_NOOP("Report", "Every input of the forecast. An uncertain input is given as low, base and high, read as its 10th, 50th and 90th percentile; a fixed input has the same value in all three.")));
    ReportTable table({{translated(QT_TRANSLATE_NOOP("Report", "Assumption")), 2.2, Align::Left},
                       {translated(QT_TRANSLATE_NOOP("Report", "Low")), 1.2, Align::Right},
                       {translated(QT_TRANSLATE_NOOP("Report", "Base")), 1.2, Align::Right},
                       {translated(QT_TRANSLATE_NOOP("Report", "High")), 1.2, Align::Right},
                       {translated(QT_TRANSLATE_NOOP("Report", "Source")), 2.2, Align::Left}});
    auto value = [this](const ReportAssumption &a, double v) {
        if (a.isRate)
            return m_text.percent(v, v != 0 && std::fabs(v) < 0.01 ? 2 : 1);
        if (a.isMoney)
            return m_text.money(v);
        return m_text.number(v);
    };
    QString item;
    for (const ReportAssumption &a : m_data.assumptions) {
        if (a.item != item) {
            item = a.item;
            table.addRow({item}, ReportTable::RowStyle::Group);
        }
        table.addRow({fieldName(a.field), value(a, a.low), value(a, a.base), value(a, a.high),
                      a.source.isEmpty() ? translated(QT_TRANSLATE_NOOP("Report", "Plan input"))
                                         : translated(QT_TRANSLATE_NOOP("Report", "%1 default")).arg(a.source)});
    }
    table.setContinuedCaption(translated(QT_TRANSLATE_NOOP("Report", "Assumptions (continued)")));
    table.draw(canvas);
    if (!m_data.sources.empty()) {
        canvas.subheading(translated(QT_TRANSLATE_NOOP("Report", "Sources of the defaults")), 40);
        // The source texts are citations from resources/platforms.json and stay as written.
        for (const auto &source : m_data.sources)
            canvas.note(translated(QT_TRANSLATE_NOOP("Report", "%1 default: %2")).arg(source.first, source.second));
    }

    canvas.subheading(translated(QT_TRANSLATE_NOOP("Report", "Method")), 60);
    canvas.paragraph(translated(QT_TRANSLATE_NOOP("Report", "The base forecast evaluates every input at its base value. The ranges come from %1 Monte Carlo simulations (seed %2): each uncertain input is drawn once per simulation from a split lognormal (amounts) or split logit-normal (rates) distribution whose 10th, 50th and 90th percentiles are its low, base and high, and every statistic's P10, P50 and P90 are taken over the simulations. Paid impressions saturate at the audience times its weekly frequency; carryover moves part of a week's orders into later weeks."))
                         .arg(m_text.number(m_data.draws))
                         .arg(m_data.seed));
    canvas.paragraph(translated(QT_TRANSLATE_NOOP("Report", "Cost is paid-media spend plus creator fees and organic production. Net revenue is gross revenue after returns, platform selling fees and creator commissions. Profit is net revenue times the product gross margin, less cost. ROAS is gross revenue per unit of cost.")));
}

} // namespace funnelcast::ui
