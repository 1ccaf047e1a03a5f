#include "views/scenariobar.h"

#include "document/plandocument.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QToolButton>

namespace funnelcast::ui {

namespace {

QToolButton *makeButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(text);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    return button;
}

} // namespace

ScenarioBar::ScenarioBar(QWidget *parent)
    : QWidget(parent), m_combo(new QComboBox(this)),
      m_add(makeButton(tr("Add"), tr("Add an empty scenario"), this)),
      m_duplicate(makeButton(tr("Duplicate"), tr("Copy this scenario to try changes on it"), this)),
      m_rename(makeButton(tr("Rename…"), tr("Rename this scenario"), this)),
      m_delete(makeButton(tr("Delete"), tr("Delete this scenario (undo brings it back)"), this))
{
    auto *label = new QLabel(tr("Scenar&io:"), this);
    label->setBuddy(m_combo);
    m_combo->setMinimumContentsLength(16);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setAccessibleName(tr("Scenario"));
    m_combo->setToolTip(tr("The scenario shown and edited; each scenario is a variant of the plan"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    layout->addWidget(m_add);
    layout->addWidget(m_duplicate);
    layout->addWidget(m_rename);
    layout->addWidget(m_delete);

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_rebuilding && m_document && index >= 0)
            m_document->setCurrentScenario(index);
    });
    connect(m_add, &QToolButton::clicked, this, &ScenarioBar::addScenario);
    connect(m_duplicate, &QToolButton::clicked, this, &ScenarioBar::duplicateScenario);
    connect(m_rename, &QToolButton::clicked, this, &ScenarioBar::renameScenario);
    connect(m_delete, &QToolButton::clicked, this, &ScenarioBar::deleteScenario);
    setEnabled(false);
}

void ScenarioBar::setDocument(PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &PlanDocument::scenarioListChanged, this, &ScenarioBar::rebuild);
        connect(m_document, &PlanDocument::scenarioChanged, this, &ScenarioBar::rebuild);
        connect(m_document, &PlanDocument::currentScenarioChanged, this, &ScenarioBar::rebuild);
    }
    setEnabled(m_document != nullptr);
    rebuild();
}

void ScenarioBar::rebuild()
{
    m_rebuilding = true;
    m_combo->clear();
    if (m_document) {
        for (const Scenario &s : m_document->plan().scenarios)
            m_combo->addItem(s.name);
        m_combo->setCurrentIndex(m_document->currentScenario());
        m_delete->setEnabled(m_document->plan().scenarios.size() > 1);
    }
    m_rebuilding = false;
}

void ScenarioBar::addScenario()
{
    if (!m_document)
        return;
    Scenario scenario;
    scenario.name = m_document->uniqueScenarioName(tr("Scenario"));
    m_document->insertScenario(int(m_document->plan().scenarios.size()), scenario,
                               tr("Add scenario “%1”").arg(scenario.name));
}

void ScenarioBar::duplicateScenario()
{
    if (!m_document)
        return;
    const int current = m_document->currentScenario();
    Scenario copy = m_document->plan().scenarios.at(size_t(current));
    const QString original = copy.name;
    copy.name = m_document->uniqueScenarioName(tr("%1 (copy)").arg(original));
    m_document->insertScenario(current + 1, copy, tr("Duplicate scenario “%1”").arg(original));
}

void ScenarioBar::renameScenario()
{
    if (!m_document)
        return;
    const int current = m_document->currentScenario();
    const QString old = m_document->plan().scenarios.at(size_t(current)).name;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Scenario"), tr("New name:"),
                                               QLineEdit::Normal, old, &ok);
    if (ok)
        m_document->renameScenario(current, name.trimmed());
}

void ScenarioBar::deleteScenario()
{
    if (m_document)
        m_document->removeScenario(m_document->currentScenario());
}

} // namespace funnelcast::ui
