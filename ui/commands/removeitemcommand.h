#pragma once

#include "document/planitem.h"

#include <QUndoCommand>

namespace funnelcast::ui {

class PlanDocument;

// Deletes a channel, creator deal or organic stream; undo puts it back where it was.
class RemoveItemCommand : public QUndoCommand
{
public:
    RemoveItemCommand(PlanDocument *document, ItemKind kind, int scenario, int index,
                      const PlanItem &item, const QString &text);

    void undo() override;
    void redo() override;

private:
    PlanDocument *m_document;
    ItemKind m_kind;
    int m_scenario;
    int m_index;
    PlanItem m_item;
};

} // namespace funnelcast::ui
