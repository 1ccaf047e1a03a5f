#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QUndoGroup;
class QUndoView;

namespace funnelcast::ui {

class ActualsPanel;
class ForecastPanel;
class ItemsPage;
class MessageBar;
class PlanDocument;
class PlanSetupPage;
class ScenarioBar;

// The one window of the desktop app: the plan's editors on the left, the live forecast on the
// right, the scenario switcher on top. It holds one PlanDocument at a time; New and Open
// replace it (there is never unsaved work: every edit is already in the file).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Each shows a message box and keeps the current plan when the file cannot be used.
    bool openPlan(const QString &path);
    bool openDemoPlan();
    bool newPlan();
    void setDocument(std::unique_ptr<PlanDocument> document);

    PlanDocument *document() const { return m_document.get(); }
    ItemsPage *paidPage() const { return m_paidPage; }
    ItemsPage *creatorPage() const { return m_creatorPage; }
    ItemsPage *organicPage() const { return m_organicPage; }
    PlanSetupPage *setupPage() const { return m_setupPage; }
    ScenarioBar *scenarioBar() const { return m_scenarioBar; }
    ForecastPanel *forecastPanel() const { return m_forecastPanel; }
    MessageBar *messageBar() const { return m_messageBar; }
    QTabWidget *editorTabs() const { return m_tabs; }
    ActualsPanel *actualsPanel() const { return m_actualsPanel; }

    // File > Import Actuals…: asks for a file when `path` is empty, then opens the preview
    // dialog (window-modal, not blocking).
    void importActuals(const QString &path = QString());

    static QStringList recentFiles();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void open();
    void saveAs();
    void exportJson();
    void about();
    void updateTitle();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    void showError(const QString &title, const QString &text);

    std::unique_ptr<PlanDocument> m_document;
    QUndoGroup *m_undoGroup;
    QTabWidget *m_tabs;
    MessageBar *m_messageBar;
    ScenarioBar *m_scenarioBar;
    PlanSetupPage *m_setupPage;
    ItemsPage *m_paidPage;
    ItemsPage *m_creatorPage;
    ItemsPage *m_organicPage;
    ForecastPanel *m_forecastPanel;
    ActualsPanel *m_actualsPanel;
    QUndoView *m_undoView;
    QDockWidget *m_undoDock;
    QLabel *m_pathLabel;
    QMenu *m_recentMenu = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_newDemoAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_exportJsonAction = nullptr;
    QAction *m_importActualsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
};

} // namespace funnelcast::ui
