#pragma once

#include "document/planitem.h"
#include "models/itemcolumn.h"

#include <QPointer>
#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace funnelcast::ui {

class PlanDocument;

// Every field of the selected item, each uncertain one as low / base / high boxes. Typing is
// checked at every keystroke: a value the plan would refuse is marked and explained below the
// fields (there only) and never written; an accepted one is written at once, and the
// keystrokes in one field merge into one undo step. The explanation goes when the value is
// corrected, another row is shown, or an edit is undone or redone (the boxes then show the
// plan again).
class ItemDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ItemDetailPanel(ItemKind kind, QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);
    void setRow(int row);
    int row() const { return m_row; }

    // For tests: the box of a field (part 0 low, 1 base, 2 high; single fields use 1).
    QLineEdit *edit(const QString &key, int part = 1) const;
    QString problem() const;
    // A note under the fields (where prefilled numbers come from) until another row is shown.
    void setNote(const QString &note);
    // The "Weekly weights…" button beside a paid channel's flighting (null for other kinds).
    QToolButton *flightingButton() const { return m_flightingButton; }

signals:
    // The user asked for the weekly flighting grid of the channel in `row`.
    void flightingRequested(int row);
    // The user changed a field here (typed, picked, ticked), accepted or not.
    void userEdited();

private:
    struct Field
    {
        ItemColumn column;
        QLineEdit *low = nullptr;
        QLineEdit *base = nullptr;
        QLineEdit *high = nullptr;
        QComboBox *combo = nullptr;
        QCheckBox *check = nullptr;
    };

    void load();
    void loadField(Field &field, const PlanItem &item, bool force);
    void commit(size_t fieldIndex, QWidget *source);
    QString textOf(const Field &field) const;
    void showProblem(QWidget *source, const QString &problem);
    void clearProblem();
    bool anyFieldMarked() const;
    void onUndoIndexChanged();

    struct LabelInfo
    {
        QLabel *label;
        QString text;
        FieldUnit unit;
    };

    ItemKind m_kind;
    std::vector<LabelInfo> m_labels;
    QPointer<PlanDocument> m_document;
    int m_row = -1;
    std::vector<Field> m_fields;
    QGroupBox *m_box;
    QLabel *m_problem;
    QLabel *m_note;
    QToolButton *m_flightingButton = nullptr;
    bool m_loading = false;
    bool m_committing = false; // this panel's own edit is being pushed
};

} // namespace funnelcast::ui
