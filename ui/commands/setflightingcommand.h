#pragma once

#include "model/flighting.h"
#include "model/plan.h"

#include <QUndoCommand>

#include <optional>
#include <vector>

namespace funnelcast::ui {

class PlanDocument;

// One paid channel's flighting before and after an edit.
struct FlightingChange
{
    int scenario = 0;
    int index = 0; // of the paid channel in its scenario
    Flighting before;
    Flighting after;
};

// Changes the flighting of one or more paid channels as one undo step (a typed weight, a
// pasted block, a column made custom), optionally together with the plan header when the
// plan's length changes and the custom weights have to follow it.
//
// The file checks every write on its own, and a custom flighting needs exactly one weight
// per week, so a length change cannot be written as "header, then channels" (nor the other
// way round). It goes in three valid steps instead: the channels first hold their new weights
// under the even pattern (weights are only checked for length when custom), then the header,
// then the channels get their final flighting.
class SetFlightingCommand : public QUndoCommand
{
public:
    SetFlightingCommand(PlanDocument *document, std::vector<FlightingChange> changes,
                        const QString &text);
    // With the plan header: `headerBefore` / `headerAfter` (their scenarios are ignored).
    SetFlightingCommand(PlanDocument *document, std::vector<FlightingChange> changes,
                        const Plan &headerBefore, const Plan &headerAfter, const QString &text,
                        int mergeKey);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    // Not in commandid.h (another area's file): far from its values.
    static constexpr int commandId = 100;

private:
    void apply(bool forward);
    void writeFlighting(const FlightingChange &change, const Flighting &flighting);

    PlanDocument *m_document;
    std::vector<FlightingChange> m_changes;
    std::optional<Plan> m_headerBefore; // headers only: scenarios left empty
    std::optional<Plan> m_headerAfter;
    int m_mergeKey = 0;
};

} // namespace funnelcast::ui
