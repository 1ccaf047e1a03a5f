#include "models/valueformat.h"

#include "model/moneyformat.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace funnelcast::ui {

int ValueFormat::currencyDecimals(const QString &currency)
{
    return MoneyFormat::decimals(currency);
}

QString ValueFormat::number(double value, FieldUnit unit, const QString &currency, bool forEdit)
{
    QLocale locale;
    if (forEdit) {
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
        if (unit == FieldUnit::Percent)
            return locale.toString(value * 100.0, 'g', 12);
        return locale.toString(value, 'g', 15);
    }
    switch (unit) {
    case FieldUnit::Percent: {
        QString text = locale.toString(value * 100.0, 'f', 2);
        // 35.00% reads worse than 35%; keep significant decimals only.
        const QString point = locale.decimalPoint();
        if (text.contains(point)) {
            while (text.endsWith(QLatin1Char('0')))
                text.chop(1);
            if (text.endsWith(point))
                text.chop(point.size());
        }
        if (value > 0 && value < 0.0001)
            text = locale.toString(value * 100.0, 'g', 2);
        return text + locale.percent();
    }
    case FieldUnit::Money:
        return locale.toString(value, 'f', currencyDecimals(currency));
    case FieldUnit::Count:
        if (value == std::floor(value) && std::fabs(value) < 1e15)
            return locale.toString(value, 'f', 0);
        return locale.toString(value, 'g', 6);
    default:
        return locale.toString(value, 'g', 6);
    }
}

QString ValueFormat::money(double value, const QString &currency)
{
    // One money format for the GUI and the report (symbol placement and minor unit per
    // currency, grouping per locale).
    return MoneyFormat::format(value, currency, QLocale());
}

QString ValueFormat::uncertain(const Uncertain &value, FieldUnit unit, const QString &currency,
                               bool forEdit)
{
    if (value.isFixed())
        return number(value.base, unit, currency, forEdit);
    if (forEdit)
        return QStringLiteral("%1 / %2 / %3")
            .arg(number(value.low, unit, currency, true), number(value.base, unit, currency, true),
                 number(value.high, unit, currency, true));
    // Base first, the P10-P90 range after it, as a planner says it.
    return QStringLiteral("%1 (%2–%3)")
        .arg(number(value.base, unit, currency), number(value.low, unit, currency),
             number(value.high, unit, currency));
}

QString ValueFormat::weeks(const std::vector<int> &posts)
{
    QStringList parts;
    for (int week : posts)
        parts << QLocale().toString(week + 1);
    return parts.join(QStringLiteral(", "));
}

QString ValueFormat::weekLabel(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, weekLabelFormat(locale));
}

QString ValueFormat::weekLabelFormat(const QLocale &locale)
{
    // Drop the year and the separator that joins it to the day or month: "M/d/yy" -> "M/d",
    // "yy. M. d." -> "M. d.", "dd.MM.yy" -> "dd.MM", "yyyy/MM/dd" -> "MM/dd".
    static const QRegularExpression leadingYear(QStringLiteral("^y+[^dMy]*"));
    static const QRegularExpression year(QStringLiteral("[^dMy]*y+"));
    QString format = locale.dateFormat(QLocale::ShortFormat);
    format.remove(leadingYear);
    format.remove(year);
    format = format.trimmed();
    return format.isEmpty() ? QStringLiteral("M/d") : format; // a locale without a short form
}

QString ValueFormat::mediumDate(const QDate &date, const QLocale &locale)
{
    // The long form names the weekday, which a report's date ranges do not need, and spells
    // the month out, which makes table columns wide.
    static const QRegularExpression leadingWeekday(QStringLiteral("^dddd[,\\s]*"));
    static const QRegularExpression weekday(QStringLiteral("[,\\s]*dddd"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(leadingWeekday);
    format.remove(weekday);
    format.replace(QLatin1String("MMMM"), QLatin1String("MMM"));
    return locale.toString(date, format.trimmed());
}

std::optional<double> ValueFormat::parseNumber(const QString &text, FieldUnit unit,
                                               QString *error)
{
    const QLocale locale;
    QString cleaned = text.trimmed();
    if (unit == FieldUnit::Percent) {
        if (cleaned.endsWith(locale.percent()))
            cleaned.chop(locale.percent().size());
        else if (cleaned.endsWith(QLatin1Char('%')))
            cleaned.chop(1);
    }
    if (unit == FieldUnit::Money) {
        static const QRegularExpression symbols(
            QStringLiteral("^(?:[A-Z]{3}|[₩$€¥£])\\s*|\\s*(?:[A-Z]{3}|[₩$€¥£원])$"));
        cleaned.remove(symbols); // "₩", "KRW ", " USD", "원"
    }
    cleaned = cleaned.trimmed();
    cleaned.replace(QStringLiteral("−"), QStringLiteral("-"));
    if (cleaned.isEmpty()) {
        if (error)
            *error = tr("Type a number.");
        return std::nullopt;
    }
    bool ok = false;
    double value = locale.toDouble(cleaned, &ok);
    if (!ok) {
        // Plain "1234.5" or "1,234.5" is understood in every locale (numbers pasted from a
        // spreadsheet or an ad platform), but only when the commas group by threes: "1.234,5"
        // typed under en_US must be refused, not read as 1.2345.
        static const QRegularExpression plainNumber(QStringLiteral(
            "^-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?$"));
        if (plainNumber.match(cleaned).hasMatch()) {
            QString plain = cleaned;
            value = QLocale::c().toDouble(plain.remove(QLatin1Char(',')), &ok);
        }
    }
    // An overflow ("1e309") fails to parse but comes back infinite: say it is too large.
    if ((!ok && !std::isinf(value)) || std::isnan(value)) {
        if (error)
            *error = tr("“%1” is not a number.").arg(text.trimmed());
        return std::nullopt;
    }
    if (value < 0) {
        if (error)
            *error = tr("“%1” is negative; type 0 or more.").arg(text.trimmed());
        return std::nullopt;
    }
    if (!std::isfinite(value) || value > largestValue) {
        if (error)
            *error = tr("“%1” is too large.").arg(text.trimmed());
        return std::nullopt;
    }
    if (unit == FieldUnit::Percent) {
        if (value > 100.0) {
            if (error)
                *error = tr("%1% is more than 100%; a rate is a percentage from 0 to 100.")
                             .arg(text.trimmed().remove(QLatin1Char('%')));
            return std::nullopt;
        }
        // Round away the binary noise of the division so that 0.9% reads back as 0.009.
        value = QString::number(value / 100.0, 'g', 12).toDouble();
    }
    return value;
}

std::optional<Uncertain> ValueFormat::parseUncertain(const QString &text, FieldUnit unit,
                                                     QString *error)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() == 1) {
        const std::optional<double> v = parseNumber(parts[0], unit, error);
        if (!v)
            return std::nullopt;
        return Uncertain(*v);
    }
    if (parts.size() != 3) {
        if (error)
            *error = tr("Type one number, or low / base / high separated by slashes.");
        return std::nullopt;
    }
    double values[3];
    for (int i = 0; i < 3; ++i) {
        const std::optional<double> v = parseNumber(parts[i], unit, error);
        if (!v)
            return std::nullopt;
        values[i] = *v;
    }
    if (values[0] > values[1] || values[1] > values[2]) {
        if (error)
            *error = tr("Low must not be above base, nor base above high (“%1”).")
                         .arg(text.trimmed());
        return std::nullopt;
    }
    return Uncertain(values[0], values[1], values[2]);
}

std::optional<std::vector<int>> ValueFormat::parseWeeks(const QString &text, QString *error)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    std::vector<int> weeks;
    for (const QString &part : parts) {
        bool ok = false;
        const int week = part.toInt(&ok);
        if (!ok || week < 1) {
            if (error)
                *error = tr("“%1” is not a week number; type weeks from 1, e.g. 2, 4.").arg(part);
            return std::nullopt;
        }
        weeks.push_back(week - 1);
    }
    return weeks;
}

} // namespace funnelcast::ui
