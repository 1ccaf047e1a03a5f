#include "report/reporttext.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace funnelcast::ui {

namespace {

const char *const kContext = "Report";

struct CurrencyInfo
{
    const char *code;
    const char *symbol; // UTF-8
    int decimals;
};

// ISO 4217 minor units for the currencies marketers in our markets use; any other code is
// shown as its code with two decimals, which is what most currencies have.
const CurrencyInfo kCurrencies[] = {
    {"KRW", "\xe2\x82\xa9", 0}, {"JPY", "\xc2\xa5", 0},  {"USD", "$", 2},
    {"EUR", "\xe2\x82\xac", 2}, {"GBP", "\xc2\xa3", 2},  {"CNY", "CN\xc2\xa5", 2},
    {"TWD", "NT$", 0},          {"VND", "\xe2\x82\xab", 0}, {"IDR", "Rp", 0},
    {"CLP", "CLP ", 0},         {"HKD", "HK$", 2},       {"SGD", "S$", 2},
    {"AUD", "A$", 2},           {"CAD", "CA$", 2},       {"THB", "\xe0\xb8\xbf", 2},
};

} // namespace

ReportText::ReportText(const QString &language, const QString &currency)
    : m_language(language), m_korean(language == QLatin1String("ko")),
      m_locale(m_korean ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                        : QLocale(QLocale::English, QLocale::UnitedStates)),
      m_currency(currency)
{
    m_symbol = currency + QLatin1Char(' ');
    for (const CurrencyInfo &info : kCurrencies) {
        if (currency == QLatin1String(info.code)) {
            m_symbol = QString::fromUtf8(info.symbol);
            m_moneyDecimals = info.decimals;
        }
    }
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
    if (m_korean) {
        const QString fallback = reportKoreanFallback(source);
        if (!fallback.isEmpty())
            return fallback;
    }
    return QString::fromUtf8(source);
}

QString ReportText::withCurrency(const QString &amount, bool negative) const
{
    const QString sign = negative ? QString(QChar(0x2212)) : QString(); // a real minus sign
    return sign + m_symbol + amount;
}

QString ReportText::money(double value) const
{
    const double rounded = std::round(value * std::pow(10.0, m_moneyDecimals))
                           / std::pow(10.0, m_moneyDecimals);
    const bool negative = rounded < 0;
    return withCurrency(m_locale.toString(std::fabs(rounded), 'f', m_moneyDecimals), negative);
}

QString ReportText::compact(double value) const
{
    const double a = std::fabs(value);
    const QString sign = value < 0 ? QString(QChar(0x2212)) : QString();
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
        return sign + digits + unit;
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
    QString text = compact(std::fabs(value));
    return withCurrency(text, value < 0);
}

QString ReportText::number(double value, int decimals) const
{
    double rounded = std::round(value * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
    if (rounded == 0.0)
        rounded = 0.0; // no "-0"
    if (rounded < 0)
        return QString(QChar(0x2212)) + m_locale.toString(-rounded, 'f', decimals);
    return m_locale.toString(rounded, 'f', decimals);
}

QString ReportText::percent(double rate, int decimals) const
{
    return number(rate * 100.0, decimals) + QLatin1Char('%');
}

QString ReportText::ratio(double value) const
{
    return number(value, 2) + QChar(0x00d7);
}

QString ReportText::date(const QDate &date) const
{
    if (m_korean)
        return m_locale.toString(date, QStringLiteral("yyyy년 M월 d일"));
    return m_locale.toString(date, QStringLiteral("d MMM yyyy"));
}

QString ReportText::shortDate(const QDate &date) const
{
    if (m_korean)
        return m_locale.toString(date, QStringLiteral("M/d"));
    return m_locale.toString(date, QStringLiteral("d MMM"));
}

QString ReportText::dateTime(const QDateTime &dateTime) const
{
    if (m_korean)
        return m_locale.toString(dateTime, QStringLiteral("yyyy년 M월 d일 HH:mm"));
    return m_locale.toString(dateTime, QStringLiteral("d MMM yyyy, HH:mm"));
}

} // namespace funnelcast::ui
