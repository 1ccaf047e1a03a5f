#include "commands/setflightingcommand.h"

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

SetFlightingCommand::SetFlightingCommand(PlanDocument *document,
                                         std::vector<FlightingChange> changes,
                                         const QString &text)
    : QUndoCommand(text), m_document(document), m_changes(std::move(changes))
{
}

SetFlightingCommand::SetFlightingCommand(PlanDocument *document,
                                         std::vector<FlightingChange> changes,
                                         const Plan &headerBefore, const Plan &headerAfter,
                                         const QString &text, int mergeKey)
    : QUndoCommand(text), m_document(document), m_changes(std::move(changes)),
      m_headerBefore(headerOf(headerBefore)), m_headerAfter(headerOf(headerAfter)),
      m_mergeKey(mergeKey)
{
}

void SetFlightingCommand::undo()
{
    apply(false);
}

void SetFlightingCommand::redo()
{
    apply(true);
}

void SetFlightingCommand::apply(bool forward)
{
    // The whole target plan in one write, so a length change and the custom weights that follow
    // it reach the file in one transaction (each is invalid without the other).
    Plan target = m_document->plan();
    if (const std::optional<Plan> &header = forward ? m_headerAfter : m_headerBefore) {
        std::vector<Scenario> scenarios = std::move(target.scenarios);
        target = *header;
        target.scenarios = std::move(scenarios);
    }
    for (const FlightingChange &c : m_changes) {
        if (c.scenario < 0 || c.scenario >= int(target.scenarios.size()))
            continue;
        Scenario &scenario = target.scenarios[size_t(c.scenario)];
        if (c.index < 0 || c.index >= int(scenario.channels.size()))
            continue;
        scenario.channels[size_t(c.index)].flighting = forward ? c.after : c.before;
    }
    if (!(target == m_document->plan()))
        m_document->writePlanValues(target);
}

int SetFlightingCommand::id() const
{
    return m_mergeKey != 0 ? commandId : -1;
}

bool SetFlightingCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetFlightingCommand *>(other);
    if (next->m_document != m_document || next->m_mergeKey != m_mergeKey
        || next->m_changes.size() != m_changes.size()
        || m_headerAfter.has_value() != next->m_headerAfter.has_value())
        return false;
    for (size_t i = 0; i < m_changes.size(); ++i)
        if (m_changes[i].scenario != next->m_changes[i].scenario
            || m_changes[i].index != next->m_changes[i].index)
            return false;
    // The first step's "before" stays: undo goes back to the weights before any of the steps.
    for (size_t i = 0; i < m_changes.size(); ++i)
        m_changes[i].after = next->m_changes[i].after;
    m_headerAfter = next->m_headerAfter;
    bool same = m_headerBefore == m_headerAfter;
    for (const FlightingChange &c : m_changes)
        same = same && c.before == c.after;
    setObsolete(same);
    return true;
}

} // namespace funnelcast::ui
