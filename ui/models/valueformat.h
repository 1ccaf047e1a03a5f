#pragma once

#include "document/fieldinfo.h"
#include "model/uncertain.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>
#include <vector>

namespace funnelcast::ui {

// Shows numbers the way a planner reads them (grouped money in the currency's minor unit,
// rates as percentages) and reads what a user types, refusing anything that is not a
// sensible number with a sentence that says what to type instead.
class ValueFormat
{
    Q_DECLARE_TR_FUNCTIONS(ValueFormat)

public:
    // Digits after the decimal point for money in `currency` (0 for KRW, JPY, ...).
    static int currencyDecimals(const QString &currency);

    static QString number(double value, FieldUnit unit, const QString &currency,
                          bool forEdit = false);
    static QString money(double value, const QString &currency); // "₩12,000,000" style
    static QString uncertain(const Uncertain &value, FieldUnit unit, const QString &currency,
                             bool forEdit = false);
    static QString weeks(const std::vector<int> &posts); // 0-based weeks shown from 1

    // A week's label on an axis or in a table: the locale's short date without the year
    // ("3/1" en_US, "3. 1." ko_KR, "01.03" de_DE). Shared by the GUI charts and the report.
    static QString weekLabel(const QDate &date, const QLocale &locale = QLocale());
    // The format string behind weekLabel, for axes that take a format (QDateTimeAxis).
    static QString weekLabelFormat(const QLocale &locale = QLocale());
    // A date in running text: the locale's long date without the weekday, month abbreviated
    // ("Mar 1, 2027" en_US, "2027년 3월 1일" ko_KR, "1. März 2027" de_DE).
    static QString mediumDate(const QDate &date, const QLocale &locale = QLocale());

    // A number typed in a field of `unit` (percent for rates). Refuses letters, negative
    // numbers, infinities, absurd sizes and rates above 100%.
    static std::optional<double> parseNumber(const QString &text, FieldUnit unit,
                                             QString *error);
    // One number, or "low / base / high" in ascending order.
    static std::optional<Uncertain> parseUncertain(const QString &text, FieldUnit unit,
                                                   QString *error);
    // Week numbers from 1, separated by commas or spaces; returned 0-based.
    static std::optional<std::vector<int>> parseWeeks(const QString &text, QString *error);

    static constexpr double largestValue = 1e15;
};

} // namespace funnelcast::ui
