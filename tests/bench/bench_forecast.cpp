// Forecast benchmark (issue 3, item 3): a plan of 30 paid channels, 10 creators and 5 organic
// streams over 52 weeks with realistic uncertainty. Prints the base forecast time, the time
// of 10,000 Monte Carlo draws on 1 and 2 threads (and all cores), and the peak RSS.
// Targets: base < 1 ms; 10,000 draws < 150 ms on 2 cores; memory < 100 MB.
#include "bench_guiplan.h"
#include "forecast/forecastengine.h"

#include <QCoreApplication>
#include <QStringList>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <thread>

using namespace funnelcast;

namespace {

double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

struct Timing
{
    double wallMs; // median wall-clock time
    double cpuMs;  // median CPU time of the process (all threads): on a busy machine, the
                   // one-thread CPU time is the better estimate of an idle machine's wall time
};

template <class F>
Timing median(int repeats, F f)
{
    std::vector<double> wall, cpu;
    for (int i = 0; i < repeats; ++i) {
        const double cpuStart = cpuMs();
        const auto start = std::chrono::steady_clock::now();
        f();
        wall.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        cpu.push_back(cpuMs() - cpuStart);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

// Every number of a 10,000-draw forecast in hex (%a), one per line: `bench_forecast --dump FILE`
// writes it, so that a speed change can be checked to leave every bit of the result unchanged.
void dumpResult(const ForecastResult &r, const char *path)
{
    std::FILE *f = std::fopen(path, "w");
    if (!f)
        return;
    auto band = [f](const char *name, const StatBand &b) {
        std::fprintf(f, "%s %a %a %a %a\n", name, b.base, b.p10, b.p50, b.p90);
    };
    auto weekly = [f](const char *name, const WeeklyBand &b) {
        for (std::size_t t = 0; t < b.base.size(); ++t)
            std::fprintf(f, "%s %zu %a %a %a %a\n", name, t, b.base[t], b.p10[t], b.p50[t], b.p90[t]);
    };
    auto series = [&](const ChannelWeekly &w) {
        weekly("spend", w.spend);
        weekly("impressions", w.impressions);
        weekly("clicks", w.clicks);
        weekly("orders", w.orders);
        weekly("gross", w.grossRevenue);
    };
    const PlanTotals &t = r.totals;
    band("spend", t.spend); band("cost", t.cost); band("impressions", t.impressions);
    band("reach", t.reach); band("clicks", t.clicks); band("orders", t.orders);
    band("gross", t.grossRevenue); band("net", t.netRevenue); band("profit", t.profit);
    band("roas", t.roas);
    if (t.cpa)
        band("cpa", *t.cpa);
    series(r.weekly);
    for (const ChannelForecast &c : r.channels) {
        std::fprintf(f, "channel %s\n", qPrintable(c.name));
        const ChannelTotals &ct = c.totals;
        band("spend", ct.spend); band("cost", ct.cost); band("impressions", ct.impressions);
        band("reach", ct.reach); band("clicks", ct.clicks); band("orders", ct.orders);
        band("tail", ct.tailOrders); band("gross", ct.grossRevenue); band("net", ct.netRevenue);
        series(c.weekly);
    }
    std::fclose(f);
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Plan plan = benchmarkPlan();
    const Scenario &scenario = plan.scenarios[0];
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--once"))) {
        // One 10,000-draw forecast on one thread, for callgrind (instruction counts do not
        // depend on the machine's load).
        ForecastOptions options;
        options.threads = 1;
        return ForecastEngine::run(plan, scenario, options).totals.orders.p50 > 0.0 ? 0 : 1;
    }
    const int dumpAt = args.indexOf(QStringLiteral("--dump"));
    if (dumpAt > 0 && dumpAt + 1 < args.size()) {
        for (int threads : {1, 2, 3}) {
            ForecastOptions options;
            options.threads = threads;
            const QByteArray path = (args[dumpAt + 1] + QStringLiteral(".t%1").arg(threads)).toLocal8Bit();
            dumpResult(ForecastEngine::run(plan, scenario, options), path.constData());
        }
        return 0;
    }
    // `--baseline`: the baseline (SSE2) kernel even where the AVX2 one would run.
    const bool baselineKernel = args.contains(QStringLiteral("--baseline"));
    std::printf("bench_forecast: 30 paid, 10 creators, 5 organic, 52 weeks; %u hardware threads; %s kernel\n",
                std::thread::hardware_concurrency(),
                !baselineKernel && ForecastEngine::avx2KernelAvailable() ? "AVX2" : "baseline (SSE2)");
    const double rssBefore = peakRssMb();

    double sink = 0.0;
    const Timing base = median(201, [&] { sink += ForecastEngine::base(plan, scenario).totals.orders.base; });
    std::printf("base forecast:             %8.3f ms wall (target < 1 ms)\n", base.wallMs);

    // `--repeat N`: N forecasts per thread count instead of 5 (medians are steadier on a
    // busy machine).
    const int repeatAt = args.indexOf(QStringLiteral("--repeat"));
    const int repeats = repeatAt > 0 && repeatAt + 1 < args.size() ? std::max(1, args[repeatAt + 1].toInt()) : 5;
    for (int threads : {1, 2, 0}) {
        ForecastOptions options;
        options.threads = threads;
        options.baselineKernel = baselineKernel;
        const Timing t = median(repeats, [&] { sink += ForecastEngine::run(plan, scenario, options).totals.orders.p50; });
        const QString label = threads == 0 ? QStringLiteral("all cores") : QStringLiteral("%1 thread%2").arg(threads).arg(threads == 1 ? QString() : QStringLiteral("s"));
        std::printf("10,000 draws, %-10s %8.1f ms wall, %8.1f ms CPU%s\n", qPrintable(label + QLatin1Char(':')),
                    t.wallMs, t.cpuMs, threads == 2 ? " (target < 150 ms wall on 2 cores)" : "");
    }
    double load[3] = {0, 0, 0};
    if (std::FILE *f = std::fopen("/proc/loadavg", "r")) {
        if (std::fscanf(f, "%lf %lf %lf", &load[0], &load[1], &load[2]) != 3)
            load[0] = 0;
        std::fclose(f);
    }
    std::printf("load average during the run: %.2f (wall times are only meaningful near 0)\n", load[0]);
    std::printf("peak RSS: %.1f MB (%.1f MB before forecasting; target < 100 MB)\n", peakRssMb(), rssBefore);
    return sink == 0.0 ? 1 : 0;
}
