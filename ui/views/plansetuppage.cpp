#include "views/plansetuppage.h"

#include "document/fieldinfo.h"
#include "document/plandocument.h"
#include "models/refusalcapture.h"
#include "models/valueformat.h"
#include "views/fieldmarker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace funnelcast::ui {

namespace {

enum MergeKey { NameKey = 1, CurrencyKey, StartKey, WeeksKey, PopulationKey, MarginKey };

template <class Field>
Field *labelled(Field *field, const char *key)
{
    const FieldInfo info = FieldInfo::of(key);
    field->setToolTip(info.toolTip);
    field->setAccessibleName(info.label);
    field->setWhatsThis(info.toolTip);
    return field;
}

} // namespace

PlanSetupPage::PlanSetupPage(QWidget *parent)
    : QWidget(parent), m_name(labelled(new QLineEdit(this), "name")),
      m_currency(labelled(new QComboBox(this), "currency")),
      m_start(labelled(new QDateEdit(this), "start")),
      m_weeks(labelled(new QSpinBox(this), "weeks")),
      m_population(labelled(new QLineEdit(this), "population")),
      m_margin(labelled(new QLineEdit(this), "margin")), m_scenarioTitle(new QLabel(this)),
      m_budget(labelled(new QLineEdit(this), "budget")), m_summary(new QLabel(this)),
      m_planProblem(new QLabel(this)), m_budgetProblem(new QLabel(this))
{
    m_name->setToolTip(tr("The plan's name, shown in the title bar and on reports."));
    m_name->setAccessibleName(tr("Plan name"));
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("KRW"), QStringLiteral("USD"), QStringLiteral("EUR"),
                          QStringLiteral("JPY"), QStringLiteral("GBP"), QStringLiteral("CNY"),
                          QStringLiteral("TWD"), QStringLiteral("SGD"), QStringLiteral("VND"),
                          QStringLiteral("THB"), QStringLiteral("IDR")});
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_start->setKeyboardTracking(false);
    m_weeks->setRange(1, 156);
    m_weeks->setKeyboardTracking(false);
    m_weeks->setSuffix(tr(" weeks"));
    m_population->setPlaceholderText(tr("automatic: the channels' audiences and followers"));
    m_margin->setPlaceholderText(tr("e.g. 60%"));
    m_budget->setPlaceholderText(tr("the sum of the channels' spends"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    for (QLabel *problem : {m_planProblem, m_budgetProblem}) {
        problem->setWordWrap(true);
        problem->setTextFormat(Qt::PlainText);
        QPalette p = problem->palette();
        const bool dark = p.color(QPalette::Window).lightness() < 128;
        p.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x7a) : QColor(0xc0, 0x39, 0x2b));
        problem->setPalette(p);
        problem->setAccessibleName(tr("Problem with the value typed"));
        problem->hide();
    }

    auto *planForm = new QFormLayout;
    planForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    planForm->addRow(tr("Plan &name:"), m_name);
    planForm->addRow(tr("C&urrency:"), m_currency);
    planForm->addRow(tr("Start &week (Monday):"), m_start);
    planForm->addRow(tr("&Length:"), m_weeks);
    planForm->addRow(tr("Tar&get population:"), m_population);
    planForm->addRow(tr("Product &margin:"), m_margin);
    planForm->addRow(QString(), m_planProblem);

    auto *scenarioForm = new QFormLayout;
    scenarioForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    scenarioForm->addRow(tr("Paid-media bu&dget:"), m_budget);
    scenarioForm->addRow(QString(), m_budgetProblem);
    scenarioForm->addRow(QString(), m_summary);

    auto *title = new QLabel(tr("<b>Plan</b>"), this);
    m_scenarioTitle->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(title);
    layout->addLayout(planForm);
    layout->addSpacing(16);
    layout->addWidget(m_scenarioTitle);
    layout->addLayout(scenarioForm);
    layout->addStretch();

    connect(m_name, &QLineEdit::editingFinished, this, [this] { commitHeader(m_name, 0); });
    connect(m_currency->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { commitHeader(m_currency, 0); });
    connect(m_currency, &QComboBox::activated, this, [this] { commitHeader(m_currency, 0); });
    connect(m_start, &QDateEdit::dateChanged, this, [this] { commitHeader(m_start, StartKey); });
    connect(m_weeks, &QSpinBox::valueChanged, this, [this] { commitHeader(m_weeks, WeeksKey); });
    connect(m_population, &QLineEdit::editingFinished, this,
            [this] { commitHeader(m_population, 0); });
    connect(m_margin, &QLineEdit::editingFinished, this, [this] { commitHeader(m_margin, 0); });
    connect(m_budget, &QLineEdit::editingFinished, this, &PlanSetupPage::commitBudget);
    setEnabled(false);
}

void PlanSetupPage::setDocument(PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &PlanDocument::planChanged, this, &PlanSetupPage::load);
        connect(m_document, &PlanDocument::currentScenarioChanged, this, &PlanSetupPage::load);
    }
    setEnabled(m_document != nullptr);
    load();
}

void PlanSetupPage::load()
{
    if (!m_document)
        return;
    m_loading = true;
    const Plan &plan = m_document->plan();
    clearProblems();
    if (!m_name->hasFocus() || m_name->text() != plan.name)
        m_name->setText(plan.name);
    m_currency->setCurrentText(plan.currency);
    m_start->setDate(plan.start);
    m_weeks->setValue(plan.weeks);
    m_population->setText(plan.population
                              ? ValueFormat::number(*plan.population, FieldUnit::Count,
                                                    plan.currency)
                              : QString());
    m_margin->setText(ValueFormat::number(plan.margin, FieldUnit::Percent, plan.currency));

    const Scenario &scenario = plan.scenarios.at(size_t(m_document->currentScenario()));
    m_scenarioTitle->setText(tr("<b>Scenario “%1”</b>").arg(scenario.name.toHtmlEscaped()));
    m_budget->setText(scenario.budget ? ValueFormat::number(*scenario.budget, FieldUnit::Money,
                                                            plan.currency)
                                      : QString());
    const double spend = scenario.totalPaidSpend();
    QString summary = tr("%n paid channel(s) spending %1, %2 creator deal(s), %3 organic "
                         "stream(s).", nullptr, int(scenario.channels.size()))
                          .arg(ValueFormat::money(spend, plan.currency))
                          .arg(scenario.creators.size())
                          .arg(scenario.organic.size());
    if (scenario.budget && std::abs(*scenario.budget - spend) > 0.5)
        summary += QLatin1Char(' ')
            + (spend > *scenario.budget
                   ? tr("The channels spend %1 more than the budget.")
                   : tr("%1 of the budget is not yet given to a channel."))
                  .arg(ValueFormat::money(std::abs(*scenario.budget - spend), plan.currency));
    m_summary->setText(summary);
    m_loading = false;
}

bool PlanSetupPage::applyField(QWidget *field, Plan &header, QString *error) const
{
    if (field == m_name) {
        header.name = m_name->text().trimmed();
    } else if (field == m_currency) {
        header.currency = m_currency->currentText().trimmed().toUpper();
    } else if (field == m_start) {
        header.start = m_start->date();
        if (header.start.dayOfWeek() != Qt::Monday) {
            *error = tr("The campaign starts on a Monday; %1 is a %2.")
                         .arg(QLocale().toString(header.start, QLocale::ShortFormat),
                              QLocale().dayName(header.start.dayOfWeek()));
            return false;
        }
    } else if (field == m_weeks) {
        header.weeks = m_weeks->value();
    } else if (field == m_population) {
        if (m_population->text().trimmed().isEmpty()) {
            header.population.reset();
        } else {
            const auto v = ValueFormat::parseNumber(m_population->text(), FieldUnit::Count, error);
            if (!v)
                return false;
            header.population = *v;
        }
    } else if (field == m_margin) {
        const auto v = ValueFormat::parseNumber(m_margin->text(), FieldUnit::Percent, error);
        if (!v)
            return false;
        header.margin = *v;
    }
    return true;
}

void PlanSetupPage::commitHeader(QWidget *field, int mergeKey)
{
    if (m_loading || !m_document)
        return;
    Plan header = m_document->plan();
    QString error;
    const QString label = field->accessibleName();
    if (!applyField(field, header, &error)) {
        refuse(field, tr("%1: %2").arg(label, error));
        return;
    }
    if (header == m_document->plan()) {
        clearProblems();
        return;
    }
    const QString problem = m_document->check(header);
    if (!problem.isEmpty()) {
        refuse(field, problem);
        return;
    }
    clearProblems();
    const RefusalCapture capture(m_document);
    if (!m_document->setPlanHeader(header, tr("Change %1").arg(label), mergeKey)
        && !capture.message().isEmpty())
        refuse(field, capture.message());
}

void PlanSetupPage::refuse(QWidget *field, const QString &message)
{
    clearProblems();
    FieldMarker::mark(field, message);
    QLabel *problem = field == m_budget ? m_budgetProblem : m_planProblem;
    problem->setText(message);
    problem->show();
    // The document still hears of it (tests, the undo view), but the refusal is explained here.
    const RefusalCapture capture(m_document);
    m_document->refuseEdit(message);
}

QString PlanSetupPage::problem() const
{
    for (const QLabel *problem : {m_planProblem, m_budgetProblem})
        if (!problem->isHidden())
            return problem->text();
    return QString();
}

void PlanSetupPage::clearProblems()
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_currency, m_start, m_weeks,
                                                       m_population, m_margin, m_budget})
        FieldMarker::clear(w);
    for (QLabel *problem : {m_planProblem, m_budgetProblem}) {
        problem->clear();
        problem->hide();
    }
}

void PlanSetupPage::commitBudget()
{
    if (m_loading || !m_document)
        return;
    std::optional<double> budget;
    const QString text = m_budget->text().trimmed();
    if (!text.isEmpty()) {
        QString error;
        const auto v = ValueFormat::parseNumber(text, FieldUnit::Money, &error);
        if (!v) {
            refuse(m_budget, tr("Budget: %1").arg(error));
            return;
        }
        budget = *v;
        // What is shown is rounded; typing it back unchanged is no edit.
        const auto &current = m_document->plan().scenarios.at(size_t(m_document->currentScenario())).budget;
        if (current && ValueFormat::number(*current, FieldUnit::Money, m_document->plan().currency) == text) {
            clearProblems();
            return;
        }
    }
    clearProblems();
    const RefusalCapture capture(m_document);
    if (!m_document->setScenarioBudget(m_document->currentScenario(), budget)
        && !capture.message().isEmpty())
        refuse(m_budget, capture.message());
}

} // namespace funnelcast::ui
