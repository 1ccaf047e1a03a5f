// Reading and showing numbers: rates as percentages, triples, money decimals, refusals.
#include "models/valueformat.h"

#include <QLocale>
#include <QTest>

#include <cmath>

using namespace funnelcast;
using namespace funnelcast::ui;

class TestValueFormat : public QObject
{
    Q_OBJECT

private slots:
    void parseNumber_data();
    void parseNumber();
    void parseUncertain();
    void format();
    void weeks();
};

void TestValueFormat::parseNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("unit");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");

    const int money = int(FieldUnit::Money), percent = int(FieldUnit::Percent),
              countUnit = int(FieldUnit::Count);
    QTest::newRow("plain") << "8000" << money << true << 8000.0;
    QTest::newRow("grouped") << "12,000,000" << money << true << 12000000.0;
    QTest::newRow("won sign") << "₩45,000" << money << true << 45000.0;
    QTest::newRow("code suffix") << "45 USD" << money << true << 45.0;
    QTest::newRow("won suffix") << "45000원" << money << true << 45000.0;
    QTest::newRow("decimal") << "8.5" << money << true << 8.5;
    QTest::newRow("percent") << "0.9" << percent << true << 0.009;
    QTest::newRow("percent sign") << "35%" << percent << true << 0.35;
    QTest::newRow("percent 100") << "100" << percent << true << 1.0;
    QTest::newRow("percent 150") << "150" << percent << false << 0.0;
    QTest::newRow("letters") << "abc" << money << false << 0.0;
    QTest::newRow("empty") << "" << money << false << 0.0;
    QTest::newRow("negative") << "-1" << countUnit << false << 0.0;
    QTest::newRow("unicode minus") << "−1" << countUnit << false << 0.0;
    QTest::newRow("1e308") << "1e308" << money << false << 0.0;
    QTest::newRow("1e15 ok") << "1e15" << money << true << 1e15;
    QTest::newRow("nan") << "nan" << money << false << 0.0;
    QTest::newRow("inf") << "inf" << money << false << 0.0;
}

void TestValueFormat::parseNumber()
{
    QFETCH(QString, text);
    QFETCH(int, unit);
    QFETCH(bool, ok);
    QFETCH(double, value);
    QString error;
    const std::optional<double> v = ValueFormat::parseNumber(text, FieldUnit(unit), &error);
    QCOMPARE(v.has_value(), ok);
    if (ok) {
        QCOMPARE(*v, value);
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY(!error.isEmpty());
    }
}

void TestValueFormat::parseUncertain()
{
    QString error;
    QCOMPARE(*ValueFormat::parseUncertain(QStringLiteral("0.6 / 0.9 / 1.2"), FieldUnit::Percent, &error),
             Uncertain(0.006, 0.009, 0.012));
    QCOMPARE(*ValueFormat::parseUncertain(QStringLiteral("8000"), FieldUnit::Money, &error),
             Uncertain(8000));
    QVERIFY(!ValueFormat::parseUncertain(QStringLiteral("3/2/1"), FieldUnit::Money, &error));
    QVERIFY(error.contains(QStringLiteral("Low")));
    QVERIFY(!ValueFormat::parseUncertain(QStringLiteral("1/2/3/4"), FieldUnit::Money, &error));
    QVERIFY(!ValueFormat::parseUncertain(QStringLiteral("1/x/3"), FieldUnit::Money, &error));
    QVERIFY(error.contains(QStringLiteral("“x”")));
}

void TestValueFormat::format()
{
    const QString krw = QStringLiteral("KRW");
    QCOMPARE(ValueFormat::number(0.009, FieldUnit::Percent, krw), QStringLiteral("0.9%"));
    QCOMPARE(ValueFormat::number(0.35, FieldUnit::Percent, krw), QStringLiteral("35%"));
    QCOMPARE(ValueFormat::number(0.0125, FieldUnit::Percent, krw), QStringLiteral("1.25%"));
    QCOMPARE(ValueFormat::number(0.009, FieldUnit::Percent, krw, true), QStringLiteral("0.9"));
    QCOMPARE(ValueFormat::number(45000.4, FieldUnit::Money, krw), QStringLiteral("45,000"));
    QCOMPARE(ValueFormat::number(8.5, FieldUnit::Money, QStringLiteral("USD")), QStringLiteral("8.50"));
    {
        // Money follows MoneyFormat: the symbol placed as the app's locale places it.
        const QLocale saved;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(ValueFormat::money(-1500, krw), QStringLiteral("-₩1,500"));
        QLocale::setDefault(saved);
    }
    QCOMPARE(ValueFormat::uncertain(Uncertain(1, 2, 3), FieldUnit::Count, krw),
             QStringLiteral("2 (1–3)"));
    // What is shown for editing reads back as the same value.
    for (double rate : {0.009, 0.013, 0.075, 0.33, 0.0001, 0.123456789}) {
        QString error;
        const QString shown = ValueFormat::number(rate, FieldUnit::Percent, krw, true);
        QCOMPARE(*ValueFormat::parseNumber(shown, FieldUnit::Percent, &error), rate);
    }
}

void TestValueFormat::weeks()
{
    QString error;
    QCOMPARE(ValueFormat::weeks({0, 2, 2}), QStringLiteral("1, 3, 3"));
    QCOMPARE(*ValueFormat::parseWeeks(QStringLiteral("1, 3;3 4"), &error), (std::vector<int>{0, 2, 2, 3}));
    QVERIFY(!ValueFormat::parseWeeks(QStringLiteral("0"), &error));
    QVERIFY(!ValueFormat::parseWeeks(QStringLiteral("two"), &error));
    QVERIFY(ValueFormat::parseWeeks(QString(), &error)->empty());
}

QTEST_GUILESS_MAIN(TestValueFormat)
#include "tst_valueformat.moc"
