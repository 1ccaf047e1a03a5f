#include "views/desktopapp.h"

#include "views/mainwindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QPalette>
#include <QStyleFactory>

namespace funnelcast::ui {

namespace {

// FUNNELCAST_PALETTE=dark forces a dark Fusion palette (for dark-mode screenshots and for
// desktops whose Qt 6.4 platform theme does not pass the system's dark mode on).
void applyPaletteOverride(QApplication &application)
{
    if (qEnvironmentVariable("FUNNELCAST_PALETTE") != QLatin1String("dark"))
        return;
    application.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Button, QColor(0x33, 0x36, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x36, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x74, 0x78));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x74, 0x78));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x74, 0x78));
    application.setPalette(p);
}

} // namespace

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
    window.show();
    // A plan that cannot be opened gets its message, and the demo plan opens instead.
    if (planPath.isEmpty() || !window.openPlan(planPath))
        window.openDemoPlan();
    return application.exec();
}

} // namespace funnelcast::ui
