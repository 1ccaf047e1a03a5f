// Crash-safety driver (run by tst_crashsafety, which kills it at random moments):
//   crashdriver PLAN.fcplan EXPORT.csv
// Opens the plan file and performs the steps of CrashScript, printing "committed N" and
// flushing stdout after each committed transaction, then "done". Exit 3 with the message on
// stderr if a step fails (the test then fails: every step is valid).
#include "crashscript.h"

#include "model/inputerror.h"
#include "storage/planfile.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <memory>

using namespace funnelcast;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fputs("usage: crashdriver PLAN.fcplan EXPORT.csv\n", stderr);
        return 2;
    }
    try {
        std::unique_ptr<PlanFile> file = PlanFile::open(args.at(1));
        std::printf("opened\n");
        std::fflush(stdout);
        for (int step = 1; step <= CrashScript::stepCount(); ++step) {
            CrashScript::run(*file, step, args.at(2));
            // The parent trusts this line: the step's transaction has committed before it is
            // written, and the next step starts only after it reached the pipe.
            std::printf("committed %d\n", step);
            std::fflush(stdout);
        }
    } catch (const InputError &e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 3;
    } catch (const UsageError &e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 2;
    }
    std::printf("done\n");
    return 0;
}
