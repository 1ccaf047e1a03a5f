#pragma once

#include <QLocale>
#include <QString>

namespace funnelcast {

// Money as a marketer reads it: the currency's symbol placed the way the locale places it,
// the locale's digit grouping, and the currency's minor unit (none for KRW and JPY), e.g.
// ₩1,234,000 / $1,234.50 / 1.234,50 € (German) / ¥1,234,000. The one money formatter of the
// GUI (ValueFormat) and the PDF report (ReportText).
class MoneyFormat
{
public:
    // ISO 4217 minor-unit digits: 0 for KRW, JPY, VND, IDR, CLP, ISK, HUF, TWD; else 2.
    static int decimals(const QString &currency);
    // "₩", "$", "€", "¥", "£", "HK$", "Rp" ... for the currencies of our markets, else the code.
    static QString symbol(const QString &currency);
    // `value` rounded to the minor unit, grouped and signed per `locale`.
    static QString format(double value, const QString &currency, const QLocale &locale = QLocale());
    // An amount already written as digits ("1.2M", "6,000만") with the currency's symbol placed
    // where `locale` places it; a symbol ending in a letter ("CHF", "Rp") is kept apart by a
    // space.
    static QString withSymbol(const QString &amount, const QString &currency,
                              const QLocale &locale = QLocale());
};

} // namespace funnelcast
