#pragma once

#include <QByteArray>
#include <QStringList>

namespace funnelcast::test {

// One run of the built `funnelcast` executable (FUNNELCAST_EXE, set by the test's CMake
// file), directly (no shell), offscreen. exitCode is -1 when it did not finish normally.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliResult runCli(const QStringList &arguments);

} // namespace funnelcast::test
