#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QTableView;
class QToolButton;

namespace funnelcast::ui {

class FlightingModel;
class PlanDocument;

// The weekly flighting of the current scenario's paid channels as a weeks-by-channels grid
// (FlightingModel), with the pattern of the current channel, "Make custom", fill down, spread
// evenly, copy and paste (a column or block of numbers from a spreadsheet). Keyboard: arrows
// move, Enter or typing edits (Enter again moves to the next week), Delete sets weeks to 0,
// Ctrl+C / Ctrl+V / Ctrl+D copy, paste, fill down. A refused edit is explained under the grid.
class FlightingEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FlightingEditor(QWidget *parent = nullptr);
    ~FlightingEditor() override;

    void setDocument(PlanDocument *document);
    FlightingModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *patternBox() const { return m_pattern; }
    // The channel whose column is current (follows the paid channel table's selection).
    void setCurrentChannel(int column);
    int currentChannel() const;
    QString problem() const; // the refusal shown, or empty
    QString note() const;    // e.g. what a change of the plan's length did

    void copy();
    void paste();
    void fillDown();
    void spreadEvenly();
    void makeCustom();
    void clearSelection();

signals:
    // The grid's current column moved to another channel (the page selects it in its table).
    void currentChannelChanged(int column);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateControls();
    void showProblem(const QString &message);
    void showNote(const QString &message);
    void hintPattern();

    FlightingModel *m_model;
    QPointer<PlanDocument> m_document;
    QLabel *m_patternLabel;
    QComboBox *m_pattern;
    QToolButton *m_makeCustom;
    QToolButton *m_fillDown;
    QToolButton *m_spread;
    QToolButton *m_copyButton;
    QToolButton *m_pasteButton;
    QAction *m_copy;
    QAction *m_paste;
    QAction *m_fillDownAction;
    QAction *m_clear;
    QTableView *m_view;
    QLabel *m_problem;
    QLabel *m_note;
    int m_weeks = 0;
    bool m_refused = false;
    bool m_updating = false;
    int m_lastChannel = -1;
};

} // namespace funnelcast::ui
