#include "commands/setscenarionamecommand.h"

#include "document/plandocument.h"

namespace funnelcast::ui {

SetScenarioNameCommand::SetScenarioNameCommand(PlanDocument *document, int index,
                                               const QString &before, const QString &after,
                                               const QString &text)
    : QUndoCommand(text), m_document(document), m_index(index), m_before(before), m_after(after)
{
}

void SetScenarioNameCommand::undo()
{
    m_document->writeScenarioName(m_index, m_before);
}

void SetScenarioNameCommand::redo()
{
    m_document->writeScenarioName(m_index, m_after);
}

} // namespace funnelcast::ui
