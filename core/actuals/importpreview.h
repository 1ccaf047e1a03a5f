#pragma once

#include "actuals/actualsrow.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace funnelcast {

// One data row of an export as the importer reads it, with its physical line.
struct PreviewRow
{
    qint64 line = 0;
    ActualsRow row;
};

// What importing a file would do, found without writing anything: the detected format,
// encoding and currency, the rows and their date range, and the first problem that would stop
// the import (empty when there is none). For the import dialog's preview.
struct ImportPreview
{
    QString format; // "meta", "google", ...; empty when no header was recognised
    QString encoding;
    qint64 headerLine = 0;
    QStringList headers; // as written in the file
    QString fileCurrency; // named by the file (a header, a Currency code cell) or implied
    QString currency; // the plan's: what the rows are stored in
    qint64 rowsRead = 0; // data rows (blank and totals rows not counted), bad ones included
    qint64 badRows = 0;
    QDate firstDay;
    QDate lastDay; // a weekly row counts to its last day
    std::vector<PreviewRow> firstRows;
    QStringList formatsThatFit; // every format key the header can be read as
    QString error; // one sentence naming the file and line; empty when the import can go ahead
    // The first bad row (file, line and reason), whether or not bad rows are skipped: what
    // skipping would leave out, for the dialog's "Skip rows with errors".
    QString firstBadRow;
};

} // namespace funnelcast
