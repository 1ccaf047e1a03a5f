#include "views/forecastpanel.h"

#include "charts/funnelchart.h"
#include "charts/planweekly.h"
#include "charts/stackedweeklychart.h"
#include "charts/weeklybandchart.h"
#include "document/forecastcontroller.h"
#include "document/plandocument.h"
#include "models/valueformat.h"
#include "views/kpicard.h"
#include "views/lazytabwidget.h"
#include "views/scenariocomparison.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace funnelcast::ui {

namespace {

QString count(double v)
{
    return QLocale().toString(v, 'f', 0);
}

QString ratio(double v)
{
    return QLocale().toString(v, 'f', 2) + QStringLiteral("×");
}

} // namespace

ForecastPanel::ForecastPanel(QWidget *parent)
    : QWidget(parent), m_controller(new ForecastController(this)), m_metric(new QComboBox(this)),
      m_chart(new WeeklyBandChart(this)), m_chartTabs(new LazyTabWidget(this)),
      m_busy(new QProgressBar(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("forecastPanel"));
    struct CardSpec
    {
        const char *key;
        QString title;
        QString tip;
    };
    const CardSpec specs[] = {
        {"spend", tr("Media spend"), tr("Paid-media spend of the scenario.")},
        {"cost", tr("Total cost"), tr("Media spend plus creator fees and content production.")},
        {"orders", tr("Orders"), tr("All orders the campaign causes, including those that land after its last week.")},
        {"gross", tr("Gross revenue"), tr("Orders times average order value.")},
        {"net", tr("Net revenue"), tr("Gross revenue after returns, selling fees and creator commissions.")},
        {"roas", tr("ROAS"), tr("Gross revenue per unit of total cost.")},
        {"cpa", tr("Cost per order"), tr("Total cost divided by orders.")},
        {"profit", tr("Profit"), tr("Net revenue times the product margin, minus total cost.")},
        {"reach", tr("Reach"), tr("Distinct people reached, combined over all channels.")},
    };
    auto *grid = new QGridLayout;
    grid->setSpacing(6);
    int i = 0;
    for (const CardSpec &spec : specs) {
        auto *card = new KpiCard(spec.title, spec.tip, this);
        m_cards.insert(QString::fromLatin1(spec.key), card);
        grid->addWidget(card, i / 3, i % 3);
        ++i;
    }

    m_metric->setObjectName(QStringLiteral("metricCombo"));
    m_metric->addItem(tr("Weekly orders"));
    m_metric->addItem(tr("Weekly gross revenue"));
    m_metric->setAccessibleName(tr("Chart shows"));
    m_metric->setToolTip(tr("What the weekly charts show"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(90);
    m_busy->setMaximumHeight(12);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Computing ranges"));
    m_busy->hide();
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *title = new QLabel(tr("<b>Forecast</b>"), this);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_status);
    header->addWidget(m_busy);

    m_chartTabs->setObjectName(QStringLiteral("chartTabs"));
    m_chartTabs->setAccessibleName(tr("Forecast charts"));
    m_chartTabs->setDocumentMode(true);
    m_chartTabs->addTab(m_chart, tr("Weekly"));
    m_chartTabs->addLazyTab(tr("By channel"), [this] {
        m_stacked = new StackedWeeklyChart(this);
        return m_stacked;
    });
    m_chartTabs->addLazyTab(tr("Funnel"), [this] { return buildFunnelPage(); });
    m_chartTabs->setTabToolTip(0, tr("The plan's weekly total: base line over the P10–P90 band"));
    m_chartTabs->setTabToolTip(1, tr("The weekly base forecast stacked by channel"));
    m_chartTabs->setTabToolTip(2, tr("Impressions to orders, with the conversion rate of each step"));
    m_chartTabs->setCornerWidget(m_metric, Qt::TopRightCorner);

    auto *current = new QWidget(this);
    auto *currentLayout = new QVBoxLayout(current);
    currentLayout->setContentsMargins(0, 6, 0, 0);
    currentLayout->addLayout(grid);
    currentLayout->addSpacing(6);
    currentLayout->addWidget(m_chartTabs, 1);

    m_scenarioTabs = new LazyTabWidget(this);
    m_scenarioTabs->setDocumentMode(true);
    m_scenarioTabs->addTab(current, tr("This scenario"));
    m_scenarioTabs->addLazyTab(tr("Compare scenarios"), [this] {
        m_comparison = new ScenarioComparison(this);
        m_comparison->setDocument(m_document);
        return m_comparison;
    });
    connect(m_scenarioTabs, &QTabWidget::currentChanged, this, &ForecastPanel::updateShownChart);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_scenarioTabs, 1);

    connect(m_controller, &ForecastController::baseReady, this, &ForecastPanel::showResult);
    connect(m_controller, &ForecastController::bandsReady, this, &ForecastPanel::showResult);
    connect(m_controller, &ForecastController::failed, this, &ForecastPanel::showError);
    connect(m_controller, &ForecastController::busyChanged, this, [this](bool busy) {
        m_busy->setVisible(busy);
        m_status->setText(busy ? tr("computing P10–P90 ranges…") : QString());
    });
    connect(m_metric, &QComboBox::currentIndexChanged, this, &ForecastPanel::showResult);
    // The metric applies to the weekly charts only.
    connect(m_chartTabs, &QTabWidget::currentChanged, this, [this](int index) {
        m_metric->setEnabled(index != FunnelTab);
        updateShownChart(); // the newly shown chart may hold older numbers
    });
}

// The funnel tab: which channel, then the funnel itself.
QWidget *ForecastPanel::buildFunnelPage()
{
    auto *funnelPage = new QWidget(this);
    m_funnelChannel = new QComboBox(funnelPage);
    m_funnelChannel->setObjectName(QStringLiteral("funnelChannelCombo"));
    m_funnelChannel->setAccessibleName(tr("Funnel of"));
    m_funnelChannel->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_funnel = new FunnelChart(funnelPage);
    auto *funnelLayout = new QVBoxLayout(funnelPage);
    funnelLayout->setContentsMargins(0, 6, 0, 0);
    auto *funnelHeader = new QHBoxLayout;
    auto *funnelLabel = new QLabel(tr("Funnel &of:"), funnelPage);
    funnelLabel->setBuddy(m_funnelChannel);
    funnelHeader->addWidget(funnelLabel);
    funnelHeader->addWidget(m_funnelChannel);
    funnelHeader->addStretch();
    funnelLayout->addLayout(funnelHeader);
    funnelLayout->addWidget(m_funnel, 1);
    connect(m_funnelChannel, &QComboBox::currentIndexChanged, this, &ForecastPanel::showFunnel);
    return funnelPage;
}

WeeklyBandChart *ForecastPanel::chart() const
{
    const_cast<ForecastPanel *>(this)->updateCharts(WeeklyChart);
    return m_chart;
}

StackedWeeklyChart *ForecastPanel::stackedChart() const
{
    m_chartTabs->page(StackedTab);
    const_cast<ForecastPanel *>(this)->updateCharts(StackedChart);
    return m_stacked;
}

FunnelChart *ForecastPanel::funnelChart() const
{
    m_chartTabs->page(FunnelTab);
    const_cast<ForecastPanel *>(this)->updateCharts(FunnelChartBit);
    return m_funnel;
}

QComboBox *ForecastPanel::funnelChannelCombo() const
{
    m_chartTabs->page(FunnelTab);
    const_cast<ForecastPanel *>(this)->updateCharts(FunnelChartBit);
    return m_funnelChannel;
}

QTabWidget *ForecastPanel::chartTabs() const
{
    return m_chartTabs;
}

ScenarioComparison *ForecastPanel::comparison() const
{
    m_scenarioTabs->page(1);
    return m_comparison;
}

void ForecastPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateShownChart();
}

void ForecastPanel::scheduleCharts()
{
    if (m_chartsScheduled)
        return;
    m_chartsScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_chartsScheduled = false;
        updateShownChart();
    });
}

void ForecastPanel::updateShownChart()
{
    if (!m_dirtyCharts || !m_chartTabs->isVisible())
        return;
    const int index = m_chartTabs->currentIndex();
    updateCharts(index == WeeklyTab ? WeeklyChart : index == StackedTab ? StackedChart : FunnelChartBit);
}

void ForecastPanel::updateCharts(int wanted)
{
    if (!m_stacked)
        wanted &= ~StackedChart;
    if (!m_funnel)
        wanted &= ~FunnelChartBit;
    const int todo = m_dirtyCharts & wanted;
    m_dirtyCharts &= ~wanted;
    if (!todo || !m_controller->hasResult() || !m_document)
        return;
    const ForecastResult &r = m_controller->result();
    const QString currency = m_document->plan().currency;
    const bool revenue = m_metric->currentIndex() == 1;
    const PlanWeekly::Metric metric =
        revenue ? PlanWeekly::Metric::GrossRevenue : PlanWeekly::Metric::Orders;
    const QString valueTitle = revenue ? tr("Gross revenue (%1)").arg(currency) : tr("Orders");
    if (todo & WeeklyChart) {
        const PlanWeekly weekly = PlanWeekly::of(r, metric);
        m_chart->setSeries(r.weeks, weekly.base, weekly.p10, weekly.p90);
        m_chart->setValueTitle(valueTitle);
    }
    if (todo & StackedChart) {
        std::vector<StackedWeeklyChart::Layer> layers;
        for (const ChannelForecast &channel : r.channels)
            layers.push_back({channel.name, PlanWeekly::band(channel.weekly, metric).base, false});
        m_stacked->setSeries(r.weeks, layers);
        m_stacked->setValueTitle(valueTitle);
    }
    if (todo & FunnelChartBit) {
        fillFunnelChannels();
        showFunnel();
    }
}

void ForecastPanel::setDocument(PlanDocument *document)
{
    m_document = document;
    m_controller->setDocument(document);
    if (m_comparison)
        m_comparison->setDocument(document);
}

void ForecastPanel::showError(const QString &message)
{
    for (KpiCard *card : std::as_const(m_cards))
        card->setValues(QStringLiteral("—"), QString());
    clearCharts();
    m_status->setText(tr("No forecast: %1").arg(message));
}

void ForecastPanel::clearCharts()
{
    m_dirtyCharts = 0;
    m_chart->clear();
    if (m_stacked)
        m_stacked->clear();
    if (m_funnel) {
        m_funnel->clear();
        const QSignalBlocker blocker(m_funnelChannel);
        m_funnelChannel->clear();
    }
}

void ForecastPanel::showResult()
{
    if (!m_controller->hasResult() || !m_document) {
        for (KpiCard *card : std::as_const(m_cards))
            card->setValues(QStringLiteral("—"), QString());
        clearCharts();
        return;
    }
    const ForecastResult &r = m_controller->result();
    const QString currency = m_document->plan().currency;
    const bool bands = m_controller->hasBands();
    const auto show = [&](const char *key, const StatBand &band,
                          const std::function<QString(double)> &format) {
        KpiCard *card = m_cards.value(QString::fromLatin1(key));
        QString range = bands ? tr("P10–P90: %1 – %2").arg(format(band.p10), format(band.p90))
                              : tr("range: computing…");
        if (bands && format(band.p10) == format(band.p90))
            range = tr("fixed by the plan");
        card->setValues(format(band.base), range);
    };
    const auto money = [&](double v) { return ValueFormat::money(v, currency); };
    show("spend", r.totals.spend, money);
    show("cost", r.totals.cost, money);
    show("orders", r.totals.orders, count);
    show("gross", r.totals.grossRevenue, money);
    show("net", r.totals.netRevenue, money);
    show("roas", r.totals.roas, ratio);
    if (r.totals.cpa)
        show("cpa", *r.totals.cpa, money);
    else
        m_cards.value(QStringLiteral("cpa"))->setValues(QStringLiteral("—"), tr("no orders"));
    show("profit", r.totals.profit, money);
    show("reach", r.totals.reach, count);
    if (!bands && m_controller->isBusy() == false)
        for (KpiCard *card : std::as_const(m_cards))
            if (card->rangeText() == tr("range: computing…"))
                card->setValues(card->baseText(), QString());

    m_dirtyCharts = AllCharts;
    scheduleCharts();
}

void ForecastPanel::fillFunnelChannels()
{
    const ForecastResult &r = m_controller->result();
    const QString selected = m_funnelChannel->currentText();
    const QSignalBlocker blocker(m_funnelChannel);
    m_funnelChannel->clear();
    m_funnelChannel->addItem(tr("Whole plan"), -1);
    for (size_t i = 0; i < r.channels.size(); ++i) {
        const ChannelForecast &c = r.channels[i];
        const QString name = c.kind == ChannelKind::Creator   ? tr("%1 (creator)").arg(c.name)
                             : c.kind == ChannelKind::Organic ? tr("%1 (organic)").arg(c.name)
                                                              : c.name;
        m_funnelChannel->addItem(name, int(i));
    }
    // Keep the channel the user chose while it exists (edits and scenario switches).
    m_funnelChannel->setCurrentIndex(std::max(0, m_funnelChannel->findText(selected)));
}

void ForecastPanel::showFunnel()
{
    if (!m_controller->hasResult() || m_funnelChannel->count() == 0) {
        m_funnel->clear();
        return;
    }
    const int channel = m_funnelChannel->currentData().toInt();
    m_funnel->setStages(FunnelChart::stagesOf(m_controller->result(), channel),
                        channel < 0 ? tr("Funnel of the whole plan (base forecast)")
                                    : tr("Funnel of %1 (base forecast)")
                                          .arg(m_controller->result().channels[size_t(channel)].name));
}

} // namespace funnelcast::ui
