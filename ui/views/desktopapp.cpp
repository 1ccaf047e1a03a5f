#include "views/desktopapp.h"

#include "document/forecastcontroller.h"
#include "views/darkpalette.h"
#include "views/forecastpanel.h"
#include "views/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QPalette>
#include <QStyleFactory>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <ctime>
#include <unistd.h>
#endif

namespace funnelcast::ui {

namespace {

// FUNNELCAST_PALETTE=dark forces a dark Fusion palette (for dark-mode screenshots and for
// desktops whose Qt 6.4 platform theme does not pass the system's dark mode on).
void applyPaletteOverride(QApplication &application)
{
    if (qEnvironmentVariable("FUNNELCAST_PALETTE") != QLatin1String("dark"))
        return;
    application.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    application.setPalette(darkPalette());
}

// Milliseconds since the process started, from /proc/self/stat (clock-tick resolution,
// usually 10 ms); -1 where there is no /proc.
double msSinceProcessStart()
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Field 22 (starttime) counts from the closing parenthesis of the command name (field 2),
    // which may itself contain spaces.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields[19].toDouble();
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1e3 / double(sysconf(_SC_CLK_TCK));
#else
    return -1;
#endif
}

// Calls `then` once the watched window has finished its first paint (queued, so that the
// whole paint, flush included, has happened).
class FirstPaintWatcher : public QObject
{
public:
    explicit FirstPaintWatcher(std::function<void()> then) : m_then(std::move(then)) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            QMetaObject::invokeMethod(this, m_then, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_then;
    bool m_painted = false;
};

// FUNNELCAST_STARTUP_PROBE=1 (scripts/bench-gui.sh, bench_gui_startup): once the main window
// has painted for the first time, print the start-up phases and quit.
class StartupProbe
{
public:
    // Phases are in ms since the probe was made (just after QApplication's constructor);
    // `appReady` says when that was, in ms since the process started.
    StartupProbe() : m_appReady(msSinceProcessStart()) { m_clock.start(); }

    void mark(const char *phase)
    {
        m_phases += QStringLiteral(" %1=%2")
                        .arg(QLatin1String(phase))
                        .arg(double(m_clock.nsecsElapsed()) / 1e6, 0, 'f', 1);
    }

    // Also the CPU time so far, of the UI thread and of the whole process (all threads): on
    // a busy machine they show what an idle one would take.
    void report()
    {
        mark("painted");
#ifdef Q_OS_LINUX
        rusage thread{}, process{};
        getrusage(RUSAGE_THREAD, &thread);
        getrusage(RUSAGE_SELF, &process);
        const auto ms = [](const rusage &u) {
            return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3
                + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
        };
        m_phases += QStringLiteral(" cpuUiThread=%1 cpuProcess=%2")
                        .arg(ms(thread), 0, 'f', 1)
                        .arg(ms(process), 0, 'f', 1);
#endif
        std::printf("first-paint sinceProcessStart=%.0f appReady=%.0f%s\n", msSinceProcessStart(),
                    m_appReady, qPrintable(m_phases));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }

private:
    double m_appReady;
    QElapsedTimer m_clock;
    QString m_phases;
};

} // namespace

int runDesktop(QApplication &application)
{
    if (QCoreApplication::organizationName().isEmpty())
        QCoreApplication::setOrganizationName(QStringLiteral("Funnelcast"));
    if (QCoreApplication::applicationName().isEmpty()
        || QCoreApplication::applicationName() == QFileInfo(QCoreApplication::applicationFilePath()).baseName())
        QCoreApplication::setApplicationName(QStringLiteral("Funnelcast"));
    std::unique_ptr<StartupProbe> probe;
    if (!qEnvironmentVariableIsEmpty("FUNNELCAST_STARTUP_PROBE")) {
        probe = std::make_unique<StartupProbe>();
    }
    QCoreApplication::setApplicationVersion(QStringLiteral(FUNNELCAST_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Funnelcast"));
    QGuiApplication::setDesktopFileName(QStringLiteral("funnelcast"));
    application.setWindowIcon(QIcon(QStringLiteral(":/icons/funnelcast.svg")));
    applyPaletteOverride(application);

    // The first argument that is not an option is the plan to open (Qt has already taken
    // its own options such as -platform out of the list).
    QString planPath;
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == QLatin1String("--lang")) {
            ++i; // its value
            continue;
        }
        if (argument.startsWith(QLatin1Char('-')))
            continue;
        planPath = argument;
        break;
    }

    MainWindow window;
    if (probe)
        probe->mark("window");
    // The first Monte Carlo run waits for the first paint (the base forecast does not).
    ForecastController *forecast = window.forecastPanel()->controller();
    forecast->holdMonteCarlo(true);
    FirstPaintWatcher firstPaint([forecast, &probe] {
        forecast->holdMonteCarlo(false);
        if (probe)
            probe->report();
    });
    window.installEventFilter(&firstPaint);
    // Should the window never be painted (started minimised), the bands still come.
    QTimer::singleShot(3000, forecast, [forecast] { forecast->holdMonteCarlo(false); });
    window.show();
    if (probe)
        probe->mark("shown");
    // A plan that cannot be opened gets its message, and the demo plan opens instead.
    // (Opening it before show() was measured: no faster, the populated window's show() costs
    // what the second layout pass saves.)
    if (planPath.isEmpty() || !window.openPlan(planPath))
        window.openDemoPlan();
    if (probe)
        probe->mark("planOpen");
    return application.exec();
}

} // namespace funnelcast::ui
