#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace funnelcast::app {

// A command-line subcommand. Each lives in its own <name>command.cpp and registers itself
// with FUNNELCAST_REGISTER_COMMAND, so adding one touches no shared file.
struct CommandInfo
{
    const char *name;    // "forecast"
    const char *usage;   // "forecast PLAN [--scenario S] [--draws N] [--seed N] --json"
    const char *summary; // one line for --help
    int (*run)(const QStringList &args); // args after the subcommand; returns the exit status
    bool needsGui = false; // needs QGuiApplication (fonts, painting), e.g. report
};

class CommandRegistry
{
public:
    static bool add(const CommandInfo &info);
    static const CommandInfo *find(const QString &name);
    static std::vector<CommandInfo> all(); // sorted by name
};

} // namespace funnelcast::app

#define FUNNELCAST_CONCAT_INNER(a, b) a##b
#define FUNNELCAST_CONCAT(a, b) FUNNELCAST_CONCAT_INNER(a, b)
#define FUNNELCAST_REGISTER_COMMAND(...)                                                           \
    namespace {                                                                                    \
    const bool FUNNELCAST_CONCAT(registered_, __LINE__) =                                          \
        ::funnelcast::app::CommandRegistry::add(::funnelcast::app::CommandInfo{__VA_ARGS__});      \
    }
