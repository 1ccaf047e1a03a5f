#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>

namespace funnelcast::ui {

// The report's words and numbers in one language. Strings are English in the source, marked
// with QT_TRANSLATE_NOOP("Report", ...) so lupdate collects them; tr() looks them up in the
// project's translation (":/i18n/funnelcast_<lang>.qm") and, for Korean, falls back to the
// report's own table (reportkorean.cpp) so a Korean report is complete even before the .ts file
// carries these strings. A private QTranslator is used, not the application's, so the GUI can
// export a report in a language other than its own.
class ReportText
{
public:
    // `language` is "en" or "ko"; `currency` an ISO 4217 code.
    ReportText(const QString &language, const QString &currency);
    ~ReportText();

    static bool isSupportedLanguage(const QString &language);

    bool isKorean() const { return m_korean; }
    const QString &language() const { return m_language; }
    const QLocale &locale() const { return m_locale; }

    QString tr(const char *source) const;

    // Money in the plan's currency, rounded to its minor unit (none for KRW and JPY).
    QString money(double value) const;
    // Short form for chart axes and tiles: "₩1.2B" / "₩12억".
    QString moneyCompact(double value) const;
    QString number(double value, int decimals = 0) const;
    QString compact(double value) const;
    // A rate 0.0123 as "1.23%".
    QString percent(double rate, int decimals = 1) const;
    QString ratio(double value) const; // "3.42x"
    QString date(const QDate &date) const;      // "1 Mar 2027" / "2027년 3월 1일"
    QString shortDate(const QDate &date) const; // "1 Mar" / "3/1"
    QString dateTime(const QDateTime &dateTime) const;
    int moneyDecimals() const { return m_moneyDecimals; }

private:
    QString withCurrency(const QString &amount, bool negative) const;

    QString m_language;
    bool m_korean = false;
    QLocale m_locale;
    QString m_currency;
    QString m_symbol;
    int m_moneyDecimals = 2;
    std::unique_ptr<QTranslator> m_translator;
};

// The built-in Korean text for a report string, or an empty string (reportkorean.cpp).
QString reportKoreanFallback(const char *source);

} // namespace funnelcast::ui
