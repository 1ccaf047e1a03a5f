#include "storage/safeopen.h"

#include "model/inputerror.h"
#include "storage/atomicrename.h"
#include "storage/database.h"
#include "storage/planfile.h"
#include "storage/planschema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <sqlite3.h>

namespace funnelcast {

namespace {

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData() + offset);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

constexpr int sqliteHeaderSize = 100;

} // namespace

void SafeOpen::finishInterruptedEdit(const QString &path)
{
    const QString journal = path + QStringLiteral("-journal");
    const QFileInfo journalInfo(journal);
    if (!journalInfo.exists() || journalInfo.size() == 0 || !QFileInfo(path).isFile())
        return;
    const QString name = label(path);
    // A foreign or newer file is refused for what it is, before anything is copied or written.
    checkFileHeader(path);
    const QString copy = AtomicRename::tempPathBeside(path);
    const QString copyJournal = copy + QStringLiteral("-journal");
    auto discard = [&] {
        QFile::remove(copy);
        QFile::remove(copyJournal);
    };
    if (!QFile::copy(path, copy) || !QFile::copy(journal, copyJournal)) {
        discard();
        throw InputError(QCoreApplication::translate("PlanFile", "%1 was left half-written by an interrupted edit, and it could not be "
                            "repaired because its folder is not writable.")
                             .arg(name));
    }
    try {
        {
            Database recovered(copy, Database::Mode::ReadWrite); // rolls the journal back
            Statement check(recovered, "PRAGMA quick_check;");
            check.step();
        }
        const int version = checkFileHeader(copy);
        Database readOnly(copy, Database::Mode::ReadOnly);
        checkDatabase(readOnly, version);
    } catch (const InputError &) {
        discard();
        throw InputError(QCoreApplication::translate("PlanFile", "%1 was left half-written by an interrupted edit and could not be "
                            "repaired.")
                             .arg(name));
    }
    QString error;
    // Replace first, then drop the journal: replaying it onto the repaired file is harmless,
    // a file without its journal mid-edit is not.
    if (!AtomicRename::rename(copy, path, true, &error)) {
        discard();
        throw InputError(QCoreApplication::translate("PlanFile", "%1 was left half-written by an interrupted edit and could not be "
                            "repaired (%2).")
                             .arg(name, error));
    }
    QFile::remove(journal);
    QFile::remove(copyJournal);
}

QString SafeOpen::label(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

int SafeOpen::checkFileHeader(const QString &path)
{
    const QString name = label(path);
    const QFileInfo info(path);
    if (!info.exists())
        throw InputError(QCoreApplication::translate("PlanFile", "%1 does not exist.").arg(name));
    if (info.isDir())
        throw InputError(QCoreApplication::translate("PlanFile", "%1 is a folder, not a plan file.").arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(QCoreApplication::translate("PlanFile", "%1 cannot be read (%2).").arg(name, file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        throw InputError(QCoreApplication::translate("PlanFile", "%1 is empty, so it is not a Funnelcast plan.").arg(name));
    const QByteArray header = file.read(sqliteHeaderSize);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic)) {
        throw InputError(
            QCoreApplication::translate("PlanFile", "%1 is not a Funnelcast plan: it is not a SQLite database at all.").arg(name));
    }
    if (header.size() < sqliteHeaderSize)
        throw InputError(QCoreApplication::translate("PlanFile", "%1 is truncated: the file ends inside its own header.").arg(name));

    quint32 pageSize = (quint32(static_cast<unsigned char>(header.at(16))) << 8)
                       | quint32(static_cast<unsigned char>(header.at(17)));
    if (pageSize == 1)
        pageSize = 65536;
    const bool pageSizeValid = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) == 0;
    if (!pageSizeValid)
        throw InputError(QCoreApplication::translate("PlanFile", "%1 is damaged: its SQLite header is invalid.").arg(name));
    // The page count in the header is valid when the change counter matches the version-valid-for
    // number (every SQLite since 3.7.0 keeps it so).
    const quint32 pageCount = bigEndian32(header, 28);
    const bool countValid = pageCount > 0 && bigEndian32(header, 24) == bigEndian32(header, 92);
    if ((countValid && qint64(pageCount) * pageSize > size) || size % pageSize != 0) {
        throw InputError(QCoreApplication::translate("PlanFile", "%1 is truncated: the file is shorter than its header says, so part "
                            "of the plan is missing.")
                             .arg(name));
    }
    const quint32 applicationId = bigEndian32(header, 68);
    if (applicationId != quint32(PlanFile::applicationId)) {
        throw InputError(
            QCoreApplication::translate("PlanFile", "%1 is not a Funnelcast plan: it is a SQLite database of another application.")
                .arg(name));
    }
    const auto version = static_cast<qint32>(bigEndian32(header, 60));
    if (version > PlanFile::currentSchemaVersion) {
        throw InputError(QCoreApplication::translate("PlanFile", "%1 was made by a newer Funnelcast (schema %2); this version reads "
                            "schema %3 and older.")
                             .arg(name)
                             .arg(version)
                             .arg(PlanFile::currentSchemaVersion));
    }
    if (version < 0)
        throw InputError(QCoreApplication::translate("PlanFile", "%1 is damaged: its schema version %2 is invalid.").arg(name).arg(version));
    // Bytes 18 and 19 are 2 in WAL mode. Funnelcast files use a rollback journal so that no side
    // files are needed; a WAL file was changed by another program.
    if (header.at(18) == 2 || header.at(19) == 2) {
        throw InputError(QCoreApplication::translate("PlanFile", "%1 uses SQLite's write-ahead log, which Funnelcast plans never do; "
                            "it was changed by another program.")
                             .arg(name));
    }
    return version;
}

void SafeOpen::checkDatabase(Database &db, int version)
{
    const QString name = label(db.path());
    try {
        {
            Statement check(db, "PRAGMA quick_check;");
            while (check.step()) {
                if (check.columnText(0) != QLatin1String("ok"))
                    throw InputError(
                        QCoreApplication::translate("PlanFile", "%1 is damaged: SQLite's integrity check found errors.").arg(name));
            }
        }

        QSet<QString> tables;
        {
            Statement objects(db, "SELECT type, name, coalesce(sql, '') FROM sqlite_master;");
            while (objects.step()) {
                const QString type = objects.columnText(0);
                const QString objectName = objects.columnText(1);
                if (type == QLatin1String("trigger") || type == QLatin1String("view")) {
                    const QString kind = type == QLatin1String("trigger") ? QCoreApplication::translate("PlanFile", "trigger") : QCoreApplication::translate("PlanFile", "view");
                    throw InputError(QCoreApplication::translate("PlanFile", "%1 contains a %2 (\"%3\"), which Funnelcast plans never "
                                        "have; it was added by another program, so the file is "
                                        "not opened.")
                                         .arg(name, kind, objectName));
                }
                if (type == QLatin1String("table")) {
                    if (objects.columnText(2).simplified().startsWith(
                            QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive)) {
                        throw InputError(QCoreApplication::translate("PlanFile", "%1 contains a virtual table (\"%2\"), which "
                                            "Funnelcast plans never have; it was added by another "
                                            "program, so the file is not opened.")
                                             .arg(name, objectName));
                    }
                    tables.insert(objectName);
                }
            }
        }

        auto checkColumns = [&](const TableSpec &spec) {
            Statement info(db, "SELECT name FROM pragma_table_info(?1);");
            info.bind(1, spec.name);
            QSet<QString> present;
            while (info.step())
                present.insert(info.columnText(0));
            for (const QString &column : spec.columns) {
                if (!present.contains(column)) {
                    throw InputError(QCoreApplication::translate("PlanFile", "%1 is not a valid Funnelcast plan: the table \"%2\" has "
                                        "no column \"%3\".")
                                         .arg(name, spec.name, column));
                }
            }
        };
        for (const TableSpec &spec : PlanSchema::requiredTables(version)) {
            if (!tables.contains(spec.name)) {
                throw InputError(
                    QCoreApplication::translate("PlanFile", "%1 is not a valid Funnelcast plan: the table \"%2\" is missing.")
                        .arg(name, spec.name));
            }
            checkColumns(spec);
        }
        for (const TableSpec &spec : PlanSchema::registeredTables()) {
            if (tables.contains(spec.name))
                checkColumns(spec);
        }

        Statement dangling(db, "SELECT count(*) FROM plan_item "
                               "WHERE scenario_id NOT IN (SELECT id FROM scenario);");
        if (dangling.step() && dangling.columnInt64(0) > 0) {
            throw InputError(QCoreApplication::translate("PlanFile", "%1 is damaged: it holds channels that belong to no scenario.")
                                 .arg(name));
        }
    } catch (const InputError &error) {
        // Our own sentences start with the file name; a raw SQLite failure gets one.
        if (error.message().startsWith(name + QLatin1Char(' ')))
            throw;
        throw InputError(QCoreApplication::translate("PlanFile", "%1 is damaged and cannot be read (%2).")
                             .arg(name, QString::fromUtf8(sqlite3_errmsg(db.handle()))));
    }
}

} // namespace funnelcast
