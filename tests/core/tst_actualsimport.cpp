// Importing every export format and encoding into a plan file; totals were worked out by hand
// from the fixture rows (see tests/data/actuals/make_fixtures.py). Bad input is refused as a
// whole with the line, and leaves the plan file byte for byte unchanged.
#include "tst_actualshelpers.h"

#include "actuals/actualsimporter.h"
#include "actuals/actualsstore.h"
#include "model/inputerror.h"
#include "storage/planfile.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <mutex>

using namespace funnelcast;
using namespace funnelcast::test;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestActualsImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newPlan(const Plan &plan = makePlan())
    {
        const QString path = m_dir.filePath(QStringLiteral("plan%1.fcplan").arg(++m_counter));
        PlanFile::create(path, plan);
        return path;
    }

private slots:
    void formats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("channelOption");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<int>("rows");
        QTest::addColumn<double>("spend");
        QTest::addColumn<double>("impressions");
        QTest::addColumn<double>("clicks");
        QTest::addColumn<double>("orders");
        QTest::addColumn<double>("revenue");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        const QDate feb1(2026, 2, 1);
        const QDate feb2(2026, 2, 2);
        QTest::newRow("meta en, BOM") << fixture("meta_en.csv") << QString() << "meta"
                                      << "UTF-8"
                                      << "Instagram Ads" << 3 << 65000.0 << 25000.0 << 65.0 << 5.0
                                      << 150000.0 << feb1 << feb2;
        QTest::newRow("meta ko, weekly") << fixture("meta_ko_weekly.csv") << QString() << "meta"
                                         << "UTF-8"
                                         << "Instagram Ads" << 2 << 210000.0 << 75000.0 << 750.0
                                         << 30.0 << 900000.0 << feb2 << QDate(2026, 2, 15);
        QTest::newRow("google utf16le tab") << fixture("google_utf16.csv") << QString() << "google"
                                            << "UTF-16LE"
                                            << "Google Search" << 3 << 3734.5 << 5000.0 << 110.0
                                            << 3.5 << 70000.0 << feb1 << QDate(2026, 2, 3);
        QTest::newRow("google utf8 crlf") << fixture("google_utf8.csv") << QString() << "google"
                                          << "UTF-8"
                                          << "Google Search" << 2 << 4000.0 << 30000.0 << 300.0
                                          << 15.0 << 450000.0 << feb1 << feb2;
        QTest::newRow("tiktok") << fixture("tiktok.csv") << QString() << "tiktok"
                                << "UTF-8"
                                << "TikTok" << 2 << 30000.0 << 10000.0 << 200.0 << 9.0 << 75000.0
                                << feb1 << feb2;
        QTest::newRow("naver cp949")
            << fixture("naver_cp949.csv") << QString() << "naver"
            << "CP949"
            << "Naver" << 2 << 82500.0 << 3000.0 << 75.0 << 5.0 << 115000.0 << feb1 << feb2;
        QTest::newRow("kakao") << fixture("kakao.csv") << QString() << "kakao"
                               << "UTF-8"
                               << "Kakao" << 2 << 11000.0 << 4500.0 << 100.0 << 3.0 << 80000.0
                               << feb1 << feb2;
        QTest::newRow("generic semicolon") << fixture("generic_semicolon.csv") << "Other"
                                           << "generic"
                                           << "UTF-8"
                                           << "Other" << 3 << 6000.5 << 60000.0 << 600.0 << 12.0
                                           << 300000.0 << QDate(2025, 12, 29) << QDate(2026, 1, 5);
        QTest::newRow("generic ko utf16be")
            << fixture("generic_ko_utf16be.csv") << "Other"
            << "generic"
            << "UTF-16BE"
            << "Other" << 1 << 1000.0 << 100.0 << 10.0 << 1.0 << 20000.0 << feb1 << feb1;
    }
    void formats()
    {
        QFETCH(QString, file);
        QFETCH(QString, channelOption);
        QFETCH(QString, format);
        QFETCH(QString, encoding);
        QFETCH(QString, channel);
        QFETCH(int, rows);
        QFETCH(double, spend);
        QFETCH(double, impressions);
        QFETCH(double, clicks);
        QFETCH(double, orders);
        QFETCH(double, revenue);
        QFETCH(QDate, first);
        QFETCH(QDate, last);

        auto planFile = PlanFile::open(newPlan());
        ImportOptions options;
        options.channel = channelOption;
        ImportResult r
            = ActualsImporter(planFile->database(), planFile->plan()).importFile(file, options);
        QCOMPARE(r.format, format);
        QCOMPARE(r.encoding, encoding);
        QCOMPARE(r.channel, channel);
        QCOMPARE(r.currency, QStringLiteral("KRW"));
        QCOMPARE(r.rowsRead, rows);
        QCOMPARE(r.rowsImported, rows);
        QCOMPARE(r.rowsDuplicate, 0);
        QVERIFY(r.skipped.empty());
        QCOMPARE(r.firstDay, first);
        QCOMPARE(r.lastDay, last);

        const StoredTotals t = storedTotals(planFile->database(), channel);
        QCOMPARE(t.rows, rows);
        QCOMPARE(*t.spend, spend);
        QCOMPARE(*t.impressions, impressions);
        QCOMPARE(*t.clicks, clicks);
        QCOMPARE(*t.orders, orders);
        QCOMPARE(*t.revenue, revenue);

        // The same format forced gives the same result; importing again adds nothing.
        options.format = format;
        r = ActualsImporter(planFile->database(), planFile->plan()).importFile(file, options);
        QCOMPARE(r.rowsRead, rows);
        QCOMPARE(r.rowsImported, 0);
        QCOMPARE(r.rowsDuplicate, rows);
        QCOMPARE(storedTotals(planFile->database(), channel).rows, rows);
        QCOMPARE(*storedTotals(planFile->database(), channel).spend, spend);

        // The staged import (the desktop app's worker) stores and reports the same.
        auto staged = PlanFile::open(newPlan());
        ImportOptions stagedOptions;
        stagedOptions.channel = channelOption;
        std::atomic<qint64> bytes { 0 };
        ImportControl control;
        control.bytesRead = &bytes;
        r = ActualsImporter(staged->database(), staged->plan())
                .importFileStaged(file, stagedOptions, control);
        QCOMPARE(r.channel, channel);
        QCOMPARE(r.rowsRead, rows);
        QCOMPARE(r.rowsImported, rows);
        QCOMPARE(r.rowsDuplicate, 0);
        QCOMPARE(r.firstDay, first);
        QCOMPARE(r.lastDay, last);
        QCOMPARE(bytes.load(), QFileInfo(file).size());
        const StoredTotals st = storedTotals(staged->database(), channel);
        QCOMPARE(st.rows, rows);
        QCOMPARE(*st.spend, spend);
        QCOMPARE(*st.impressions, impressions);
        QCOMPARE(*st.clicks, clicks);
        QCOMPARE(*st.orders, orders);
        QCOMPARE(*st.revenue, revenue);
        r = ActualsImporter(staged->database(), staged->plan())
                .importFileStaged(file, stagedOptions, control);
        QCOMPARE(r.rowsImported, 0);
        QCOMPARE(r.rowsDuplicate, rows);
        QCOMPARE(storedTotals(staged->database(), channel).rows, rows);
    }

    void stagedSkipBadRowsLikeTheCommandLine()
    {
        ImportOptions options;
        options.channel = QStringLiteral("Other");
        options.skipBadRows = true;
        auto direct = PlanFile::open(newPlan());
        const ImportResult a = ActualsImporter(direct->database(), direct->plan())
                                   .importFile(fixture("mixed_bad.csv"), options);
        auto staged = PlanFile::open(newPlan());
        const ImportResult b = ActualsImporter(staged->database(), staged->plan())
                                   .importFileStaged(fixture("mixed_bad.csv"), options, {});
        QCOMPARE(b.toJson(), a.toJson());
        QCOMPARE(b.rowsImported, 2);
        QCOMPARE(*storedTotals(staged->database(), QStringLiteral("Other")).spend, 400.0);
    }

    void stagedKeepsTheFirstOfTheFilesDuplicates()
    {
        // Line 3 repeats line 2's day and campaign with another spend: the first is kept and
        // the second counted as a duplicate, by both ways of importing.
        const QString csv = m_dir.filePath(QStringLiteral("dups.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("date,campaign,spend\n2026-02-02,A,10\n2026-02-02,A,99\n2026-02-01,A,5\n"
                "2026-02-02,B,1\n");
        f.close();
        ImportOptions options;
        options.channel = QStringLiteral("Other");
        auto direct = PlanFile::open(newPlan());
        const ImportResult a
            = ActualsImporter(direct->database(), direct->plan()).importFile(csv, options);
        auto staged = PlanFile::open(newPlan());
        const ImportResult b = ActualsImporter(staged->database(), staged->plan())
                                   .importFileStaged(csv, options, {});
        QCOMPARE(a.rowsImported, 3);
        QCOMPARE(a.rowsDuplicate, 1);
        QCOMPARE(b.toJson(), a.toJson());
        QCOMPARE(*storedTotals(direct->database(), QStringLiteral("Other")).spend, 16.0);
        QCOMPARE(*storedTotals(staged->database(), QStringLiteral("Other")).spend, 16.0);
    }

    void stagedFailureAndCancelWriteNothing()
    {
        const QString path = newPlan();
        const QByteArray before = fileHash(path);
        {
            auto planFile = PlanFile::open(path);
            ImportOptions options;
            options.channel = QStringLiteral("Other");
            QVERIFY_THROWS_EXCEPTION(InputError,
                ActualsImporter(planFile->database(), planFile->plan())
                    .importFileStaged(fixture("mixed_bad.csv"), options, {}));
            // Cancelled: the flag is seen before the plan file is touched.
            std::atomic<bool> cancel { true };
            ImportControl control;
            control.cancel = &cancel;
            QVERIFY_THROWS_EXCEPTION(ImportCancelled,
                ActualsImporter(planFile->database(), planFile->plan())
                    .importFileStaged(fixture("meta_en.csv"), {}, control));
            QVERIFY(!ActualsStore::hasSchema(planFile->database()));
            // The staging table is gone with the failed runs.
            Statement temp(planFile->database(),
                "SELECT COUNT(*) FROM sqlite_temp_master WHERE name = 'actual_staging';");
            QVERIFY(temp.step());
            QCOMPARE(temp.columnInt64(0), 0);
        }
        QCOMPARE(fileHash(path), before);
    }

    void stagedRowsGoToTheChannelNamedAtTheCommit()
    {
        // The window renamed the channel while the file was being read: the control's
        // channel() answers with the new name under the lock, and the rows go there.
        auto planFile = PlanFile::open(newPlan());
        std::mutex lock;
        bool asked = false;
        ImportControl control;
        control.lock = &lock;
        control.channel = [&] {
            asked = !lock.try_lock(); // held by the importer while it asks
            if (!asked)
                lock.unlock();
            return QStringLiteral("Renamed Ads");
        };
        ImportOptions options;
        options.channel = QStringLiteral("Instagram Ads");
        const ImportResult r = ActualsImporter(planFile->database(), planFile->plan())
                                   .importFileStaged(fixture("meta_en.csv"), options, control);
        QVERIFY(asked);
        QCOMPARE(r.channel, QStringLiteral("Renamed Ads"));
        QCOMPARE(storedTotals(planFile->database(), QStringLiteral("Instagram Ads")).rows, 0);
        QCOMPARE(storedTotals(planFile->database(), QStringLiteral("Renamed Ads")).rows,
                 r.rowsImported);
        QVERIFY(r.rowsImported > 0);
    }

    void metaMissingCellsAreAbsent()
    {
        // The third Meta row has `-` for link clicks and purchases: stored as NULL, not 0, and
        // Clicks (all) (12) is not used in their place.
        auto planFile = PlanFile::open(newPlan());
        ActualsImporter(planFile->database(), planFile->plan())
            .importFile(fixture("meta_en.csv"), {});
        Statement s(planFile->database(),
            "SELECT clicks IS NULL, orders IS NULL, row_key FROM actual_row WHERE spend = 15000;");
        QVERIFY(s.step());
        QCOMPARE(s.columnInt64(0), 1);
        QCOMPARE(s.columnInt64(1), 1);
        QCOMPARE(s.columnText(2), QStringLiteral("멀티라인\n캠페인\x1f타깃 B\x1f소재 1"));
    }

    void skipBadRows()
    {
        const QString path = newPlan();
        auto planFile = PlanFile::open(path);
        ImportOptions options;
        options.channel = QStringLiteral("Other");
        try {
            ActualsImporter(planFile->database(), planFile->plan())
                .importFile(fixture("mixed_bad.csv"), options);
            QFAIL("no error");
        } catch (const InputError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("line 3")), qPrintable(e.message()));
        }
        QCOMPARE(storedTotals(planFile->database(), QStringLiteral("Other")).rows, 0);

        options.skipBadRows = true;
        const ImportResult r = ActualsImporter(planFile->database(), planFile->plan())
                                   .importFile(fixture("mixed_bad.csv"), options);
        QCOMPARE(r.rowsRead, 4);
        QCOMPARE(r.rowsImported, 2);
        QCOMPARE(int(r.skipped.size()), 2);
        QCOMPARE(r.skipped[0].line, 3);
        QVERIFY(r.skipped[0].reason.contains(QStringLiteral("abc")));
        QCOMPARE(r.skipped[1].line, 5);
        QVERIFY(r.skipped[1].reason.contains(QStringLiteral("negative")));
        QCOMPARE(*storedTotals(planFile->database(), QStringLiteral("Other")).spend, 400.0);
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QStringLiteral("rows_skipped")).toArray().size(), 2);
        QCOMPARE(json.value(QStringLiteral("first_day")).toString(), QStringLiteral("2026-02-01"));
        QCOMPARE(json.value(QStringLiteral("last_day")).toString(), QStringLiteral("2026-02-03"));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << fixture("bad_empty.csv") << "is empty";
        QTest::newRow("binary") << fixture("bad_binary.bin") << "binary";
        QTest::newRow("no header") << fixture("bad_noheader.csv") << "no header row";
        QTest::newRow("no spend") << fixture("bad_nospend.csv")
                                  << "line 1: the header has no spend column";
        QTest::newRow("text in number")
            << fixture("bad_text_number.csv") << "line 3: column \"spend\" holds \"12O\"";
        QTest::newRow("negative spend")
            << fixture("bad_negative.csv") << "line 4: column \"spend\" holds a negative";
        QTest::newRow("impossible date") << fixture("bad_date.csv") << "line 3: \"2026-02-30\"";
        QTest::newRow("undecodable") << fixture("bad_undecodable.csv") << "line 3";
        QTest::newRow("currency header")
            << fixture("bad_currency.csv") << "line 1: the export is in USD but the plan is in KRW";
        QTest::newRow("currency column")
            << fixture("bad_currency_column.csv") << "line 4: the export is in USD";
        QTest::newRow("monthly row")
            << fixture("bad_meta_monthly.csv") << "line 2: the row covers 28 days";
        QTest::newRow("missing file") << fixture("no_such_file.csv") << "cannot be read";
    }
    void badInput()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const QString path = newPlan();
        const QByteArray before = fileHash(path);
        {
            auto planFile = PlanFile::open(path);
            ImportOptions options;
            options.channel = QStringLiteral("Instagram Ads");
            try {
                ActualsImporter(planFile->database(), planFile->plan()).importFile(file, options);
                QFAIL("no error");
            } catch (const InputError &e) {
                QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
                QVERIFY2(!e.message().contains(QLatin1Char('\n')), qPrintable(e.message()));
            }
        }
        QCOMPARE(fileHash(path), before);
    }

    void hugeFileRefused()
    {
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("big.csv"));
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("date,spend\n2026-02-01,1\n");
        QVERIFY(f.resize(qint64(2) << 30));
        f.close();
        const QString path = newPlan();
        const QByteArray before = fileHash(path);
        {
            auto planFile = PlanFile::open(path);
            QVERIFY_THROWS_EXCEPTION(InputError,
                ActualsImporter(planFile->database(), planFile->plan()).importFile(big, {}));
        }
        QCOMPARE(fileHash(path), before);
    }

    void channelChoice()
    {
        auto planFile = PlanFile::open(newPlan());
        ActualsImporter importer(planFile->database(), planFile->plan());
        // A generic export fits every channel: --channel is needed.
        QVERIFY_THROWS_EXCEPTION(
            UsageError, importer.importFile(fixture("generic_semicolon.csv"), {}));
        ImportOptions options;
        options.channel = QStringLiteral("Nope");
        QVERIFY_THROWS_EXCEPTION(UsageError, importer.importFile(fixture("meta_en.csv"), options));
        options = {};
        options.format = QStringLiteral("excel");
        QVERIFY_THROWS_EXCEPTION(UsageError, importer.importFile(fixture("meta_en.csv"), options));

        // Two Meta channels: auto cannot choose.
        Plan plan = makePlan();
        plan.scenarios[0].channels.push_back(
            makeChannel(QStringLiteral("Facebook Ads"), QStringLiteral("facebook")));
        auto two = PlanFile::open(newPlan(plan));
        try {
            ActualsImporter(two->database(), two->plan()).importFile(fixture("meta_en.csv"), {});
            QFAIL("no error");
        } catch (const UsageError &e) {
            QVERIFY(e.message().contains(QStringLiteral("--channel")));
        }
        QCOMPARE(storedTotals(two->database(), QStringLiteral("Instagram Ads")).rows, 0);
    }

    void forcedFormatMismatch()
    {
        auto planFile = PlanFile::open(newPlan());
        ImportOptions options;
        options.format = QStringLiteral("naver");
        options.channel = QStringLiteral("Naver");
        try {
            ActualsImporter(planFile->database(), planFile->plan())
                .importFile(fixture("kakao.csv"), options);
            QFAIL("no error");
        } catch (const InputError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("line 1")), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestActualsImport)
#include "tst_actualsimport.moc"
