#include "commands/setitemcommand.h"

#include "commands/commandid.h"
#include "document/plandocument.h"

namespace funnelcast::ui {

SetItemCommand::SetItemCommand(PlanDocument *document, ItemKind kind, int scenario, int index,
                               const PlanItem &before, const PlanItem &after,
                               const QString &text, int mergeKey)
    : QUndoCommand(text), m_document(document), m_kind(kind), m_scenario(scenario),
      m_index(index), m_before(before), m_after(after), m_mergeKey(mergeKey)
{
}

void SetItemCommand::undo()
{
    m_document->writeItem(m_kind, m_scenario, m_index, m_before);
}

void SetItemCommand::redo()
{
    m_document->writeItem(m_kind, m_scenario, m_index, m_after);
}

int SetItemCommand::id() const
{
    return m_mergeKey != 0 ? SetItemCommandId : -1;
}

bool SetItemCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetItemCommand *>(other);
    if (next->m_document != m_document || next->m_kind != m_kind
        || next->m_scenario != m_scenario || next->m_index != m_index
        || next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace funnelcast::ui
