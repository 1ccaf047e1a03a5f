#pragma once

#include "actuals/actualsrow.h"
#include "actuals/csvrecord.h"
#include "actuals/headermatch.h"

#include <QString>

#include <vector>

namespace funnelcast {

// Turns the data records of an export into ActualsRows using the matched header: skips blank
// and totals rows, reads dates and numbers, checks the currency column against the plan's.
class ActualsRowParser
{
public:
    enum class Result { Row, Ignore, Bad };

    ActualsRowParser(
        const HeaderMatch &header, const QString &planCurrency, const QString &fileName);

    // Row: *row is filled. Ignore: a blank or totals row, skipped silently. Bad: *reason says
    // why in a sentence without the line. Throws InputError when a Currency code cell names
    // another currency than the plan's (that is the whole file, not one row).
    Result parse(const CsvRecord &record, ActualsRow *row, QString *reason) const;

    // A totals row: `Total`, `Total: Account`, `합계`, `총계` in a text cell.
    static bool isTotalsCell(std::string_view cell);

private:
    bool readMetric(const CsvRecord &record, ActualsColumn column, std::optional<double> *out,
        QString *reason) const;

    const HeaderMatch &m_header;
    QString m_planCurrency;
    QString m_fileName;
    std::vector<int> m_textColumns; // cells that are not metrics: where totals labels appear
};

} // namespace funnelcast
