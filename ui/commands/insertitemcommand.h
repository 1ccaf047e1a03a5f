#pragma once

#include "document/planitem.h"

#include <QUndoCommand>

namespace funnelcast::ui {

class PlanDocument;

// Adds a channel, creator deal or organic stream at a position.
class InsertItemCommand : public QUndoCommand
{
public:
    InsertItemCommand(PlanDocument *document, ItemKind kind, int scenario, int index,
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
