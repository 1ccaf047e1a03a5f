// Start-up benchmark (issue 6, item 9): wall time from starting the process to the first paint
// of its main window, for `funnelcast` on the demo plan and for bench_minimal_window (the
// smallest Qt Widgets window), run alternately N times each on every platform plugin asked
// for. Both print "first-paint" once painted (FUNNELCAST_STARTUP_PROBE) and quit; the time is
// taken here, from QProcess::start to that line, so both pay the same process overhead.
// Aim: the app's median no more than 1.5x the minimal window's.
//
//   bench_gui_startup [RUNS] [--compare OTHER_FUNNELCAST] [PLATFORM...]
//       defaults: 15, offscreen (and xcb when DISPLAY is set)
//
// --compare adds a second build of the app (say, one without a change) to the same rotation,
// so that before and after are measured in the same minutes of a shared, noisy machine.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

namespace {

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

struct Run
{
    double ms = -1;    // start to the first-paint line; -1 when it never came
    QString line;      // what the program printed
};

Run runOnce(const QString &program, const QString &platform, const QString &home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FUNNELCAST_STARTUP_PROBE"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    // Settings and the untitled demo plan go to a scratch folder; font and other caches stay.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    Run run;
    QElapsedTimer clock;
    clock.start();
    process.start(program, {});
    QByteArray out;
    while (process.state() != QProcess::NotRunning || process.bytesAvailable() > 0) {
        process.waitForReadyRead(20);
        out += process.readAllStandardOutput();
        const qsizetype at = out.indexOf("first-paint");
        if (at >= 0 && out.indexOf('\n', at) >= 0) {
            run.ms = double(clock.nsecsElapsed()) / 1e6;
            run.line = QString::fromUtf8(out.mid(at, out.indexOf('\n', at) - at));
            break;
        }
        if (clock.elapsed() > 30000)
            break;
    }
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
    }
    if (run.ms < 0)
        std::fprintf(stderr, "%s on %s: no first paint (exit %d): %s\n", qPrintable(program),
                     qPrintable(platform), process.exitCode(),
                     process.readAllStandardError().constData());
    return run;
}

// The app's phases: "name=12.3" pairs after the first-paint word.
void addPhases(const QString &line, std::map<QString, std::vector<double>> *phases)
{
    static const QRegularExpression pair(QStringLiteral("(\\w+)=(-?[0-9.]+)"));
    for (auto it = pair.globalMatch(line); it.hasNext();) {
        const auto m = it.next();
        (*phases)[m.captured(1)].push_back(m.captured(2).toDouble());
    }
}

} // namespace

namespace {

struct Program
{
    QString name;
    QString path;
    std::vector<double> ms;
    std::map<QString, std::vector<double>> phases;
};

double minOf(const std::vector<double> &v)
{
    return v.empty() ? 0 : *std::min_element(v.begin(), v.end());
}

double maxOf(const std::vector<double> &v)
{
    return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    int runs = 15;
    if (!args.isEmpty() && args.first().toInt() > 0)
        runs = args.takeFirst().toInt();
    QString other;
    if (const qsizetype at = args.indexOf(QStringLiteral("--compare")); at >= 0 && at + 1 < args.size()) {
        other = args.at(at + 1);
        args.remove(at, 2);
    }
    QStringList platforms = args;
    if (platforms.isEmpty()) {
        platforms << QStringLiteral("offscreen");
        if (!qEnvironmentVariableIsEmpty("DISPLAY"))
            platforms << QStringLiteral("xcb");
    }
    QTemporaryDir home;

    int failures = 0;
    for (const QString &platform : platforms) {
        std::vector<Program> programs = {
            {QStringLiteral("minimal Qt Widgets window"), QStringLiteral(MINIMAL_WINDOW), {}, {}},
            {QStringLiteral("funnelcast, demo plan"), QStringLiteral(FUNNELCAST_APP), {}, {}}};
        if (!other.isEmpty())
            programs.push_back({QStringLiteral("compared build (--compare)"), other, {}, {}});
        // One unmeasured run of each first: the first start after a build pays for the page cache.
        for (const Program &p : programs)
            runOnce(p.path, platform, home.path());
        for (int i = 0; i < runs; ++i) {
            // Rotate which goes first so that a slow moment of the machine hits all alike.
            for (size_t k = 0; k < programs.size(); ++k) {
                Program &p = programs[(size_t(i) + k) % programs.size()];
                const Run run = runOnce(p.path, platform, home.path());
                if (run.ms < 0) {
                    ++failures;
                    continue;
                }
                p.ms.push_back(run.ms);
                addPhases(run.line, &p.phases);
            }
        }
        std::printf("platform %s, %d runs each (medians; min-max)\n", qPrintable(platform), runs);
        for (const Program &p : programs)
            std::printf("  %-27s %7.1f ms  (%.1f-%.1f)\n", qPrintable(p.name + QLatin1Char(':')),
                        median(p.ms), minOf(p.ms), maxOf(p.ms));
        const auto cpu = [](Program &p, const char *key) {
            return median(p.phases[QLatin1String(key)]);
        };
        Program &minimal = programs[0];
        const double m = median(minimal.ms);
        for (size_t k = 1; k < programs.size(); ++k) {
            Program &p = programs[k];
            const double a = median(p.ms);
            std::printf("  %s\n", qPrintable(p.name));
            std::printf("    ratio app/minimal:         %7.2f   (aim <= 1.5)\n", m > 0 ? a / m : 0.0);
            // CPU time to the first paint does not grow with the machine's load as wall time does.
            std::printf("    CPU ms to first paint, UI thread / process: minimal %.1f / %.1f, app %.1f / "
                        "%.1f, ratio %.2f / %.2f\n",
                        cpu(minimal, "cpuUiThread"), cpu(minimal, "cpuProcess"),
                        cpu(p, "cpuUiThread"), cpu(p, "cpuProcess"),
                        cpu(p, "cpuUiThread") / std::max(1e-9, cpu(minimal, "cpuUiThread")),
                        cpu(p, "cpuProcess") / std::max(1e-9, cpu(minimal, "cpuProcess")));
            std::printf("    app phases (median ms; after QApplication unless 'since'):");
            for (const char *key : {"sinceProcessStart", "appReady", "window", "shown", "planOpen",
                                    "paintStart", "painted"})
                if (p.phases.count(QLatin1String(key)))
                    std::printf(" %s=%.1f", key, median(p.phases[QLatin1String(key)]));
            std::printf("\n");
        }
        std::fflush(stdout);
    }
    return failures == 0 ? 0 : 1;
}
