#pragma once

#include <QLocale>
#include <QString>

namespace funnelcast {

// Money as a marketer reads it: the currency's symbol placed the way the locale places it,
// the locale's digit grouping, and the currency's minor unit (none for KRW and JPY), e.g.
// ₩1,234,000 / $1,234.50 / 1.234,50 € (German) / ¥1,234,000. Shared by the GUI and the report.
class MoneyFormat
{
public:
    // ISO 4217 minor-unit digits: 0 for KRW, JPY, VND, IDR, CLP, ISK, HUF, TWD; else 2.
    static int decimals(const QString &currency);
    // "₩", "$", "€", "¥", "£", else the code itself.
    static QString symbol(const QString &currency);
    // `value` rounded to the minor unit, grouped and signed per `locale`.
    static QString format(double value, const QString &currency, const QLocale &locale = QLocale());
};

} // namespace funnelcast
