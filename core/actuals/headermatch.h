#pragma once

#include "actuals/csvrecord.h"
#include "actuals/exportformat.h"

#include <QString>

#include <array>
#include <vector>

namespace funnelcast {

// How a header row maps onto an export format: the cell index of each column (-1 absent),
// the row-key columns, and the currency named in a header (`Amount spent (KRW)`).
struct HeaderMatch
{
    const ExportFormat *format = nullptr;
    std::array<int, size_t(ActualsColumn::Count)> columns {};
    std::vector<int> keyColumns;
    QStringList headers; // as written in the file
    QString currency; // from a header or implied by the format; empty if unknown
    qint64 line = 0;

    int column(ActualsColumn c) const { return columns[size_t(c)]; }
    bool has(ActualsColumn c) const { return columns[size_t(c)] >= 0; }

    // The header in `record` read as `format`, or as the first format that fits when `format`
    // is null (auto). A match needs a date (or week) column and a spend column, and for auto
    // the format's signature. Returns false when the record is not such a header.
    static bool match(const CsvRecord &record, const ExportFormat *format, HeaderMatch *out);
    // How many cells of `record` are column names some format knows: a record with two or more
    // that still fails to match is a header missing its date or spend column.
    static int knownCells(const CsvRecord &record);
    // Whether some cell of `record` names `column` in any format.
    static bool names(const CsvRecord &record, ActualsColumn column);
};

} // namespace funnelcast
