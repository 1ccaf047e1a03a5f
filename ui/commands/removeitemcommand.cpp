#include "commands/removeitemcommand.h"

#include "document/plandocument.h"

namespace funnelcast::ui {

RemoveItemCommand::RemoveItemCommand(PlanDocument *document, ItemKind kind, int scenario,
                                     int index, const PlanItem &item, const QString &text)
    : QUndoCommand(text), m_document(document), m_kind(kind), m_scenario(scenario),
      m_index(index), m_item(item)
{
}

void RemoveItemCommand::undo()
{
    m_document->writeInsertItem(m_kind, m_scenario, m_index, m_item);
}

void RemoveItemCommand::redo()
{
    m_document->writeRemoveItem(m_kind, m_scenario, m_index);
}

} // namespace funnelcast::ui
