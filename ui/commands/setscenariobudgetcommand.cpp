#include "commands/setscenariobudgetcommand.h"

#include "commands/commandid.h"
#include "document/plandocument.h"

namespace funnelcast::ui {

SetScenarioBudgetCommand::SetScenarioBudgetCommand(PlanDocument *document, int index,
                                                   std::optional<double> before,
                                                   std::optional<double> after,
                                                   const QString &text, int mergeKey)
    : QUndoCommand(text), m_document(document), m_index(index), m_before(before),
      m_after(after), m_mergeKey(mergeKey)
{
}

void SetScenarioBudgetCommand::undo()
{
    m_document->writeScenarioBudget(m_index, m_before);
}

void SetScenarioBudgetCommand::redo()
{
    m_document->writeScenarioBudget(m_index, m_after);
}

int SetScenarioBudgetCommand::id() const
{
    return m_mergeKey != 0 ? SetScenarioBudgetCommandId : -1;
}

bool SetScenarioBudgetCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetScenarioBudgetCommand *>(other);
    if (next->m_document != m_document || next->m_index != m_index
        || next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace funnelcast::ui
