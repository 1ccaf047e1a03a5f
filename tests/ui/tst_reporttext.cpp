// The report's words and numbers: money, compact numbers, dates in both languages, the Korean
// fallback covering every report string, chart axis steps, the XMP packet.
#include "report/reportchart.h"
#include "report/reportpdfwriter.h"
#include "report/reporttext.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace funnelcast::ui;

class TestReportText : public QObject
{
    Q_OBJECT

private slots:
    void money_data();
    void money();
    void compact_data();
    void compact();
    void dates();
    void percentAndRatio();
    void koreanCoversEveryReportString();
    void englishIsTheSource();
    void niceStep_data();
    void niceStep();
    void xmpEscapes();
};

void TestReportText::money_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("krw en") << "en" << "KRW" << 60000000.4 << QStringLiteral("₩60,000,000");
    QTest::newRow("krw ko") << "ko" << "KRW" << 1234567.6 << QStringLiteral("₩1,234,568");
    QTest::newRow("krw negative") << "en" << "KRW" << -29438972.2 << QStringLiteral("−₩29,438,972");
    QTest::newRow("usd cents") << "en" << "USD" << 12000.0 << QStringLiteral("$12,000.00");
    QTest::newRow("usd rounding") << "en" << "USD" << 0.125 << QStringLiteral("$0.13");
    QTest::newRow("jpy") << "en" << "JPY" << 1500.5 << QStringLiteral("¥1,501");
    QTest::newRow("unknown code") << "en" << "CHF" << 10.5 << QStringLiteral("CHF 10.50");
    QTest::newRow("no negative zero") << "en" << "KRW" << -0.2 << QStringLiteral("₩0");
}

void TestReportText::money()
{
    QFETCH(QString, language);
    QFETCH(QString, currency);
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(ReportText(language, currency).money(value), expected);
}

void TestReportText::compact_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en millions") << "en" << 60000000.0 << QStringLiteral("60M");
    QTest::newRow("en 1.5M") << "en" << 1500000.0 << QStringLiteral("1.5M");
    QTest::newRow("en thousands") << "en" << 12500.0 << QStringLiteral("12.5K");
    QTest::newRow("en small") << "en" << 250.0 << QStringLiteral("250");
    QTest::newRow("ko eok") << "ko" << 120000000.0 << QStringLiteral("1.2억");
    QTest::newRow("ko man") << "ko" << 60000000.0 << QStringLiteral("6,000만");
    QTest::newRow("ko small man") << "ko" << 15000.0 << QStringLiteral("1.5만");
    QTest::newRow("negative") << "en" << -2000000.0 << QStringLiteral("−2M");
}

void TestReportText::compact()
{
    QFETCH(QString, language);
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(ReportText(language, QStringLiteral("KRW")).compact(value), expected);
}

void TestReportText::dates()
{
    const QDate d(2027, 3, 1);
    QCOMPARE(ReportText(QStringLiteral("en"), QStringLiteral("KRW")).date(d), QStringLiteral("1 Mar 2027"));
    QCOMPARE(ReportText(QStringLiteral("ko"), QStringLiteral("KRW")).date(d), QStringLiteral("2027년 3월 1일"));
    QCOMPARE(ReportText(QStringLiteral("ko"), QStringLiteral("KRW")).shortDate(d), QStringLiteral("3/1"));
    QCOMPARE(ReportText(QStringLiteral("en"), QStringLiteral("KRW")).shortDate(d), QStringLiteral("1 Mar"));
}

void TestReportText::percentAndRatio()
{
    const ReportText en(QStringLiteral("en"), QStringLiteral("KRW"));
    QCOMPARE(en.percent(0.0123, 2), QStringLiteral("1.23%"));
    QCOMPARE(en.percent(0.6, 0), QStringLiteral("60%"));
    QCOMPARE(en.ratio(1.116), QStringLiteral("1.12×"));
    QCOMPARE(en.number(1988.6), QStringLiteral("1,989"));
}

void TestReportText::koreanCoversEveryReportString()
{
    // Every string the report marks for translation has Korean text, so `--lang ko` leaves no
    // English behind even before translations/funnelcast_ko.ts carries them.
    const QDir dir(QStringLiteral(FUNNELCAST_SOURCE_DIR "/ui/report"));
    const QRegularExpression noop(QStringLiteral(R"re(QT_TRANSLATE_NOOP\(\s*"Report"\s*,\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\))re"));
    const QRegularExpression literal(QStringLiteral(R"re("((?:[^"\\]|\\.)*)")re"));
    int checked = 0;
    const QStringList files = dir.entryList({QStringLiteral("*.cpp")});
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString source = QString::fromUtf8(file.readAll());
        for (auto m = noop.globalMatch(source); m.hasNext();) {
            QString text;
            for (auto l = literal.globalMatch(m.next().captured(1)); l.hasNext();)
                text += l.next().captured(1);
            // Undo the C escapes the source uses.
            QString unescaped;
            for (int i = 0; i < text.size(); ++i) {
                if (text[i] == QLatin1Char('\\') && i + 5 < text.size() && text[i + 1] == QLatin1Char('u')) {
                    unescaped += QChar(text.mid(i + 2, 4).toUShort(nullptr, 16));
                    i += 5;
                } else if (text[i] == QLatin1Char('\\') && i + 1 < text.size()) {
                    unescaped += text[++i];
                } else {
                    unescaped += text[i];
                }
            }
            const QByteArray key = unescaped.toUtf8();
            QVERIFY2(!reportKoreanFallback(key.constData()).isEmpty(), key.constData());
            ++checked;
        }
    }
    QVERIFY(checked > 100);
    const ReportText ko(QStringLiteral("ko"), QStringLiteral("KRW"));
    QCOMPARE(ko.tr("Executive summary"), QStringLiteral("요약"));
    QCOMPARE(ko.tr("Page %1 of %2").arg(3).arg(9), QStringLiteral("3 / 9쪽"));
}

void TestReportText::englishIsTheSource()
{
    const ReportText en(QStringLiteral("en"), QStringLiteral("KRW"));
    QCOMPARE(en.tr("Executive summary"), QStringLiteral("Executive summary"));
    QCOMPARE(en.tr("not a report string"), QStringLiteral("not a report string"));
    const ReportText ko(QStringLiteral("ko"), QStringLiteral("KRW"));
    QCOMPARE(ko.tr("not a report string"), QStringLiteral("not a report string"));
}

void TestReportText::niceStep_data()
{
    QTest::addColumn<double>("span");
    QTest::addColumn<int>("ticks");
    QTest::addColumn<double>("expected");
    QTest::newRow("213 in 5") << 213.0 << 5 << 50.0;
    QTest::newRow("1 in 5") << 1.0 << 5 << 0.2;
    QTest::newRow("60M in 6") << 60e6 << 6 << 10e6;
    QTest::newRow("12.5 in 5") << 12.5 << 5 << 2.5;
    QTest::newRow("zero span") << 0.0 << 5 << 1.0;
}

void TestReportText::niceStep()
{
    QFETCH(double, span);
    QFETCH(int, ticks);
    QFETCH(double, expected);
    QCOMPARE(ReportChart::niceStep(span, ticks), expected);
}

void TestReportText::xmpEscapes()
{
    const QByteArray xmp = ReportPdfWriter::xmpMetadata(QStringLiteral("A <b> & \"c\""), QStringLiteral("김 & Co"),
                                                        QStringLiteral("Scenario"), QStringLiteral("ko"));
    QVERIFY(xmp.contains("A &lt;b&gt; &amp; &quot;c&quot;"));
    QVERIFY(xmp.contains(QStringLiteral("김 &amp; Co").toUtf8()));
    QVERIFY(xmp.contains("<rdf:li>ko-KR</rdf:li>"));
    QVERIFY(xmp.startsWith("<?xpacket begin=\"\xef\xbb\xbf\""));
    QVERIFY(xmp.endsWith("<?xpacket end=\"w\"?>"));
}

QTEST_MAIN(TestReportText)
#include "tst_reporttext.moc"
