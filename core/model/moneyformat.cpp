#include "model/moneyformat.h"

#include <cmath>

namespace funnelcast {

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
    if (code == QLatin1String("KRW"))
        return QStringLiteral("\u20a9");
    if (code == QLatin1String("USD"))
        return QStringLiteral("$");
    if (code == QLatin1String("EUR"))
        return QStringLiteral("\u20ac");
    if (code == QLatin1String("JPY"))
        return QStringLiteral("\u00a5");
    if (code == QLatin1String("GBP"))
        return QStringLiteral("\u00a3");
    return code;
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
    QString sym = symbol(currency);
    if (sym.size() > 1)
        sym += QLatin1Char(' '); // "CHF 12.50" reads better than "CHF12.50"
    // A leading minus in every locale: Qt's Korean pattern would write accounting brackets,
    // which a planner reading a profit forecast does not expect.
    if (rounded < 0)
        return locale.negativeSign() + locale.toCurrencyString(-rounded, sym, digits);
    return locale.toCurrencyString(rounded, sym, digits);
}

} // namespace funnelcast
