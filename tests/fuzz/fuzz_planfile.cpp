// Fuzz target: bytes written to a temporary .fcplan, then the safe-open path. A hostile file
// must give an InputError and stay byte-for-byte unchanged.
#include "model/inputerror.h"
#include "storage/planfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <memory>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // On tmpfs when there is one: each input is written and opened, and disk I/O would
    // otherwise be most of the time per run.
    static QTemporaryDir dir(QFileInfo(QStringLiteral("/dev/shm")).isWritable()
                                 ? QStringLiteral("/dev/shm/funnelcast-fuzz-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/funnelcast-fuzz-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("fuzz.fcplan"));
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(bytes);
    }
    try {
        std::unique_ptr<funnelcast::PlanFile> plan = funnelcast::PlanFile::open(path);
        (void)plan->plan();
    } catch (const funnelcast::InputError &) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll() != bytes)
            __builtin_trap(); // a refused file must not be modified
    }
    // Also the backup copy an upgrade of an older schema leaves beside the file, so that every
    // input meets an empty folder.
    QDir folder(dir.path());
    for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden))
        folder.remove(name);
    return 0;
}
