#pragma once

#include "model/plan.h"

#include <QUndoCommand>

namespace funnelcast::ui {

class PlanDocument;

// Changes the plan header (name, currency, start, weeks, population, margin). Typing in one
// field merges (same non-zero merge key); back at the start, the step goes obsolete.
class SetPlanHeaderCommand : public QUndoCommand
{
public:
    SetPlanHeaderCommand(PlanDocument *document, const Plan &before, const Plan &after,
                         const QString &text, int mergeKey);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    PlanDocument *m_document;
    Plan m_before; // headers only: scenarios left empty
    Plan m_after;
    int m_mergeKey;
};

} // namespace funnelcast::ui
