#include "commands/removescenariocommand.h"

#include "document/plandocument.h"

namespace funnelcast::ui {

RemoveScenarioCommand::RemoveScenarioCommand(PlanDocument *document, int index,
                                             const Scenario &scenario, const QString &text)
    : QUndoCommand(text), m_document(document), m_index(index), m_scenario(scenario)
{
}

void RemoveScenarioCommand::undo()
{
    if (m_document->writeInsertScenario(m_index, m_scenario))
        m_document->setCurrentScenario(m_index);
}

void RemoveScenarioCommand::redo()
{
    m_document->writeRemoveScenario(m_index);
}

} // namespace funnelcast::ui
