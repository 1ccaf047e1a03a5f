#include "views/desktopapp.h"

#include "views/mainwindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>

namespace funnelcast::ui {

int runDesktop(QApplication &application)
{
    if (QCoreApplication::organizationName().isEmpty())
        QCoreApplication::setOrganizationName(QStringLiteral("Funnelcast"));
    if (QCoreApplication::applicationName().isEmpty()
        || QCoreApplication::applicationName() == QFileInfo(QCoreApplication::applicationFilePath()).baseName())
        QCoreApplication::setApplicationName(QStringLiteral("Funnelcast"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FUNNELCAST_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Funnelcast"));
    QGuiApplication::setDesktopFileName(QStringLiteral("funnelcast"));
    application.setWindowIcon(QIcon(QStringLiteral(":/icons/funnelcast.svg")));

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
    window.show();
    // A plan that cannot be opened gets its message, and the demo plan opens instead.
    if (planPath.isEmpty() || !window.openPlan(planPath))
        window.openDemoPlan();
    return application.exec();
}

} // namespace funnelcast::ui
