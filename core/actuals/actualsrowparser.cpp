#include "actuals/actualsrowparser.h"

#include "actuals/cellparser.h"
#include "model/inputerror.h"

#include <QCoreApplication>

namespace funnelcast {

namespace {

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

bool equalsAsciiNoCase(std::string_view s, std::string_view lower)
{
    if (s.size() != lower.size())
        return false;
    for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lower[i])
            return false;
    }
    return true;
}

QString quoted(std::string_view cell)
{
    QString text = QString::fromUtf8(cell.data(), qsizetype(cell.size()));
    if (text.size() > 40)
        text = text.left(40) + QStringLiteral("...");
    return text;
}

} // namespace

ActualsRowParser::ActualsRowParser(
    const HeaderMatch &header, const QString &planCurrency, const QString &fileName)
    : m_header(header)
    , m_planCurrency(planCurrency)
    , m_fileName(fileName)
{
    for (int i = 0; i < header.headers.size(); ++i) {
        bool metric = false;
        // Numbers only: a totals label may sit in the date column (`Total: Account`).
        for (ActualsColumn c :
            { ActualsColumn::Spend, ActualsColumn::Impressions, ActualsColumn::Clicks,
                ActualsColumn::Orders, ActualsColumn::Revenue, ActualsColumn::RevenueRoas })
            metric = metric || header.column(c) == i;
        if (!metric)
            m_textColumns.push_back(i);
    }
}

bool ActualsRowParser::isTotalsCell(std::string_view cell)
{
    const std::string_view s = trimmed(cell);
    return equalsAsciiNoCase(s, "total")
        || (s.size() > 6 && equalsAsciiNoCase(s.substr(0, 6), "total:"))
        || equalsAsciiNoCase(s, "totals") || s == "\xED\x95\xA9\xEA\xB3\x84" /* 합계 */
        || s == "\xEC\xB4\x9D\xEA\xB3\x84" /* 총계 */;
}

bool ActualsRowParser::readMetric(const CsvRecord &record, ActualsColumn column,
    std::optional<double> *out, QString *reason) const
{
    const int i = m_header.column(column);
    out->reset();
    if (i < 0)
        return true;
    double value = 0.0;
    switch (CellParser::parseNumber(record.cell(i), &value)) {
    case CellParser::NumberStatus::Missing:
        return true;
    case CellParser::NumberStatus::Invalid:
        *reason = QCoreApplication::translate("ActualsRowParser", "column \"%1\" holds \"%2\", which is not a number")
                      .arg(m_header.headers.value(i), quoted(record.cell(i)));
        return false;
    case CellParser::NumberStatus::Ok:
        break;
    }
    if (value < 0.0) {
        *reason = QCoreApplication::translate("ActualsRowParser", "column \"%1\" holds a negative amount (%2)")
                      .arg(m_header.headers.value(i), quoted(trimmed(record.cell(i))));
        return false;
    }
    *out = value;
    return true;
}

ActualsRowParser::Result ActualsRowParser::parse(
    const CsvRecord &record, ActualsRow *row, QString *reason) const
{
    if (record.isBlank())
        return Result::Ignore;
    for (int i : m_textColumns)
        if (isTotalsCell(record.cell(i)))
            return Result::Ignore;

    const bool weekly = m_header.has(ActualsColumn::Week) && !m_header.has(ActualsColumn::Date);
    const int dateColumn = m_header.column(weekly ? ActualsColumn::Week : ActualsColumn::Date);
    const std::string_view dateCell = trimmed(record.cell(dateColumn));
    if (dateCell.empty() || dateCell == "-" || dateCell == "--") {
        *reason
            = QCoreApplication::translate("ActualsRowParser", "the row has no date in column \"%1\"").arg(m_header.headers.value(dateColumn));
        return Result::Bad;
    }
    row->day = CellParser::parseDate(dateCell);
    if (!row->day.isValid()) {
        *reason = QCoreApplication::translate("ActualsRowParser", "\"%1\" in column \"%2\" is not a valid date")
                      .arg(quoted(dateCell), m_header.headers.value(dateColumn));
        return Result::Bad;
    }
    row->days = weekly ? 7 : 1;
    if (m_header.has(ActualsColumn::EndDate)) {
        const std::string_view endCell
            = trimmed(record.cell(m_header.column(ActualsColumn::EndDate)));
        if (!endCell.empty()) {
            const QDate end = CellParser::parseDate(endCell);
            if (!end.isValid()) {
                *reason = QCoreApplication::translate("ActualsRowParser", "\"%1\" in column \"%2\" is not a valid date")
                              .arg(quoted(endCell),
                                  m_header.headers.value(m_header.column(ActualsColumn::EndDate)));
                return Result::Bad;
            }
            const qint64 span = row->day.daysTo(end) + 1;
            if (span != 1 && span != 7) {
                *reason = QCoreApplication::translate("ActualsRowParser", 
                    "the row covers %1 days (%2 to %3); export with a daily or weekly breakdown")
                              .arg(span)
                              .arg(row->day.toString(Qt::ISODate), end.toString(Qt::ISODate));
                return Result::Bad;
            }
            row->days = int(span);
        }
    }

    if (!readMetric(record, ActualsColumn::Spend, &row->spend, reason)
        || !readMetric(record, ActualsColumn::Impressions, &row->impressions, reason)
        || !readMetric(record, ActualsColumn::Clicks, &row->clicks, reason)
        || !readMetric(record, ActualsColumn::Orders, &row->orders, reason)
        || !readMetric(record, ActualsColumn::Revenue, &row->revenue, reason))
        return Result::Bad;
    if (!m_header.has(ActualsColumn::Revenue) && m_header.has(ActualsColumn::RevenueRoas)) {
        std::optional<double> roas;
        if (!readMetric(record, ActualsColumn::RevenueRoas, &roas, reason))
            return Result::Bad;
        if (roas && row->spend)
            row->revenue = *roas * *row->spend;
    }

    if (m_header.has(ActualsColumn::CurrencyCode)) {
        const std::string_view code
            = trimmed(record.cell(m_header.column(ActualsColumn::CurrencyCode)));
        if (!code.empty() && code != "--"
            && QString::fromUtf8(code.data(), qsizetype(code.size())).toUpper() != m_planCurrency)
            throw InputError(QCoreApplication::translate("ActualsRowParser", "%1 line %2: the export is in %3 but the plan is in %4; export the "
                                "report in the plan's currency.")
                                 .arg(m_fileName)
                                 .arg(record.line)
                                 .arg(quoted(code), m_planCurrency));
    }

    row->key.clear();
    for (size_t k = 0; k < m_header.keyColumns.size(); ++k) {
        if (k > 0)
            row->key += '\x1f'; // unit separator: cannot occur in a name
        const std::string_view v = trimmed(record.cell(m_header.keyColumns[k]));
        row->key.append(v.data(), v.size());
    }
    return Result::Row;
}

} // namespace funnelcast
