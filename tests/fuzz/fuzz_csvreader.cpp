// Fuzz target: the actuals import path from bytes to rows. The bytes are written to a file and
// imported (encoding sniffing, RFC 4180 records, header match, row parsing, the store) into an
// actuals table next to the demo plan; the outcome must be rows or an InputError/UsageError,
// never a crash, hang or leak. Invariants checked after each run:
//  - a refused import leaves the table empty (one transaction: a failure imports nothing);
//  - an accepted one stored exactly rowsImported rows and its counts add up;
//  - the SQL weekly aggregation over what was stored runs and covers every stored day.
// Whether bad rows are skipped is taken from the input's length, so both paths get fuzzed
// without a prefix byte that would make the seed corpus differ from real exports.
#include "actuals/actualsimporter.h"
#include "actuals/actualsstore.h"
#include "io/planjson.h"
#include "model/inputerror.h"
#include "storage/database.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace funnelcast;

namespace {

struct Fixture
{
    // On tmpfs when there is one: disk I/O would otherwise be most of the time per run.
    QTemporaryDir dir{QFileInfo(QStringLiteral("/dev/shm")).isWritable()
                          ? QStringLiteral("/dev/shm/funnelcast-fuzz-XXXXXX")
                          : QDir::tempPath() + QStringLiteral("/funnelcast-fuzz-XXXXXX")};
    Plan plan;
    std::unique_ptr<Database> db;
    QString csvPath;

    Fixture()
    {
        QFile demo(QStringLiteral(FUNNELCAST_SOURCE_DIR "/resources/demo-plan.json"));
        if (!demo.open(QIODevice::ReadOnly))
            std::abort();
        plan = PlanJson::fromBytes(demo.readAll());
        db = std::make_unique<Database>(dir.filePath(QStringLiteral("actuals.db")), Database::Mode::Create);
        // Scratch database: durability is not under test here, speed is.
        db->exec("PRAGMA synchronous=OFF; PRAGMA journal_mode=MEMORY;");
        csvPath = dir.filePath(QStringLiteral("export.csv"));
    }
};

qint64 storedRows(Database &db)
{
    if (!ActualsStore::hasSchema(db))
        return 0;
    Statement count(db, "SELECT count(*) FROM actual_row;");
    count.step();
    return count.columnInt64(0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Fixture fixture;
    {
        QFile file(fixture.csvPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    }

    ImportOptions options;
    options.skipBadRows = size % 2 == 1;
    ActualsImporter importer(*fixture.db, fixture.plan);
    try {
        const ImportResult result = importer.importFile(fixture.csvPath, options);
        if (result.rowsImported + result.rowsDuplicate + result.skippedTotal != result.rowsRead)
            __builtin_trap();
        if (storedRows(*fixture.db) != result.rowsImported)
            __builtin_trap();
        if (result.rowsImported > 0) {
            ActualsStore store(*fixture.db);
            int days = 0;
            for (const ActualsWeek &week : store.weekly(result.channel, fixture.plan.start))
                days += week.daysCovered;
            if (days <= 0)
                __builtin_trap();
        }
    } catch (const InputError &) {
        if (storedRows(*fixture.db) != 0)
            __builtin_trap();
    } catch (const UsageError &) {
        if (storedRows(*fixture.db) != 0)
            __builtin_trap();
    }
    if (ActualsStore::hasSchema(*fixture.db))
        fixture.db->exec("DELETE FROM actual_row;");
    return 0;
}
