// Money per currency and locale. Expected strings are written by hand from each currency's
// minor unit and each locale's grouping and symbol placement.
#include "model/moneyformat.h"

#include <QtTest>

using funnelcast::MoneyFormat;

class TestMoneyFormat : public QObject
{
    Q_OBJECT

private slots:
    void format_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");

        QTest::newRow("KRW en") << "en_US" << "KRW" << 1234000.4 << QStringLiteral("₩1,234,000");
        QTest::newRow("KRW ko") << "ko_KR" << "KRW" << 1234000.6 << QStringLiteral("₩1,234,001");
        QTest::newRow("KRW ko negative") << "ko_KR" << "KRW" << -50000.0 << QStringLiteral("-₩50,000");
        QTest::newRow("USD en") << "en_US" << "USD" << 1234.5 << QStringLiteral("$1,234.50");
        QTest::newRow("USD ko") << "ko_KR" << "USD" << 0.125 << QStringLiteral("$0.13");
        QTest::newRow("EUR de") << "de_DE" << "EUR" << 1234.5 << QStringLiteral("1.234,50\u00a0€");
        QTest::newRow("EUR en") << "en_US" << "EUR" << 99.999 << QStringLiteral("€100.00");
        QTest::newRow("JPY en") << "en_US" << "JPY" << 1234567.0 << QStringLiteral("¥1,234,567");
        QTest::newRow("JPY ja") << "ja_JP" << "JPY" << 980.0 << QStringLiteral("¥980");
        QTest::newRow("other code") << "en_US" << "CHF" << 12.5 << QStringLiteral("CHF 12.50");
        QTest::newRow("no minus zero") << "en_US" << "KRW" << -0.2 << QStringLiteral("₩0");
        QTest::newRow("CHF de") << "de_DE" << "CHF" << 12.5 << QStringLiteral("12,50\u00a0CHF");
        QTest::newRow("EUR de negative") << "de_DE" << "EUR" << -3.0 << QStringLiteral("-3,00\u00a0€");
        QTest::newRow("USD en negative") << "en_US" << "USD" << -1234.5 << QStringLiteral("-$1,234.50");
        QTest::newRow("HKD en") << "en_US" << "HKD" << 5.0 << QStringLiteral("HK$5.00");
        QTest::newRow("IDR en") << "en_US" << "IDR" << 15000.0 << QStringLiteral("Rp 15,000");
        QTest::newRow("infinite") << "en_US" << "KRW" << qInf() << QStringLiteral("\u2013");
    }

    void format()
    {
        QFETCH(QString, locale);
        QFETCH(QString, currency);
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(MoneyFormat::format(value, currency, QLocale(locale)), expected);
    }

    void decimals()
    {
        QCOMPARE(MoneyFormat::decimals(QStringLiteral("KRW")), 0);
        QCOMPARE(MoneyFormat::decimals(QStringLiteral("jpy")), 0);
        QCOMPARE(MoneyFormat::decimals(QStringLiteral("USD")), 2);
        QCOMPARE(MoneyFormat::decimals(QStringLiteral("EUR")), 2);
        QCOMPARE(MoneyFormat::decimals(QStringLiteral("TWD")), 0);
    }

    void withSymbol_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("expected");
        QTest::newRow("compact en") << "en_US" << "USD" << "1.2M" << QStringLiteral("$1.2M");
        QTest::newRow("compact ko") << "ko_KR" << "KRW" << QStringLiteral("6,000만") << QStringLiteral("₩6,000만");
        QTest::newRow("suffix de") << "de_DE" << "EUR" << "1,5" << QStringLiteral("1,5\u00a0€");
        QTest::newRow("code en") << "en_US" << "CHF" << "3" << QStringLiteral("CHF 3");
    }

    void withSymbol()
    {
        QFETCH(QString, locale);
        QFETCH(QString, currency);
        QFETCH(QString, amount);
        QFETCH(QString, expected);
        QCOMPARE(MoneyFormat::withSymbol(amount, currency, QLocale(locale)), expected);
    }
};

QTEST_GUILESS_MAIN(TestMoneyFormat)
#include "tst_moneyformat.moc"
