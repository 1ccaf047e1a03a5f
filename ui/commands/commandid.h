#pragma once

namespace funnelcast::ui {

// QUndoCommand::id() values of the commands that merge while the user types.
enum CommandId {
    SetItemCommandId = 1,
    SetPlanHeaderCommandId,
    SetScenarioBudgetCommandId,
};

} // namespace funnelcast::ui
