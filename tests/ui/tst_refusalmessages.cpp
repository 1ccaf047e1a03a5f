// A refused value is explained in one place, next to where it was typed: under the item table
// for a table cell, under the fields for the detail panel and the plan form, under the grid for
// the weekly flighting. Never again in the message bar above the editors or in the status bar.
// The explanation goes when the value is corrected (or typed back to what it was), when the
// selection moves to another item, and on undo. Refusals no editor explains (a scenario name
// taken) go to the message bar, until the next edit.
#include "uitestplan.h"

#include "document/plandocument.h"
#include "models/flightingmodel.h"
#include "models/itemtablemodel.h"
#include "storage/planfile.h"
#include "views/fieldmarker.h"
#include "views/flightingeditor.h"
#include "views/itemdetailpanel.h"
#include "views/itemspage.h"
#include "views/mainwindow.h"
#include "views/messagebar.h"
#include "views/plansetuppage.h"

#include <QLineEdit>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace funnelcast;
using namespace funnelcast::ui;

class TestRefusalMessages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tableRefusal_data();
    void tableRefusal();
    void tableRefusalClearedByAnotherRow();
    void tableRefusalClearedByTypingInDetailPanel();
    void tableRefusalClearedByUndo();
    void detailPanelRefusal_data();
    void detailPanelRefusal();
    void detailPanelRefusalClearedByUndo();
    void detailPanelRefusalClearedByAnotherRow();
    void setupPageRefusal();
    void flightingRefusalOnlyUnderGrid();
    void refusalWithoutEditorInMessageBar();

private:
    // Types `text` into the cell as a user would (editor, keys, Return).
    void typeInCell(const QModelIndex &index, const QString &text);
    // The refusal must be shown nowhere but `where` (a description for failure output).
    void verifyOnlyPlace(const QString &expected, const char *where);
    QString statusText() const { return m_window->statusBar()->currentMessage(); }
    ItemsPage *paid() const { return m_window->paidPage(); }
    QModelIndex betaCpm() const
    {
        return paid()->model()->index(1, paid()->model()->columnOf(QStringLiteral("cpm")));
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestRefusalMessages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestRefusalMessages::init()
{
    m_path = m_dir.filePath(QStringLiteral("%1.fcplan")
                                .arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_path);
    PlanFile::create(m_path, uiTestPlan());
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openPlan(m_path));
    m_window->editorTabs()->setCurrentWidget(paid());
}

void TestRefusalMessages::cleanup()
{
    m_window.reset();
}

void TestRefusalMessages::typeInCell(const QModelIndex &index, const QString &text)
{
    QTableView *view = paid()->view();
    view->setCurrentIndex(index);
    view->edit(index);
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(index));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits in a queued call
}

void TestRefusalMessages::verifyOnlyPlace(const QString &expected, const char *where)
{
    const QString table = paid()->tableMessage()->text();
    const QString detail = paid()->detailPanel()->problem();
    const QString bar = m_window->messageBar()->text();
    const QString flighting = paid()->flightingEditor()->problem();
    int places = 0;
    for (const QString &shown : {table, detail, bar, flighting})
        places += shown.isEmpty() ? 0 : 1;
    const QString report = QStringLiteral("%1 expected; table “%2”, detail “%3”, message bar “%4”, "
                                          "flighting “%5”, status bar “%6”")
                               .arg(QLatin1String(where), table, detail, bar, flighting, statusText());
    QVERIFY2(places == 1, qPrintable(report));
    const QString shown = !table.isEmpty() ? table : !detail.isEmpty() ? detail
        : !bar.isEmpty() ? bar : flighting;
    QVERIFY2(shown.contains(expected), qPrintable(report));
    QVERIFY2(!statusText().contains(expected) && !statusText().contains(QStringLiteral("CPM")),
             qPrintable(report));
}

void TestRefusalMessages::tableRefusal_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected"); // part of the sentence
    QTest::newRow("negative") << QStringLiteral("-5") << QStringLiteral("-5");
    QTest::newRow("letters") << QStringLiteral("abc") << QStringLiteral("not a number");
}

void TestRefusalMessages::tableRefusal()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    typeInCell(betaCpm(), typed);
    verifyOnlyPlace(expected, "under the table");
    QVERIFY(paid()->tableMessage()->text().contains(QStringLiteral("Beta")));
    QCOMPARE(reopenPlan(m_path), uiTestPlan());

    // A valid value clears it and is written.
    typeInCell(betaCpm(), QStringLiteral("7500"));
    QVERIFY2(paid()->tableMessage()->text().isEmpty(), qPrintable(paid()->tableMessage()->text()));
    QVERIFY(paid()->tableMessage()->isHidden());
    QCOMPARE(reopenPlan(m_path).scenarios[0].channels[1].cpm.base, 7500.0);

    // Typing the value back to what it was is a correction too (no edit, no message).
    typeInCell(betaCpm(), typed);
    verifyOnlyPlace(expected, "under the table");
    const int steps = m_window->document()->undoStack()->count();
    typeInCell(betaCpm(), QStringLiteral("7500"));
    QCOMPARE(m_window->document()->undoStack()->count(), steps);
    QVERIFY(paid()->tableMessage()->text().isEmpty());
    QVERIFY(m_window->messageBar()->text().isEmpty());
}

void TestRefusalMessages::tableRefusalClearedByAnotherRow()
{
    typeInCell(betaCpm(), QStringLiteral("-5"));
    verifyOnlyPlace(QStringLiteral("-5"), "under the table");
    // Moving along the same row keeps it (the sentence names the item and the field) ...
    paid()->view()->setCurrentIndex(paid()->model()->index(1, 0));
    QVERIFY(!paid()->tableMessage()->text().isEmpty());
    // ... another item clears it.
    paid()->view()->setCurrentIndex(paid()->model()->index(0, 0));
    QVERIFY(paid()->tableMessage()->text().isEmpty());
    QVERIFY(m_window->messageBar()->text().isEmpty());
}

void TestRefusalMessages::tableRefusalClearedByTypingInDetailPanel()
{
    // The user turns to the same field in the detail panel: the table's sentence goes, and a
    // refusal there is explained there alone.
    typeInCell(betaCpm(), QStringLiteral("-5"));
    verifyOnlyPlace(QStringLiteral("-5"), "under the table");
    QLineEdit *cpm = paid()->detailPanel()->edit(QStringLiteral("cpm"));
    cpm->setFocus();
    cpm->selectAll();
    QTest::keyClicks(cpm, QStringLiteral("abc"));
    verifyOnlyPlace(QStringLiteral("not a number"), "under the detail panel's fields");
}

void TestRefusalMessages::tableRefusalClearedByUndo()
{
    typeInCell(betaCpm(), QStringLiteral("7500"));
    typeInCell(betaCpm(), QStringLiteral("abc"));
    verifyOnlyPlace(QStringLiteral("not a number"), "under the table");
    m_window->document()->undoStack()->undo();
    QVERIFY(paid()->tableMessage()->text().isEmpty());
    QCOMPARE(reopenPlan(m_path), uiTestPlan());
    // And a redo likewise.
    typeInCell(betaCpm(), QStringLiteral("abc"));
    QVERIFY(!paid()->tableMessage()->text().isEmpty());
    m_window->document()->undoStack()->redo();
    QVERIFY(paid()->tableMessage()->text().isEmpty());
    QCOMPARE(reopenPlan(m_path).scenarios[0].channels[1].cpm.base, 7500.0);
}

void TestRefusalMessages::detailPanelRefusal_data()
{
    tableRefusal_data();
}

void TestRefusalMessages::detailPanelRefusal()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    ItemDetailPanel *panel = paid()->detailPanel();
    paid()->view()->setCurrentIndex(paid()->model()->index(1, 0));
    QCOMPARE(panel->row(), 1);
    QLineEdit *cpm = panel->edit(QStringLiteral("cpm"));
    QVERIFY(cpm);
    cpm->setFocus();
    cpm->selectAll();
    QTest::keyClicks(cpm, typed);
    verifyOnlyPlace(expected, "under the detail panel's fields");
    QVERIFY(FieldMarker::isMarked(cpm));
    QCOMPARE(reopenPlan(m_path), uiTestPlan());

    // Corrected: the box is accepted, the mark and the sentence go.
    cpm->selectAll();
    QTest::keyClicks(cpm, QStringLiteral("7500"));
    QVERIFY(panel->problem().isEmpty());
    QVERIFY(!FieldMarker::isMarked(cpm));
    QCOMPARE(reopenPlan(m_path).scenarios[0].channels[1].cpm.base, 7500.0);
    QVERIFY(m_window->messageBar()->text().isEmpty());
    QVERIFY(paid()->tableMessage()->text().isEmpty());
}

void TestRefusalMessages::detailPanelRefusalClearedByUndo()
{
    ItemDetailPanel *panel = paid()->detailPanel();
    paid()->view()->setCurrentIndex(paid()->model()->index(1, 0));
    QLineEdit *cpm = panel->edit(QStringLiteral("cpm"));
    cpm->setFocus();
    cpm->selectAll();
    QTest::keyClicks(cpm, QStringLiteral("7500"));
    QCOMPARE(reopenPlan(m_path).scenarios[0].channels[1].cpm.base, 7500.0);
    cpm->selectAll();
    QTest::keyClicks(cpm, QStringLiteral("abc"));
    verifyOnlyPlace(QStringLiteral("not a number"), "under the detail panel's fields");

    // Edit ▸ Undo (not the box's own undo): the plan goes back and the box shows it.
    m_window->document()->undoStack()->undo();
    QCOMPARE(reopenPlan(m_path), uiTestPlan());
    QVERIFY2(panel->problem().isEmpty(), qPrintable(panel->problem()));
    QVERIFY(!FieldMarker::isMarked(cpm));
    QCOMPARE(cpm->text(), paid()->model()->data(betaCpm(), Qt::EditRole).toString());
    QVERIFY(m_window->messageBar()->text().isEmpty());
}

void TestRefusalMessages::detailPanelRefusalClearedByAnotherRow()
{
    ItemDetailPanel *panel = paid()->detailPanel();
    paid()->view()->setCurrentIndex(paid()->model()->index(1, 0));
    QLineEdit *cpm = panel->edit(QStringLiteral("cpm"));
    cpm->setFocus();
    cpm->selectAll();
    QTest::keyClicks(cpm, QStringLiteral("-5"));
    verifyOnlyPlace(QStringLiteral("-5"), "under the detail panel's fields");
    paid()->view()->setCurrentIndex(paid()->model()->index(0, 0));
    QCOMPARE(panel->row(), 0);
    QVERIFY(panel->problem().isEmpty());
    QVERIFY(!FieldMarker::isMarked(cpm));
}

void TestRefusalMessages::setupPageRefusal()
{
    PlanSetupPage *page = m_window->setupPage();
    m_window->editorTabs()->setCurrentWidget(page);
    QLineEdit *margin = page->marginEdit();
    margin->setText(QStringLiteral("150%"));
    emit margin->editingFinished();
    QVERIFY(FieldMarker::isMarked(margin));
    QVERIFY2(page->problem().contains(QStringLiteral("100%")), qPrintable(page->problem()));
    QVERIFY(m_window->messageBar()->text().isEmpty());
    QVERIFY(!statusText().contains(QStringLiteral("100%")));
    QCOMPARE(reopenPlan(m_path).margin, 0.6);

    margin->setText(QStringLiteral("45"));
    emit margin->editingFinished();
    QCOMPARE(reopenPlan(m_path).margin, 0.45);
    QVERIFY(page->problem().isEmpty());
    QVERIFY(!FieldMarker::isMarked(margin));

    // Refused again, then undone: the form shows the plan and no sentence.
    margin->setText(QStringLiteral("abc"));
    emit margin->editingFinished();
    QVERIFY(!page->problem().isEmpty());
    m_window->document()->undoStack()->undo();
    QCOMPARE(reopenPlan(m_path).margin, 0.6);
    QVERIFY(page->problem().isEmpty());
    QVERIFY(!FieldMarker::isMarked(margin));
    QCOMPARE(margin->text(), QStringLiteral("60%"));
}

void TestRefusalMessages::flightingRefusalOnlyUnderGrid()
{
    paid()->showFlighting(0);
    FlightingEditor *editor = paid()->flightingEditor();
    QVERIFY(editor->model()->makeCustom(0));
    QVERIFY(!editor->model()->setData(editor->model()->index(2, 0), QStringLiteral("-1")));
    verifyOnlyPlace(QStringLiteral("Week 3"), "under the flighting grid");
    QVERIFY(paid()->tableMessage()->text().isEmpty());
    m_window->document()->undoStack()->undo(); // the Make Custom step
    QVERIFY(editor->problem().isEmpty());
}

void TestRefusalMessages::refusalWithoutEditorInMessageBar()
{
    // A scenario name that is taken has no field of its own: the bar above the editors says
    // it (once: not in the status bar too) until the next edit.
    PlanDocument *document = m_window->document();
    QVERIFY(!document->renameScenario(1, QStringLiteral("Base")));
    const QString bar = m_window->messageBar()->text();
    QVERIFY2(!bar.isEmpty(), "no message for a refused scenario name");
    QVERIFY(!statusText().contains(bar));
    QVERIFY(paid()->tableMessage()->text().isEmpty());
    QVERIFY(paid()->detailPanel()->problem().isEmpty());
    typeInCell(betaCpm(), QStringLiteral("7500"));
    QVERIFY(m_window->messageBar()->text().isEmpty());
}

QTEST_MAIN(TestRefusalMessages)
#include "tst_refusalmessages.moc"
