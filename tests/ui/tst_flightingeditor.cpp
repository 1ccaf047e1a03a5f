// The flighting editor widget (offscreen): keyboard editing reaches the file and Ctrl+Z undoes
// it, Ctrl+V pastes a block as one step, a refused weight is explained under the grid, the
// pattern box turns a pattern into custom weights without moving a share, and the paid
// channels page reaches the grid from the detail panel.
#include "uitestplan.h"

#include "document/plandocument.h"
#include "models/flightingmodel.h"
#include "storage/planfile.h"
#include "views/flightingeditor.h"
#include "views/itemdetailpanel.h"
#include "views/itemspage.h"
#include "views/plansetuppage.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace funnelcast;
using namespace funnelcast::ui;

class TestFlightingEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void keyboardEditReachesFileAndUndoes();
    void pasteShortcutIsOneUndoStep();
    void badInputExplainedUnderGrid();
    void patternBoxMakesCustomWithSameShares();
    void typingIntoPatternColumnExplainsWhatToDo();
    void reachedFromPaidChannelsPage();
    void planSetupLengthResizesGrid();
    void accessibleNames();

private:
    std::vector<double> weights(int channel) const
    {
        return reopenPlan(m_path).scenarios[0].channels[size_t(channel)].flighting.weights;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

void TestFlightingEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestFlightingEditor::init()
{
    m_path = m_dir.filePath(
        QStringLiteral("%1.fcplan").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_path);
    PlanFile::create(m_path, uiTestPlan());
}

void TestFlightingEditor::cleanup()
{
    QFile::remove(m_path);
}

void TestFlightingEditor::keyboardEditReachesFileAndUndoes()
{
    auto document = PlanDocument::open(m_path);
    FlightingEditor editor;
    editor.setDocument(document.get());
    editor.resize(900, 500);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setCurrentChannel(0);
    editor.makeCustom();
    QVERIFY(editor.model()->isCustom(0));

    QTableView *view = editor.view();
    view->setFocus();
    view->setCurrentIndex(editor.model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().row(), 1);
    QTest::keyClick(view, Qt::Key_Return);
    auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(line);
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("4"));
    QTest::keyClick(line, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on a queued call
    QCOMPARE(weights(0), (std::vector<double> {1, 4, 1, 1, 1, 1, 1, 1}));
    // Enter moved on to the next week, as in a spreadsheet.
    QCOMPARE(view->currentIndex().row(), 2);
    // Typing starts an edit too.
    QTest::keyClicks(view, QStringLiteral("2"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(weights(0), (std::vector<double> {1, 4, 2, 1, 1, 1, 1, 1}));

    document->undoStack()->undo();
    QCOMPARE(weights(0), (std::vector<double> {1, 4, 1, 1, 1, 1, 1, 1}));
    document->undoStack()->undo();
    QCOMPARE(weights(0), std::vector<double>(8, 1.0));
}

void TestFlightingEditor::pasteShortcutIsOneUndoStep()
{
    auto document = PlanDocument::open(m_path);
    FlightingEditor editor;
    editor.setDocument(document.get());
    editor.resize(900, 500);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTableView *view = editor.view();
    view->setFocus();
    view->setCurrentIndex(editor.model()->index(2, 0));
    QApplication::clipboard()->setText(QStringLiteral("3\t1\n5\t1\n"));
    const int steps = document->undoStack()->count();
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(document->undoStack()->count(), steps + 1);
    QCOMPARE(weights(0), (std::vector<double> {1, 1, 3, 5, 1, 1, 1, 1}));
    QCOMPARE(weights(1), (std::vector<double> {8, 7, 1, 1, 4, 3, 2, 1}));

    // Ctrl+C gives the selection back as tab-separated text.
    view->selectionModel()->select(QItemSelection(editor.model()->index(2, 0), editor.model()->index(3, 1)),
                                   QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("3\t1\n5\t1\n"));
    // Delete sets the selected weeks to 0, one step.
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(weights(0), (std::vector<double> {1, 1, 0, 0, 1, 1, 1, 1}));
    document->undoStack()->undo();
    document->undoStack()->undo();
    QCOMPARE(reopenPlan(m_path), uiTestPlan());
}

void TestFlightingEditor::badInputExplainedUnderGrid()
{
    auto document = PlanDocument::open(m_path);
    FlightingEditor editor;
    editor.setDocument(document.get());
    editor.resize(900, 500);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setCurrentChannel(0);
    editor.makeCustom();
    const Plan before = reopenPlan(m_path);
    QTableView *view = editor.view();
    view->setFocus();
    view->setCurrentIndex(editor.model()->index(4, 0));
    QTest::keyClicks(view, QStringLiteral("lots"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCoreApplication::processEvents();
    QVERIFY2(editor.problem().contains(QStringLiteral("Week 5"))
                 && editor.problem().contains(QStringLiteral("Alpha"))
                 && editor.problem().contains(QStringLiteral("not a number")),
             qPrintable(editor.problem()));
    QCOMPARE(view->currentIndex().row(), 4); // stays on the cell to correct it
    QCOMPARE(reopenPlan(m_path), before);
    // All weeks to zero is refused with what to fix.
    view->selectAll();
    view->selectionModel()->select(QItemSelection(editor.model()->index(0, 0), editor.model()->index(7, 0)),
                                   QItemSelectionModel::ClearAndSelect);
    editor.clearSelection();
    QVERIFY2(editor.problem().contains(QStringLiteral("at least one week needs a weight above zero")),
             qPrintable(editor.problem()));
    QCOMPARE(reopenPlan(m_path), before);
}

void TestFlightingEditor::patternBoxMakesCustomWithSameShares()
{
    auto document = PlanDocument::open(m_path);
    FlightingEditor editor;
    editor.setDocument(document.get());
    editor.setCurrentChannel(1);
    const std::vector<double> before = reopenPlan(m_path).scenarios[0].channels[1].flighting.shares(8);
    QComboBox *box = editor.patternBox();
    QCOMPARE(box->currentText(), QStringLiteral("Front-loaded"));
    const int custom = box->findText(QStringLiteral("Custom"));
    box->setCurrentIndex(custom);
    emit box->activated(custom);
    const Flighting after = reopenPlan(m_path).scenarios[0].channels[1].flighting;
    QCOMPARE(after.pattern, FlightingPattern::Custom);
    QCOMPARE(after.shares(8), before);
    const int pulsed = box->findText(QStringLiteral("Pulsed"));
    box->setCurrentIndex(pulsed);
    emit box->activated(pulsed);
    QCOMPARE(reopenPlan(m_path).scenarios[0].channels[1].flighting.pattern, FlightingPattern::Pulse);
    QCOMPARE(editor.model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Beta\nPulsed"));
}

void TestFlightingEditor::typingIntoPatternColumnExplainsWhatToDo()
{
    auto document = PlanDocument::open(m_path);
    FlightingEditor editor;
    editor.setDocument(document.get());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.view()->setFocus();
    editor.view()->setCurrentIndex(editor.model()->index(0, 1));
    QTest::keyClicks(editor.view(), QStringLiteral("5"));
    QVERIFY2(editor.problem().contains(QStringLiteral("Make Custom")), qPrintable(editor.problem()));
    QCOMPARE(reopenPlan(m_path), uiTestPlan());
}

void TestFlightingEditor::reachedFromPaidChannelsPage()
{
    auto document = PlanDocument::open(m_path);
    ItemsPage page(ui::ItemKind::PaidChannel);
    page.setDocument(document.get());
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    FlightingEditor *editor = page.flightingEditor();
    QVERIFY(editor);
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("paidLowerTabs"));
    QVERIFY(tabs);
    QVERIFY(tabs->currentWidget() != editor);
    // Select Beta in the table, then ask for its weeks from the detail panel.
    page.view()->selectRow(1);
    QCOMPARE(page.detailPanel()->row(), 1);
    QVERIFY(page.detailPanel()->flightingButton());
    page.detailPanel()->flightingButton()->click();
    QCOMPARE(tabs->currentWidget(), editor);
    QCOMPARE(editor->currentChannel(), 1);
    // Choosing Custom in the detail panel keeps the shares and shows in the grid.
    const std::vector<double> before = document->plan().scenarios[0].channels[1].flighting.shares(8);
    const auto combos = page.detailPanel()->findChildren<QComboBox *>();
    QComboBox *pattern = nullptr;
    for (QComboBox *c : combos)
        if (c->findText(QStringLiteral("Custom")) >= 0)
            pattern = c;
    QVERIFY(pattern);
    const int custom = pattern->findText(QStringLiteral("Custom"));
    pattern->setCurrentIndex(custom);
    emit pattern->activated(custom);
    QCOMPARE(document->plan().scenarios[0].channels[1].flighting.pattern, FlightingPattern::Custom);
    QCOMPARE(document->plan().scenarios[0].channels[1].flighting.shares(8), before);
    QVERIFY(editor->model()->isCustom(1));
    QVERIFY(page.detailPanel()->problem().isEmpty());
}

void TestFlightingEditor::planSetupLengthResizesGrid()
{
    auto document = PlanDocument::open(m_path);
    PlanSetupPage setup;
    setup.setDocument(document.get());
    FlightingEditor editor;
    editor.setDocument(document.get());
    QVERIFY(editor.model()->paste(QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8"),
                                  editor.model()->index(0, 0)));
    QVERIFY(editor.note().isEmpty());

    // Two steps up with the spin box's arrows: one undo step, weeks 9-10 at weight 0.
    const int steps = document->undoStack()->count();
    setup.weeksSpin()->stepUp();
    setup.weeksSpin()->stepUp();
    QCOMPARE(document->plan().weeks, 10);
    QCOMPARE(editor.model()->rowCount(), 10);
    QCOMPARE(document->undoStack()->count(), steps + 1);
    QCOMPARE(weights(0), (std::vector<double> {1, 2, 3, 4, 5, 6, 7, 8, 0, 0}));
    QVERIFY2(editor.note().contains(QStringLiteral("weight 0")), qPrintable(editor.note()));
    QSignalSpy refused(document.get(), &PlanDocument::editRefused);
    setup.weeksSpin()->setValue(5); // the creator posts in week 4, so not shorter
    QVERIFY2(refused.isEmpty(), refused.isEmpty() ? "" : qPrintable(refused.first().first().toString()));
    QCOMPARE(editor.model()->rowCount(), 5);
    QCOMPARE(weights(0), (std::vector<double> {1, 2, 3, 4, 5}));
    document->undoStack()->undo();
    QCOMPARE(editor.model()->rowCount(), 8);
    QCOMPARE(weights(0), (std::vector<double> {1, 2, 3, 4, 5, 6, 7, 8}));
}

void TestFlightingEditor::accessibleNames()
{
    FlightingEditor editor;
    QVERIFY(!editor.view()->accessibleName().isEmpty());
    QVERIFY(!editor.patternBox()->accessibleName().isEmpty());
    for (QToolButton *b : editor.findChildren<QToolButton *>())
        QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->text()));
}

QTEST_MAIN(TestFlightingEditor)
#include "tst_flightingeditor.moc"
