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
class QVBoxLayout;

namespace funnelcast::ui {

class ActualsPanel;
class ForecastPanel;
class ItemsPage;
class LazyTabWidget;
class MessageBar;
class OptimizerPanel;
class PlanDocument;
class PlanSetupPage;
class ScenarioBar;

// The one window of the desktop app: the plan's editors on the left, the live forecast on the
// right, the scenario switcher on top. It holds one PlanDocument at a time; New and Open
// replace it (there is never unsaved work: every edit is already in the file).
// Only what is on screen is built with the window: the editor tabs other than Paid channels
// and the warning strip are built when first shown or first asked for (the accessors below
// build them), so start-up does not pay for tabs nobody has opened yet.
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
    ItemsPage *creatorPage() const;
    ItemsPage *organicPage() const;
    PlanSetupPage *setupPage() const;
    OptimizerPanel *optimizerPanel() const;
    ActualsPanel *actualsPanel() const;
    ScenarioBar *scenarioBar() const { return m_scenarioBar; }
    ForecastPanel *forecastPanel() const { return m_forecastPanel; }
    MessageBar *messageBar() const;
    QTabWidget *editorTabs() const;

    // File > Import Actuals…: asks for a file when `path` is empty, then opens the preview
    // dialog (window-modal, not blocking).
    void importActuals(const QString &path = QString());

    static QStringList recentFiles();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    enum EditorTab { SetupTab, PaidTab, CreatorTab, OrganicTab, BudgetTab, ActualsTab };

    void addEditorTabs();
    // The views that exist so far (lazily built ones only once built).
    QList<QWidget *> builtViews() const;
    void setViewDocument(QWidget *view, PlanDocument *document);
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
    LazyTabWidget *m_tabs;
    QVBoxLayout *m_leftLayout = nullptr;
    MessageBar *m_messageBar = nullptr; // built when there is first something to say
    ScenarioBar *m_scenarioBar;
    PlanSetupPage *m_setupPage = nullptr;
    ItemsPage *m_paidPage = nullptr;
    ItemsPage *m_creatorPage = nullptr;
    ItemsPage *m_organicPage = nullptr;
    OptimizerPanel *m_optimizerPanel = nullptr;
    ActualsPanel *m_actualsPanel = nullptr;
    ForecastPanel *m_forecastPanel = nullptr;
    QUndoView *m_undoView = nullptr;
    QDockWidget *m_undoDock = nullptr;
    QLabel *m_pathLabel = nullptr;
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
