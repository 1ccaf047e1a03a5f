// The import preview dialog (offscreen): on fixture exports it shows the detected format,
// encoding, currency, date range, row count and first rows without writing to the plan file;
// a broken file, a currency mismatch, unknown columns and a bad date are explained with the
// line and keep Import disabled; Import writes the rows once (a second import adds nothing), on
// a worker with progress and a Cancel that writes nothing, while edits to the plan go on; rows
// with errors can be skipped as the command line's --skip-bad-rows does.
// Expected figures come from tests/data/ui-actuals/make_fixtures.py, not from the app.
#include "uitestplan.h"

#include "actuals/actualsstore.h"
#include "document/actualsimportjob.h"
#include "document/plandocument.h"
#include "storage/planfile.h"
#include "views/actualsimportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
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

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString coreFixture(const char *name)
{
    return QStringLiteral(FUNNELCAST_TEST_DATA "/actuals/") + QLatin1String(name);
}

// A generic export of `rows` daily rows (one campaign per row of a day, 100 a day), spend 1,000
// each: large enough that the import is still reading when the test acts on it.
void writeLargeExport(const QString &path, int rows)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray text = "date,campaign,spend,impressions,clicks,orders\n";
    const QDate first(2027, 3, 1);
    for (int i = 0; i < rows; ++i) {
        text += first.addDays(i / 100).toString(Qt::ISODate).toLatin1() + ",Campaign "
            + QByteArray::number(i % 100) + ",1000,100,10,1\n";
        if (text.size() > (1 << 20)) {
            f.write(text);
            text.clear();
        }
    }
    f.write(text);
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
    void skipBadRowsLikeTheCommandLine();
    void cancelWritesNothing();
    void editsGoOnDuringTheImport();

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
    QVERIFY(dialog.waitForImport());
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
        QVERIFY(dialog.isImporting());
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(!dialog.progressBar()->isHidden());
        QVERIFY(dialog.waitForImport());
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
    QVERIFY(again.waitForImport());
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

void TestActualsImportDialog::skipBadRowsLikeTheCommandLine()
{
    // mixed_bad.csv: 4 rows; line 3 has "abc" for impressions and line 5 a negative spend.
    ActualsImportDialog dialog(m_document.get(), coreFixture("mixed_bad.csv"));
    QVERIFY(dialog.waitForPreview());
    QCOMPARE(dialog.preview().rowsRead, qint64(4));
    QCOMPARE(dialog.preview().badRows, qint64(2));
    QVERIFY(dialog.setChannel(QStringLiteral("Alpha")));
    // Not skipped yet: the first bad row is the problem and Import waits.
    QVERIFY(dialog.skipCheckBox()->isVisibleTo(&dialog));
    QVERIFY2(dialog.skipCheckBox()->text().contains(QStringLiteral("2 row")),
             qPrintable(dialog.skipCheckBox()->text()));
    QVERIFY(!dialog.skipCheckBox()->isChecked());
    QVERIFY(!dialog.errorLabel()->isHidden());
    QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("line 3")));
    QVERIFY(!dialog.importButton()->isEnabled());
    // Skipping: Import goes ahead and the note names the first row left out.
    dialog.skipCheckBox()->click();
    QVERIFY(dialog.importButton()->isEnabled());
    QVERIFY(dialog.errorLabel()->isHidden());
    QVERIFY(dialog.skipNote()->isVisibleTo(&dialog));
    QVERIFY(dialog.skipNote()->text().contains(QStringLiteral("line 3")));
    QVERIFY(dialog.importNow());
    QVERIFY(dialog.waitForImport());
    QVERIFY(dialog.result().has_value());

    // The same as `funnelcast import --skip-bad-rows` into another copy of the plan.
    const QString other = m_dir.filePath(QStringLiteral("cli-skip.fcplan"));
    QFile::remove(other);
    auto file = PlanFile::create(other, uiTestPlan());
    ImportOptions options;
    options.channel = QStringLiteral("Alpha");
    options.skipBadRows = true;
    const ImportResult cli
        = ActualsImporter(file->database(), file->plan()).importFile(coreFixture("mixed_bad.csv"), options);
    QCOMPARE(dialog.result()->toJson(), cli.toJson());
    QCOMPARE(dialog.result()->rowsImported, qint64(2));
    QCOMPARE(int(dialog.result()->skipped.size()), 2);
    QCOMPARE(dialog.result()->skipped[1].line, qint64(5));
    // Rows 2 and 4: spend 100 + 300.
    const std::vector<ActualsWeek> weeks = ActualsStore(m_document->file().database())
                                               .weekly(QStringLiteral("Alpha"), QDate(2026, 1, 26));
    double spend = 0;
    for (const ActualsWeek &w : weeks)
        spend += w.spend.value_or(0);
    QCOMPARE(spend, 400.0);
}

void TestActualsImportDialog::cancelWritesNothing()
{
    const QString big = m_dir.filePath(QStringLiteral("large-cancel.csv"));
    writeLargeExport(big, 120000);
    const QByteArray before = fileHash(m_path);
    ActualsImportDialog dialog(m_document.get(), big);
    QVERIFY(dialog.waitForPreview(60000));
    QVERIFY(dialog.setChannel(QStringLiteral("Alpha")));
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QVERIFY(dialog.importNow());
    // Cancel (the button, Esc and closing all reject): the import stops, the dialog stays.
    dialog.reject();
    QVERIFY(dialog.waitForImport(60000));
    QCOMPARE(rejected.count(), 0);
    QVERIFY(!dialog.result().has_value());
    QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("cancelled")));
    QVERIFY(dialog.progressBar()->isHidden());
    QVERIFY(dialog.importButton()->isEnabled()); // it can be started again
    QVERIFY(!ActualsStore::hasSchema(m_document->file().database()));
    QCOMPARE(fileHash(m_path), before);
    // Now Cancel closes.
    dialog.reject();
    QCOMPARE(rejected.count(), 1);
}

void TestActualsImportDialog::editsGoOnDuringTheImport()
{
    // 120,000 rows into Beta; while they are read, the plan is edited twice: a spend, and Beta
    // renamed (it is only in the Base scenario, so its actuals, the ones being imported
    // included, go with it). Both edits are written at once and none is lost.
    const QString big = m_dir.filePath(QStringLiteral("large-edit.csv"));
    writeLargeExport(big, 120000);
    ActualsImportDialog dialog(m_document.get(), big);
    QVERIFY(dialog.waitForPreview(60000));
    QVERIFY(dialog.setChannel(QStringLiteral("Beta")));
    int changes = 0;
    connect(m_document.get(), &PlanDocument::actualsChanged, this, [&changes] { ++changes; });
    QVERIFY(dialog.importNow());
    QVERIFY(m_document->actualsImport());

    PaidChannel alpha = std::get<PaidChannel>(m_document->item(ui::ItemKind::PaidChannel, 0, 0));
    alpha.spend = 12345678;
    QVERIFY(m_document->setItem(ui::ItemKind::PaidChannel, 0, 0, alpha, QStringLiteral("spend")));
    PaidChannel beta = std::get<PaidChannel>(m_document->item(ui::ItemKind::PaidChannel, 0, 1));
    beta.name = QStringLiteral("Beta Search");
    QVERIFY(m_document->setItem(ui::ItemKind::PaidChannel, 0, 1, beta, QStringLiteral("rename")));
    QCOMPARE(reopenPlan(m_path).scenarios[0].channels[0].spend, 12345678.0);
    QCOMPARE(reopenPlan(m_path).scenarios[0].channels[1].name, QStringLiteral("Beta Search"));

    QVERIFY(dialog.waitForImport(120000));
    QVERIFY(dialog.result().has_value());
    QCOMPARE(dialog.result()->rowsImported, qint64(120000));
    QCOMPARE(dialog.result()->channel, QStringLiteral("Beta Search"));
    QVERIFY(changes >= 1);
    ActualsStore store(m_document->file().database());
    QCOMPARE(store.rowCount(QStringLiteral("Beta")), qint64(0));
    QCOMPARE(store.rowCount(QStringLiteral("Beta Search")), qint64(120000));
    // Undo of the rename takes them back to Beta, in the same step.
    m_document->undoStack()->undo();
    QCOMPARE(m_document->plan().scenarios[0].channels[1].name, QStringLiteral("Beta"));
    QCOMPARE(store.rowCount(QStringLiteral("Beta")), qint64(120000));
    QCOMPARE(store.rowCount(QStringLiteral("Beta Search")), qint64(0));
    QCOMPARE(reopenPlan(m_path).scenarios[0].channels[0].spend, 12345678.0);
}

QTEST_MAIN(TestActualsImportDialog)
#include "tst_actualsimportdialog.moc"
