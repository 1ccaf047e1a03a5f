// GUI smoke test of the main window (offscreen): opens the demo plan, shows its channels and
// forecast, refuses a hostile file with a message and keeps running, follows a scenario switch,
// and takes an edit through the table view into the file. Tabs other than the one shown are
// built when first opened: they must still show the current numbers, follow undo, and sit in
// the Tab order where an eagerly built tab would.
#include "uitestplan.h"

#include "document/forecastcontroller.h"
#include "document/plandocument.h"
#include "forecast/forecastengine.h"
#include "models/itemtablemodel.h"
#include "models/valueformat.h"
#include "storage/planfile.h"
#include "charts/funnelchart.h"
#include "charts/stackedweeklychart.h"
#include "views/forecastpanel.h"
#include "views/fieldmarker.h"
#include "views/itemdetailpanel.h"
#include "views/itemspage.h"
#include "views/kpicard.h"
#include "views/lazytabwidget.h"
#include "views/mainwindow.h"
#include "views/messagebar.h"
#include "views/optimizerpanel.h"
#include "views/plansetuppage.h"
#include "views/scenariobar.h"
#include "views/scenariocomparison.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QTabBar>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QBarSeries>
#include <QBarSet>
#include <QStackedBarSeries>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace funnelcast;
using namespace funnelcast::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensDemoPlan();
    void hostileFileRefusedAndAppKeepsRunning_data();
    void hostileFileRefusedAndAppKeepsRunning();
    void scenarioSwitchUpdatesEveryView();
    void editThroughTableViewReachesFile();
    void setupPageRefusesBadMargin();
    void detailPanelChecksWhileTyping();
    void comparisonShowsEveryScenario();
    void hiddenViewsCatchUpWhenShown();
    void hiddenTabsBuiltWhenFirstShown();
    void lazyTabTakesItsPlaceInTabOrder();
    void altKeysAreUniqueOnEveryTab();

private:
    // uiTestPlan() written to a new file of that name in the test's folder; its path.
    QString freshPlanFile(const QString &name);

    QTemporaryDir m_dir;
};

QString TestMainWindow::freshPlanFile(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    PlanFile::create(path, uiTestPlan());
    return path;
}

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::opensDemoPlan()
{
    // Expected figures read straight from the resource file, not through the app.
    QFile resource(QStringLiteral(FUNNELCAST_SOURCE_DIR "/resources/demo-plan.json"));
    QVERIFY(resource.open(QIODevice::ReadOnly));
    const QJsonObject demo = QJsonDocument::fromJson(resource.readAll()).object();
    const QJsonObject firstScenario = demo.value(QStringLiteral("scenarios")).toArray().first().toObject();

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDemoPlan());
    QVERIFY(window.windowTitle().contains(demo.value(QStringLiteral("name")).toString()));
    QVERIFY(window.document()->isUntitled());

    ItemTableModel *paid = window.paidPage()->model();
    QCOMPARE(paid->rowCount(), firstScenario.value(QStringLiteral("channels")).toArray().size());
    QCOMPARE(paid->index(0, 0).data().toString(),
             firstScenario.value(QStringLiteral("channels")).toArray().first().toObject()
                 .value(QStringLiteral("name")).toString());
    QCOMPARE(window.creatorPage()->model()->rowCount(),
             firstScenario.value(QStringLiteral("creators")).toArray().size());
    QCOMPARE(window.scenarioBar()->comboBox()->count(),
             demo.value(QStringLiteral("scenarios")).toArray().size());

    // The forecast cards show the engine's numbers: base at once, bands after Monte Carlo.
    ForecastPanel *panel = window.forecastPanel();
    const Plan &plan = window.document()->plan();
    const ForecastResult expected = ForecastEngine::base(plan, plan.scenarios[0]);
    QCOMPARE(panel->card(QStringLiteral("orders"))->baseText(),
             QLocale().toString(expected.totals.orders.base, 'f', 0));
    QCOMPARE(panel->card(QStringLiteral("spend"))->baseText(),
             ValueFormat::money(firstScenario.value(QStringLiteral("budget")).toDouble(), plan.currency));
    panel->controller()->setDelay(0);
    panel->controller()->waitForIdle();
    QTRY_VERIFY(panel->controller()->hasBands());
    QVERIFY(panel->card(QStringLiteral("orders"))->rangeText().contains(QStringLiteral("P10")));
    QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("errorBox")));
}

void TestMainWindow::hostileFileRefusedAndAppKeepsRunning_data()
{
    QTest::addColumn<QByteArray>("bytes");
    static const char noise[] = "\x13\x37 not a plan \xff\xfe";
    QTest::newRow("random bytes") << QByteArray(noise, sizeof noise - 1).repeated(300);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("sqlite header only") << QByteArray("SQLite format 3\0", 16);
}

void TestMainWindow::hostileFileRefusedAndAppKeepsRunning()
{
    QFETCH(QByteArray, bytes);
    const QString path = m_dir.filePath(QStringLiteral("hostile.fcplan"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    MainWindow window;
    window.show();
    QVERIFY(window.openDemoPlan());
    const QString title = window.windowTitle();
    QVERIFY(!window.openPlan(path));
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("errorBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY2(box->text().contains(QStringLiteral("hostile.fcplan")), qPrintable(box->text()));
    QCOMPARE(window.windowTitle(), title); // the demo plan is still open
    QCOMPARE(window.paidPage()->model()->rowCount(),
             int(window.document()->plan().scenarios[0].channels.size()));
    box->accept();
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), bytes); // never modified
}

void TestMainWindow::scenarioSwitchUpdatesEveryView()
{
    const QString path = freshPlanFile(QStringLiteral("switch.fcplan"));
    MainWindow window;
    window.show();
    QVERIFY(window.openPlan(path));
    QCOMPARE(window.windowTitle(), QStringLiteral("UI test plan — Funnelcast"));
    QVERIFY(MainWindow::recentFiles().contains(QFileInfo(path).absoluteFilePath()));
    QCOMPARE(window.paidPage()->model()->rowCount(), 2);
    QCOMPARE(window.creatorPage()->model()->rowCount(), 1);

    window.scenarioBar()->comboBox()->setCurrentIndex(1);
    QCOMPARE(window.document()->currentScenario(), 1);
    QCOMPARE(window.paidPage()->model()->rowCount(), 1);
    QCOMPARE(window.creatorPage()->model()->rowCount(), 0);
    QCOMPARE(window.organicPage()->model()->rowCount(), 0);
    QCOMPARE(window.setupPage()->budgetEdit()->text(), QString());
    QCOMPARE(window.forecastPanel()->controller()->result().scenario, QStringLiteral("Lean"));
    const Plan &plan = window.document()->plan();
    const ForecastResult lean = ForecastEngine::base(plan, plan.scenarios[1]);
    QCOMPARE(window.forecastPanel()->card(QStringLiteral("orders"))->baseText(),
             QLocale().toString(lean.totals.orders.base, 'f', 0));

    // Duplicating the scenario switches to the copy, undo switches back.
    window.scenarioBar()->duplicateScenario();
    QCOMPARE(window.scenarioBar()->comboBox()->count(), 3);
    QCOMPARE(window.scenarioBar()->comboBox()->currentText(), QStringLiteral("Lean (copy)"));
    window.document()->undoStack()->undo();
    QCOMPARE(window.scenarioBar()->comboBox()->count(), 2);
    QCOMPARE(reopenPlan(path), uiTestPlan());
}

void TestMainWindow::editThroughTableViewReachesFile()
{
    const QString path = freshPlanFile(QStringLiteral("edit.fcplan"));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPlan(path));
    QTableView *view = window.paidPage()->view();
    ItemTableModel *model = window.paidPage()->model();
    const QModelIndex spend = model->index(1, model->columnOf(QStringLiteral("spend")));
    view->setCurrentIndex(spend);
    view->edit(spend);
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(spend));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("6500000"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits in a queued call
    QCOMPARE(reopenPlan(path).scenarios[0].channels[1].spend, 6500000.0);

    // Bad input through the view: refused with a message, nothing written.
    view->edit(spend);
    editor = qobject_cast<QLineEdit *>(view->indexWidget(spend));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("lots"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    // Explained under the table (tst_refusalmessages: there only).
    QTRY_VERIFY(window.paidPage()->tableMessage()->isVisible());
    QVERIFY(window.paidPage()->tableMessage()->text().contains(QStringLiteral("not a number")));
    QCOMPARE(reopenPlan(path).scenarios[0].channels[1].spend, 6500000.0);

    window.document()->undoStack()->undo();
    QCOMPARE(reopenPlan(path), uiTestPlan());
}

void TestMainWindow::setupPageRefusesBadMargin()
{
    const QString path = freshPlanFile(QStringLiteral("setup.fcplan"));
    MainWindow window;
    window.show();
    QVERIFY(window.openPlan(path));
    QLineEdit *margin = window.setupPage()->marginEdit();
    QCOMPARE(margin->text(), QStringLiteral("60%"));
    margin->setText(QStringLiteral("150%"));
    emit margin->editingFinished();
    QVERIFY(window.setupPage()->problem().contains(QStringLiteral("100%")));
    QCOMPARE(reopenPlan(path).margin, 0.6);
    margin->setText(QStringLiteral("45"));
    emit margin->editingFinished();
    QCOMPARE(reopenPlan(path).margin, 0.45);
    QVERIFY(window.setupPage()->problem().isEmpty());
}

void TestMainWindow::detailPanelChecksWhileTyping()
{
    const QString path = freshPlanFile(QStringLiteral("detail.fcplan"));
    MainWindow window;
    window.show();
    QVERIFY(window.openPlan(path));
    ItemDetailPanel *panel = window.paidPage()->detailPanel();
    QCOMPARE(panel->row(), 0);
    QLineEdit *high = panel->edit(QStringLiteral("ctr"), 2);
    QVERIFY(high);
    QCOMPARE(high->text(), QStringLiteral("1.2"));
    QCOMPARE(panel->edit(QStringLiteral("ctr"), 0)->text(), QStringLiteral("0.6"));

    // "0", "0.", "0.5": every keystroke puts high below base (0.9%): marked, never written.
    high->selectAll();
    QTest::keyClicks(high, QStringLiteral("0.5"));
    QVERIFY(FieldMarker::isMarked(high));
    QVERIFY(!panel->problem().isEmpty());
    QCOMPARE(window.document()->undoStack()->count(), 0);
    QCOMPARE(reopenPlan(path), uiTestPlan());

    // "1", "1.", "1.5": accepted as typed, written at once, one undo step for the field.
    high->selectAll();
    QTest::keyClicks(high, QStringLiteral("1.5"));
    QVERIFY(!FieldMarker::isMarked(high));
    QVERIFY(panel->problem().isEmpty());
    QCOMPARE(reopenPlan(path).scenarios[0].channels[0].ctr, Uncertain(0.006, 0.009, 0.015));
    QCOMPARE(window.document()->undoStack()->count(), 1);
    // The table shows it too.
    ItemTableModel *model = window.paidPage()->model();
    QCOMPARE(model->index(0, model->columnOf(QStringLiteral("ctr"))).data().toString(),
             QStringLiteral("0.9% (0.6%–1.5%)"));

    window.document()->undoStack()->undo();
    QCOMPARE(reopenPlan(path), uiTestPlan());
}

void TestMainWindow::comparisonShowsEveryScenario()
{
    const QString path = freshPlanFile(QStringLiteral("compare.fcplan"));
    MainWindow window;
    window.resize(1440, 900);
    window.show();
    QVERIFY(window.openPlan(path));
    // Open the comparison's tab: a hidden comparison refreshes only when shown (below).
    ScenarioComparison *comparison = window.forecastPanel()->comparison();
    qobject_cast<QTabWidget *>(comparison->parentWidget()->parentWidget())->setCurrentWidget(comparison);
    QVERIFY(comparison->isVisible());
    QTableWidget *table = comparison->table();
    QCOMPARE(table->columnCount(), 2);
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("Lean"));
    const Plan &plan = window.document()->plan();
    const ForecastResult base = ForecastEngine::base(plan, plan.scenarios[0]);
    const ForecastResult lean = ForecastEngine::base(plan, plan.scenarios[1]);
    // Row 2 is orders: the first scenario as is, the second with its difference.
    QCOMPARE(table->item(2, 0)->text(), QLocale().toString(base.totals.orders.base, 'f', 0));
    QVERIFY(table->item(2, 1)->text().startsWith(QLocale().toString(lean.totals.orders.base, 'f', 0)));
    QVERIFY(table->item(2, 1)->text().contains(QStringLiteral("−"))); // Lean has fewer orders
    // Spend per channel: Beta is only in Base.
    QCOMPARE(table->rowCount(), 9 + 2);
    QCOMPARE(table->item(10, 1)->text(), QStringLiteral("—"));

    // An edit in the other scenario shows up at once.
    QVERIFY(window.document()->setItem(ui::ItemKind::PaidChannel, 1, 0,
                                       [&] {
                                           PaidChannel c = plan.scenarios[1].channels[0];
                                           c.spend = 20000000;
                                           return PlanItem(c);
                                       }(),
                                       QStringLiteral("spend")));
    QVERIFY(table->item(9, 1)->text().startsWith(ValueFormat::money(20000000, plan.currency)));
}

// Views on hidden tabs skip the work of an edit; each must show the current numbers, not the
// old ones, as soon as its tab is opened. Read through the widgets themselves (the panels'
// accessors bring them up to date on their own).
void TestMainWindow::hiddenViewsCatchUpWhenShown()
{
    const QString path = freshPlanFile(QStringLiteral("hidden.fcplan"));
    MainWindow window;
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPlan(path));
    // Built here, still hidden: the other test below covers a tab built after the edit.
    OptimizerPanel *budget = window.optimizerPanel();
    QVERIFY(budget);
    QVERIFY(!budget->isVisible());
    auto *allocation = budget->findChild<QTableWidget *>(QStringLiteral("allocationTable"));
    ScenarioComparison *comparison = window.forecastPanel()->comparison();
    QVERIFY(!comparison->isVisible());
    auto *comparisonTable = comparison->findChild<QTableWidget *>();
    QTabWidget *chartTabs = window.forecastPanel()->chartTabs();
    QCOMPARE(chartTabs->currentIndex(), 0);
    auto *stacked = qobject_cast<StackedWeeklyChart *>(
        qobject_cast<LazyTabWidget *>(chartTabs)->page(1));
    QVERIFY(stacked);
    QVERIFY(!stacked->isVisible());

    const Plan &plan = window.document()->plan();
    const double spend = 12345678;
    QVERIFY(window.document()->setItem(ui::ItemKind::PaidChannel, 0, 0,
                                       [&] {
                                           PaidChannel c = plan.scenarios[0].channels[0];
                                           c.spend = spend;
                                           return PlanItem(c);
                                       }(),
                                       QStringLiteral("spend")));
    QTest::qWait(0); // let the coalesced chart update run
    const ForecastResult expected = ForecastEngine::base(plan, plan.scenarios[0]);

    // The Budget tab: current spend column (4) of the edited channel.
    window.editorTabs()->setCurrentWidget(budget);
    QVERIFY(budget->isVisible());
    QCOMPARE(allocation->item(0, 4)->text(), ValueFormat::money(spend, plan.currency));

    // The comparison: first spend row (9 KPI rows before it), first scenario.
    qobject_cast<QTabWidget *>(comparison->parentWidget()->parentWidget())->setCurrentWidget(comparison);
    QVERIFY(comparison->isVisible());
    QVERIFY(comparisonTable->item(9, 0)->text().startsWith(ValueFormat::money(spend, plan.currency)));
    QCOMPARE(comparisonTable->item(2, 0)->text(),
             QLocale().toString(expected.totals.orders.base, 'f', 0));

    // The stacked chart, after switching back to this scenario's charts.
    qobject_cast<QTabWidget *>(comparison->parentWidget()->parentWidget())->setCurrentIndex(0);
    chartTabs->setCurrentIndex(1);
    QVERIFY(stacked->isVisible());
    const QList<QBarSet *> sets = stacked->series()->barSets();
    QVERIFY(!sets.isEmpty());
    QCOMPARE(sets.at(0)->label(), expected.channels[0].name);
    for (int t = 0; t < plan.weeks; ++t)
        QCOMPARE(sets.at(0)->at(t), expected.channels[0].weekly.orders.base[size_t(t)]);

    // Shown views follow further edits at once.
    QVERIFY(window.document()->setItem(ui::ItemKind::PaidChannel, 0, 0,
                                       [&] {
                                           PaidChannel c = plan.scenarios[0].channels[0];
                                           c.spend = 2 * spend;
                                           return PlanItem(c);
                                       }(),
                                       QStringLiteral("spend")));
    window.editorTabs()->setCurrentWidget(budget);
    QCOMPARE(allocation->item(0, 4)->text(), ValueFormat::money(2 * spend, plan.currency));
}

namespace {

PlanItem withSpend(const Plan &plan, double spend)
{
    PaidChannel c = plan.scenarios[0].channels[0];
    c.spend = spend;
    return PlanItem(c);
}

// The widgets Tab reaches, in order, from the window's first one round to it again.
QList<QWidget *> tabChain(QWidget *window)
{
    QList<QWidget *> chain;
    for (QWidget *w = window->nextInFocusChain(); w != window; w = w->nextInFocusChain())
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(window) && w->isEnabled()
            && !w->focusProxy())
            chain << w;
    return chain;
}

} // namespace

// Start-up builds only what is on screen; a tab opened later (after edits) is built then and
// shows the current numbers, and edits and undo after that reach it like any other view.
void TestMainWindow::hiddenTabsBuiltWhenFirstShown()
{
    const QString path = freshPlanFile(QStringLiteral("lazy.fcplan"));
    MainWindow window;
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPlan(path));
    auto *tabs = qobject_cast<LazyTabWidget *>(window.editorTabs());
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 6);
    QCOMPARE(tabs->currentWidget(), window.paidPage());
    for (int i = 0; i < tabs->count(); ++i)
        QCOMPARE(tabs->isBuilt(i), tabs->widget(i) == window.paidPage());
    QVERIFY(!window.findChild<OptimizerPanel *>());
    QVERIFY(!window.findChild<ScenarioComparison *>());
    QVERIFY(!window.findChild<StackedWeeklyChart *>());
    QVERIFY(!window.findChild<FunnelChart *>());
    QVERIFY(!window.findChild<MessageBar *>(QStringLiteral("messageBar"))); // the window's strip

    const Plan &plan = window.document()->plan();
    const double spend = 12345678;
    QVERIFY(window.document()->setItem(ui::ItemKind::PaidChannel, 0, 0, withSpend(plan, spend),
                                       QStringLiteral("spend")));
    QTest::qWait(0);

    // Budget: built when its tab is opened, with the edited spend; the tab keeps its label.
    const QString budgetLabel = tabs->tabText(4);
    tabs->setCurrentIndex(4);
    auto *budget = qobject_cast<OptimizerPanel *>(tabs->currentWidget());
    QVERIFY(budget);
    QCOMPARE(window.optimizerPanel(), budget);
    QVERIFY(budget->isVisible());
    QCOMPARE(tabs->currentIndex(), 4);
    QCOMPARE(tabs->tabText(4), budgetLabel);
    QCOMPARE(tabs->count(), 6);
    auto *allocation = budget->findChild<QTableWidget *>(QStringLiteral("allocationTable"));
    QVERIFY(allocation);
    QCOMPARE(allocation->item(0, 4)->text(), ValueFormat::money(spend, plan.currency));
    // Undo reaches the lazily built panel too.
    window.document()->undoStack()->undo();
    QCOMPARE(allocation->item(0, 4)->text(),
             ValueFormat::money(uiTestPlan().scenarios[0].channels[0].spend, plan.currency));
    window.document()->undoStack()->redo();
    QCOMPARE(allocation->item(0, 4)->text(), ValueFormat::money(spend, plan.currency));

    // Plan: the setup page is built with the plan's figures.
    tabs->setCurrentIndex(0);
    QCOMPARE(tabs->currentWidget(), window.setupPage());
    QCOMPARE(window.setupPage()->marginEdit()->text(), QStringLiteral("60%"));

    // Creators: the table of the current scenario's creators.
    tabs->setCurrentIndex(2);
    QCOMPARE(tabs->currentWidget(), window.creatorPage());
    QCOMPARE(window.creatorPage()->model()->rowCount(), 1);

    // The forecast's chart tabs: the stacked chart and the funnel, built when opened, show
    // the edited plan's base forecast.
    const ForecastResult expected = ForecastEngine::base(plan, plan.scenarios[0]);
    QTabWidget *chartTabs = window.forecastPanel()->chartTabs();
    chartTabs->setCurrentIndex(1);
    auto *stacked = qobject_cast<StackedWeeklyChart *>(chartTabs->currentWidget());
    QVERIFY(stacked);
    QVERIFY(stacked->isVisible());
    QCOMPARE(chartTabs->tabToolTip(1), QStringLiteral("The weekly base forecast stacked by channel"));
    const QList<QBarSet *> sets = stacked->series()->barSets();
    QVERIFY(!sets.isEmpty());
    QCOMPARE(sets.at(0)->label(), expected.channels[0].name);
    for (int t = 0; t < plan.weeks; ++t)
        QCOMPARE(sets.at(0)->at(t), expected.channels[0].weekly.orders.base[size_t(t)]);
    chartTabs->setCurrentIndex(2);
    auto *funnel = chartTabs->currentWidget()->findChild<FunnelChart *>();
    QVERIFY(funnel);
    auto *channels = chartTabs->currentWidget()->findChild<QComboBox *>(
        QStringLiteral("funnelChannelCombo"));
    QVERIFY(channels);
    QCOMPARE(channels->count(), 1 + int(expected.channels.size()));
    QCOMPARE(funnel->stages().size(), size_t(5));
    QVERIFY(qAbs(funnel->stages()[4].count - expected.totals.orders.base)
            <= 1e-9 * expected.totals.orders.base);

    // The comparison, built when its tab is opened.
    auto *forecastTabs = qobject_cast<QTabWidget *>(chartTabs->parentWidget()->parentWidget()
                                                        ->parentWidget());
    QVERIFY(forecastTabs);
    forecastTabs->setCurrentIndex(1);
    auto *comparison = qobject_cast<ScenarioComparison *>(forecastTabs->currentWidget());
    QVERIFY(comparison);
    QCOMPARE(window.forecastPanel()->comparison(), comparison);
    QVERIFY(comparison->table()->item(9, 0)->text().startsWith(
        ValueFormat::money(spend, plan.currency)));

    // A refused edit: the warning strip is built then, above the editor tabs.
    QVERIFY(!window.document()->setItem(ui::ItemKind::PaidChannel, 0, 0, withSpend(plan, -1),
                                        QStringLiteral("spend")));
    QVERIFY(window.messageBar()->isVisible());
    QVERIFY(window.messageBar()->geometry().bottom() < window.editorTabs()->geometry().top());
}

// Tab reaches a lazily built tab's widgets right after the editor tab bar and before the
// forecast, as it reaches the Paid channels tab built with the window.
void TestMainWindow::lazyTabTakesItsPlaceInTabOrder()
{
    const QString path = freshPlanFile(QStringLiteral("taborder.fcplan"));
    MainWindow window;
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPlan(path));
    QTabWidget *tabs = window.editorTabs();
    const auto check = [&](QWidget *page) {
        const QList<QWidget *> chain = tabChain(&window);
        const qsizetype bar = chain.indexOf(tabs->tabBar());
        QVERIFY(bar >= 0);
        qsizetype first = -1, last = -1;
        for (qsizetype i = 0; i < chain.size(); ++i)
            if (page->isAncestorOf(chain[i])) {
                if (first < 0)
                    first = i;
                last = i;
            }
        QVERIFY2(first > bar, qPrintable(page->objectName()));
        // Nothing but the scenario bar (in the tool bar, made before the tabs) between.
        for (qsizetype i = bar + 1; i < first; ++i)
            QVERIFY2(window.scenarioBar()->isAncestorOf(chain[i]), qPrintable(chain[i]->objectName()));
        // The page's widgets in one run, then the forecast panel.
        for (qsizetype i = first; i <= last; ++i)
            QVERIFY2(page->isAncestorOf(chain[i]), qPrintable(chain[i]->objectName()));
        QVERIFY(last + 1 < chain.size());
        QVERIFY2(window.forecastPanel()->isAncestorOf(chain[last + 1]),
                 qPrintable(chain[last + 1]->objectName()));
    };
    check(window.paidPage()); // built with the window: what the others must match
    for (int i : {4, 0, 2, 3, 5}) {
        tabs->setCurrentIndex(i);
        check(tabs->currentWidget());
    }
}

void TestMainWindow::altKeysAreUniqueOnEveryTab()
{
    // With every tab open in turn, no two things on screen answer the same Alt key: the menus,
    // the tab bars, buttons and labelled fields. (Alt+R once opened Creators instead of
    // running the optimizer: "&Run Optimizer" and "C&reators" shared the R.)
    const QString path = freshPlanFile(QStringLiteral("mnemonics.fcplan"));
    MainWindow window;
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPlan(path));
    QTabWidget *tabs = window.editorTabs();
    QStringList clashes;
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QTest::qWait(0);
        QMap<QKeySequence, QString> owner;
        auto add = [&](const QString &text) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (key.isEmpty())
                return;
            if (owner.contains(key))
                clashes << QStringLiteral("%1: %2 / %3").arg(tabs->tabText(tab), owner.value(key), text);
            else
                owner.insert(key, text);
        };
        for (QAction *menu : window.menuBar()->actions())
            add(menu->text());
        for (QTabBar *bar : window.findChildren<QTabBar *>())
            if (bar->isVisibleTo(&window))
                for (int i = 0; i < bar->count(); ++i)
                    add(bar->tabText(i));
        for (QAbstractButton *button : window.findChildren<QAbstractButton *>())
            if (button->isVisibleTo(&window))
                add(button->text());
        for (QLabel *label : window.findChildren<QLabel *>())
            if (label->buddy() && label->isVisibleTo(&window))
                add(label->text());
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
