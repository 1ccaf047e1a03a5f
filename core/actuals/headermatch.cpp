#include "actuals/headermatch.h"

#include <QRegularExpression>

namespace funnelcast {

namespace {

struct FoldedCell
{
    QString full; // folded header
    QString base; // without a trailing currency code, e.g. "amount spent"
    QString code; // "KRW", or empty
};

std::vector<FoldedCell> foldRecord(const CsvRecord &record)
{
    static const QRegularExpression currency(QStringLiteral("^(.*\\S)\\s*\\(([A-Za-z]{3})\\)$"));
    std::vector<FoldedCell> cells;
    cells.reserve(size_t(record.size()));
    for (int i = 0; i < record.size(); ++i) {
        FoldedCell cell;
        cell.full = ExportFormat::fold(record.text(i));
        const QRegularExpressionMatch m = currency.match(cell.full);
        if (m.hasMatch()) {
            cell.base = m.captured(1);
            cell.code = m.captured(2).toUpper();
        }
        cells.push_back(cell);
    }
    return cells;
}

bool matchFormat(const std::vector<FoldedCell> &cells, const ExportFormat &format,
    bool needSignature, HeaderMatch *out)
{
    HeaderMatch m;
    m.format = &format;
    m.columns.fill(-1);
    for (size_t c = 0; c < size_t(ActualsColumn::Count); ++c) {
        const bool money = c == size_t(ActualsColumn::Spend) || c == size_t(ActualsColumn::Revenue);
        for (const QString &alias : format.aliases[c]) {
            for (size_t i = 0; i < cells.size(); ++i) {
                if (cells[i].full == alias
                    || (money && !cells[i].code.isEmpty() && cells[i].base == alias)) {
                    m.columns[c] = int(i);
                    break;
                }
            }
            if (m.columns[c] >= 0)
                break;
        }
    }
    if (!m.has(ActualsColumn::Spend)
        || (!m.has(ActualsColumn::Date) && !m.has(ActualsColumn::Week)))
        return false;
    if (needSignature && !format.signature.isEmpty()) {
        bool found = false;
        for (const FoldedCell &cell : cells)
            found = found || format.signature.contains(cell.full)
                || format.signature.contains(cell.base);
        if (!found)
            return false;
    }
    // Only Meta's range start pairs with an end date; a `Day` column is a day on its own.
    if (m.has(ActualsColumn::EndDate)
        && !format.rangeStartAliases.contains(cells[size_t(m.column(ActualsColumn::Date))].full))
        m.columns[size_t(ActualsColumn::EndDate)] = -1;
    for (size_t i = 0; i < cells.size(); ++i)
        if (format.keyAliases.contains(cells[i].full))
            m.keyColumns.push_back(int(i));
    m.currency = cells[size_t(m.column(ActualsColumn::Spend))].code;
    if (m.currency.isEmpty() && m.has(ActualsColumn::Revenue))
        m.currency = cells[size_t(m.column(ActualsColumn::Revenue))].code;
    if (m.currency.isEmpty())
        m.currency = format.impliedCurrency;
    *out = m;
    return true;
}

} // namespace

bool HeaderMatch::match(const CsvRecord &record, const ExportFormat *format, HeaderMatch *out)
{
    if (record.size() < 2)
        return false;
    const std::vector<FoldedCell> cells = foldRecord(record);
    bool ok = false;
    if (format) {
        ok = matchFormat(cells, *format, false, out);
    } else {
        for (const ExportFormat &f : ExportFormat::all()) {
            if (matchFormat(cells, f, true, out)) {
                ok = true;
                break;
            }
        }
    }
    if (ok) {
        out->line = record.line;
        out->headers.clear();
        for (int i = 0; i < record.size(); ++i)
            out->headers << record.text(i).trimmed();
    }
    return ok;
}

int HeaderMatch::knownCells(const CsvRecord &record)
{
    const std::vector<FoldedCell> cells = foldRecord(record);
    int known = 0;
    for (const FoldedCell &cell : cells) {
        bool found = false;
        for (const ExportFormat &f : ExportFormat::all()) {
            for (const QStringList &aliases : f.aliases)
                found = found || aliases.contains(cell.full)
                    || (!cell.code.isEmpty() && aliases.contains(cell.base));
            found = found || f.keyAliases.contains(cell.full);
        }
        known += found ? 1 : 0;
    }
    return known;
}

bool HeaderMatch::names(const CsvRecord &record, ActualsColumn column)
{
    const std::vector<FoldedCell> cells = foldRecord(record);
    for (const FoldedCell &cell : cells)
        for (const ExportFormat &f : ExportFormat::all())
            if (f.aliasesOf(column).contains(cell.full)
                || (!cell.code.isEmpty() && f.aliasesOf(column).contains(cell.base)))
                return true;
    return false;
}

} // namespace funnelcast
