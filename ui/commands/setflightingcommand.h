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
// A custom flighting needs exactly one weight per week, so a length change and the weights
// that follow it are valid only together: every apply writes the whole target in one
// transaction (PlanDocument::writePlanValues).
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

    PlanDocument *m_document;
    std::vector<FlightingChange> m_changes;
    std::optional<Plan> m_headerBefore; // headers only: scenarios left empty
    std::optional<Plan> m_headerAfter;
    int m_mergeKey = 0;
};

} // namespace funnelcast::ui
