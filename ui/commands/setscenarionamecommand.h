#pragma once

#include <QString>
#include <QUndoCommand>

namespace funnelcast::ui {

class PlanDocument;

// Renames a scenario.
class SetScenarioNameCommand : public QUndoCommand
{
public:
    SetScenarioNameCommand(PlanDocument *document, int index, const QString &before,
                           const QString &after, const QString &text);

    void undo() override;
    void redo() override;

private:
    PlanDocument *m_document;
    int m_index;
    QString m_before;
    QString m_after;
};

} // namespace funnelcast::ui
