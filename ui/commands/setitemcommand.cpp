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

namespace {

QString nameOf(const PlanItem &item)
{
    return std::visit([](const auto &i) { return i.name; }, item);
}

} // namespace

void SetItemCommand::undo()
{
    m_document->writeItemMovingActuals(m_kind, m_scenario, m_index, m_before, m_actualsAt,
                                       m_actualsFrom);
}

void SetItemCommand::redo()
{
    if (m_done) {
        m_document->writeItemMovingActuals(m_kind, m_scenario, m_index, m_after, m_actualsFrom,
                                           m_actualsAt);
        return;
    }
    QString movedTo;
    if (m_document->writeItem(m_kind, m_scenario, m_index, m_after, &movedTo)) {
        m_done = true;
        if (!movedTo.isEmpty()) {
            m_actualsFrom = nameOf(m_before);
            m_actualsAt = movedTo;
        }
    }
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
    if (!next->m_actualsAt.isEmpty()) {
        // The actuals went on from where this step had left them (or, if this step did not
        // move them, from its end name, which was this step's own name for them).
        if (m_actualsAt.isEmpty())
            m_actualsFrom = next->m_actualsFrom;
        m_actualsAt = next->m_actualsAt;
        if (m_actualsAt == m_actualsFrom)
            m_actualsAt.clear(); // typed back to the old name: they are home again
    }
    setObsolete(m_after == m_before);
    return true;
}

} // namespace funnelcast::ui
