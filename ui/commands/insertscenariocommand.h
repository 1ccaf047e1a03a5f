#pragma once

#include "model/scenario.h"

#include <QUndoCommand>

namespace funnelcast::ui {

class PlanDocument;

// Adds a scenario (new or a duplicate) and switches to it.
class InsertScenarioCommand : public QUndoCommand
{
public:
    InsertScenarioCommand(PlanDocument *document, int index, const Scenario &scenario,
                          const QString &text);

    void undo() override;
    void redo() override;

private:
    PlanDocument *m_document;
    int m_index;
    Scenario m_scenario;
    int m_previousCurrent = 0;
};

} // namespace funnelcast::ui
