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

void SetFlightingCommand::writeFlighting(const FlightingChange &change, const Flighting &flighting)
{
    const Plan &plan = m_document->plan();
    if (change.scenario < 0 || change.scenario >= int(plan.scenarios.size()))
        return;
    const Scenario &scenario = plan.scenarios[size_t(change.scenario)];
    if (change.index < 0 || change.index >= int(scenario.channels.size()))
        return;
    PaidChannel channel = scenario.channels[size_t(change.index)];
    if (channel.flighting == flighting)
        return;
    channel.flighting = flighting;
    m_document->writeItem(ItemKind::PaidChannel, change.scenario, change.index, channel);
}

void SetFlightingCommand::apply(bool forward)
{
    const auto target = [forward](const FlightingChange &c) -> const Flighting & {
        return forward ? c.after : c.before;
    };
    const std::optional<Plan> &header = forward ? m_headerAfter : m_headerBefore;
    if (header && header->weeks != m_document->plan().weeks) {
        for (const FlightingChange &c : m_changes)
            writeFlighting(c, Flighting { FlightingPattern::Even, target(c).weights });
        m_document->writePlanHeader(*header);
        for (const FlightingChange &c : m_changes)
            writeFlighting(c, target(c));
        return;
    }
    if (header)
        m_document->writePlanHeader(*header);
    for (const FlightingChange &c : m_changes)
        writeFlighting(c, target(c));
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
