#include "views/desktopapp.h"

#include <QApplication>
#include <QMainWindow>

namespace funnelcast::ui {

int runDesktop(QApplication &application)
{
    // Placeholder until the main window lands.
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Funnelcast"));
    window.show();
    return application.exec();
}

} // namespace funnelcast::ui
