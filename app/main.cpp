// funnelcast: the GUI when started with no subcommand (or a plan path), otherwise one
// command-line subcommand. This file only wires: parsing lives in arguments.cpp, each
// subcommand in its own <name>command.cpp, the logic in core and ui.
#include "arguments.h"
#include "commandregistry.h"

#include "i18n/languagemanager.h"
#include "model/inputerror.h"
#include "views/desktopapp.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace funnelcast;

namespace {

void printHelp()
{
    // translate() with the context spelled out: lupdate cannot see through a local tr lambda.
    QString text = QCoreApplication::translate("Help", "Funnelcast %1 - social-media campaign planner").arg(QStringLiteral(FUNNELCAST_VERSION));
    text += QStringLiteral("\n\n") + QCoreApplication::translate("Help", "Usage:") + QLatin1Char('\n');
    text += QStringLiteral("  funnelcast [PLAN.fcplan] [--lang en|ko]\n      %1\n")
                .arg(QCoreApplication::translate("Help", "open the desktop app (the demo plan if none given)"));
    for (const app::CommandInfo &info : app::CommandRegistry::all())
        text += QStringLiteral("  funnelcast %1\n      %2\n")
                    .arg(QString::fromUtf8(info.usage),
                         QCoreApplication::translate("Commands", info.summary));
    text += QStringLiteral("  funnelcast --version | --help\n\n");
    text += QCoreApplication::translate("Help", "Every command accepts --lang en|ko for its messages.") + QLatin1Char('\n');
    text += QCoreApplication::translate("Help", "Exit status: 0 success, 2 bad usage, 3 bad input.") + QLatin1Char('\n');
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Funnelcast"));
    QCoreApplication::setApplicationName(QStringLiteral("Funnelcast"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FUNNELCAST_VERSION));
}

// Installs the translators for `--lang` (taken out of `args`), else the preferred language.
// Throws UsageError for an unsupported language.
void installLanguage(QStringList &args)
{
    const QString language = ui::LanguageManager::takeLanguageArgument(args);
    ui::LanguageManager::install(language.isEmpty() ? ui::LanguageManager::preferredLanguage()
                                                    : language);
}

// `commandAt` is the subcommand's index in argv (after an optional leading --lang).
int runCommand(const app::CommandInfo &info, int commandAt, int argc, char **argv)
{
    // Subcommands need no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application;
    if (info.needsGui)
        application = std::make_unique<QGuiApplication>(argc, argv);
    else
        application = std::make_unique<QCoreApplication>(argc, argv);
    nameApplication();

    QStringList args = QCoreApplication::arguments();
    args.removeAt(commandAt);
    args.removeFirst(); // the program
    try {
        // `--lang` sets the language of messages; `report` also reads it for the PDF itself.
        QStringList withoutLanguage = args;
        installLanguage(withoutLanguage);
        if (QLatin1String(info.name) != QLatin1String("report"))
            args = withoutLanguage;
        return info.run(args);
    } catch (const UsageError &e) {
        app::printError(e.message());
        return 2;
    } catch (const InputError &e) {
        app::printError(e.message());
        return 3;
    } catch (const std::bad_alloc &) {
        app::printError(QCoreApplication::translate("Help", "Not enough memory to finish the command."));
        return 3;
    }
}

int runHelp(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    nameApplication();
    QStringList args = QCoreApplication::arguments();
    try {
        installLanguage(args);
    } catch (const UsageError &e) {
        app::printError(e.message());
        return 2;
    }
    printHelp();
    return 0;
}

int runGui(int argc, char **argv)
{
    QApplication application(argc, argv);
    nameApplication();
    QStringList args = QCoreApplication::arguments();
    try {
        installLanguage(args);
    } catch (const UsageError &e) {
        app::printError(e.message());
        return 2;
    }
    return ui::runDesktop(application);
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
    // A leading `--lang X` may come before the subcommand: `funnelcast --lang ko forecast ...`.
    int at = 1;
    if (at < argc && std::strcmp(argv[at], "--lang") == 0)
        at += 2;
    else if (at < argc && std::strncmp(argv[at], "--lang=", 7) == 0)
        at += 1;
    if (at < argc) {
        const QString first = QString::fromLocal8Bit(argv[at]);
        if (first == QLatin1String("--version")) {
            std::printf("funnelcast %s\n", FUNNELCAST_VERSION);
            return 0;
        }
        if (first == QLatin1String("--help") || first == QLatin1String("-h"))
            return runHelp(argc, argv);
        if (const app::CommandInfo *info = app::CommandRegistry::find(first))
            return runCommand(*info, at, argc, argv);
        const bool guiOption = first.startsWith(QLatin1String("-platform"))
            || first.startsWith(QLatin1String("-style"));
        if (first.startsWith(QLatin1Char('-')) && !guiOption) {
            std::fprintf(stderr, "Unknown option %s; see funnelcast --help.\n", argv[at]);
            return 2;
        }
    }
    return runGui(argc, argv);
}
