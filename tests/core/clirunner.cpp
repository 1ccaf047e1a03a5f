#include "clirunner.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace funnelcast::test {

CliResult runCli(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(FUNNELCAST_EXE));
    process.setArguments(arguments);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start();
    CliResult result;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace funnelcast::test
