// Fuzz target: bytes written to a temporary .fcplan, then the safe-open path. A hostile file
// must give an InputError and stay byte-for-byte unchanged.
#include "model/inputerror.h"
#include "storage/planfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <memory>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
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
    QFile::remove(path);
    return 0;
}
