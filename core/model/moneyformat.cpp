#include "model/moneyformat.h"

#include <cmath>

namespace funnelcast {

namespace {

struct CurrencySymbol
{
    const char *code;
    const char *symbol; // UTF-8
};

// The symbols marketers in our markets write; any other code is shown as the code itself.
const CurrencySymbol kSymbols[] = {
    {"KRW", "\xe2\x82\xa9"}, {"USD", "$"},           {"EUR", "\xe2\x82\xac"},
    {"JPY", "\xc2\xa5"},     {"GBP", "\xc2\xa3"},    {"CNY", "CN\xc2\xa5"},
    {"TWD", "NT$"},          {"VND", "\xe2\x82\xab"}, {"IDR", "Rp"},
    {"HKD", "HK$"},          {"SGD", "S$"},          {"AUD", "A$"},
    {"CAD", "CA$"},          {"THB", "\xe0\xb8\xbf"},
};

} // namespace

int MoneyFormat::decimals(const QString &currency)
{
    static const char *const noMinorUnit[] = {"KRW", "JPY", "VND", "IDR", "CLP", "ISK", "HUF", "TWD"};
    const QString code = currency.toUpper();
    for (const char *c : noMinorUnit)
        if (code == QLatin1String(c))
            return 0;
    return 2;
}

QString MoneyFormat::symbol(const QString &currency)
{
    const QString code = currency.toUpper();
    for (const CurrencySymbol &s : kSymbols)
        if (code == QLatin1String(s.code))
            return QString::fromUtf8(s.symbol);
    return code;
}

QString MoneyFormat::withSymbol(const QString &amount, const QString &currency,
                                const QLocale &locale)
{
    const QString sym = symbol(currency);
    // QLocale has no accessor for its currency pattern; write 1 with the symbol and put the
    // amount where the 1 went (before or after the symbol, with the locale's own spacing).
    const QString probe = locale.toCurrencyString(1.0, sym, 0);
    const QString one = locale.toString(1);
    const bool symbolFirst = probe.startsWith(sym);
    const qsizetype at = symbolFirst ? probe.indexOf(one, sym.size()) : probe.indexOf(one);
    QString before = at < 0 ? sym : probe.left(at);
    QString after = at < 0 ? QString() : probe.mid(at + one.size());
    // "CHF 12.50" reads better than "CHF12.50".
    if (symbolFirst && before == sym && sym.back().isLetter())
        before += QLatin1Char(' ');
    if (!symbolFirst && after == sym && sym.front().isLetter())
        after.prepend(QLatin1Char(' '));
    return before + amount + after;
}

QString MoneyFormat::format(double value, const QString &currency, const QLocale &locale)
{
    if (!std::isfinite(value))
        return QStringLiteral("\u2013");
    const int digits = decimals(currency);
    const double scale = std::pow(10.0, digits);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0.0)
        rounded = 0.0; // never "-₩0"
    const QString text = withSymbol(locale.toString(std::fabs(rounded), 'f', digits), currency, locale);
    // A leading minus in every locale: Qt's Korean and English patterns would write accounting
    // brackets, which a planner reading a profit forecast does not expect.
    return rounded < 0 ? locale.negativeSign() + text : text;
}

} // namespace funnelcast
