// The yardstick for the start-up benchmark (issue 6, item 9): the smallest Qt Widgets window,
// QApplication + QMainWindow + QLabel at the main window's default size. With
// FUNNELCAST_STARTUP_PROBE set it prints its first paint (with the CPU time spent so far) the
// same way the app does (ui/views/desktopapp.cpp) and quits; bench_gui_startup runs the two alternately.
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>

#include <cstdio>

#include <sys/resource.h>

namespace {

double cpuMs(const rusage &u)
{
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

class PaintProbe : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // Queued, as in the app: the figure includes the whole first paint and its flush.
            QMetaObject::invokeMethod(
                this,
                [] {
                    rusage thread{}, process{};
                    getrusage(RUSAGE_THREAD, &thread);
                    getrusage(RUSAGE_SELF, &process);
                    std::printf("first-paint cpuUiThread=%.1f cpuProcess=%.1f\n", cpuMs(thread),
                                cpuMs(process));
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Minimal"));
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(1440, 900);
    PaintProbe probe;
    if (!qEnvironmentVariableIsEmpty("FUNNELCAST_STARTUP_PROBE"))
        window.installEventFilter(&probe);
    window.show();
    return application.exec();
}
