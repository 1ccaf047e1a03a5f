#pragma once

#include "document/planitem.h"

#include <QString>
#include <QUndoCommand>

namespace funnelcast::ui {

class PlanDocument;

// Replaces one channel, creator deal or organic stream. Consecutive edits of the same field of
// the same item (same non-zero merge key) merge into one step, and a merge that comes back to
// the starting value makes the step obsolete, so it leaves the stack (as Tiled does).
// A paid channel's rename may take its actuals along (PlanDocument::writeItem decides on the
// first redo); the step remembers where they went, so undo and redo move exactly those back
// and forth in the rename's own transaction.
class SetItemCommand : public QUndoCommand
{
public:
    SetItemCommand(PlanDocument *document, ItemKind kind, int scenario, int index,
                   const PlanItem &before, const PlanItem &after, const QString &text,
                   int mergeKey);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    PlanDocument *m_document;
    ItemKind m_kind;
    int m_scenario;
    int m_index;
    PlanItem m_before;
    PlanItem m_after;
    int m_mergeKey;
    bool m_done = false; // redone once: the actuals' move is decided
    QString m_actualsFrom; // the channel name the actuals had before the step
    QString m_actualsAt; // where the step moved them; empty: they did not move
};

} // namespace funnelcast::ui
