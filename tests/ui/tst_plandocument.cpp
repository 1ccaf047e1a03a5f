// PlanDocument and its undo commands: every edit one transaction in the file, merging while
// typing, obsolete merges, scenario operations, header edits, Save As.
#include "uitestplan.h"

#include "document/newitemfactory.h"
#include "document/plandocument.h"
#include "storage/planfile.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace funnelcast;
using namespace funnelcast::ui;

class TestPlanDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void typingMergesIntoOneStep();
    void mergeBackToStartIsObsolete();
    void differentFieldsDoNotMerge();
    void scenarioAddDuplicateRenameDelete();
    void lastScenarioCannotGo();
    void headerEditAndRefusal();
    void budgetEdit();
    void saveAsContinuesOnCopy();
    void demoAndEmptyPlansAreValid();
    void newItemsAreValid();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PlanDocument> m_document;
};

void TestPlanDocument::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestPlanDocument::init()
{
    m_document.reset();
    m_path = m_dir.filePath(QStringLiteral("%1.fcplan").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_path);
    PlanFile::create(m_path, uiTestPlan());
    m_document = PlanDocument::open(m_path);
}

static PaidChannel withSpend(const PlanDocument &d, double spend)
{
    PaidChannel c = std::get<PaidChannel>(d.item(ui::ItemKind::PaidChannel, 0, 0));
    c.spend = spend;
    return c;
}

void TestPlanDocument::typingMergesIntoOneStep()
{
    const int key = 7;
    for (double spend : {1.0, 12.0, 120.0, 1200000.0})
        QVERIFY(m_document->setItem(ui::ItemKind::PaidChannel, 0, 0, withSpend(*m_document, spend),
                                    QStringLiteral("spend"), key));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(reopenPlan(m_path).scenarios[0].channels[0].spend, 1200000.0);
    m_document->undoStack()->undo();
    QCOMPARE(reopenPlan(m_path), uiTestPlan());
}

void TestPlanDocument::mergeBackToStartIsObsolete()
{
    const int key = 7;
    QVERIFY(m_document->setItem(ui::ItemKind::PaidChannel, 0, 0, withSpend(*m_document, 1.0),
                                QStringLiteral("spend"), key));
    QVERIFY(m_document->setItem(ui::ItemKind::PaidChannel, 0, 0, withSpend(*m_document, 10000000.0),
                                QStringLiteral("spend"), key));
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(reopenPlan(m_path), uiTestPlan());
}

void TestPlanDocument::differentFieldsDoNotMerge()
{
    QVERIFY(m_document->setItem(ui::ItemKind::PaidChannel, 0, 0, withSpend(*m_document, 1.0),
                                QStringLiteral("spend"), 1));
    QVERIFY(m_document->setItem(ui::ItemKind::PaidChannel, 0, 0, withSpend(*m_document, 2.0),
                                QStringLiteral("spend"), 2));
    QVERIFY(m_document->setItem(ui::ItemKind::PaidChannel, 0, 0, withSpend(*m_document, 3.0),
                                QStringLiteral("spend"), 0)); // table edits never merge
    QVERIFY(m_document->setItem(ui::ItemKind::PaidChannel, 0, 0, withSpend(*m_document, 4.0),
                                QStringLiteral("spend"), 0));
    QCOMPARE(m_document->undoStack()->count(), 4);
}

void TestPlanDocument::scenarioAddDuplicateRenameDelete()
{
    QSignalSpy current(m_document.get(), &PlanDocument::currentScenarioChanged);
    Scenario copy = m_document->plan().scenarios[0];
    copy.name = m_document->uniqueScenarioName(QStringLiteral("Base"));
    QCOMPARE(copy.name, QStringLiteral("Base 2"));
    QVERIFY(m_document->insertScenario(1, copy, QStringLiteral("duplicate")));
    QCOMPARE(m_document->currentScenario(), 1);
    QCOMPARE(reopenPlan(m_path).scenarios.size(), size_t(3));
    QCOMPARE(reopenPlan(m_path).scenarios[1].channels, uiTestPlan().scenarios[0].channels);

    QVERIFY(m_document->renameScenario(1, QStringLiteral("Push")));
    QCOMPARE(reopenPlan(m_path).scenarios[1].name, QStringLiteral("Push"));
    QSignalSpy refused(m_document.get(), &PlanDocument::editRefused);
    QVERIFY(!m_document->renameScenario(1, QStringLiteral("Lean")));
    QVERIFY(!m_document->renameScenario(1, QString()));
    QCOMPARE(refused.count(), 2);

    QVERIFY(m_document->removeScenario(0));
    QCOMPARE(reopenPlan(m_path).scenarios[0].name, QStringLiteral("Push"));
    QCOMPARE(m_document->plan().scenarios[size_t(m_document->currentScenario())].name,
             QStringLiteral("Push"));
    QVERIFY(current.count() >= 1);

    while (m_document->undoStack()->canUndo())
        m_document->undoStack()->undo();
    QCOMPARE(reopenPlan(m_path), uiTestPlan());
    QVERIFY(m_document->currentScenario() >= 0 && m_document->currentScenario() < 2);
}

void TestPlanDocument::lastScenarioCannotGo()
{
    QVERIFY(m_document->removeScenario(1));
    QSignalSpy refused(m_document.get(), &PlanDocument::editRefused);
    QVERIFY(!m_document->removeScenario(0));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(reopenPlan(m_path).scenarios.size(), size_t(1));
}

void TestPlanDocument::headerEditAndRefusal()
{
    Plan header = m_document->plan();
    header.name = QStringLiteral("Renamed");
    header.margin = 0.45;
    QVERIFY(m_document->setPlanHeader(header, QStringLiteral("header")));
    QCOMPARE(reopenPlan(m_path).name, QStringLiteral("Renamed"));
    QCOMPARE(reopenPlan(m_path).margin, 0.45);

    QSignalSpy refused(m_document.get(), &PlanDocument::editRefused);
    Plan bad = m_document->plan();
    bad.weeks = 3; // the creator posts in week index 3: out of range now
    QVERIFY(!m_document->setPlanHeader(bad, QStringLiteral("weeks")));
    bad = m_document->plan();
    bad.start = QDate(2027, 3, 2); // a Tuesday
    QVERIFY(!m_document->setPlanHeader(bad, QStringLiteral("start")));
    bad = m_document->plan();
    bad.name = QStringLiteral("   ");
    QVERIFY(!m_document->setPlanHeader(bad, QStringLiteral("name")));
    QCOMPARE(refused.count(), 3);
    QCOMPARE(reopenPlan(m_path).name, QStringLiteral("Renamed"));
    m_document->undoStack()->undo();
    QCOMPARE(reopenPlan(m_path), uiTestPlan());
}

void TestPlanDocument::budgetEdit()
{
    QVERIFY(m_document->setScenarioBudget(0, 20000000.0));
    QCOMPARE(reopenPlan(m_path).scenarios[0].budget, std::optional<double>(20000000.0));
    QVERIFY(m_document->setScenarioBudget(0, std::nullopt));
    QVERIFY(!reopenPlan(m_path).scenarios[0].budget);
    QVERIFY(!m_document->setScenarioBudget(0, 1e300));
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(reopenPlan(m_path), uiTestPlan());
}

void TestPlanDocument::saveAsContinuesOnCopy()
{
    QSignalSpy path(m_document.get(), &PlanDocument::pathChanged);
    const QString copy = m_dir.filePath(QStringLiteral("copy.fcplan"));
    QFile::remove(copy);
    m_document->saveAs(copy);
    QCOMPARE(path.count(), 1);
    QVERIFY(m_document->setItem(ui::ItemKind::PaidChannel, 0, 0, withSpend(*m_document, 3.0),
                                QStringLiteral("spend")));
    QCOMPARE(reopenPlan(copy).scenarios[0].channels[0].spend, 3.0);
    QCOMPARE(reopenPlan(m_path), uiTestPlan()); // the original is left as it was
    m_document.reset();
    QFile::remove(copy);
}

void TestPlanDocument::demoAndEmptyPlansAreValid()
{
    const Plan demo = PlanDocument::demoPlan();
    QVERIFY(m_document->check(demo).isEmpty());
    QCOMPARE(demo.currency, QStringLiteral("KRW"));
    QVERIFY(demo.scenarios.size() >= 2);
    const Plan empty = PlanDocument::emptyPlan();
    QVERIFY2(m_document->check(empty).isEmpty(), qPrintable(m_document->check(empty)));
    QCOMPARE(empty.start.dayOfWeek(), int(Qt::Monday));
    auto untitled = PlanDocument::createUntitled(empty);
    QVERIFY(untitled->isUntitled());
    QVERIFY(QFile::exists(untitled->path()));
    const QString untitledPath = untitled->path();
    untitled.reset();
    QFile::remove(untitledPath);
}

void TestPlanDocument::newItemsAreValid()
{
    using Kind = ui::ItemKind;
    for (Kind kind : {Kind::PaidChannel, Kind::CreatorDeal, Kind::OrganicStream}) {
        const PlanItem item = NewItemFactory::create(kind, m_document->plan(), 0);
        const int end = m_document->itemCount(kind, 0);
        QVERIFY2(m_document->checkItem(kind, 0, end, item).isEmpty(),
                 qPrintable(m_document->checkItem(kind, 0, end, item)));
        QVERIFY(m_document->insertItem(kind, 0, end, item));
        // A second one gets its own name.
        const PlanItem again = NewItemFactory::create(kind, m_document->plan(), 0);
        QVERIFY(m_document->insertItem(kind, 0, end + 1, again));
    }
    const QStringList platforms = NewItemFactory::platforms(Kind::PaidChannel);
    QVERIFY(platforms.contains(QStringLiteral("instagram")));
    QVERIFY(platforms.contains(QStringLiteral("naver")));
    for (const QString &platform : platforms) {
        QString source;
        const PlanItem item = NewItemFactory::createForPlatform(Kind::PaidChannel, m_document->plan(),
                                                                0, platform, &source);
        QCOMPARE(std::get<PaidChannel>(item).platform, platform);
        QVERIFY2(!source.isEmpty(), qPrintable(platform));
        const int end = m_document->itemCount(Kind::PaidChannel, 0);
        QVERIFY2(m_document->insertItem(Kind::PaidChannel, 0, end, item), qPrintable(platform));
    }
    for (const QString &platform : NewItemFactory::platforms(Kind::CreatorDeal)) {
        QString source;
        const PlanItem item = NewItemFactory::createForPlatform(Kind::CreatorDeal, m_document->plan(),
                                                                0, platform, &source);
        const int end = m_document->itemCount(Kind::CreatorDeal, 0);
        QVERIFY2(m_document->insertItem(Kind::CreatorDeal, 0, end, item), qPrintable(platform));
        QVERIFY(!source.isEmpty());
    }
    while (m_document->undoStack()->canUndo())
        m_document->undoStack()->undo();
    QCOMPARE(reopenPlan(m_path), uiTestPlan());
}

QTEST_MAIN(TestPlanDocument)
#include "tst_plandocument.moc"
