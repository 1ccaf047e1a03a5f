#include "views/forecastpanel.h"

#include "charts/weeklybandchart.h"
#include "document/forecastcontroller.h"
#include "document/plandocument.h"
#include "models/valueformat.h"
#include "views/kpicard.h"
#include "views/scenariocomparison.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTabWidget>
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

// The plan's weekly series: channel series added up. The base adds exactly; adding the
// channels' P10s and P90s gives a band at least as wide as the true one (channels are drawn
// independently), so the chart errs on the side of caution.
void sumWeekly(const ForecastResult &result, bool revenue, std::vector<double> *base,
               std::vector<double> *p10, std::vector<double> *p90)
{
    const size_t weeks = result.weeks.size();
    base->assign(weeks, 0.0);
    p10->assign(weeks, 0.0);
    p90->assign(weeks, 0.0);
    for (const ChannelForecast &c : result.channels) {
        const WeeklyBand &band = revenue ? c.weekly.grossRevenue : c.weekly.orders;
        for (size_t t = 0; t < weeks; ++t) {
            if (t < band.base.size())
                (*base)[t] += band.base[t];
            if (t < band.p10.size())
                (*p10)[t] += band.p10[t];
            if (t < band.p90.size())
                (*p90)[t] += band.p90[t];
        }
    }
}

} // namespace

ForecastPanel::ForecastPanel(QWidget *parent)
    : QWidget(parent), m_controller(new ForecastController(this)), m_metric(new QComboBox(this)),
      m_chart(new WeeklyBandChart(this)), m_busy(new QProgressBar(this)), m_status(new QLabel(this)),
      m_comparison(new ScenarioComparison(this))
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

    m_metric->addItem(tr("Weekly orders"));
    m_metric->addItem(tr("Weekly gross revenue"));
    m_metric->setAccessibleName(tr("Chart shows"));
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

    auto *chartHeader = new QHBoxLayout;
    chartHeader->addWidget(m_metric);
    chartHeader->addStretch();

    auto *current = new QWidget(this);
    auto *currentLayout = new QVBoxLayout(current);
    currentLayout->setContentsMargins(0, 6, 0, 0);
    currentLayout->addLayout(grid);
    currentLayout->addSpacing(6);
    currentLayout->addLayout(chartHeader);
    currentLayout->addWidget(m_chart, 1);

    auto *tabs = new QTabWidget(this);
    tabs->setDocumentMode(true);
    tabs->addTab(current, tr("This scenario"));
    tabs->addTab(m_comparison, tr("Compare scenarios"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(tabs, 1);

    connect(m_controller, &ForecastController::baseReady, this, &ForecastPanel::showResult);
    connect(m_controller, &ForecastController::bandsReady, this, &ForecastPanel::showResult);
    connect(m_controller, &ForecastController::failed, this, &ForecastPanel::showError);
    connect(m_controller, &ForecastController::busyChanged, this, [this](bool busy) {
        m_busy->setVisible(busy);
        m_status->setText(busy ? tr("computing P10–P90 ranges…") : QString());
    });
    connect(m_metric, &QComboBox::currentIndexChanged, this, &ForecastPanel::showResult);
}

void ForecastPanel::setDocument(PlanDocument *document)
{
    m_document = document;
    m_controller->setDocument(document);
    m_comparison->setDocument(document);
}

void ForecastPanel::showError(const QString &message)
{
    for (KpiCard *card : std::as_const(m_cards))
        card->setValues(QStringLiteral("—"), QString());
    m_chart->clear();
    m_status->setText(tr("No forecast: %1").arg(message));
}

void ForecastPanel::showResult()
{
    if (!m_controller->hasResult() || !m_document) {
        for (KpiCard *card : std::as_const(m_cards))
            card->setValues(QStringLiteral("—"), QString());
        m_chart->clear();
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

    const bool revenue = m_metric->currentIndex() == 1;
    std::vector<double> base, p10, p90;
    sumWeekly(r, revenue, &base, &p10, &p90);
    if (!bands) {
        p10.clear();
        p90.clear();
    }
    m_chart->setSeries(r.weeks, base, p10, p90);
    m_chart->setValueTitle(revenue ? tr("Gross revenue (%1)").arg(currency) : tr("Orders"));
}

} // namespace funnelcast::ui
