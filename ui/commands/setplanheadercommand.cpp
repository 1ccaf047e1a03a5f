#include "commands/setplanheadercommand.h"

#include "commands/commandid.h"
#include "document/plandocument.h"

namespace funnelcast::ui {

namespace {

Plan headerOf(const Plan &plan)
{
    Plan header = plan;
    header.scenarios.clear();
    return header;
}

} // namespace

SetPlanHeaderCommand::SetPlanHeaderCommand(PlanDocument *document, const Plan &before,
                                           const Plan &after, const QString &text, int mergeKey)
    : QUndoCommand(text), m_document(document), m_before(headerOf(before)),
      m_after(headerOf(after)), m_mergeKey(mergeKey)
{
}

void SetPlanHeaderCommand::undo()
{
    m_document->writePlanHeader(m_before);
}

void SetPlanHeaderCommand::redo()
{
    m_document->writePlanHeader(m_after);
}

int SetPlanHeaderCommand::id() const
{
    return m_mergeKey != 0 ? SetPlanHeaderCommandId : -1;
}

bool SetPlanHeaderCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetPlanHeaderCommand *>(other);
    if (next->m_document != m_document || next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace funnelcast::ui
