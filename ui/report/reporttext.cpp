#include "report/reporttext.h"

#include "model/moneyformat.h"
#include "models/valueformat.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace funnelcast::ui {

namespace {

const char *const kContext = "Report";

// A printed report uses the typographic minus (U+2212), which lines up with the digits.
const QChar kMinus(0x2212);

} // namespace

ReportText::ReportText(const QString &language, const QString &currency)
    : m_language(language), m_korean(language == QLatin1String("ko")),
      m_locale(m_korean ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                        : QLocale(QLocale::English, QLocale::UnitedStates)),
      m_currency(currency), m_moneyDecimals(MoneyFormat::decimals(currency))
{
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(QStringLiteral(":/i18n/funnelcast_%1.qm").arg(language)))
        m_translator = std::move(translator);
}

ReportText::~ReportText() = default;

bool ReportText::isSupportedLanguage(const QString &language)
{
    return language == QLatin1String("en") || language == QLatin1String("ko");
}

QString ReportText::tr(const char *source) const
{
    if (m_translator) {
        const QString translated = m_translator->translate(kContext, source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QString ReportText::withMinus(const QString &text, bool negative) const
{
    return negative ? kMinus + text : text;
}

QString ReportText::money(double value) const
{
    const QString text = MoneyFormat::format(value, m_currency, m_locale);
    const QString minus = m_locale.negativeSign();
    if (text.startsWith(minus))
        return withMinus(text.mid(minus.size()), true);
    return text;
}

QString ReportText::compact(double value) const
{
    const double a = std::fabs(value);
    auto scaled = [&](double divisor, const QString &unit) {
        const double v = a / divisor;
        const int decimals = v >= 100 ? 0 : (v >= 10 ? 1 : 2);
        QString digits = m_locale.toString(v, 'f', decimals);
        // 12.0 -> 12, 1.50 -> 1.5: trailing zeros say nothing on an axis.
        if (digits.contains(m_locale.decimalPoint())) {
            while (digits.endsWith(m_locale.zeroDigit()))
                digits.chop(1);
            if (digits.endsWith(m_locale.decimalPoint()))
                digits.chop(m_locale.decimalPoint().size());
        }
        return withMinus(digits + unit, value < 0);
    };
    if (m_korean) {
        // Korean groups large numbers by 10^4 (만) and 10^8 (억).
        if (a >= 1e12)
            return scaled(1e12, QStringLiteral("조"));
        if (a >= 1e8)
            return scaled(1e8, QStringLiteral("억"));
        if (a >= 1e4)
            return scaled(1e4, QStringLiteral("만"));
    } else {
        if (a >= 1e9)
            return scaled(1e9, QStringLiteral("B"));
        if (a >= 1e6)
            return scaled(1e6, QStringLiteral("M"));
        if (a >= 1e3)
            return scaled(1e3, QStringLiteral("K"));
    }
    return scaled(1.0, QString());
}

QString ReportText::moneyCompact(double value) const
{
    return withMinus(MoneyFormat::withSymbol(compact(std::fabs(value)), m_currency, m_locale),
                     value < 0);
}

QString ReportText::number(double value, int decimals) const
{
    double rounded = std::round(value * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
    if (rounded == 0.0)
        rounded = 0.0; // no "-0"
    return withMinus(m_locale.toString(std::fabs(rounded), 'f', decimals), rounded < 0);
}

QString ReportText::percent(double rate, int decimals) const
{
    return number(rate * 100.0, decimals) + m_locale.percent();
}

QString ReportText::ratio(double value) const
{
    return number(value, 2) + QChar(0x00d7);
}

QString ReportText::date(const QDate &date) const
{
    return ValueFormat::mediumDate(date, m_locale);
}

QString ReportText::shortDate(const QDate &date) const
{
    return ValueFormat::weekLabel(date, m_locale);
}

QString ReportText::dateTime(const QDateTime &dateTime) const
{
    return date(dateTime.date()) + QLatin1Char(' ')
        + m_locale.toString(dateTime.time(), QLocale::ShortFormat);
}

} // namespace funnelcast::ui
