#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>

namespace funnelcast::ui {

// The report's words and numbers in one language. Strings are English in the source, marked
// with QT_TRANSLATE_NOOP("Report", ...) so lupdate collects them; tr() looks them up in the
// project's translation embedded at ":/i18n/funnelcast_<lang>.qm" (translations/funnelcast_ko.ts
// is the only source of the Korean text). A private QTranslator is used, not the application's,
// so the GUI can export a report in a language other than its own.
// Money goes through MoneyFormat and dates through ValueFormat, the formatters the GUI uses, with
// the report's locale (en_US or ko_KR); the report only adds a typographic minus sign.
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
    // False when the language's .qm could not be loaded (the report is then in English).
    bool hasTranslation() const { return m_translator != nullptr; }

    QString tr(const char *source) const;

    // Money in the plan's currency, rounded to its minor unit (none for KRW and JPY).
    QString money(double value) const;
    // Short form for chart axes and tiles: "₩1.2B" / "₩12억".
    QString moneyCompact(double value) const;
    QString number(double value, int decimals = 0) const;
    QString compact(double value) const;
    // A rate 0.0123 as "1.23%", with the locale's percent sign.
    QString percent(double rate, int decimals = 1) const;
    QString ratio(double value) const; // "3.42×"
    QString date(const QDate &date) const;      // "Mar 1, 2027" / "2027년 3월 1일"
    QString shortDate(const QDate &date) const; // week labels: "3/1" / "3. 1."
    QString dateTime(const QDateTime &dateTime) const;
    int moneyDecimals() const { return m_moneyDecimals; }

private:
    QString withMinus(const QString &text, bool negative) const;

    QString m_language;
    bool m_korean = false;
    QLocale m_locale;
    QString m_currency;
    int m_moneyDecimals = 2;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace funnelcast::ui
