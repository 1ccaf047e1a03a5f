// The item table model: structure under QAbstractItemModelTester (attached before any data),
// edits through setData reaching the plan file, undo restoring the file, bad input refused.
#include "uitestplan.h"

#include "document/plandocument.h"
#include "models/itemtablemodel.h"
#include "views/itemdelegate.h"
#include "storage/planfile.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace funnelcast;
using namespace funnelcast::ui;

class TestItemTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void modelTesterThroughEveryChange();
    void displaysFields();
    void editReachesFileAndUndoRestoresIt();
    void editRateAsPercentTriple();
    void badInputRefused_data();
    void badInputRefused();
    void creatorAndOrganicEdits();
    void tableOffersCustomFlighting();

private:
    std::unique_ptr<PlanDocument> openDocument();

    QTemporaryDir m_dir;
    QString m_path;
};

void TestItemTableModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestItemTableModel::init()
{
    m_path = m_dir.filePath(QStringLiteral("%1.fcplan").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_path);
    PlanFile::create(m_path, uiTestPlan());
}

void TestItemTableModel::cleanup()
{
    QFile::remove(m_path);
}

std::unique_ptr<PlanDocument> TestItemTableModel::openDocument()
{
    return PlanDocument::open(m_path);
}

void TestItemTableModel::modelTesterThroughEveryChange()
{
    ItemTableModel model(ui::ItemKind::PaidChannel);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    auto document = openDocument();
    model.setDocument(document.get());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 15);

    // Edit, insert, remove, switch scenario, add and remove a scenario, undo all of it.
    QVERIFY(model.setData(model.index(0, model.columnOf(QStringLiteral("spend"))),
                          QStringLiteral("12000000")));
    PaidChannel gamma = std::get<PaidChannel>(document->item(ui::ItemKind::PaidChannel, 0, 1));
    gamma.name = QStringLiteral("Gamma");
    QVERIFY(document->insertItem(ui::ItemKind::PaidChannel, 0, 1, gamma));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Gamma"));
    QVERIFY(document->removeItem(ui::ItemKind::PaidChannel, 0, 0));
    QCOMPARE(model.rowCount(), 2);
    document->setCurrentScenario(1);
    QCOMPARE(model.rowCount(), 1);
    Scenario extra;
    extra.name = QStringLiteral("Extra");
    QVERIFY(document->insertScenario(0, extra, QStringLiteral("add")));
    QCOMPARE(model.rowCount(), 0); // the new, empty scenario is shown
    QVERIFY(document->removeScenario(0));
    while (document->undoStack()->canUndo())
        document->undoStack()->undo();
    document->setCurrentScenario(0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Alpha"));
    model.setDocument(nullptr);
    QCOMPARE(model.rowCount(), 0);
    model.setDocument(document.get());
    document.reset(); // the model lets go of a destroyed document
    QCOMPARE(model.rowCount(), 0);
}

void TestItemTableModel::displaysFields()
{
    ItemTableModel model(ui::ItemKind::PaidChannel);
    auto document = openDocument();
    model.setDocument(document.get());
    const auto cell = [&](int row, const char *key, int role = Qt::DisplayRole) {
        return model.index(row, model.columnOf(QString::fromLatin1(key))).data(role).toString();
    };
    QCOMPARE(cell(0, "name"), QStringLiteral("Alpha"));
    QCOMPARE(cell(0, "platform"), QStringLiteral("instagram"));
    // LC_ALL=C.UTF-8 in tests: digits grouped by commas for display, plain for editing.
    QCOMPARE(cell(0, "spend"), QStringLiteral("10,000,000"));
    QCOMPARE(cell(0, "cpm"), QStringLiteral("8,000 (6,000–11,000)"));
    QCOMPARE(cell(0, "cpm", Qt::EditRole), QStringLiteral("6000 / 8000 / 11000"));
    QCOMPARE(cell(0, "ctr"), QStringLiteral("0.9% (0.6%–1.2%)"));
    QCOMPARE(cell(0, "ctr", Qt::EditRole), QStringLiteral("0.6 / 0.9 / 1.2"));
    QCOMPARE(cell(0, "view_rate"), QStringLiteral("80%"));
    QCOMPARE(cell(0, "audience"), QStringLiteral("no limit"));
    QCOMPARE(cell(1, "flighting"), QStringLiteral("Front-loaded"));
    QCOMPARE(model.headerData(model.columnOf(QStringLiteral("spend")), Qt::Horizontal).toString(),
             QStringLiteral("Spend (KRW)"));
}

void TestItemTableModel::editReachesFileAndUndoRestoresIt()
{
    ItemTableModel model(ui::ItemKind::PaidChannel);
    auto document = openDocument();
    model.setDocument(document.get());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    const QModelIndex spend = model.index(1, model.columnOf(QStringLiteral("spend")));
    QVERIFY(model.setData(spend, QStringLiteral("7500000")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(document->undoStack()->count(), 1);
    // In the file at once: a fresh connection sees it.
    QCOMPARE(reopenPlan(m_path).scenarios[0].channels[1].spend, 7500000.0);

    document->undoStack()->undo();
    QCOMPARE(reopenPlan(m_path).scenarios[0].channels[1].spend, 5000000.0);
    QCOMPARE(spend.data().toString(), QStringLiteral("5,000,000"));
    QCOMPARE(reopenPlan(m_path), uiTestPlan());

    document->undoStack()->redo();
    QCOMPARE(reopenPlan(m_path).scenarios[0].channels[1].spend, 7500000.0);

    // Retyping what is shown is no edit.
    QVERIFY(model.setData(spend, spend.data(Qt::EditRole)));
    QCOMPARE(document->undoStack()->count(), 1);

    // Renaming through the table, then closing and reopening shows the new name.
    QVERIFY(model.setData(model.index(0, 0), QStringLiteral("Alpha Reels")));
    document.reset();
    QCOMPARE(reopenPlan(m_path).scenarios[0].channels[0].name, QStringLiteral("Alpha Reels"));
}

void TestItemTableModel::editRateAsPercentTriple()
{
    ItemTableModel model(ui::ItemKind::PaidChannel);
    auto document = openDocument();
    model.setDocument(document.get());
    QVERIFY(model.setData(model.index(0, model.columnOf(QStringLiteral("ctr"))),
                          QStringLiteral("0.5 / 1 / 1.5%")));
    const Plan reopened = reopenPlan(m_path);
    QCOMPARE(reopened.scenarios[0].channels[0].ctr, Uncertain(0.005, 0.01, 0.015));
    // One number makes it fixed; "no limit" clears an optional value, a number sets it.
    QVERIFY(model.setData(model.index(0, model.columnOf(QStringLiteral("cpm"))),
                          QStringLiteral("9,000")));
    QVERIFY(model.setData(model.index(0, model.columnOf(QStringLiteral("audience"))),
                          QStringLiteral("5000000")));
    QCOMPARE(reopenPlan(m_path).scenarios[0].channels[0].cpm, Uncertain(9000));
    QCOMPARE(reopenPlan(m_path).scenarios[0].channels[0].audience, std::optional<Uncertain>(5e6));
    QVERIFY(model.setData(model.index(0, model.columnOf(QStringLiteral("audience"))),
                          QString()));
    QVERIFY(!reopenPlan(m_path).scenarios[0].channels[0].audience);
    QCOMPARE(document->undoStack()->count(), 4);
}

void TestItemTableModel::badInputRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // a piece of the message

    QTest::newRow("letters") << "spend" << "lots" << "is not a number";
    QTest::newRow("negative") << "spend" << "-5" << "negative";
    QTest::newRow("huge") << "spend" << "1e308" << "too large";
    QTest::newRow("infinite") << "cpm" << "inf" << "too large";
    QTest::newRow("rate 150%") << "ctr" << "150" << "more than 100%";
    QTest::newRow("low above high") << "cpm" << "12000 / 8000 / 11000" << "Low must not be above base";
    QTest::newRow("two numbers") << "cpm" << "6000 / 8000" << "low / base / high";
    QTest::newRow("empty name") << "name" << "  " << "needs a name";
    QTest::newRow("duplicate name") << "name" << "Beta" << "already has a paid channel called";
    QTest::newRow("rate 100% (validator)") << "cart_rate" << "100" << "Alpha";
    QTest::newRow("zero aov (validator)") << "aov" << "0" << "Alpha";
    QTest::newRow("bad platform (validator)") << "platform" << "Tik Tok!" << "Alpha";
    // "custom" is accepted since the flighting editor (tst_flightingmodel); a made-up pattern is not.
    QTest::newRow("unknown pattern") << "flighting" << "zigzag" << "pulsed or custom";
}

void TestItemTableModel::badInputRefused()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(QString, expected);

    ItemTableModel model(ui::ItemKind::PaidChannel);
    auto document = openDocument();
    model.setDocument(document.get());
    QSignalSpy refused(document.get(), &PlanDocument::editRefused);
    const QByteArray fileBefore = [&] {
        QFile f(m_path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();

    const int column = model.columnOf(key);
    QVERIFY(column >= 0);
    QVERIFY(!model.setData(model.index(0, column), text));
    QCOMPARE(refused.count(), 1);
    const QString message = refused.first().first().toString();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QCOMPARE(document->plan(), uiTestPlan());
    QCOMPARE(document->undoStack()->count(), 0);
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), fileBefore);
}

void TestItemTableModel::creatorAndOrganicEdits()
{
    ItemTableModel creators(ui::ItemKind::CreatorDeal);
    QAbstractItemModelTester creatorTester(&creators,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    ItemTableModel organic(ui::ItemKind::OrganicStream);
    QAbstractItemModelTester organicTester(&organic,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto document = openDocument();
    creators.setDocument(document.get());
    organic.setDocument(document.get());
    QCOMPARE(creators.rowCount(), 1);
    QCOMPARE(organic.rowCount(), 1);

    const QModelIndex posts = creators.index(0, creators.columnOf(QStringLiteral("posts")));
    QCOMPARE(posts.data().toString(), QStringLiteral("2, 4")); // weeks shown from 1
    QVERIFY(creators.setData(posts, QStringLiteral("1, 1 5")));
    QCOMPARE(reopenPlan(m_path).scenarios[0].creators[0].posts, (std::vector<int>{0, 0, 4}));
    QVERIFY(!creators.setData(posts, QStringLiteral("9"))); // past week 8
    QVERIFY(!creators.setData(posts, QStringLiteral("0")));

    const QModelIndex perWeek = organic.index(0, organic.columnOf(QStringLiteral("posts_per_week")));
    QVERIFY(organic.setData(perWeek, QStringLiteral("5")));
    QCOMPARE(reopenPlan(m_path).scenarios[0].organic[0].postsPerWeek, 5.0);
    document->undoStack()->undo();
    document->undoStack()->undo();
    QCOMPARE(reopenPlan(m_path), uiTestPlan());
}

// The table's flighting editor lists all five patterns; choosing Custom there keeps the
// channel's weekly shares exactly (its weights start from the former pattern's).
void TestItemTableModel::tableOffersCustomFlighting()
{
    ItemTableModel model(ui::ItemKind::PaidChannel);
    auto document = openDocument();
    model.setDocument(document.get());
    const QModelIndex flighting = model.index(1, model.columnOf(QStringLiteral("flighting")));
    const std::vector<double> before = document->plan().scenarios[0].channels[1].flighting.shares(8);

    ItemDelegate delegate;
    QWidget parent;
    std::unique_ptr<QWidget> editor(delegate.createEditor(&parent, {}, flighting));
    auto *combo = qobject_cast<QComboBox *>(editor.get());
    QVERIFY(combo);
    QCOMPARE(combo->count(), 5);
    delegate.setEditorData(combo, flighting);
    QCOMPARE(combo->currentText(), QStringLiteral("Front-loaded"));
    combo->setCurrentIndex(combo->findText(QStringLiteral("Custom")));
    QVERIFY(combo->currentIndex() >= 0);
    delegate.setModelData(combo, &model, flighting);

    const PaidChannel &beta = document->plan().scenarios[0].channels[1];
    QCOMPARE(beta.flighting.pattern, FlightingPattern::Custom);
    const std::vector<double> after = beta.flighting.shares(8);
    QCOMPARE(after.size(), before.size());
    for (size_t week = 0; week < before.size(); ++week)
        QCOMPARE(after[week], before[week]);
    QCOMPARE(flighting.data().toString(), QStringLiteral("Custom"));
    QCOMPARE(document->undoStack()->count(), 1);
    QCOMPARE(PlanFile::open(m_path)->plan().scenarios[0].channels[1].flighting.pattern,
             FlightingPattern::Custom);
}

QTEST_MAIN(TestItemTableModel)
#include "tst_itemtablemodel.moc"
