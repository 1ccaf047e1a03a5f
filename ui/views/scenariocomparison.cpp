#include "views/scenariocomparison.h"

#include "charts/planweekly.h"
#include "charts/scenarioweeklychart.h"
#include "document/plandocument.h"
#include "document/scenariobands.h"
#include "forecast/forecastengine.h"
#include "model/inputerror.h"
#include "models/valueformat.h"
#include "views/scenariocomparisondelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>
#include <map>

namespace funnelcast::ui {

namespace {

struct Row
{
    QString label;
    std::function<const StatBand *(const ForecastResult &)> stat; // nullptr: no value (CPA)
    bool money;
    bool higherIsBetter;
};

} // namespace

ScenarioComparison::ScenarioComparison(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(this)), m_weekly(new ScenarioWeeklyChart(this)),
      m_bands(new ScenarioBands(this))
{
    // The ranges arrive after the base figures: shown at once if visible, else on next show.
    connect(m_bands, &ScenarioBands::ready, this, &ScenarioComparison::planChanged);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setItemDelegate(new ScenarioComparisonDelegate(m_table));
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Scenario comparison"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto *note = new QLabel(tr("Base forecasts with their P10–P90 range once the draws are "
                               "done; below each figure, the difference from the "
                               "first scenario."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(note);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_weekly);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({500, 400}); // proportions: the chart gets a fair share of the height
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
}

void ScenarioComparison::setDocument(PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_bands->setDocument(document);
    if (m_document) {
        connect(m_document, &PlanDocument::planChanged, this, &ScenarioComparison::planChanged);
        connect(m_document, &PlanDocument::currentScenarioChanged, this,
                &ScenarioComparison::planChanged);
    }
    planChanged();
}

QTableWidget *ScenarioComparison::table() const
{
    ensureCurrent();
    return m_table;
}

ScenarioWeeklyChart *ScenarioComparison::weeklyChart() const
{
    ensureCurrent();
    return m_weekly;
}

void ScenarioComparison::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureCurrent();
}

void ScenarioComparison::planChanged()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void ScenarioComparison::ensureCurrent() const
{
    if (m_stale)
        const_cast<ScenarioComparison *>(this)->refresh();
}

void ScenarioComparison::refresh()
{
    m_stale = false;
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_weekly->clear();
    if (!m_document)
        return;
    const Plan &plan = m_document->plan();
    // With the Monte Carlo runs of every scenario when they are done (asked for here, they
    // arrive through ScenarioBands::ready), the base forecasts meanwhile.
    const bool withRanges
        = m_bands->isCurrent() && m_bands->results().size() == plan.scenarios.size();
    std::vector<ForecastResult> results;
    QStringList names;
    for (const Scenario &s : plan.scenarios) {
        names << s.name;
        if (withRanges)
            continue;
        try {
            results.push_back(ForecastEngine::base(plan, s));
        } catch (const InputError &) {
            results.push_back(ForecastResult());
        }
    }
    if (withRanges)
        results = m_bands->results();
    else
        m_bands->request();
    const std::vector<Row> rows = {
        {tr("Media spend"), [](const ForecastResult &r) { return &r.totals.spend; }, true, false},
        {tr("Total cost"), [](const ForecastResult &r) { return &r.totals.cost; }, true, false},
        {tr("Orders"), [](const ForecastResult &r) { return &r.totals.orders; }, false, true},
        {tr("Gross revenue"), [](const ForecastResult &r) { return &r.totals.grossRevenue; }, true, true},
        {tr("Net revenue"), [](const ForecastResult &r) { return &r.totals.netRevenue; }, true, true},
        {tr("Profit"), [](const ForecastResult &r) { return &r.totals.profit; }, true, true},
        {tr("ROAS"), [](const ForecastResult &r) { return &r.totals.roas; }, false, true},
        {tr("Cost per order"), [](const ForecastResult &r) {
             return r.totals.cpa ? &*r.totals.cpa : static_cast<const StatBand *>(nullptr); }, true, false},
        {tr("Reach"), [](const ForecastResult &r) { return &r.totals.reach; }, false, true},
    };
    // Spend per paid channel name, over all scenarios, in order of first appearance.
    QStringList channelNames;
    for (const Scenario &s : plan.scenarios)
        for (const PaidChannel &c : s.channels)
            if (!channelNames.contains(c.name))
                channelNames << c.name;

    m_table->setColumnCount(int(names.size()));
    m_table->setHorizontalHeaderLabels(names);
    m_table->setRowCount(int(rows.size() + channelNames.size()));
    const auto format = [&](double v, bool money, bool ratio) {
        if (ratio)
            return QLocale().toString(v, 'f', 2) + QStringLiteral("×");
        return money ? ValueFormat::money(v, plan.currency) : QLocale().toString(v, 'f', 0);
    };
    const auto setCell = [&](int row, int column, std::optional<double> value,
                             std::optional<double> reference, bool money, bool ratio,
                             bool higherIsBetter, const StatBand *band = nullptr) {
        auto *item = new QTableWidgetItem;
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        // The P10-P90 range as a second line, once the scenario's draws are in.
        const QString range = band && withRanges && band->p10 != band->p90
            ? QStringLiteral("\n") + tr("%1 – %2").arg(format(band->p10, money, ratio),
                                                       format(band->p90, money, ratio))
            : QString();
        // The delegate colours each line: the range neutral, only the difference green or red.
        item->setData(ScenarioComparisonDelegate::HasRangeRole, !range.isEmpty());
        if (!value) {
            item->setText(QStringLiteral("—"));
        } else if (column == 0 || !reference) {
            item->setText(format(*value, money, ratio) + range);
        } else {
            const double diff = *value - *reference;
            const QString sign = diff > 0 ? QStringLiteral("+") : diff < 0 ? QStringLiteral("−") : QString();
            const QString shown = format(std::abs(diff), money, ratio);
            const bool same = format(*value, money, ratio) == format(*reference, money, ratio);
            item->setText(same ? format(*value, money, ratio) + range
                               : QStringLiteral("%1%2\n%3%4").arg(format(*value, money, ratio), range, sign, shown));
            if (!same)
                item->setData(ScenarioComparisonDelegate::DifferenceRole,
                              (diff > 0) == higherIsBetter ? 1 : -1);
        }
        m_table->setItem(row, column, item);
    };
    QStringList rowLabels;
    for (size_t r = 0; r < rows.size(); ++r) {
        rowLabels << rows[r].label;
        const bool ratio = r == 6;
        const auto valueOf = [&](const ForecastResult &result) {
            const StatBand *band = rows[r].stat(result);
            return band ? std::optional<double>(band->base) : std::nullopt;
        };
        const std::optional<double> reference = valueOf(results.front());
        for (size_t c = 0; c < results.size(); ++c)
            setCell(int(r), int(c), valueOf(results[c]), reference, rows[r].money, ratio,
                    rows[r].higherIsBetter, rows[r].stat(results[c]));
    }
    for (int k = 0; k < channelNames.size(); ++k) {
        rowLabels << tr("Spend: %1").arg(channelNames[k]);
        std::vector<std::optional<double>> spends;
        for (const Scenario &s : plan.scenarios) {
            std::optional<double> spend;
            for (const PaidChannel &c : s.channels)
                if (c.name == channelNames[k])
                    spend = c.spend;
            spends.push_back(spend);
        }
        for (size_t c = 0; c < spends.size(); ++c)
            setCell(int(rows.size()) + k, int(c), spends[c], spends.front(), true, false, true);
    }
    m_table->setVerticalHeaderLabels(rowLabels);
    m_table->resizeRowsToContents();

    // Weekly orders from the plan-level weekly series (base forecasts: no bands).
    std::vector<ScenarioWeeklyChart::Line> lines;
    std::vector<QDate> weeks;
    for (size_t i = 0; i < results.size(); ++i) {
        lines.push_back({names[qsizetype(i)], PlanWeekly::of(results[i], PlanWeekly::Metric::Orders).base});
        if (results[i].weeks.size() > weeks.size())
            weeks = results[i].weeks;
    }
    m_weekly->setLines(weeks, lines, m_document->currentScenario());
}

} // namespace funnelcast::ui
