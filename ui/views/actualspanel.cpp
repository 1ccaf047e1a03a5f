#include "views/actualspanel.h"

#include "actuals/actualsstore.h"
#include "actuals/calibrator.h"
#include "charts/pacingchart.h"
#include "document/plandocument.h"
#include "model/inputerror.h"
#include "models/valueformat.h"
#include "storage/planfile.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>


namespace funnelcast::ui {

// Qt has the locale's percent sign but not where it goes: CLDR's percent patterns (checked
// against ICU 72) put a no-break space before it in German, French, Spanish, the Nordic and
// several Slavic languages ("90 %"), none in English or Korean ("90%"), and the sign first in
// Turkish ("%90") and Basque ("% 90"). Swiss German writes "90%".
QString ActualsPanel::percentText(double ratio, const QLocale &locale)
{
    const QString number = locale.toString(ratio * 100.0, 'f', 0);
    const QString sign = locale.percent();
    const QChar space(0x00a0);
    switch (locale.language()) {
    case QLocale::Turkish:
        return sign + number;
    case QLocale::Basque:
        return sign + space + number;
    case QLocale::German:
        if (locale.territory() == QLocale::Switzerland
            || locale.territory() == QLocale::Liechtenstein)
            return number + sign;
        return number + space + sign;
    case QLocale::French:
    case QLocale::Spanish:
    case QLocale::Catalan:
    case QLocale::Swedish:
    case QLocale::NorwegianBokmal:
    case QLocale::NorwegianNynorsk:
    case QLocale::Danish:
    case QLocale::Finnish:
    case QLocale::Czech:
    case QLocale::Slovak:
    case QLocale::Russian:
    case QLocale::Romanian:
    case QLocale::Lithuanian:
    case QLocale::Croatian:
    case QLocale::Slovenian:
        return number + space + sign;
    default:
        return number + sign;
    }
}

namespace {

QString percent(const std::optional<double> &ratio)
{
    if (!ratio)
        return QStringLiteral("–");
    return ActualsPanel::percentText(*ratio, QLocale());
}

QString count(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 0) : QStringLiteral("–");
}

QTableWidgetItem *cell(const QString &text, bool number = true)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ActualsPanel::ActualsPanel(QWidget *parent)
    : QWidget(parent), m_watcher(new QFutureWatcher<Calibration>(this)),
      m_channel(new QComboBox(this)), m_stack(new QStackedWidget(this)),
      m_empty(new QLabel(this)), m_chart(new PacingChart(this)), m_weeks(new QTableWidget(this)),
      m_calibrationStatus(new QLabel(this)), m_calibrationTable(new QTableWidget(this)),
      m_apply(new QPushButton(tr("&Apply to Channel"), this))
{
    setObjectName(QStringLiteral("actualsPanel"));

    m_channel->setObjectName(QStringLiteral("actualsChannelCombo"));
    m_channel->setAccessibleName(tr("Channel"));
    m_channel->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *channelLabel = new QLabel(tr("Cha&nnel:"), this);
    channelLabel->setBuddy(m_channel);
    auto *importButton = new QPushButton(tr("&Import Actuals…"), this);
    m_topImport = importButton;
    importButton->setToolTip(tr("Import a CSV export from Meta, Google Ads, TikTok, Naver or "
                                "Kakao (Ctrl+I)"));
    connect(importButton, &QPushButton::clicked, this, &ActualsPanel::importRequested);
    auto *top = new QHBoxLayout;
    top->addWidget(channelLabel);
    top->addWidget(m_channel);
    top->addStretch(1);
    top->addWidget(importButton);

    // Empty state: what the tab is for and how to fill it.
    m_empty->setObjectName(QStringLiteral("actualsEmptyState"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setFixedWidth(520); // a readable measure; a fixed width lets the height follow
    m_empty->setText(
        tr("Import what the ad platforms report to see how the campaign is pacing against the "
           "plan, and to calibrate the plan's assumptions from real results.")
        + QStringLiteral("\n\n")
        + tr("Use File › Import Actuals… (Ctrl+I), or drop a CSV export from Meta, Google Ads, "
             "TikTok, Naver or Kakao on this window."));
    m_empty->setMinimumHeight(m_empty->heightForWidth(520));
    auto *emptyTitle = new QLabel(tr("No actuals yet"), this);
    QFont titleFont = emptyTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    emptyTitle->setFont(titleFont);
    auto *emptyImport = new QPushButton(tr("Import Actuals…"), this);
    connect(emptyImport, &QPushButton::clicked, this, &ActualsPanel::importRequested);
    auto *emptyPage = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyTitle, 0, Qt::AlignHCenter);
    emptyLayout->addWidget(m_empty, 0, Qt::AlignHCenter);
    emptyLayout->addWidget(emptyImport, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_weeks->setObjectName(QStringLiteral("pacingTable"));
    m_weeks->setAccessibleName(tr("Plan vs actual by week"));
    m_weeks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_weeks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_weeks->setAlternatingRowColors(true);
    m_weeks->verticalHeader()->hide();
    m_weeks->verticalHeader()->setDefaultSectionSize(m_weeks->fontMetrics().height() + 8);
    m_weeks->setColumnCount(7);
    m_weeks->setHorizontalHeaderLabels({tr("Week"), tr("Planned spend"), tr("Actual spend"),
                                        tr("Spend pacing"), tr("Planned orders"),
                                        tr("Actual orders"), tr("Orders pacing")});
    m_weeks->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_weeks->horizontalHeaderItem(3)->setToolTip(
        tr("Spend to date as a share of the spend planned to date"));
    m_weeks->horizontalHeaderItem(6)->setToolTip(
        tr("Orders to date as a share of the orders forecast to date"));

    m_calibrationStatus->setObjectName(QStringLiteral("calibrationStatus"));
    m_calibrationStatus->setWordWrap(true);
    m_calibrationTable->setObjectName(QStringLiteral("calibrationTable"));
    m_calibrationTable->setAccessibleName(tr("Proposed assumptions"));
    m_calibrationTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_calibrationTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_calibrationTable->setWordWrap(true);
    m_calibrationTable->verticalHeader()->hide();
    m_calibrationTable->setColumnCount(4);
    m_calibrationTable->setHorizontalHeaderLabels(
        {tr("Assumption"), tr("Now (low / base / high)"), tr("Proposed (low / base / high)"),
         tr("How")});
    m_calibrationTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_calibrationTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_calibrationTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_apply->setObjectName(QStringLiteral("applyCalibration"));
    m_apply->setEnabled(false);
    m_apply->setToolTip(tr("Replace the channel's assumptions with the estimates that could be "
                           "made (one step: Ctrl+Z restores them)"));
    connect(m_apply, &QPushButton::clicked, this, &ActualsPanel::applyCalibration);

    auto *calibration = new QWidget(this);
    auto *calibrationLayout = new QVBoxLayout(calibration);
    auto *calibrationTop = new QHBoxLayout;
    calibrationTop->addWidget(m_calibrationStatus, 1);
    calibrationTop->addWidget(m_apply, 0, Qt::AlignTop);
    calibrationLayout->addLayout(calibrationTop);
    calibrationLayout->addWidget(m_calibrationTable, 1);

    // The chart on top; the week table and the calibration share the space below, one at a
    // time, so each gets the height its rows need in the editor pane.
    m_details = new QTabWidget(this);
    m_details->setObjectName(QStringLiteral("actualsDetails"));
    m_details->setDocumentMode(true);
    m_details->addTab(m_weeks, tr("&Week by week"));
    m_details->addTab(calibration, tr("Ca&libration"));
    auto *content = new QSplitter(Qt::Vertical, this);
    content->setObjectName(QStringLiteral("actualsSplitter"));
    content->addWidget(m_chart);
    content->addWidget(m_details);
    content->setStretchFactor(0, 1);
    content->setStretchFactor(1, 1);
    content->setChildrenCollapsible(false);

    m_stack->addWidget(emptyPage);
    m_stack->addWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_channel, &QComboBox::activated, this, [this] { refresh(); });
    m_calibrateTimer.setSingleShot(true);
    m_calibrateTimer.setInterval(150);
    connect(&m_calibrateTimer, &QTimer::timeout, this, &ActualsPanel::calibrateNow);
    connect(m_watcher, &QFutureWatcher<Calibration>::finished, this, [this] {
        if (m_watcher->property("generation").toULongLong() != m_generation)
            return; // a newer run is on its way
        m_calibrating = false;
        m_calibration = m_watcher->result();
        showCalibration();
        emit calibrationReady();
    });
    refresh();
}

ActualsPanel::~ActualsPanel()
{
    m_watcher->waitForFinished();
}

void ActualsPanel::setDocument(PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_calibration.reset();
    m_calibratedChannel.clear();
    if (document) {
        connect(document, &PlanDocument::planChanged, this, &ActualsPanel::refresh);
        connect(document, &PlanDocument::restructured, this, &ActualsPanel::refresh);
        connect(document, &PlanDocument::currentScenarioChanged, this, &ActualsPanel::refresh);
        connect(document, &PlanDocument::actualsChanged, this, &ActualsPanel::refresh);
    }
    refresh();
}

void ActualsPanel::setChannel(const QString &name)
{
    const int index = m_channel->findData(name);
    if (index >= 0)
        m_channel->setCurrentIndex(index);
    refresh();
}

QString ActualsPanel::channel() const
{
    return m_channel->currentIndex() <= 0 ? QString() : m_channel->currentData().toString();
}

void ActualsPanel::fillChannels()
{
    const QString chosen = channel();
    m_channel->clear();
    m_channel->addItem(tr("All channels"), QString());
    if (m_document) {
        const Plan &plan = m_document->plan();
        const int s = m_document->currentScenario();
        if (s >= 0 && s < int(plan.scenarios.size()))
            for (const PaidChannel &c : plan.scenarios[size_t(s)].channels)
                m_channel->addItem(c.name, c.name);
    }
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(chosen)));
}

void ActualsPanel::refresh()
{
    fillChannels();
    m_pacing = PlanVsActualChannel();
    m_hasActuals = false;
    std::vector<PlanVsActualChannel> all;
    if (m_document) {
        try {
            Database &db = m_document->file().database();
            const QStringList stored = ActualsStore(db).channels();
            for (int i = 1; i < m_channel->count(); ++i)
                m_hasActuals = m_hasActuals || stored.contains(m_channel->itemData(i).toString());
            if (m_hasActuals)
                all = PlanVsActual::compute(db, m_document->plan(), m_document->currentScenario());
        } catch (const InputError &e) {
            m_calibrationStatus->setText(e.message());
        }
    }
    const QString chosen = channel();
    if (chosen.isEmpty()) {
        m_pacing = PlanVsActual::total(all, tr("All channels"));
    } else {
        for (const PlanVsActualChannel &c : all)
            if (c.name == chosen)
                m_pacing = c;
    }
    m_stack->setCurrentIndex(m_hasActuals ? 1 : 0);
    m_topImport->setVisible(m_hasActuals); // the empty page has its own button
    if (m_hasActuals)
        m_chart->setData(m_pacing, m_document->plan().currency);
    else
        m_chart->clear();
    fillWeeks();
    scheduleCalibration();
}

void ActualsPanel::fillWeeks()
{
    m_weeks->setRowCount(int(m_pacing.weeks.size()));
    const QString currency = m_document ? m_document->plan().currency : QString();
    const int planWeeks = m_document ? m_document->plan().weeks : 0;
    for (int r = 0; r < int(m_pacing.weeks.size()); ++r) {
        const PlanVsActualWeek &w = m_pacing.weeks[size_t(r)];
        QString week = ValueFormat::mediumDate(w.week);
        if (w.index < 0 || w.index >= planWeeks)
            week = tr("%1 (outside the plan)").arg(week);
        const auto money = [&](const std::optional<double> &v) {
            return v ? ValueFormat::money(*v, currency) : QStringLiteral("–");
        };
        m_weeks->setItem(r, 0, cell(week, false));
        m_weeks->setItem(r, 1, cell(ValueFormat::money(w.plannedSpend, currency)));
        m_weeks->setItem(r, 2, cell(money(w.actualSpend)));
        m_weeks->setItem(r, 3, cell(percent(w.actualSpend || w.actualOrders ? w.spendPacing
                                                                              : std::nullopt)));
        m_weeks->setItem(r, 4, cell(QLocale().toString(w.plannedOrders, 'f', 1)));
        m_weeks->setItem(r, 5, cell(count(w.actualOrders)));
        m_weeks->setItem(r, 6, cell(percent(w.actualSpend || w.actualOrders ? w.ordersPacing
                                                                              : std::nullopt)));
    }
}

const PaidChannel *ActualsPanel::chosenChannel(int *index) const
{
    if (!m_document)
        return nullptr;
    const QString name = channel();
    const Plan &plan = m_document->plan();
    const int s = m_document->currentScenario();
    if (name.isEmpty() || s < 0 || s >= int(plan.scenarios.size()))
        return nullptr;
    const std::vector<PaidChannel> &channels = plan.scenarios[size_t(s)].channels;
    for (size_t i = 0; i < channels.size(); ++i) {
        if (channels[i].name == name) {
            if (index)
                *index = int(i);
            return &channels[i];
        }
    }
    return nullptr;
}

void ActualsPanel::scheduleCalibration()
{
    ++m_generation; // whatever is running is stale now
    m_calibrating = false;
    m_calibration.reset();
    const PaidChannel *c = chosenChannel();
    if (!m_hasActuals) {
        m_calibrationStatus->clear();
    } else if (!c) {
        m_calibrationStatus->setText(
            tr("Choose one channel above to estimate its assumptions from its actuals."));
    } else {
        m_calibrationStatus->setText(tr("Estimating from the actuals of “%1”…").arg(c->name));
        m_calibrating = true;
        m_calibrateTimer.start();
    }
    showCalibration();
}

void ActualsPanel::calibrateNow()
{
    m_calibrateTimer.stop();
    const PaidChannel *c = chosenChannel();
    if (!m_document || !c || !m_hasActuals)
        return;
    ++m_generation;
    m_calibrating = true;
    m_calibration.reset();
    std::vector<ActualsWeek> weeks;
    try {
        // The weekly sums come from SQL on this thread (the connection is not shared); the
        // estimates, with their bootstrap, on a worker.
        weeks = ActualsStore(m_document->file().database()).weekly(c->name, m_document->plan().start);
    } catch (const InputError &e) {
        m_calibrating = false;
        m_calibrationStatus->setText(e.message());
        return;
    }
    m_calibratedChannel = c->name;
    const PaidChannel channel = *c;
    m_watcher->setProperty("generation", m_generation);
    m_watcher->setFuture(QtConcurrent::run(
        [weeks, channel] { return Calibrator::calibrate(weeks, channel); }));
}

bool ActualsPanel::waitForCalibration(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    if (m_calibrateTimer.isActive())
        calibrateNow();
    while (m_calibrating && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return m_calibration.has_value();
}

void ActualsPanel::showCalibration()
{
    const PaidChannel *c = chosenChannel();
    const bool show = m_calibration && c && c->name == m_calibratedChannel;
    m_calibrationTable->setVisible(show);
    m_apply->setEnabled(show && Calibrator::apply(*c, *m_calibration) != *c);
    m_apply->setText(c ? tr("&Apply to “%1”").arg(c->name) : tr("&Apply to Channel"));
    if (!show) {
        m_calibrationTable->setRowCount(0);
        return;
    }
    const Calibration &cal = *m_calibration;
    const QString currency = m_document->plan().currency;
    m_calibrationStatus->setText(
        tr("From %n week(s) with actuals (%1 of them complete). Ranges are the P10–P90 of a "
           "bootstrap over the weeks.", nullptr, cal.weeks)
            .arg(cal.fullWeeks));

    std::optional<Uncertain> capacity;
    if (c->audience && c->maxWeeklyFrequency)
        capacity = Uncertain(c->audience->low * *c->maxWeeklyFrequency,
                             c->audience->base * *c->maxWeeklyFrequency,
                             c->audience->high * *c->maxWeeklyFrequency);
    const Uncertain funnel(c->viewRate.low * c->cartRate.low * c->purchaseRate.low,
                           c->viewRate.base * c->cartRate.base * c->purchaseRate.base,
                           c->viewRate.high * c->cartRate.high * c->purchaseRate.high);
    const bool stagesApply = cal.viewRate.ok && cal.cartRate.ok && cal.purchaseRate.ok;
    const QString stageHow = tr("Orders ÷ clicks, spread over the funnel stages keeping the "
                                "plan's proportions");
    QString capacityHow;
    if (c->maxWeeklyFrequency && *c->maxWeeklyFrequency > 0.0)
        capacityHow = tr("Least squares on weekly spend and impressions; applied as audience = "
                         "K ÷ max weekly frequency");
    else if (c->audience)
        capacityHow = tr("Least squares on weekly spend and impressions; applied as max weekly "
                         "frequency = K ÷ audience");
    else
        capacityHow = tr("Least squares on weekly spend and impressions; applied as audience = "
                         "K at 1 impression per person a week");

    struct Row
    {
        QString label;
        std::optional<Uncertain> current;
        const CalibratedValue *value;
        FieldUnit unit;
        QString how;
    };
    const Row rows[] = {
        {tr("CPM"), c->cpm, &cal.cpm, FieldUnit::Money,
         cal.cpmFromCapacityFit ? tr("Fitted together with K: the price before saturation")
                                : tr("Spend ÷ impressions × 1,000")},
        {tr("CTR"), c->ctr, &cal.ctr, FieldUnit::Percent, tr("Clicks ÷ impressions")},
        {tr("Click-to-order rate"), funnel, &cal.clickToOrderRate, FieldUnit::Percent,
         tr("Orders ÷ clicks (applied through the three stages below)")},
        {tr("View rate"), c->viewRate, &cal.viewRate, FieldUnit::Percent, stageHow},
        {tr("Cart rate"), c->cartRate, &cal.cartRate, FieldUnit::Percent, stageHow},
        {tr("Purchase rate"), c->purchaseRate, &cal.purchaseRate, FieldUnit::Percent, stageHow},
        {tr("AOV"), c->aov, &cal.aov, FieldUnit::Money, tr("Revenue ÷ orders")},
        {tr("Weekly capacity K"), capacity, &cal.capacity, FieldUnit::Count, capacityHow},
    };
    m_calibrationTable->setRowCount(int(std::size(rows)));
    QFont bold = m_calibrationTable->font();
    bold.setBold(true);
    for (int r = 0; r < int(std::size(rows)); ++r) {
        const Row &row = rows[r];
        m_calibrationTable->setItem(r, 0, cell(row.label, false));
        m_calibrationTable->setItem(
            r, 1,
            cell(row.current ? ValueFormat::uncertain(*row.current, row.unit, currency)
                             : tr("unlimited"),
                 false));
        QString how = row.how;
        QTableWidgetItem *proposed;
        if (row.value->ok) {
            proposed = cell(ValueFormat::uncertain(row.value->toUncertain(), row.unit, currency),
                            false);
            if (!row.current || *row.current != row.value->toUncertain())
                proposed->setFont(bold);
            const bool isStage = row.value == &cal.viewRate || row.value == &cal.cartRate
                                 || row.value == &cal.purchaseRate;
            if (isStage && !stagesApply)
                how = tr("Not applied: the other funnel stages could not be estimated.");
        } else {
            proposed = cell(tr("not estimated"), false);
            proposed->setForeground(palette().color(QPalette::PlaceholderText));
            QString reason = row.value->reason;
            if (!reason.isEmpty())
                reason[0] = reason[0].toUpper();
            how = reason;
        }
        m_calibrationTable->setItem(r, 2, proposed);
        m_calibrationTable->setItem(r, 3, cell(how, false));
    }
}

bool ActualsPanel::applyCalibration()
{
    int index = -1;
    const PaidChannel *c = chosenChannel(&index);
    if (!m_document || !c || !m_calibration || c->name != m_calibratedChannel)
        return false;
    const PaidChannel updated = Calibrator::apply(*c, *m_calibration);
    if (updated == *c)
        return false;
    const QString name = c->name;
    // One SetItemCommand replaces every assumption at once: one undo step, in the file at once.
    if (!m_document->setItem(ItemKind::PaidChannel, m_document->currentScenario(), index,
                             PlanItem(updated), tr("Calibrate “%1” from actuals").arg(name)))
        return false;
    m_calibrationStatus->setText(
        tr("Applied to “%1”. Undo (Ctrl+Z) restores the previous assumptions.").arg(name));
    return true;
}

} // namespace funnelcast::ui
