// The import preview dialog (offscreen): on fixture exports it shows the detected format,
// encoding, currency, date range, row count and first rows without writing to the plan file;
// a broken file, a currency mismatch, unknown columns and a bad date are explained with the
// line and keep Import disabled; Import writes the rows once (a second import adds nothing).
// Expected figures come from tests/data/ui-actuals/make_fixtures.py, not from the app.
#include "uitestplan.h"

#include "actuals/actualsstore.h"
#include "document/plandocument.h"
#include "storage/planfile.h"
#include "views/actualsimportdialog.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace funnelcast;
using namespace funnelcast::ui;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(FUNNELCAST_TEST_DATA "/ui-actuals/") + QLatin1String(name);
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestActualsImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void metaPreviewWritesNothing();
    void naverCp949NeedsAChannel();
    void refusedFiles_data();
    void refusedFiles();
    void importWritesRowsOnce();
    void formatChoiceRereads();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PlanDocument> m_document;
};

void TestActualsImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void TestActualsImportDialog::init()
{
    m_path = m_dir.filePath(
        QStringLiteral("import-%1.fcplan").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(m_path);
    PlanFile::create(m_path, uiTestPlan());
    m_document = PlanDocument::open(m_path);
}

void TestActualsImportDialog::cleanup()
{
    m_document.reset();
}

void TestActualsImportDialog::metaPreviewWritesNothing()
{
    const QByteArray before = fileHash(m_path);
    ActualsImportDialog dialog(m_document.get(), fixture("meta_en.csv"));
    QVERIFY(dialog.waitForPreview());
    const ImportPreview &p = dialog.preview();
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.format, QStringLiteral("meta"));
    QCOMPARE(p.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(p.fileCurrency, QStringLiteral("KRW"));
    QCOMPARE(p.firstDay, QDate(2027, 3, 1));
    QCOMPARE(p.lastDay, QDate(2027, 3, 28));
    QCOMPARE(p.rowsRead, qint64(28));
    QCOMPARE(p.badRows, qint64(0));

    // What the user sees.
    QVERIFY(dialog.formatLabel()->text().contains(QStringLiteral("Meta")));
    QCOMPARE(dialog.encodingLabel()->text(), QStringLiteral("UTF-8"));
    QVERIFY(dialog.currencyLabel()->text().startsWith(QStringLiteral("KRW")));
    QCOMPARE(dialog.datesLabel()->text(), QStringLiteral("Mar 1, 2027 – Mar 28, 2027"));
    QVERIFY(dialog.rowsLabel()->text().startsWith(QStringLiteral("28 row"))); // "rows" once the English plurals load
    QVERIFY(dialog.errorLabel()->isHidden());

    // First rows: line 2 is 2027-03-01, spend 160,000, 20,000 impressions, 200 clicks,
    // 2 purchases worth 90,000; line 3 spends 176,000.
    QTableWidget *table = dialog.rowsTable();
    QCOMPARE(table->rowCount(), 20);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("2"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Mar 1, 2027"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Spring, Launch / Women 25-34 / Video A"));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("₩160,000"));
    QCOMPARE(table->item(0, 5)->text(), QStringLiteral("20,000"));
    QCOMPARE(table->item(0, 6)->text(), QStringLiteral("200"));
    QCOMPARE(table->item(0, 7)->text(), QStringLiteral("2"));
    QCOMPARE(table->item(0, 8)->text(), QStringLiteral("₩90,000"));
    QCOMPARE(table->item(1, 4)->text(), QStringLiteral("₩176,000"));

    // The one instagram channel of the scenario is preselected; nothing written yet.
    QCOMPARE(dialog.channel(), QStringLiteral("Alpha"));
    QVERIFY(dialog.importButton()->isEnabled());
    QVERIFY(!ActualsStore::hasSchema(m_document->file().database()));
    QCOMPARE(fileHash(m_path), before);
}

void TestActualsImportDialog::naverCp949NeedsAChannel()
{
    ActualsImportDialog dialog(m_document.get(), fixture("naver_cp949.csv"));
    QVERIFY(dialog.waitForPreview());
    const ImportPreview &p = dialog.preview();
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.format, QStringLiteral("naver"));
    QCOMPARE(p.encoding, QStringLiteral("CP949"));
    QCOMPARE(p.fileCurrency, QStringLiteral("KRW"));
    QCOMPARE(p.headerLine, qint64(2)); // below the title row
    QCOMPARE(p.firstDay, QDate(2027, 3, 1));
    QCOMPARE(p.lastDay, QDate(2027, 3, 3));
    QCOMPARE(p.rowsRead, qint64(3));
    QCOMPARE(dialog.rowsTable()->rowCount(), 3);
    QCOMPARE(dialog.rowsTable()->item(0, 0)->text(), QStringLiteral("3"));
    QCOMPARE(dialog.rowsTable()->item(0, 3)->text(), QStringLiteral("파워링크#1 / 그룹A"));
    QCOMPARE(dialog.rowsTable()->item(0, 4)->text(), QStringLiteral("₩33,000"));
    QCOMPARE(dialog.rowsTable()->item(1, 5)->text(), QStringLiteral("2,000"));
    QCOMPARE(dialog.rowsTable()->item(2, 7)->text(), QStringLiteral("1")); // 총 전환수
    QCOMPARE(dialog.rowsTable()->item(2, 8)->text(), QStringLiteral("₩30,000"));

    // No Naver channel in the plan: the user has to choose; Import waits for that.
    QCOMPARE(dialog.channelCombo()->count(), 2);
    QCOMPARE(dialog.channelCombo()->currentIndex(), -1);
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(dialog.setChannel(QStringLiteral("Beta")));
    QVERIFY(dialog.importButton()->isEnabled());
    QVERIFY(dialog.importNow());
    QCOMPARE(dialog.result()->rowsImported, qint64(3));
    QCOMPARE(ActualsStore(m_document->file().database()).rowCount(QStringLiteral("Beta")),
             qint64(3));
}

void TestActualsImportDialog::refusedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("broken quote") << QStringLiteral("broken_quote.csv")
                                  << QStringLiteral("line 4: a quoted cell");
    QTest::newRow("bad date") << QStringLiteral("bad_date.csv")
                              << QStringLiteral("line 3: \"2027-02-30\"");
    QTest::newRow("currency") << QStringLiteral("meta_usd.csv")
                              << QStringLiteral("line 1: the export is in USD but the plan is in KRW");
    QTest::newRow("unknown columns") << QStringLiteral("unknown_columns.csv")
                                     << QStringLiteral("line 1: the header has no spend column");
}

void TestActualsImportDialog::refusedFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QByteArray before = fileHash(m_path);
    ActualsImportDialog dialog(m_document.get(), fixture(file.toUtf8().constData()));
    QVERIFY(dialog.waitForPreview());
    QVERIFY2(dialog.preview().error.contains(expected), qPrintable(dialog.preview().error));
    QVERIFY(!dialog.errorLabel()->isHidden());
    QVERIFY2(dialog.errorLabel()->text().contains(expected), qPrintable(dialog.errorLabel()->text()));
    QVERIFY(dialog.errorLabel()->text().contains(file));
    dialog.setChannel(QStringLiteral("Alpha"));
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(!dialog.importNow());
    QVERIFY(!ActualsStore::hasSchema(m_document->file().database()));
    QCOMPARE(fileHash(m_path), before);
}

void TestActualsImportDialog::importWritesRowsOnce()
{
    int changes = 0;
    connect(m_document.get(), &PlanDocument::actualsChanged, this, [&changes] { ++changes; });
    {
        ActualsImportDialog dialog(m_document.get(), fixture("meta_en.csv"));
        QVERIFY(dialog.waitForPreview());
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QCOMPARE(dialog.result().has_value(), true);
        QCOMPARE(dialog.result()->rowsImported, qint64(28));
        QCOMPARE(dialog.result()->channel, QStringLiteral("Alpha"));
        QCOMPARE(dialog.QDialog::result(), int(QDialog::Accepted));
    }
    QCOMPARE(changes, 1);
    ActualsStore store(m_document->file().database());
    QCOMPARE(store.rowCount(QStringLiteral("Alpha")), qint64(28));
    // Weekly sums from the fixture generator: 1,120,000 / 1,400,000 / 840,000 / 1,680,000.
    const std::vector<ActualsWeek> weeks = store.weekly(QStringLiteral("Alpha"), QDate(2027, 3, 1));
    QCOMPARE(weeks.size(), size_t(4));
    QCOMPARE(*weeks[0].spend, 1120000.0);
    QCOMPARE(*weeks[3].spend, 1680000.0);
    QCOMPARE(*weeks[1].orders, 22.0);

    // Importing the same file again adds nothing.
    ActualsImportDialog again(m_document.get(), fixture("meta_en.csv"));
    QVERIFY(again.waitForPreview());
    QVERIFY(again.importNow());
    QCOMPARE(again.result()->rowsImported, qint64(0));
    QCOMPARE(again.result()->rowsDuplicate, qint64(28));
    QCOMPARE(store.rowCount(QStringLiteral("Alpha")), qint64(28));
    // And from a fresh connection, as a reopening user would see it.
    m_document.reset();
    std::unique_ptr<PlanFile> reopened = PlanFile::open(m_path);
    QCOMPARE(ActualsStore(reopened->database()).rowCount(QStringLiteral("Alpha")), qint64(28));
}

void TestActualsImportDialog::formatChoiceRereads()
{
    ActualsImportDialog dialog(m_document.get(), fixture("meta_en.csv"));
    QVERIFY(dialog.waitForPreview());
    QVERIFY(dialog.preview().formatsThatFit.contains(QStringLiteral("meta")));
    // Read as a Google Ads export, the Meta header has no date or spend column Google knows.
    dialog.setFormat(QStringLiteral("google"));
    QVERIFY(!dialog.isPreviewReady());
    QVERIFY(dialog.waitForPreview());
    QVERIFY(!dialog.preview().error.isEmpty());
    QVERIFY(!dialog.importButton()->isEnabled());
    dialog.setFormat(QStringLiteral("meta"));
    QVERIFY(dialog.waitForPreview());
    QVERIFY2(dialog.preview().error.isEmpty(), qPrintable(dialog.preview().error));
    QCOMPARE(dialog.formatLabel()->text(), QStringLiteral("Read as Meta"));
    QVERIFY(dialog.importButton()->isEnabled());
}

QTEST_MAIN(TestActualsImportDialog)
#include "tst_actualsimportdialog.moc"
