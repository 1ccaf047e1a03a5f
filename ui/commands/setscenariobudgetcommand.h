#pragma once

#include <QUndoCommand>

#include <optional>

namespace funnelcast::ui {

class PlanDocument;

// Sets or clears a scenario's paid-media budget; typing merges into one step.
class SetScenarioBudgetCommand : public QUndoCommand
{
public:
    SetScenarioBudgetCommand(PlanDocument *document, int index, std::optional<double> before,
                             std::optional<double> after, const QString &text, int mergeKey);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    PlanDocument *m_document;
    int m_index;
    std::optional<double> m_before;
    std::optional<double> m_after;
    int m_mergeKey;
};

} // namespace funnelcast::ui
