// Issue 5 item 7: a 1,000,000-row daily export (about 100 MB) imported in one transaction,
// side by side with the sqlite3 shell's `.import --csv` of the same file into a plain table.
// Prints both times, the ratio and the peak RSS of the import; fails when the import takes
// more than twice the shell's time or the process peaks above 200 MB.
#include "actuals/actualsimporter.h"
#include "model/plan.h"
#include "storage/planfile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>

using namespace funnelcast;

namespace {

constexpr int rowCount = 1000000;

qint64 statusKb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

void resetPeakRss()
{
    // Linux: writing 5 to clear_refs resets VmHWM to the current RSS.
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

// 1,000 ad groups in 10 campaigns over 1,000 days: unique (day, campaign, ad group) keys.
void writeExport(const QString &path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray buffer;
    buffer.reserve(1 << 20);
    buffer += "Day,Campaign,Campaign ID,Ad group,Cost,Impressions,Clicks,Conversions,Revenue\n";
    const QDate first(2023, 1, 2);
    char line[256];
    unsigned int seed = 12345;
    for (int i = 0; i < rowCount; ++i) {
        const QDate d = first.addDays(i / 1000);
        const int group = i % 1000;
        seed = seed * 1103515245u + 12345u;
        const unsigned int r = (seed >> 8) % 100000;
        const int n = std::snprintf(line, sizeof line,
            "%04d-%02d-%02d,\"Campaign %02d, spring sale\",%010d,Ad group %04d,%u.%02u,"
            "\"%u,%03u\",%u,%u,\"%u,%03u\"\n",
            d.year(), d.month(), d.day(), group / 100, 2026000000 + group / 100, group, r + 1000,
            r % 100, (r + 1000) / 1000 + 10, (r + 1000) % 1000, r % 900 + 10, r % 17, r % 17 * 35,
            r % 1000);
        buffer.append(line, n);
        if (buffer.size() > (1 << 20) - 256) {
            f.write(buffer);
            buffer.clear();
        }
    }
    f.write(buffer);
}

} // namespace

class BenchImport : public QObject
{
    Q_OBJECT

private slots:
    void importVersusSqliteShell()
    {
        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (sqlite3.isEmpty())
            QSKIP("the sqlite3 shell is not installed");
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("export.csv"));
        writeExport(csv);
        const qint64 bytes = QFileInfo(csv).size();

        Plan plan;
        plan.name = QStringLiteral("Bench");
        plan.currency = QStringLiteral("KRW");
        plan.start = QDate(2023, 1, 2);
        plan.weeks = 156;
        Scenario s;
        s.name = QStringLiteral("Base");
        PaidChannel c;
        c.name = QStringLiteral("Bench");
        c.spend = 1e9;
        c.cpm = 5000;
        c.ctr = 0.01;
        c.cartRate = 0.1;
        c.purchaseRate = 0.3;
        c.aov = 30000;
        s.channels.push_back(c);
        plan.scenarios.push_back(s);

        double best = 1e300;
        double bestShell = 1e300;
        qint64 peakKb = 0;
        for (int round = 0; round < 2; ++round) {
            // The shell: a fresh database, `.import --csv` into a plain table.
            const QString shellDb = dir.filePath(QStringLiteral("shell%1.db").arg(round));
            QElapsedTimer shellTimer;
            shellTimer.start();
            QProcess process;
            process.start(sqlite3, { shellDb, QStringLiteral(".import --csv %1 t").arg(csv) });
            QVERIFY(process.waitForFinished(600000));
            const double shellSeconds = shellTimer.nsecsElapsed() / 1e9;
            QCOMPARE(process.exitCode(), 0);
            bestShell = std::min(bestShell, shellSeconds);

            const QString planPath = dir.filePath(QStringLiteral("plan%1.fcplan").arg(round));
            PlanFile::create(planPath, plan);
            auto file = PlanFile::open(planPath);
            resetPeakRss();
            ImportOptions options;
            options.channel = QStringLiteral("Bench");
            QElapsedTimer timer;
            timer.start();
            const ImportResult result
                = ActualsImporter(file->database(), file->plan()).importFile(csv, options);
            const double seconds = timer.nsecsElapsed() / 1e9;
            peakKb = std::max(peakKb, statusKb("VmHWM:"));
            QCOMPARE(result.rowsImported, qint64(rowCount));
            QCOMPARE(result.rowsDuplicate, qint64(0));
            best = std::min(best, seconds);
            std::printf("round %d: funnelcast import %.3f s, sqlite3 .import %.3f s, ratio %.2f\n",
                round + 1, seconds, shellSeconds, seconds / shellSeconds);
        }
        std::printf("file: %d rows, %.1f MB\n", rowCount, bytes / 1e6);
        std::printf(
            "best: funnelcast import %.3f s, sqlite3 .import %.3f s, ratio %.2f (limit 2.00)\n",
            best, bestShell, best / bestShell);
        std::printf("peak RSS during import: %.1f MB (limit 200 MB)\n", peakKb / 1024.0);
        std::fflush(stdout);
        QVERIFY2(peakKb < 200 * 1024, "peak RSS above 200 MB");
        QVERIFY2(best <= 2.0 * bestShell, "import slower than twice the sqlite3 shell");
    }
};

QTEST_GUILESS_MAIN(BenchImport)
#include "bench_import.moc"
