#include "actuals/actualsimporter.h"

#include "actuals/actualsrowparser.h"
#include "actuals/actualsstore.h"
#include "actuals/csvrecordreader.h"
#include "actuals/exportformat.h"
#include "actuals/headermatch.h"
#include "actuals/textsource.h"
#include "model/inputerror.h"
#include "storage/database.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

#include <functional>
#include <memory>
#include <mutex>

namespace funnelcast {

namespace {

struct Sniffed
{
    char delimiter = ',';
    qint64 headerIndex = 0; // records before the header
    HeaderMatch header;
};

// Reads up to the first 256 KB of text and finds the delimiter and header row: each delimiter
// is tried in turn, and the first one whose records hold a recognisable header wins. The
// header is found by content, so title and date-range rows above it are skipped.
Sniffed sniff(TextSource &source, const ExportFormat *format, const QString &fileName)
{
    QByteArray sample;
    QByteArray chunk;
    while (sample.size() < (qsizetype(1) << 18) && source.read(&chunk))
        sample.append(chunk);
    const bool complete = !source.read(&chunk);

    const CsvRecord *bestPartial = nullptr;
    CsvRecord partial;
    int bestKnown = 1;
    for (char delimiter : { ',', '\t', ';' }) {
        bool served = false;
        CsvRecordReader reader(
            [&](QByteArray *out) {
                if (served)
                    return false;
                served = true;
                *out = sample;
                return true;
            },
            delimiter, fileName);
        CsvRecord record;
        for (qint64 index = 0; index < ActualsImporter::headerSearchRows; ++index) {
            try {
                if (!reader.next(&record))
                    break;
            } catch (const InputError &) {
                if (complete)
                    throw;
                break; // the sample ends inside a quoted cell: the rest comes in the real pass
            }
            Sniffed found;
            if (HeaderMatch::match(record, format, &found.header)) {
                found.delimiter = delimiter;
                found.headerIndex = index;
                return found;
            }
            const int known = HeaderMatch::knownCells(record);
            if (known > bestKnown) {
                bestKnown = known;
                partial = record;
                bestPartial = &partial;
            }
        }
    }
    if (bestPartial) {
        const bool hasSpend = HeaderMatch::names(*bestPartial, ActualsColumn::Spend);
        const bool hasDate = HeaderMatch::names(*bestPartial, ActualsColumn::Date)
            || HeaderMatch::names(*bestPartial, ActualsColumn::Week);
        if (!hasSpend)
            throw InputError(QCoreApplication::translate("ActualsImporter", "%1 line %2: the header has no spend column (such as \"Cost\", "
                                "\"Amount spent (KRW)\" or \"비용\").")
                                 .arg(fileName)
                                 .arg(bestPartial->line));
        if (!hasDate)
            throw InputError(QCoreApplication::translate("ActualsImporter", "%1 line %2: the header has no date column (such as \"Day\", "
                                "\"Reporting starts\" or \"일\").")
                                 .arg(fileName)
                                 .arg(bestPartial->line));
        if (format)
            throw InputError(
                QCoreApplication::translate("ActualsImporter", "%1 line %2: the header is not that of a %3 export; try --format auto.")
                    .arg(fileName)
                    .arg(bestPartial->line)
                    .arg(format->key));
    }
    throw InputError(QCoreApplication::translate("ActualsImporter", "%1: no header row with a date and a spend column in its first %2 rows; "
                        "this does not look like an ad-platform export.")
                         .arg(fileName)
                         .arg(ActualsImporter::headerSearchRows));
}

} // namespace

QJsonObject ImportResult::toJson() const
{
    QJsonArray skips;
    for (const SkippedRow &s : skipped)
        skips.append(QJsonObject {
            { QStringLiteral("line"), double(s.line) }, { QStringLiteral("reason"), s.reason } });
    QJsonObject o { { QStringLiteral("format"), format }, { QStringLiteral("encoding"), encoding },
        { QStringLiteral("rows_read"), double(rowsRead) },
        { QStringLiteral("rows_imported"), double(rowsImported) },
        { QStringLiteral("rows_duplicate"), double(rowsDuplicate) },
        { QStringLiteral("rows_skipped"), skips }, { QStringLiteral("channel"), channel },
        { QStringLiteral("currency"), currency },
        { QStringLiteral("first_day"),
            firstDay.isValid() ? QJsonValue(firstDay.toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("last_day"),
            lastDay.isValid() ? QJsonValue(lastDay.toString(Qt::ISODate)) : QJsonValue() } };
    if (skippedTotal > qint64(skipped.size()))
        o.insert(QStringLiteral("rows_skipped_total"), double(skippedTotal));
    return o;
}

ActualsImporter::ActualsImporter(Database &db, const Plan &plan)
    : m_db(db)
    , m_plan(plan)
{ }

QString ActualsImporter::resolveChannel(
    const Plan &plan, const ExportFormat &format, const QString &requested)
{
    QStringList all;
    QStringList matching;
    for (const Scenario &scenario : plan.scenarios) {
        for (const PaidChannel &channel : scenario.channels) {
            if (!all.contains(channel.name))
                all << channel.name;
            if ((format.platforms.isEmpty() || format.platforms.contains(channel.platform))
                && !matching.contains(channel.name))
                matching << channel.name;
        }
    }
    if (!requested.isEmpty()) {
        if (all.contains(requested))
            return requested;
        if (all.isEmpty())
            throw UsageError(
                QCoreApplication::translate("ActualsImporter", "The plan has no paid channel to attach actuals to; add one first."));
        throw UsageError(QCoreApplication::translate("ActualsImporter", "The plan has no paid channel named \"%1\"; its channels are: %2.")
                             .arg(requested, all.join(QStringLiteral(", "))));
    }
    if (matching.size() == 1)
        return matching.first();
    if (matching.isEmpty())
        throw UsageError(
            QCoreApplication::translate("ActualsImporter", "No paid channel of the plan matches this %1 export; name one with "
               "--channel (the plan's channels: %2).")
                .arg(format.key, all.isEmpty() ? QCoreApplication::translate("ActualsImporter", "none") : all.join(QStringLiteral(", "))));
    throw UsageError(QCoreApplication::translate("ActualsImporter", "Several channels could take this %1 export (%2); name one with --channel.")
                         .arg(format.key, matching.join(QStringLiteral(", "))));
}

ImportResult ActualsImporter::importFile(const QString &path, const ImportOptions &options)
{
    return run(path, options, nullptr);
}

ImportResult ActualsImporter::importFileStaged(
    const QString &path, const ImportOptions &options, const ImportControl &control)
{
    return run(path, options, &control);
}

ImportResult ActualsImporter::run(
    const QString &path, const ImportOptions &options, const ImportControl *control)
{
    const QString fileName = QDir::toNativeSeparators(path);
    const ExportFormat *format = nullptr;
    if (options.format != QLatin1String("auto")) {
        format = ExportFormat::find(options.format);
        if (!format)
            throw UsageError(
                QCoreApplication::translate("ActualsImporter", "Unknown format \"%1\"; use one of: auto, %2.")
                    .arg(options.format, ExportFormat::keys().join(QStringLiteral(", "))));
    }

    ImportResult result;
    Sniffed sniffed;
    {
        TextSource probe(path);
        result.encoding = probe.encodingName();
        sniffed = sniff(probe, format, fileName);
    }
    const HeaderMatch &header = sniffed.header;
    result.format = header.format->key;
    result.channel = resolveChannel(m_plan, *header.format, options.channel);
    if (!header.currency.isEmpty() && header.currency != m_plan.currency) {
        throw InputError(QCoreApplication::translate("ActualsImporter", "%1 line %2: the export is in %3 but the plan is in %4; export the "
                            "report in the plan's currency.")
                             .arg(fileName)
                             .arg(header.line)
                             .arg(header.currency, m_plan.currency));
    }
    result.currency = m_plan.currency;

    TextSource source(path);
    CsvRecordReader reader(
        [&source](QByteArray *chunk) { return source.read(chunk); }, sniffed.delimiter, fileName);
    CsvRecord record;
    for (qint64 i = 0; i <= sniffed.headerIndex; ++i)
        reader.next(&record);

    const ActualsRowParser parser(header, m_plan.currency, fileName);
    ActualsStore store(m_db);
    ActualsRow row;
    QString reason;
    qint64 records = 0;
    qint64 staged = 0;
    // Reads every row; `insert` stores one and says whether it was new.
    const auto readRows = [&](const std::function<bool(const ActualsRow &)> &insert) {
        while (reader.next(&record)) {
            if (control && (++records & 0x3ff) == 0) {
                if (control->cancel && control->cancel->load())
                    throw ImportCancelled();
                if (control->bytesRead)
                    control->bytesRead->store(source.bytesRead());
            }
            const ActualsRowParser::Result outcome = parser.parse(record, &row, &reason);
            if (outcome == ActualsRowParser::Result::Ignore)
                continue;
            ++result.rowsRead;
            if (outcome == ActualsRowParser::Result::Bad) {
                if (!options.skipBadRows)
                    throw InputError(QCoreApplication::translate("ActualsImporter", "%1 line %2: %3.").arg(fileName).arg(record.line).arg(reason));
                ++result.skippedTotal;
                if (result.skipped.size() < size_t(maxListedSkips))
                    result.skipped.push_back({ record.line, reason });
                continue;
            }
            if (insert(row))
                ++result.rowsImported;
            else
                ++result.rowsDuplicate;
            if (!result.firstDay.isValid() || row.day < result.firstDay)
                result.firstDay = row.day;
            const QDate last = row.day.addDays(row.days - 1);
            if (!result.lastDay.isValid() || last > result.lastDay)
                result.lastDay = last;
        }
    };

    // A larger page cache for the import's one big transaction (32 MB, restored afterwards):
    // fewer spills of dirty pages to the journal and file before the commit.
    qint64 previousCache = -2000;
    {
        Statement query(m_db, "PRAGMA cache_size;");
        if (query.step())
            previousCache = query.columnInt64(0);
    }
    struct CacheRestore
    {
        Database &db;
        qint64 size;
        ~CacheRestore()
        {
            const QByteArray sql = "PRAGMA cache_size = " + QByteArray::number(size) + ";";
            try {
                db.exec(sql.constData());
            } catch (...) { }
        }
    } restore { m_db, previousCache };
    m_db.exec("PRAGMA cache_size = -32768;");

    if (!control) {
        Transaction transaction(m_db);
        ActualsStore::ensureSchema(m_db);
        readRows([&](const ActualsRow &r) { return store.insert(result.channel, r); });
        transaction.commit();
        return result;
    }

    // Staged: the rows go into a temporary table of this connection first, which takes no lock
    // on the plan file, so edits made meanwhile on other connections are written at once.
    m_db.exec("PRAGMA temp.cache_size = -32768;");
    ActualsStore::createStaging(m_db);
    struct StagingDrop
    {
        Database &db;
        ~StagingDrop() { ActualsStore::dropStaging(db); }
    } dropStaging { m_db };
    // Rows go in in batches of short transactions: a statement of its own per row would make
    // every insert a transaction of the temporary database (several times slower than the
    // direct import). The batches touch only the temporary database, and being short they
    // would keep any other writer waiting briefly at most.
    struct Batch
    {
        Database &db;
        bool open = false;
        void begin()
        {
            db.exec("BEGIN;");
            open = true;
        }
        void commit()
        {
            db.exec("COMMIT;");
            open = false;
        }
        ~Batch()
        {
            if (open)
                sqlite3_exec(db.handle(), "ROLLBACK;", nullptr, nullptr, nullptr);
        }
    } batch { m_db };
    constexpr qint64 batchRows = 8192;
    batch.begin();
    readRows([&](const ActualsRow &r) {
        store.insertStaged(r);
        if (++staged % batchRows == 0) {
            batch.commit();
            batch.begin();
        }
        return true;
    });
    batch.commit();
    if (control->bytesRead)
        control->bytesRead->store(source.bytesRead());
    if (control->cancel && control->cancel->load())
        throw ImportCancelled();

    // Then one transaction on the plan file copies them in. The channel's name is read inside
    // it, under the caller's lock, so a rename during the import is followed.
    std::unique_lock<std::mutex> lock;
    if (control->lock)
        lock = std::unique_lock<std::mutex>(*control->lock);
    if (control->channel) {
        const QString current = control->channel();
        if (!current.isEmpty())
            result.channel = current;
    }
    if (control->merging)
        control->merging->store(true);
    Transaction transaction(m_db);
    ActualsStore::ensureSchema(m_db);
    const qint64 added = store.mergeStaged(result.channel);
    if (control->cancel && control->cancel->load())
        throw ImportCancelled(); // the transaction rolls back
    transaction.commit();
    result.rowsImported = added;
    result.rowsDuplicate = staged - added; // in the plan already, or earlier in the file
    return result;
}

ImportPreview ActualsImporter::preview(const Plan &plan, const QString &path,
    const ImportOptions &options, int maxRows, const std::atomic<bool> *cancel)
{
    ImportPreview preview;
    preview.currency = plan.currency;
    const QString fileName = QDir::toNativeSeparators(path);
    try {
        const ExportFormat *format = nullptr;
        if (options.format != QLatin1String("auto")) {
            format = ExportFormat::find(options.format);
            if (!format)
                throw UsageError(
                    QCoreApplication::translate("ActualsImporter", "Unknown format \"%1\"; use one of: auto, %2.")
                        .arg(options.format, ExportFormat::keys().join(QStringLiteral(", "))));
        }
        Sniffed sniffed;
        {
            TextSource probe(path);
            preview.encoding = probe.encodingName();
            sniffed = sniff(probe, format, fileName);
        }
        const HeaderMatch &header = sniffed.header;
        preview.format = header.format->key;
        preview.headerLine = header.line;
        preview.headers = header.headers;
        preview.fileCurrency = header.currency;

        // Which other formats the same header could be read as (the user may pick one).
        CsvRecord headerRecord;
        for (const QString &h : header.headers) {
            const QByteArray bytes = h.toUtf8();
            headerRecord.cells.emplace_back(headerRecord.data.size(), size_t(bytes.size()));
            headerRecord.data.append(bytes.constData(), size_t(bytes.size()));
        }
        for (const ExportFormat &candidate : ExportFormat::all()) {
            HeaderMatch ignored;
            if (HeaderMatch::match(headerRecord, &candidate, &ignored))
                preview.formatsThatFit << candidate.key;
        }

        if (!header.currency.isEmpty() && header.currency != plan.currency) {
            throw InputError(QCoreApplication::translate("ActualsImporter", "%1 line %2: the export is in %3 but the plan is in %4; export the "
                                "report in the plan's currency.")
                                 .arg(fileName)
                                 .arg(header.line)
                                 .arg(header.currency, plan.currency));
        }

        TextSource source(path);
        CsvRecordReader reader(
            [&source](QByteArray *chunk) { return source.read(chunk); }, sniffed.delimiter, fileName);
        CsvRecord record;
        for (qint64 i = 0; i <= sniffed.headerIndex; ++i)
            reader.next(&record);
        const ActualsRowParser parser(header, plan.currency, fileName);
        ActualsRow row;
        QString reason;
        qint64 records = 0;
        while (reader.next(&record)) {
            if (cancel && (++records & 0xfff) == 0 && cancel->load())
                break;
            if (preview.fileCurrency.isEmpty() && header.has(ActualsColumn::CurrencyCode)) {
                const QString code = record.text(header.column(ActualsColumn::CurrencyCode)).trimmed();
                if (!code.isEmpty() && !ActualsRowParser::isTotalsCell(record.cell(header.column(ActualsColumn::CurrencyCode))))
                    preview.fileCurrency = code.toUpper();
            }
            const ActualsRowParser::Result outcome = parser.parse(record, &row, &reason);
            if (outcome == ActualsRowParser::Result::Ignore)
                continue;
            ++preview.rowsRead;
            if (outcome == ActualsRowParser::Result::Bad) {
                ++preview.badRows;
                if (preview.firstBadRow.isEmpty())
                    preview.firstBadRow = QCoreApplication::translate("ActualsImporter", "%1 line %2: %3.")
                                              .arg(fileName)
                                              .arg(record.line)
                                              .arg(reason);
                if (preview.error.isEmpty() && !options.skipBadRows)
                    preview.error = preview.firstBadRow;
                continue;
            }
            if (int(preview.firstRows.size()) < maxRows)
                preview.firstRows.push_back({ record.line, row });
            if (!preview.firstDay.isValid() || row.day < preview.firstDay)
                preview.firstDay = row.day;
            const QDate last = row.day.addDays(row.days - 1);
            if (!preview.lastDay.isValid() || last > preview.lastDay)
                preview.lastDay = last;
        }
        if (preview.error.isEmpty() && preview.rowsRead == preview.badRows)
            preview.error = QCoreApplication::translate("ActualsImporter", "%1: the export has a header (line %2) but no rows to import.")
                                .arg(fileName)
                                .arg(header.line);
    } catch (const InputError &e) {
        preview.error = e.message();
    } catch (const UsageError &e) {
        preview.error = e.message();
    }
    return preview;
}

} // namespace funnelcast
