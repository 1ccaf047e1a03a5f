#include "commands/insertscenariocommand.h"

#include "document/plandocument.h"

namespace funnelcast::ui {

InsertScenarioCommand::InsertScenarioCommand(PlanDocument *document, int index,
                                             const Scenario &scenario, const QString &text)
    : QUndoCommand(text), m_document(document), m_index(index), m_scenario(scenario)
{
}

void InsertScenarioCommand::undo()
{
    if (m_document->writeRemoveScenario(m_index))
        m_document->setCurrentScenario(m_previousCurrent);
}

void InsertScenarioCommand::redo()
{
    m_previousCurrent = m_document->currentScenario();
    if (m_document->writeInsertScenario(m_index, m_scenario))
        m_document->setCurrentScenario(m_index);
}

} // namespace funnelcast::ui
