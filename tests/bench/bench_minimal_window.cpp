// The yardstick for the start-up benchmark (issue 6, item 9): the smallest Qt Widgets window,
// QApplication + QMainWindow + QLabel at the main window's default size. With
// FUNNELCAST_STARTUP_PROBE set it prints its first paint the same way the app does
// (ui/views/desktopapp.cpp) and quits; bench_gui_startup runs the two alternately.
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>

#include <cstdio>

namespace {

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
                    std::printf("first-paint\n");
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
