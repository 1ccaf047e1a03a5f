#include "storage/atomicrename.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <cstdio>
#include <cstring>
#endif

namespace funnelcast {

QString AtomicRename::tempPathBeside(const QString &target)
{
    const QFileInfo info(target);
    for (;;) {
        const QString name = QStringLiteral(".%1.%2.tmp")
                                 .arg(info.fileName())
                                 .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        const QString path = info.absoluteDir().filePath(name);
        if (!QFileInfo::exists(path))
            return path;
    }
}

bool AtomicRename::rename(const QString &from, const QString &to, bool overwrite, QString *error)
{
    if (!overwrite) {
        // Qt refuses to rename onto an existing file (renameat2 NOREPLACE or link on Linux).
        QFile file(from);
        if (file.rename(to))
            return true;
        if (error)
            *error = file.errorString();
        return false;
    }
#ifdef Q_OS_WIN
    if (MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(from).utf16()),
                    reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(to).utf16()),
                    MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return true;
    if (error)
        *error = QStringLiteral("error %1").arg(GetLastError());
    return false;
#else
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    if (error)
        *error = QString::fromLocal8Bit(std::strerror(errno));
    return false;
#endif
}

} // namespace funnelcast
