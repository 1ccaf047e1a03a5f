#include "commandregistry.h"

#include <algorithm>
#include <cstring>

namespace funnelcast::app {

static std::vector<CommandInfo> &registry()
{
    static std::vector<CommandInfo> commands;
    return commands;
}

bool CommandRegistry::add(const CommandInfo &info)
{
    registry().push_back(info);
    return true;
}

const CommandInfo *CommandRegistry::find(const QString &name)
{
    for (const CommandInfo &info : registry())
        if (name == QLatin1String(info.name))
            return &info;
    return nullptr;
}

std::vector<CommandInfo> CommandRegistry::all()
{
    std::vector<CommandInfo> sorted = registry();
    std::sort(sorted.begin(), sorted.end(), [](const CommandInfo &a, const CommandInfo &b) {
        return std::strcmp(a.name, b.name) < 0;
    });
    return sorted;
}

} // namespace funnelcast::app
