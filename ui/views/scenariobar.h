#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QToolButton;

namespace funnelcast::ui {

class PlanDocument;

// The visible scenario switcher: a list of the plan's scenarios and buttons to add, duplicate,
// rename and delete them. Every change is one undoable edit.
class ScenarioBar : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioBar(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);
    QComboBox *comboBox() const { return m_combo; }

    void addScenario();
    void duplicateScenario();
    void renameScenario();
    void deleteScenario();

private:
    void rebuild();

    QPointer<PlanDocument> m_document;
    QComboBox *m_combo;
    QToolButton *m_add;
    QToolButton *m_duplicate;
    QToolButton *m_rename;
    QToolButton *m_delete;
    bool m_rebuilding = false;
};

} // namespace funnelcast::ui
