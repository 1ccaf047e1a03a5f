// funnelcast: the GUI when started with no subcommand (or a plan path), otherwise one
// command-line subcommand. This file only wires: parsing lives in arguments.cpp, each
// subcommand in its own <name>command.cpp, the logic in core and ui.
#include "arguments.h"
#include "commandregistry.h"

#include "model/inputerror.h"
#include "views/desktopapp.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace funnelcast;

namespace {

void printHelp()
{
    QString text = QStringLiteral("Funnelcast %1 - social-media campaign planner\n\n").arg(QStringLiteral(FUNNELCAST_VERSION));
    text += QStringLiteral("Usage:\n  funnelcast [PLAN.fcplan]    open the desktop app (the demo plan if none given)\n");
    for (const app::CommandInfo &info : app::CommandRegistry::all())
        text += QStringLiteral("  funnelcast %1\n      %2\n").arg(QString::fromUtf8(info.usage), QString::fromUtf8(info.summary));
    text += QStringLiteral("  funnelcast --version | --help\n\n"
                           "Exit status: 0 success, 2 bad usage, 3 bad input.\n");
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}

int runCommand(const app::CommandInfo &info, int argc, char **argv)
{
    // Subcommands need no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application;
    if (info.needsGui)
        application = std::make_unique<QGuiApplication>(argc, argv);
    else
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Funnelcast"));
    QCoreApplication::setOrganizationName(QStringLiteral("Funnelcast"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FUNNELCAST_VERSION));

    QStringList args = QCoreApplication::arguments();
    args = args.mid(2); // program name and subcommand
    try {
        return info.run(args);
    } catch (const UsageError &e) {
        app::printError(e.message());
        return 2;
    } catch (const InputError &e) {
        app::printError(e.message());
        return 3;
    } catch (const std::bad_alloc &) {
        app::printError(QStringLiteral("Not enough memory to finish the command."));
        return 3;
    }
}

} // namespace

int main(int argc, char **argv)
{
#ifdef Q_OS_WIN
    // The executable is a GUI program on Windows; give the command line its console back.
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::freopen("CONOUT$", "w", stdout);
        std::freopen("CONOUT$", "w", stderr);
    }
#endif
    if (argc >= 2) {
        const QString first = QString::fromLocal8Bit(argv[1]);
        if (first == QLatin1String("--version")) {
            std::printf("funnelcast %s\n", FUNNELCAST_VERSION);
            return 0;
        }
        if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
            printHelp();
            return 0;
        }
        if (const app::CommandInfo *info = app::CommandRegistry::find(first))
            return runCommand(*info, argc, argv);
        if (first.startsWith(QLatin1Char('-')) && !first.startsWith(QLatin1String("-platform"))
            && !first.startsWith(QLatin1String("--lang"))) {
            app::printError(QStringLiteral("Unknown option %1; see funnelcast --help.").arg(first));
            return 2;
        }
    }
    QApplication application(argc, argv);
    return ui::runDesktop(application);
}
