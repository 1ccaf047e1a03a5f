#pragma once

#include "actuals/importpreview.h"
#include "model/plan.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <atomic>
#include <functional>
#include <mutex>
#include <vector>

namespace funnelcast {

class Database;
struct ExportFormat;

struct ImportOptions
{
    QString format = QStringLiteral("auto"); // auto, meta, google, tiktok, naver, kakao, generic
    QString channel; // empty: chosen from the format's platform
    bool skipBadRows = false;
};

struct SkippedRow
{
    qint64 line = 0;
    QString reason;
};

struct ImportResult
{
    QString format;
    QString encoding;
    QString channel;
    QString currency;
    qint64 rowsRead = 0; // data rows (blank and totals rows not counted)
    qint64 rowsImported = 0;
    qint64 rowsDuplicate = 0; // already in the plan file (same channel, day and row key)
    std::vector<SkippedRow> skipped; // the first maxListedSkips bad rows
    qint64 skippedTotal = 0;
    QDate firstDay;
    QDate lastDay;

    // The shape `funnelcast import --json` prints.
    QJsonObject toJson() const;
};

// Thrown by ActualsImporter::importFileStaged when ImportControl::cancel is set: nothing was
// written to the plan file.
struct ImportCancelled
{
};

// How a worker drives ActualsImporter::importFileStaged. Every member may be null.
struct ImportControl
{
    const std::atomic<bool> *cancel = nullptr; // checked every 1024 rows and before the commit
    std::atomic<qint64> *bytesRead = nullptr; // of the export, for a progress bar
    std::atomic<bool> *merging = nullptr; // set when the rows are being copied into the plan
    // Held from before the plan file's transaction until after its commit; `channel` is called
    // with it held and names the channel the rows go to (it may have been renamed meanwhile).
    std::mutex *lock = nullptr;
    std::function<QString()> channel;
};

// Imports an ad-platform export into a plan file's actuals in one transaction: a failure
// part-way imports nothing. Detects encoding, delimiter, header row and format; reads rows as
// they stream past, so memory does not grow with the file.
class ActualsImporter
{
public:
    ActualsImporter(Database &db, const Plan &plan);

    // Throws InputError for a bad file or row (with the line), UsageError for an unknown format
    // or channel or when the channel is ambiguous.
    ImportResult importFile(const QString &path, const ImportOptions &options);

    // The same import for a worker thread with its own connection to the plan file: the file
    // is read and checked into a temporary table of that connection (no lock on the plan file,
    // so the window's edits go on being written), then copied into the plan file in one
    // transaction. The same result and errors as importFile; throws ImportCancelled when
    // control.cancel is set, with nothing written.
    ImportResult importFileStaged(
        const QString &path, const ImportOptions &options, const ImportControl &control);

    // The plan channel an export of `format` belongs to: `requested` if given (it must exist),
    // else the only paid channel of a matching platform. Throws UsageError otherwise.
    static QString resolveChannel(
        const Plan &plan, const ExportFormat &format, const QString &requested);

    // Reads `path` the way importFile would (options.format and skipBadRows are honoured;
    // the channel is not needed) but writes nothing: for a preview before the import. Problems
    // go into ImportPreview::error instead of being thrown. Reads the whole file to count the
    // rows and find the date range; `cancel`, when given and set, stops early.
    static ImportPreview preview(const Plan &plan, const QString &path,
        const ImportOptions &options, int maxRows = 20, const std::atomic<bool> *cancel = nullptr);

    static constexpr int maxListedSkips = 1000;
    static constexpr int headerSearchRows = 30;

private:
    ImportResult run(const QString &path, const ImportOptions &options, const ImportControl *control);

    Database &m_db;
    const Plan &m_plan;
};

} // namespace funnelcast
