#include "commands/insertitemcommand.h"

#include "document/plandocument.h"

namespace funnelcast::ui {

InsertItemCommand::InsertItemCommand(PlanDocument *document, ItemKind kind, int scenario,
                                     int index, const PlanItem &item, const QString &text)
    : QUndoCommand(text), m_document(document), m_kind(kind), m_scenario(scenario),
      m_index(index), m_item(item)
{
}

void InsertItemCommand::undo()
{
    m_document->writeRemoveItem(m_kind, m_scenario, m_index);
}

void InsertItemCommand::redo()
{
    m_document->writeInsertItem(m_kind, m_scenario, m_index, m_item);
}

} // namespace funnelcast::ui
