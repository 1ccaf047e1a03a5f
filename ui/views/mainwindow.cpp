#include "views/mainwindow.h"

#include "views/aboutdialog.h"
#include "views/actualsimportdialog.h"
#include "views/actualspanel.h"

#include "document/plandocument.h"
#include "i18n/languagemanager.h"
#include "io/planjson.h"
#include "model/inputerror.h"
#include "views/forecastpanel.h"
#include "views/itemspage.h"
#include "views/lazytabwidget.h"
#include "views/messagebar.h"
#include "models/refusalcapture.h"
#include "views/optimizerpanel.h"
#include "report/reportexport.h"
#include "document/forecastcontroller.h"
#include "views/forecastcsv.h"
#include "views/plansetuppage.h"
#include "views/scenariobar.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace funnelcast::ui {

namespace {

constexpr int maxRecentFiles = 8;
const char *recentFilesKey = "recentFiles";

QString planFilter()
{
    return MainWindow::tr("Funnelcast plans (*.fcplan)");
}

// Ad-platform exports are CSV, TSV or tab-separated .txt ("CSV (Excel)" downloads).
bool isExportFile(const QString &path)
{
    for (const char *suffix : {".csv", ".tsv", ".txt"})
        if (path.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            return true;
    return false;
}

QString withSuffix(QString path, const QString &suffix)
{
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    return path;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_undoGroup(new QUndoGroup(this)), m_tabs(new LazyTabWidget(this)),
      m_scenarioBar(new ScenarioBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);

    // Made in this order, the widgets get the Tab order they always had (lazily built tabs
    // take their placeholder's place).
    addEditorTabs();
    m_forecastPanel = new ForecastPanel(this);
    m_undoView = new QUndoView(m_undoGroup, this);
    m_undoDock = new QDockWidget(tr("Undo History"), this);
    m_pathLabel = new QLabel(this);

    auto *left = new QWidget(this);
    m_leftLayout = new QVBoxLayout(left);
    m_leftLayout->setContentsMargins(6, 6, 0, 6);
    m_leftLayout->addWidget(m_tabs, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_forecastPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
    // A tab built late can need more width than the editors have (the Budget table): give it
    // what it needs, as the splitter did when every tab was built with the window.
    connect(m_tabs, &LazyTabWidget::pageBuilt, this, [splitter, left] {
        QList<int> sizes = splitter->sizes();
        const int need = left->minimumSizeHint().width() - sizes.value(0);
        if (sizes.size() == 2 && need > 0) {
            sizes[0] += need;
            sizes[1] -= need;
            splitter->setSizes(sizes);
        }
    });

    m_undoView->setEmptyLabel(tr("<opened plan>"));
    m_undoView->setAccessibleName(tr("Undo history"));
    m_undoDock->setObjectName(QStringLiteral("undoDock"));
    m_undoDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    m_undoDock->hide();

    createActions();
    createMenus();

    auto *scenarioToolBar = addToolBar(tr("Scenario"));
    scenarioToolBar->setObjectName(QStringLiteral("scenarioToolBar"));
    scenarioToolBar->setMovable(false);
    scenarioToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    scenarioToolBar->addWidget(m_scenarioBar);
    scenarioToolBar->addSeparator();
    scenarioToolBar->addAction(m_undoAction);
    scenarioToolBar->addAction(m_redoAction);

    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_pathLabel);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // 1440 x 900 where the screen has room; on a 1366 x 768 laptop the first window must
        // not reach past the screen's edges (the KPI column and the status bar were cut off).
        QSize size(1440, 900);
        if (const QScreen *screen = this->screen())
            size = size.boundedTo(screen->availableGeometry().size());
        resize(size.expandedTo(minimumSizeHint()));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // The editors get the larger share at first: the detail panel's low / base / high columns
    // and the budget table need it, while the KPI cards wrap their ranges.
    if (!splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        splitter->setSizes({ width() * 57 / 100, width() * 43 / 100 });
    updateRecentMenu();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The views point into the document: detach them before it goes.
    for (QWidget *view : builtViews())
        setViewDocument(view, nullptr);
}

// Paid channels is the tab shown at start; every other editor tab is built when first opened
// (or asked for through its accessor) and then gets the open document and its connections.
void MainWindow::addEditorTabs()
{
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->addLazyTab(tr("&Plan"), [this] {
        m_setupPage = new PlanSetupPage(this);
        setViewDocument(m_setupPage, m_document.get());
        return m_setupPage;
    });
    m_paidPage = new ItemsPage(ItemKind::PaidChannel, this);
    m_tabs->addTab(m_paidPage, tr("Paid &channels"));
    m_tabs->addLazyTab(tr("C&reators"), [this] {
        m_creatorPage = new ItemsPage(ItemKind::CreatorDeal, this);
        setViewDocument(m_creatorPage, m_document.get());
        return m_creatorPage;
    });
    m_tabs->addLazyTab(tr("&Organic"), [this] {
        m_organicPage = new ItemsPage(ItemKind::OrganicStream, this);
        setViewDocument(m_organicPage, m_document.get());
        return m_organicPage;
    });
    m_tabs->addLazyTab(tr("&Budget"), [this] {
        m_optimizerPanel = new OptimizerPanel(this);
        setViewDocument(m_optimizerPanel, m_document.get());
        return m_optimizerPanel;
    });
    m_tabs->addLazyTab(tr("&Actuals"), [this] {
        m_actualsPanel = new ActualsPanel(this);
        connect(m_actualsPanel, &ActualsPanel::importRequested, this, [this] { importActuals(); });
        setViewDocument(m_actualsPanel, m_document.get());
        return m_actualsPanel;
    });
    m_tabs->setCurrentIndex(PaidTab);
    m_tabs->setDocumentMode(true);
}

QList<QWidget *> MainWindow::builtViews() const
{
    QList<QWidget *> views{m_scenarioBar, m_paidPage, m_forecastPanel};
    for (QWidget *view : std::initializer_list<QWidget *>{
             m_setupPage, m_creatorPage, m_organicPage, m_optimizerPanel, m_actualsPanel})
        if (view)
            views << view;
    return views;
}

void MainWindow::setViewDocument(QWidget *view, PlanDocument *document)
{
    if (auto *bar = qobject_cast<ScenarioBar *>(view))
        bar->setDocument(document);
    else if (auto *setup = qobject_cast<PlanSetupPage *>(view))
        setup->setDocument(document);
    else if (auto *items = qobject_cast<ItemsPage *>(view))
        items->setDocument(document);
    else if (auto *forecast = qobject_cast<ForecastPanel *>(view))
        forecast->setDocument(document);
    else if (auto *optimizer = qobject_cast<OptimizerPanel *>(view))
        optimizer->setDocument(document);
    else if (auto *actuals = qobject_cast<ActualsPanel *>(view))
        actuals->setDocument(document);
}

ItemsPage *MainWindow::creatorPage() const
{
    return static_cast<ItemsPage *>(m_tabs->page(CreatorTab));
}

ItemsPage *MainWindow::organicPage() const
{
    return static_cast<ItemsPage *>(m_tabs->page(OrganicTab));
}

PlanSetupPage *MainWindow::setupPage() const
{
    return static_cast<PlanSetupPage *>(m_tabs->page(SetupTab));
}

OptimizerPanel *MainWindow::optimizerPanel() const
{
    return static_cast<OptimizerPanel *>(m_tabs->page(BudgetTab));
}

ActualsPanel *MainWindow::actualsPanel() const
{
    return static_cast<ActualsPanel *>(m_tabs->page(ActualsTab));
}

QTabWidget *MainWindow::editorTabs() const
{
    return m_tabs;
}

MessageBar *MainWindow::messageBar() const
{
    if (!m_messageBar) {
        // Hidden until a refused edit: building it (and loading its icons) waits till then.
        auto *self = const_cast<MainWindow *>(this);
        self->m_messageBar = new MessageBar(self);
        m_leftLayout->insertWidget(0, m_messageBar);
        LazyTabWidget::placeInFocusChain(m_messageBar, m_tabs->tabBar()); // where it always was
    }
    return m_messageBar;
}

void MainWindow::createActions()
{
    m_newAction = new QAction(tr("&New Plan"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Start an empty plan"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newPlan);

    m_newDemoAction = new QAction(tr("New from &Demo Plan"), this);
    m_newDemoAction->setStatusTip(tr("Start a plan from the built-in example"));
    connect(m_newDemoAction, &QAction::triggered, this, &MainWindow::openDemoPlan);

    m_openAction = new QAction(tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a plan file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::open);

    m_saveAsAction = new QAction(tr("Save &As…"), this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_saveAsAction->setStatusTip(tr("Copy the plan to a file of your choice and continue there"));
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);

    m_exportJsonAction = new QAction(tr("Plan as &JSON…"), this);
    m_exportJsonAction->setStatusTip(tr("Write the plan in the JSON interchange format"));
    connect(m_exportJsonAction, &QAction::triggered, this, &MainWindow::exportJson);

    m_importActualsAction = new QAction(tr("&Import Actuals…"), this);
    m_importActualsAction->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_importActualsAction->setStatusTip(
        tr("Import what Meta, Google Ads, TikTok, Naver or Kakao reported (a CSV export)"));
    connect(m_importActualsAction, &QAction::triggered, this, [this] { importActuals(); });

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo"),
                                           style()->standardIcon(QStyle::SP_ArrowBack)));
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Shift+Z"))});
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo"),
                                           style()->standardIcon(QStyle::SP_ArrowForward)));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_newDemoAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(m_saveAsAction);
    file->addAction(m_importActualsAction);
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(m_exportJsonAction);
    // The report of the scenario on screen, in the interface's language.
    const auto reportOptions = [this] {
        ReportOptions options;
        options.scenario =
            m_document->plan().scenarios[size_t(m_document->currentScenario())].name;
        options.language = QLocale().language() == QLocale::Korean ? QStringLiteral("ko")
                                                                     : QStringLiteral("en");
        return options;
    };
    exportMenu->addAction(tr("&PDF Report…"), this, [this, reportOptions] {
        if (m_document)
            ReportExport::exportPdf(this, m_document->plan(), reportOptions());
    });
    exportMenu->addAction(tr("Forecast &CSV…"), this, [this] {
        if (!m_document)
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Forecast CSV"), QString(), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        try {
            ForecastCsv::write(withSuffix(path, QStringLiteral(".csv")),
                               m_forecastPanel->controller()->result());
        } catch (const InputError &error) {
            showError(tr("Could Not Export the Forecast"), error.message());
        }
    });
    file->addAction(tr("Print Pre&view…"), this, [this, reportOptions] {
        if (m_document)
            ReportExport::printPreview(this, m_document->plan(), reportOptions());
    });
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    QAction *addChannel = edit->addAction(tr("Add Paid &Channel"), this, [this] {
        m_tabs->setCurrentIndex(PaidTab);
        m_paidPage->addItem();
    });
    addChannel->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    edit->addAction(tr("Add C&reator Deal"), this, [this] {
        m_tabs->setCurrentIndex(CreatorTab);
        creatorPage()->addItem();
    });
    edit->addAction(tr("Add &Organic Stream"), this, [this] {
        m_tabs->setCurrentIndex(OrganicTab);
        organicPage()->addItem();
    });

    QMenu *scenario = menuBar()->addMenu(tr("&Scenario"));
    scenario->addAction(tr("&Add Scenario"), m_scenarioBar, &ScenarioBar::addScenario);
    scenario->addAction(tr("&Duplicate Scenario"), m_scenarioBar, &ScenarioBar::duplicateScenario);
    scenario->addAction(tr("&Rename Scenario…"), m_scenarioBar, &ScenarioBar::renameScenario);
    scenario->addAction(tr("De&lete Scenario"), m_scenarioBar, &ScenarioBar::deleteScenario);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *history = m_undoDock->toggleViewAction();
    history->setText(tr("Undo &History"));
    history->setShortcut(QKeySequence(tr("Ctrl+H")));
    view->addAction(history);

    // Languages are named in their own language, so each is found whatever the current one.
    // Translators are installed once at start-up (main.cpp); the choice applies after restart.
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    const QString current =
        QLocale().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
    const QString chosen = LanguageManager::savedLanguage().isEmpty()
                               ? current
                               : LanguageManager::savedLanguage();
    const std::pair<QString, QString> names[] = {{QStringLiteral("en"), QStringLiteral("English")},
                                                 {QStringLiteral("ko"), QStringLiteral("한국어")}};
    for (const auto &[code, name] : names) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        action->setData(code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code, name = name] {
            LanguageManager::saveLanguage(code);
            QMessageBox::information(
                this, tr("Language"),
                tr("The interface language changes to %1 the next time Funnelcast starts.")
                    .arg(name));
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About Funnelcast"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::setDocument(std::unique_ptr<PlanDocument> document)
{
    // Views let go of the old document before it is destroyed.
    PlanDocument *raw = document.get();
    const QList<QWidget *> views = builtViews();
    for (QWidget *view : views)
        setViewDocument(view, nullptr);
    if (m_document)
        m_undoGroup->removeStack(m_document->undoStack());
    m_document = std::move(document);
    if (m_messageBar)
        m_messageBar->hide();
    if (raw) {
        m_undoGroup->addStack(raw->undoStack());
        m_undoGroup->setActiveStack(raw->undoStack());
        connect(raw, &PlanDocument::editRefused, this, [this](const QString &message) {
            // A refused value is explained next to its field or grid (RefusalCapture); the
            // bar above the editors takes only refusals no editor explains.
            if (!RefusalCapture::isActive())
                messageBar()->showMessage(message);
        });
        connect(raw, &PlanDocument::writeFailed, this, [this](const QString &message) {
            showError(tr("Could Not Save the Change"), message);
        });
        connect(raw->undoStack(), &QUndoStack::indexChanged, this, [this] {
            if (m_messageBar)
                m_messageBar->hide();
            statusBar()->showMessage(tr("Saved"), 2000);
        });
        connect(raw, &PlanDocument::planHeaderChanged, this, &MainWindow::updateTitle);
        connect(raw, &PlanDocument::pathChanged, this, &MainWindow::updateTitle);
    }
    for (QWidget *view : views)
        setViewDocument(view, raw);
    updateTitle();
}

bool MainWindow::openPlan(const QString &path)
{
    try {
        setDocument(PlanDocument::open(path));
    } catch (const InputError &e) {
        showError(tr("Could Not Open the Plan"), e.message());
        return false;
    } catch (const std::bad_alloc &) {
        showError(tr("Could Not Open the Plan"), tr("Not enough memory to open %1.").arg(path));
        return false;
    }
    addRecentFile(m_document->path());
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool MainWindow::openDemoPlan()
{
    try {
        setDocument(PlanDocument::createUntitled(PlanDocument::demoPlan()));
    } catch (const InputError &e) {
        showError(tr("Could Not Open the Demo Plan"), e.message());
        return false;
    }
    return true;
}

bool MainWindow::newPlan()
{
    try {
        setDocument(PlanDocument::createUntitled(PlanDocument::emptyPlan()));
    } catch (const InputError &e) {
        showError(tr("Could Not Create a Plan"), e.message());
        return false;
    }
    m_tabs->setCurrentIndex(SetupTab);
    return true;
}

void MainWindow::open()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("lastDirectory"),
                                       QStandardPaths::writableLocation(
                                           QStandardPaths::DocumentsLocation))
                            .toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Plan"), dir, planFilter());
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
    openPlan(path);
}

void MainWindow::saveAs()
{
    if (!m_document)
        return;
    QSettings settings;
    QString dir = settings.value(QStringLiteral("lastDirectory"),
                                 QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                      .toString();
    const QString suggested = QDir(dir).filePath(m_document->plan().name + QStringLiteral(".fcplan"));
    QString path = QFileDialog::getSaveFileName(this, tr("Save Plan As"), suggested, planFilter());
    if (path.isEmpty())
        return;
    path = withSuffix(path, QStringLiteral(".fcplan"));
    try {
        m_document->saveAs(path);
    } catch (const InputError &e) {
        showError(tr("Could Not Save the Plan"), e.message());
        return;
    }
    settings.setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
    addRecentFile(path);
    statusBar()->showMessage(tr("Saved as %1").arg(QDir::toNativeSeparators(path)), 4000);
}

void MainWindow::exportJson()
{
    if (!m_document)
        return;
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("lastDirectory"),
                                       QStandardPaths::writableLocation(
                                           QStandardPaths::DocumentsLocation))
                            .toString();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Plan as JSON"),
        QDir(dir).filePath(m_document->plan().name + QStringLiteral(".json")),
        tr("Plan JSON (*.json)"));
    if (path.isEmpty())
        return;
    path = withSuffix(path, QStringLiteral(".json"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(PlanJson::toBytes(m_document->plan())) < 0
        || !file.commit()) {
        showError(tr("Could Not Export"),
                  tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
}

void MainWindow::importActuals(const QString &path)
{
    if (!m_document)
        return;
    QString file = path;
    QSettings settings;
    if (file.isEmpty()) {
        const QString dir = settings.value(QStringLiteral("actualsDirectory"),
                                           QStandardPaths::writableLocation(
                                               QStandardPaths::DownloadLocation))
                                .toString();
        file = QFileDialog::getOpenFileName(
            this, tr("Import Actuals"), dir,
            tr("Ad-platform exports (*.csv *.tsv *.txt);;All files (*)"));
        if (file.isEmpty())
            return;
    }
    settings.setValue(QStringLiteral("actualsDirectory"), QFileInfo(file).absolutePath());
    auto *dialog = new ActualsImportDialog(m_document.get(), file, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->result())
            return;
        const ImportResult &r = *dialog->result();
        QString message = tr("Imported %n new row(s) into “%1”", nullptr, int(r.rowsImported))
                              .arg(r.channel);
        if (r.rowsDuplicate > 0)
            message += tr("; %n row(s) were already in the plan", nullptr, int(r.rowsDuplicate));
        statusBar()->showMessage(message + QLatin1Char('.'), 8000);
        m_tabs->setCurrentIndex(ActualsTab);
    });
    dialog->open();
}

void MainWindow::about()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Funnelcast"));
        m_pathLabel->clear();
        return;
    }
    setWindowTitle(tr("%1 — Funnelcast").arg(m_document->plan().name));
    if (m_document->isUntitled()) {
        m_pathLabel->setText(tr("Not yet saved to a file of your own — every change is kept; use "
                                "Save As to choose where the plan lives"));
        setWindowFilePath(QString());
    } else {
        m_pathLabel->setText(QDir::toNativeSeparators(m_document->path()));
        setWindowFilePath(m_document->path());
    }
}

QStringList MainWindow::recentFiles()
{
    return QSettings().value(QString::fromLatin1(recentFilesKey)).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    if (path.isEmpty() || (m_document && m_document->isUntitled()))
        return;
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    QSettings().setValue(QString::fromLatin1(recentFilesKey), files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    int number = 1;
    for (const QString &path : files) {
        const QString label = number < 10
            ? tr("&%1 %2").arg(number).arg(QFileInfo(path).fileName())
            : QFileInfo(path).fileName();
        QAction *action = m_recentMenu->addAction(label, this, [this, path] { openPlan(path); });
        action->setStatusTip(QDir::toNativeSeparators(path));
        ++number;
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent plans"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), this, [this] {
        QSettings().remove(QString::fromLatin1(recentFilesKey));
        updateRecentMenu();
    });
}

void MainWindow::showError(const QString &title, const QString &text)
{
    // Window-modal and not blocking: the app (and a test driving it) keeps running.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
    statusBar()->showMessage(text, 10000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"),
                      static_cast<QSplitter *>(centralWidget())->saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    const QString path = urls.first().toLocalFile();
    // A plan opens; an ad-platform export goes to the import preview.
    if (path.endsWith(QLatin1String(".fcplan"), Qt::CaseInsensitive)
        || (m_document && isExportFile(path)))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // Open after the drop returns, so the drag source is not kept waiting on a message box.
    if (isExportFile(path))
        QMetaObject::invokeMethod(this, [this, path] { importActuals(path); },
                                  Qt::QueuedConnection);
    else
        QMetaObject::invokeMethod(this, [this, path] { openPlan(path); }, Qt::QueuedConnection);
}

} // namespace funnelcast::ui
