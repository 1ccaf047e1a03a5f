#pragma once

#include "model/scenario.h"

#include <QUndoCommand>

namespace funnelcast::ui {

class PlanDocument;

// Deletes a scenario; undo restores it with everything in it and switches back to it.
class RemoveScenarioCommand : public QUndoCommand
{
public:
    RemoveScenarioCommand(PlanDocument *document, int index, const Scenario &scenario,
                          const QString &text);

    void undo() override;
    void redo() override;

private:
    PlanDocument *m_document;
    int m_index;
    Scenario m_scenario;
};

} // namespace funnelcast::ui
