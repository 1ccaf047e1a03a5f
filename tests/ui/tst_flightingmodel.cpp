// The flighting model: structure under QAbstractItemModelTester (attached before any data),
// weights typed or pasted reaching the plan file as one undo step each, bad weights and
// all-zero columns refused with the plan unchanged, switching to Custom (here or in the item
// table) keeping every weekly share, and the rows following the plan's length.
//
// Expected shares are worked from MODEL.md section 3 by hand: front-loaded over 8 weeks has
// weights 8..1 (sum 36), pulsed 2,1,2,1,... (sum 12 over 8 weeks).
#include "uitestplan.h"

#include "document/plandocument.h"
#include "models/flightingmodel.h"
#include "models/itemtablemodel.h"
#include "storage/planfile.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace funnelcast;
using namespace funnelcast::ui;

class TestFlightingModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void modelTesterThroughEveryChange();
    void showsPatternShares();
    void headersNameWeekAndChannel();
    void makeCustomKeepsShares_data();
    void makeCustomKeepsShares();
    void tableSwitchToCustomKeepsForecastShares();
    void editReachesFileAndUndoes();
    void pasteBlockIsOneUndoStep();
    void pasteAcceptsLocaleDecimalSeparator();
    void pasteOneValueFillsSelection();
    void pasteTooLongRefused();
    void badWeightRefused_data();
    void badWeightRefused();
    void allZeroRefused();
    void fillDownAndSpreadEvenly();
    void copyGivesTabSeparatedBlock();
    void planLengthChangeResizes();
    void shorteningThatEmptiesAChannelRefused();

private:
    std::unique_ptr<PlanDocument> openDocument() { return PlanDocument::open(m_path); }
    static std::vector<double> weightsOf(const Plan &plan, int scenario, int channel)
    {
        return plan.scenarios[size_t(scenario)].channels[size_t(channel)].flighting.weights;
    }
    static Flighting flightingOf(const Plan &plan, int scenario, int channel)
    {
        return plan.scenarios[size_t(scenario)].channels[size_t(channel)].flighting;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

void TestFlightingModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestFlightingModel::init()
{
    m_path = m_dir.filePath(
        QStringLiteral("%1.fcplan").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_path);
    PlanFile::create(m_path, uiTestPlan());
}

void TestFlightingModel::cleanup()
{
    QFile::remove(m_path);
    QLocale::setDefault(QLocale::c());
}

void TestFlightingModel::modelTesterThroughEveryChange()
{
    FlightingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);

    auto document = openDocument();
    model.setDocument(document.get());
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.columnCount(), 2);

    QVERIFY(model.makeCustom(0));
    QVERIFY(model.setData(model.index(3, 0), QStringLiteral("2.5")));
    QVERIFY(model.paste(QStringLiteral("1\t2\n3\t4\n"), model.index(0, 0)));
    Plan header = document->plan();
    header.weeks = 12;
    QVERIFY(document->setPlanHeader(header, QStringLiteral("length")));
    QCOMPARE(model.rowCount(), 12);
    header.weeks = 4;
    QVERIFY(document->setPlanHeader(header, QStringLiteral("length")));
    QCOMPARE(model.rowCount(), 4);
    document->setCurrentScenario(1);
    QCOMPARE(model.columnCount(), 1);
    document->setCurrentScenario(0);
    PaidChannel extra = std::get<PaidChannel>(document->item(ui::ItemKind::PaidChannel, 0, 0));
    extra.name = QStringLiteral("Gamma");
    QVERIFY(document->insertItem(ui::ItemKind::PaidChannel, 0, 1, extra));
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString().section(QLatin1Char('\n'), 0, 0),
             QStringLiteral("Gamma"));
    QVERIFY(document->removeItem(ui::ItemKind::PaidChannel, 0, 0));
    QCOMPARE(model.columnCount(), 2);
    while (document->undoStack()->canUndo())
        document->undoStack()->undo();
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(document->plan(), uiTestPlan());
    while (document->undoStack()->canRedo())
        document->undoStack()->redo();
    QCOMPARE(model.rowCount(), 4);
    model.setDocument(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestFlightingModel::showsPatternShares()
{
    auto document = openDocument();
    FlightingModel model;
    model.setDocument(document.get());
    // Alpha is even over 8 weeks: 1/8 each; Beta front-loaded: (8 - t) / 36.
    for (int t = 0; t < 8; ++t) {
        QCOMPARE(model.index(t, 0).data(FlightingModel::ShareRole).toDouble(), 0.125);
        QVERIFY(qFuzzyCompare(model.index(t, 1).data(FlightingModel::ShareRole).toDouble(),
                              (8.0 - t) / 36.0));
        QVERIFY(!(model.flags(model.index(t, 1)) & Qt::ItemIsEditable));
        QVERIFY(!model.index(t, 1).data(FlightingModel::CustomRole).toBool());
    }
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("12.5%"));
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("22.2%")); // 8/36
    QCOMPARE(model.index(7, 1).data().toString(), QStringLiteral("2.8%"));  // 1/36
    QVERIFY(!model.setData(model.index(0, 1), QStringLiteral("3")));
    QVERIFY(!model.index(0, 0).data(Qt::ToolTipRole).toString().isEmpty());
}

void TestFlightingModel::headersNameWeekAndChannel()
{
    auto document = openDocument();
    FlightingModel model;
    model.setDocument(document.get());
    // The plan starts Monday 1 March 2027; week 3 starts 15 March.
    const QString week3 = model.headerData(2, Qt::Vertical).toString();
    QVERIFY2(week3.contains(QLocale().toString(QDate(2027, 3, 15), QLocale::ShortFormat)),
             qPrintable(week3));
    QVERIFY(week3.startsWith(QStringLiteral("3")));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Beta\nFront-loaded"));
    QVERIFY(!model.headerData(1, Qt::Horizontal, Qt::AccessibleTextRole).toString().isEmpty());
    QVERIFY(model.weekLabel(2).contains(QStringLiteral("Week 3")));
}

void TestFlightingModel::makeCustomKeepsShares_data()
{
    QTest::addColumn<int>("pattern");
    QTest::addColumn<int>("weeks");
    for (int weeks : {1, 7, 8, 13, 156}) {
        for (FlightingPattern p : {FlightingPattern::Even, FlightingPattern::Front,
                                   FlightingPattern::Back, FlightingPattern::Pulse}) {
            QTest::addRow("%s-%d", qPrintable(Flighting::patternKey(p)), weeks) << int(p) << weeks;
        }
    }
}

void TestFlightingModel::makeCustomKeepsShares()
{
    QFETCH(int, pattern);
    QFETCH(int, weeks);
    Flighting f;
    f.pattern = FlightingPattern(pattern);
    const Flighting custom = PlanDocument::customFlighting(f, weeks);
    QCOMPARE(custom.pattern, FlightingPattern::Custom);
    QCOMPARE(int(custom.weights.size()), weeks);
    // Exactly the same numbers, not merely close: the forecast must not move.
    QCOMPARE(custom.shares(weeks), f.shares(weeks));
}

void TestFlightingModel::tableSwitchToCustomKeepsForecastShares()
{
    auto document = openDocument();
    ItemTableModel table(ui::ItemKind::PaidChannel);
    table.setDocument(document.get());
    const int column = table.columnOf(QStringLiteral("flighting"));
    QVERIFY(column >= 0);
    const std::vector<double> before = flightingOf(document->plan(), 0, 1).shares(8);
    QVERIFY(table.setData(table.index(1, column), QStringLiteral("Custom")));
    const Flighting after = flightingOf(document->plan(), 0, 1);
    QCOMPARE(after.pattern, FlightingPattern::Custom);
    QCOMPARE(after.weights, (std::vector<double> {8, 7, 6, 5, 4, 3, 2, 1}));
    QCOMPARE(after.shares(8), before);
    QCOMPARE(table.index(1, column).data().toString(), QStringLiteral("Custom"));
    // In the file at once, and one undo step back to front-loaded.
    QCOMPARE(flightingOf(reopenPlan(m_path), 0, 1), after);
    document->undoStack()->undo();
    QCOMPARE(flightingOf(reopenPlan(m_path), 0, 1).pattern, FlightingPattern::Front);
    // Back from custom to a pattern drops the weights.
    document->undoStack()->redo();
    QVERIFY(table.setData(table.index(1, column), QStringLiteral("Pulsed")));
    QCOMPARE(flightingOf(document->plan(), 0, 1), (Flighting {FlightingPattern::Pulse, {}}));
}

void TestFlightingModel::editReachesFileAndUndoes()
{
    auto document = openDocument();
    FlightingModel model;
    model.setDocument(document.get());
    QVERIFY(model.makeCustom(0));
    QCOMPARE(weightsOf(reopenPlan(m_path), 0, 0), std::vector<double>(8, 1.0));
    const int steps = document->undoStack()->count();
    QVERIFY(model.setData(model.index(2, 0), QStringLiteral("3")));
    QCOMPARE(document->undoStack()->count(), steps + 1);
    const Plan reopened = reopenPlan(m_path);
    QCOMPARE(weightsOf(reopened, 0, 0), (std::vector<double> {1, 1, 3, 1, 1, 1, 1, 1}));
    // Share of week 3: 3 / 10.
    QCOMPARE(model.index(2, 0).data(FlightingModel::ShareRole).toDouble(), 0.3);
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("3"));
    QVERIFY(model.index(2, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("30.0%")));
    document->undoStack()->undo();
    QCOMPARE(weightsOf(reopenPlan(m_path), 0, 0), std::vector<double>(8, 1.0));
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("1"));
    document->undoStack()->undo();
    QCOMPARE(flightingOf(reopenPlan(m_path), 0, 0), Flighting());
    QVERIFY(!model.isCustom(0));
}

void TestFlightingModel::pasteBlockIsOneUndoStep()
{
    auto document = openDocument();
    FlightingModel model;
    model.setDocument(document.get());
    const int steps = document->undoStack()->count();
    // Two columns from a spreadsheet, Windows line ends; Beta (front-loaded) becomes custom
    // starting from its weights 8..1, so weeks outside the block keep theirs.
    QVERIFY(model.paste(QStringLiteral("10\t1\r\n20\t2\r\n30\t3\r\n"), model.index(1, 0)));
    QCOMPARE(document->undoStack()->count(), steps + 1);
    const Plan reopened = reopenPlan(m_path);
    QCOMPARE(weightsOf(reopened, 0, 0), (std::vector<double> {1, 10, 20, 30, 1, 1, 1, 1}));
    QCOMPARE(weightsOf(reopened, 0, 1), (std::vector<double> {8, 1, 2, 3, 4, 3, 2, 1}));
    QCOMPARE(flightingOf(reopened, 0, 1).pattern, FlightingPattern::Custom);
    document->undoStack()->undo();
    QCOMPARE(reopenPlan(m_path), uiTestPlan());
}

void TestFlightingModel::pasteAcceptsLocaleDecimalSeparator()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    auto document = openDocument();
    FlightingModel model;
    model.setDocument(document.get());
    QVERIFY(model.makeCustom(0));
    QVERIFY(model.paste(QStringLiteral("2,5\n0,5\n1.000\n"), model.index(0, 0)));
    QCOMPARE(weightsOf(reopenPlan(m_path), 0, 0), (std::vector<double> {2.5, 0.5, 1000, 1, 1, 1, 1, 1}));
    QCOMPARE(model.index(0, 0).data(Qt::EditRole).toString(), QStringLiteral("2,5"));
    QLocale::setDefault(QLocale::c());
    // A point works in any locale; a share copied with its percent sign reads as a weight.
    QVERIFY(model.paste(QStringLiteral("1.5\n12.5%"), model.index(0, 0)));
    QCOMPARE(weightsOf(document->plan(), 0, 0), (std::vector<double> {1.5, 12.5, 1000, 1, 1, 1, 1, 1}));
}

void TestFlightingModel::pasteOneValueFillsSelection()
{
    auto document = openDocument();
    FlightingModel model;
    model.setDocument(document.get());
    QVERIFY(model.makeCustom(0));
    const int steps = document->undoStack()->count();
    const QModelIndexList cells {model.index(4, 0), model.index(5, 0), model.index(6, 0)};
    QVERIFY(model.paste(QStringLiteral("4\n"), cells.first(), cells));
    QCOMPARE(document->undoStack()->count(), steps + 1);
    QCOMPARE(weightsOf(reopenPlan(m_path), 0, 0), (std::vector<double> {1, 1, 1, 1, 4, 4, 4, 1}));
}

void TestFlightingModel::pasteTooLongRefused()
{
    auto document = openDocument();
    FlightingModel model;
    model.setDocument(document.get());
    QSignalSpy refused(&model, &FlightingModel::refused);
    QVERIFY(!model.paste(QStringLiteral("1\n2\n3\n"), model.index(6, 0)));
    QCOMPARE(refused.count(), 1);
    QVERIFY(!model.paste(QStringLiteral("1\t2\t3"), model.index(0, 0)));
    QCOMPARE(refused.count(), 2);
    QCOMPARE(document->undoStack()->count(), 0);
    QCOMPARE(reopenPlan(m_path), uiTestPlan());
}

void TestFlightingModel::badWeightRefused_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("letters") << QStringLiteral("abc") << QStringLiteral("not a number");
    QTest::newRow("mixed") << QStringLiteral("3x") << QStringLiteral("not a number");
    QTest::newRow("negative") << QStringLiteral("-1") << QStringLiteral("negative");
    QTest::newRow("nan") << QStringLiteral("nan") << QStringLiteral("not a number");
    QTest::newRow("inf") << QStringLiteral("inf") << QStringLiteral("too large");
    QTest::newRow("1e308") << QStringLiteral("1e308") << QStringLiteral("too large");
    QTest::newRow("-inf") << QStringLiteral("-inf") << QStringLiteral("negative");
}

void TestFlightingModel::badWeightRefused()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    auto document = openDocument();
    FlightingModel model;
    model.setDocument(document.get());
    QVERIFY(model.makeCustom(0));
    const Plan before = reopenPlan(m_path);
    const int steps = document->undoStack()->count();
    QSignalSpy refused(&model, &FlightingModel::refused);
    QSignalSpy documentRefused(document.get(), &PlanDocument::editRefused);

    QVERIFY(!model.setData(model.index(2, 0), typed));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(documentRefused.count(), 1);
    const QString message = refused.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("Week 3")) && message.contains(QStringLiteral("Alpha"))
                 && message.contains(expected),
             qPrintable(message));
    // The same through a paste, in the second line of the block: week 2 named.
    QVERIFY(!model.paste(QStringLiteral("5\n%1\n").arg(typed), model.index(0, 0)));
    QVERIFY2(refused.last().first().toString().contains(QStringLiteral("Week 2")),
             qPrintable(refused.last().first().toString()));
    QCOMPARE(document->undoStack()->count(), steps);
    QCOMPARE(reopenPlan(m_path), before);
}

void TestFlightingModel::allZeroRefused()
{
    auto document = openDocument();
    FlightingModel model;
    model.setDocument(document.get());
    QVERIFY(model.paste(QStringLiteral("0\n0\n0\n0\n0\n0\n0\n5\n"), model.index(0, 0)));
    const Plan before = reopenPlan(m_path);
    const int steps = document->undoStack()->count();
    QSignalSpy refused(&model, &FlightingModel::refused);
    QVERIFY(!model.setData(model.index(7, 0), QStringLiteral("0")));
    QCOMPARE(refused.count(), 1);
    QVERIFY2(refused.first().first().toString().contains(
                 QStringLiteral("at least one week needs a weight above zero")),
             qPrintable(refused.first().first().toString()));
    QVERIFY(refused.first().first().toString().contains(QStringLiteral("Alpha")));
    QModelIndexList all;
    for (int t = 0; t < 8; ++t)
        all << model.index(t, 0);
    QVERIFY(!model.clearCells(all));
    QVERIFY(!model.paste(QStringLiteral("0\n0\n0\n0\n0\n0\n0\n0"), model.index(0, 0)));
    QVERIFY(!model.paste(QStringLiteral("0"), all.first(), all));
    QCOMPARE(refused.count(), 4);
    QCOMPARE(document->undoStack()->count(), steps);
    QCOMPARE(reopenPlan(m_path), before);
    // Zero in some weeks is fine.
    QVERIFY(model.setData(model.index(0, 0), QStringLiteral("0")));
}

void TestFlightingModel::fillDownAndSpreadEvenly()
{
    auto document = openDocument();
    FlightingModel model;
    model.setDocument(document.get());
    QVERIFY(model.paste(QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8"), model.index(0, 0)));
    QVERIFY(model.fillDown({model.index(1, 0), model.index(2, 0), model.index(3, 0)}));
    QCOMPARE(weightsOf(document->plan(), 0, 0), (std::vector<double> {1, 2, 2, 2, 5, 6, 7, 8}));
    // One cell: from the week above.
    QVERIFY(model.fillDown({model.index(5, 0)}));
    QCOMPARE(weightsOf(document->plan(), 0, 0), (std::vector<double> {1, 2, 2, 2, 5, 5, 7, 8}));
    // Weeks 5-8 hold 5+5+7+8 = 25: 6.25 each, the same total.
    QVERIFY(model.spreadEvenly({model.index(4, 0), model.index(5, 0), model.index(6, 0), model.index(7, 0)}));
    QCOMPARE(weightsOf(reopenPlan(m_path), 0, 0), (std::vector<double> {1, 2, 2, 2, 6.25, 6.25, 6.25, 6.25}));
    // Beta, front-loaded, spread over weeks 1-2: (8 + 7) / 2 each, the rest kept.
    QVERIFY(model.spreadEvenly({model.index(0, 1), model.index(1, 1)}));
    QCOMPARE(weightsOf(document->plan(), 0, 1), (std::vector<double> {7.5, 7.5, 6, 5, 4, 3, 2, 1}));
}

void TestFlightingModel::copyGivesTabSeparatedBlock()
{
    auto document = openDocument();
    FlightingModel model;
    model.setDocument(document.get());
    QVERIFY(model.paste(QStringLiteral("1.5\n2\n"), model.index(0, 0)));
    const QString text = model.copy({model.index(0, 0), model.index(1, 0), model.index(0, 1),
                                     model.index(1, 1)});
    // Beta's pattern cells copy as their share in percent: 8/36 and 7/36.
    QCOMPARE(text, QStringLiteral("1.5\t22.2222\n2\t19.4444\n"));
    // Pasted back elsewhere, the copied block is one more edit.
    QVERIFY(model.paste(QStringLiteral("1.5\n2\n"), model.index(4, 0)));
    QCOMPARE(weightsOf(document->plan(), 0, 0), (std::vector<double> {1.5, 2, 1, 1, 1.5, 2, 1, 1}));
}

void TestFlightingModel::planLengthChangeResizes()
{
    auto document = openDocument();
    FlightingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(document.get());
    QVERIFY(model.paste(QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8"), model.index(0, 0)));
    const int steps = document->undoStack()->count();

    Plan header = document->plan();
    header.weeks = 10;
    QVERIFY(document->setPlanHeader(header, QStringLiteral("Change length"), 4));
    QCOMPARE(document->undoStack()->count(), steps + 1);
    QCOMPARE(model.rowCount(), 10);
    Plan reopened = reopenPlan(m_path);
    QCOMPARE(reopened.weeks, 10);
    QCOMPARE(weightsOf(reopened, 0, 0), (std::vector<double> {1, 2, 3, 4, 5, 6, 7, 8, 0, 0}));
    QCOMPARE(flightingOf(reopened, 0, 0).pattern, FlightingPattern::Custom);
    // Patterns just follow: Beta front-loaded over 10 weeks, week 1 = 10/55.
    QVERIFY(qFuzzyCompare(model.index(0, 1).data(FlightingModel::ShareRole).toDouble(), 10.0 / 55.0));
    QCOMPARE(model.index(9, 0).data().toString(), QStringLiteral("0"));

    // Shorter: the weeks cut off are dropped. Steps of one length edit merge (same key), and
    // undo goes back to the weights before the first.
    header.weeks = 5;
    QVERIFY(document->setPlanHeader(header, QStringLiteral("Change length"), 4));
    QCOMPARE(document->undoStack()->count(), steps + 1);
    QCOMPARE(model.rowCount(), 5);
    reopened = reopenPlan(m_path);
    QCOMPARE(reopened.weeks, 5);
    QCOMPARE(weightsOf(reopened, 0, 0), (std::vector<double> {1, 2, 3, 4, 5}));
    QCOMPARE(model.index(4, 0).data(FlightingModel::ShareRole).toDouble(), 5.0 / 15.0);

    document->undoStack()->undo();
    QCOMPARE(model.rowCount(), 8);
    reopened = reopenPlan(m_path);
    QCOMPARE(reopened.weeks, 8);
    QCOMPARE(weightsOf(reopened, 0, 0), (std::vector<double> {1, 2, 3, 4, 5, 6, 7, 8}));
    document->undoStack()->redo();
    QCOMPARE(weightsOf(reopenPlan(m_path), 0, 0), (std::vector<double> {1, 2, 3, 4, 5}));
}

void TestFlightingModel::shorteningThatEmptiesAChannelRefused()
{
    auto document = openDocument();
    FlightingModel model;
    model.setDocument(document.get());
    QVERIFY(model.paste(QStringLiteral("0\n0\n0\n0\n0\n0\n3\n4"), model.index(0, 0)));
    const Plan before = reopenPlan(m_path);
    QSignalSpy refused(document.get(), &PlanDocument::editRefused);
    Plan header = document->plan();
    header.weeks = 6;
    QVERIFY(!document->setPlanHeader(header, QStringLiteral("Change length")));
    QCOMPARE(refused.count(), 1);
    const QString message = refused.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("Alpha")) && message.contains(QStringLiteral("first 6")),
             qPrintable(message));
    QCOMPARE(reopenPlan(m_path), before);
    QCOMPARE(model.rowCount(), 8);
    header.weeks = 7; // week 7 still has a weight
    QVERIFY(document->setPlanHeader(header, QStringLiteral("Change length")));
    QCOMPARE(weightsOf(reopenPlan(m_path), 0, 0), (std::vector<double> {0, 0, 0, 0, 0, 0, 3}));
}

QTEST_MAIN(TestFlightingModel)
#include "tst_flightingmodel.moc"
