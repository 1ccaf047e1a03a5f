// Renaming a paid channel in the desktop app takes its actuals along (docs/actuals.md,
// "Channel"), in the rename's own transaction and undo step: undo moves them back, redo again,
// typing a name merges into one step. While another scenario still has a channel of the old
// name, or the new name already has actuals of its own, the rows stay where they are.
#include "uitestplan.h"

#include "actuals/actualsstore.h"
#include "document/plandocument.h"
#include "storage/database.h"
#include "storage/planfile.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace funnelcast;
using namespace funnelcast::ui;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(FUNNELCAST_TEST_DATA "/ui-actuals/") + QLatin1String(name);
}

} // namespace

class TestActualsChannelRename : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void renameMovesActualsAndUndoMovesThemBack();
    void anotherScenarioKeepsTheOldName();
    void typingANameIsOneStep();
    void newNameWithActualsMovesNothing();

private:
    qint64 rows(const QString &channel) const
    {
        return ActualsStore(m_document->file().database()).rowCount(channel);
    }
    void importInto(const QString &channel)
    {
        ImportOptions options;
        options.channel = channel;
        QCOMPARE(m_document->importActuals(fixture("meta_en.csv"), options).rowsImported,
                 qint64(28));
    }
    bool rename(int scenario, int index, const QString &name, int mergeKey = 0)
    {
        PaidChannel c = std::get<PaidChannel>(m_document->item(ui::ItemKind::PaidChannel, scenario, index));
        c.name = name;
        return m_document->setItem(ui::ItemKind::PaidChannel, scenario, index, c,
                                   QStringLiteral("rename"), mergeKey);
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PlanDocument> m_document;
};

void TestActualsChannelRename::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestActualsChannelRename::init()
{
    m_path = m_dir.filePath(
        QStringLiteral("rename-%1.fcplan").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(m_path);
    PlanFile::create(m_path, uiTestPlan());
    m_document = PlanDocument::open(m_path);
}

void TestActualsChannelRename::cleanup()
{
    m_document.reset();
}

void TestActualsChannelRename::renameMovesActualsAndUndoMovesThemBack()
{
    // Beta is only in the Base scenario.
    importInto(QStringLiteral("Beta"));
    QSignalSpy changes(m_document.get(), &PlanDocument::actualsChanged);
    QVERIFY(rename(0, 1, QStringLiteral("Beta Search")));
    QCOMPARE(rows(QStringLiteral("Beta")), qint64(0));
    QCOMPARE(rows(QStringLiteral("Beta Search")), qint64(28));
    QCOMPARE(changes.count(), 1);
    // Written at once, name and rows together.
    {
        auto reopened = PlanFile::open(m_path);
        QCOMPARE(reopened->plan().scenarios[0].channels[1].name, QStringLiteral("Beta Search"));
        QCOMPARE(ActualsStore(reopened->database()).rowCount(QStringLiteral("Beta Search")),
                 qint64(28));
    }
    m_document->undoStack()->undo();
    QCOMPARE(m_document->plan().scenarios[0].channels[1].name, QStringLiteral("Beta"));
    QCOMPARE(rows(QStringLiteral("Beta")), qint64(28));
    QCOMPARE(rows(QStringLiteral("Beta Search")), qint64(0));
    QCOMPARE(changes.count(), 2);
    m_document->undoStack()->redo();
    QCOMPARE(rows(QStringLiteral("Beta")), qint64(0));
    QCOMPARE(rows(QStringLiteral("Beta Search")), qint64(28));
    QCOMPARE(changes.count(), 3);
}

void TestActualsChannelRename::anotherScenarioKeepsTheOldName()
{
    // Alpha is in Base and Lean: renamed in Base only, Lean's Alpha keeps the actuals.
    importInto(QStringLiteral("Alpha"));
    QVERIFY(rename(0, 0, QStringLiteral("Meta")));
    QCOMPARE(rows(QStringLiteral("Alpha")), qint64(28));
    QCOMPARE(rows(QStringLiteral("Meta")), qint64(0));
    // Renamed in Lean too: no Alpha is left, so they follow the name.
    QVERIFY(rename(1, 0, QStringLiteral("Meta")));
    QCOMPARE(rows(QStringLiteral("Alpha")), qint64(0));
    QCOMPARE(rows(QStringLiteral("Meta")), qint64(28));
    // Undo one by one: exactly back where they were at each step.
    m_document->undoStack()->undo();
    QCOMPARE(m_document->plan().scenarios[1].channels[0].name, QStringLiteral("Alpha"));
    QCOMPARE(rows(QStringLiteral("Alpha")), qint64(28));
    QCOMPARE(rows(QStringLiteral("Meta")), qint64(0));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->plan().scenarios[0].channels[0].name, QStringLiteral("Alpha"));
    QCOMPARE(rows(QStringLiteral("Alpha")), qint64(28));
    m_document->undoStack()->redo();
    m_document->undoStack()->redo();
    QCOMPARE(rows(QStringLiteral("Meta")), qint64(28));
}

void TestActualsChannelRename::typingANameIsOneStep()
{
    importInto(QStringLiteral("Beta"));
    const int steps = m_document->undoStack()->count();
    for (const char *typed : {"Beta ", "Beta N", "Beta Na", "Beta Naver"})
        QVERIFY(rename(0, 1, QString::fromUtf8(typed), 41));
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    QCOMPARE(rows(QStringLiteral("Beta Naver")), qint64(28));
    QCOMPARE(rows(QStringLiteral("Beta Na")), qint64(0));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->plan().scenarios[0].channels[1].name, QStringLiteral("Beta"));
    QCOMPARE(rows(QStringLiteral("Beta")), qint64(28));
    QCOMPARE(rows(QStringLiteral("Beta Naver")), qint64(0));
    m_document->undoStack()->redo();
    QCOMPARE(rows(QStringLiteral("Beta Naver")), qint64(28));
}

void TestActualsChannelRename::newNameWithActualsMovesNothing()
{
    // "Gamma" has rows of its own (a channel deleted earlier): Beta's are not mixed in.
    importInto(QStringLiteral("Beta"));
    {
        Database &db = m_document->file().database();
        Transaction tx(db);
        ActualsRow row;
        row.day = QDate(2027, 3, 1);
        row.key = "old";
        row.spend = 5;
        ActualsStore(db).insert(QStringLiteral("Gamma"), row);
        tx.commit();
    }
    QVERIFY(rename(0, 1, QStringLiteral("Gamma")));
    QCOMPARE(rows(QStringLiteral("Beta")), qint64(28));
    QCOMPARE(rows(QStringLiteral("Gamma")), qint64(1));
    m_document->undoStack()->undo();
    QCOMPARE(rows(QStringLiteral("Beta")), qint64(28));
    QCOMPARE(rows(QStringLiteral("Gamma")), qint64(1));
}

QTEST_MAIN(TestActualsChannelRename)
#include "tst_actualschannelrename.moc"
