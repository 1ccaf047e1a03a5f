// The demo plan's full report (10,000 draws, every scenario, the optimizer and its frontier,
// two layout passes, fonts embedded): wall time per report and peak memory. Issue 7 asks for
// under 1 s and under 150 MB in a release build; the figures are printed, not asserted.
#include "io/planjson.h"
#include "report/reportdatacollector.h"
#include "report/reportpdfwriter.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace funnelcast;
using namespace funnelcast::ui;

namespace {

// Peak resident set size of this process in MB (Linux), or -1 where /proc is not there.
double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

class BenchReport : public QObject
{
    Q_OBJECT

private slots:
    void demoReport_data();
    void demoReport();
};

void BenchReport::demoReport_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ko") << QStringLiteral("ko");
}

void BenchReport::demoReport()
{
    QFETCH(QString, language);
    QFile file(QStringLiteral(":/demo-plan.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Plan plan = PlanJson::fromBytes(file.readAll());
    ReportOptions options;
    options.language = language;
    options.optimize = Objective::Profit;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.pdf"));

    std::vector<qint64> total;
    std::vector<qint64> collect;
    std::vector<double> cpu;
    int pages = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        const std::clock_t cpuStart = std::clock();
        timer.start();
        const ReportData data = ReportDataCollector::collect(plan, options);
        collect.push_back(timer.nsecsElapsed());
        ReportPdfWriter::write(data, options, path);
        total.push_back(timer.nsecsElapsed());
        cpu.push_back(1000.0 * static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC);
        pages = static_cast<int>(data.channels.size());
    }
    std::sort(total.begin(), total.end());
    std::sort(collect.begin(), collect.end());
    std::sort(cpu.begin(), cpu.end());
    const double size = QFileInfo(path).size() / 1024.0;
    // CPU time (all threads) is printed beside wall time: on a loaded machine wall time
    // measures the neighbours as much as the report.
    qInfo("report %s: median %.1f ms wall per report (forecasts and optimizer %.1f ms, layout and PDF %.1f ms), "
          "max %.1f ms; median CPU time %.1f ms; PDF %.0f KB; peak RSS %.1f MB",
          qPrintable(language), total[2] / 1e6, collect[2] / 1e6, (total[2] - collect[2]) / 1e6,
          total.back() / 1e6, cpu[2], size, peakRssMb());
    Q_UNUSED(pages);
}

QTEST_MAIN(BenchReport)
#include "bench_report.moc"
