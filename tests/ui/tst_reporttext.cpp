// The report's words and numbers: money per currency in both languages (the one MoneyFormat the
// GUI uses), compact numbers, dates and week labels as each locale writes them, every report
// string translated in funnelcast_ko.ts and in the built .qm, chart axis steps, the XMP packet.
#include "report/reportchart.h"
#include "report/reportpdfwriter.h"
#include "report/reporttext.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

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
    void everyReportStringHasKorean();
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
    // Each of the four currencies in both languages; ko_KR and en_US both put the symbol first
    // and group by threes, so the Korean report writes money exactly as the English one.
    QTest::newRow("krw ko negative") << "ko" << "KRW" << -1500.0 << QStringLiteral("−₩1,500");
    QTest::newRow("usd ko") << "ko" << "USD" << 1234.5 << QStringLiteral("$1,234.50");
    QTest::newRow("usd en negative") << "en" << "USD" << -0.5 << QStringLiteral("−$0.50");
    QTest::newRow("eur en") << "en" << "EUR" << 99.999 << QStringLiteral("€100.00");
    QTest::newRow("eur ko") << "ko" << "EUR" << 1234567.891 << QStringLiteral("€1,234,567.89");
    QTest::newRow("jpy ko") << "ko" << "JPY" << 980.4 << QStringLiteral("¥980");
    QTest::newRow("jpy ko large") << "ko" << "JPY" << 12345678.0 << QStringLiteral("¥12,345,678");
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
    // The compact money on chart axes carries the symbol where MoneyFormat puts it.
    if (value >= 0) {
        QCOMPARE(ReportText(language, QStringLiteral("KRW")).moneyCompact(value), QStringLiteral("₩") + expected);
        QCOMPARE(ReportText(language, QStringLiteral("USD")).moneyCompact(value), QStringLiteral("$") + expected);
    } else {
        QCOMPARE(ReportText(language, QStringLiteral("EUR")).moneyCompact(value),
                 QStringLiteral("−€") + expected.mid(1));
    }
}

void TestReportText::dates()
{
    // Dates as each locale writes them: the long form without the weekday (month abbreviated) in
    // running text, the short form without the year for week labels.
    const QDate d(2027, 3, 1);
    const ReportText en(QStringLiteral("en"), QStringLiteral("KRW"));
    const ReportText ko(QStringLiteral("ko"), QStringLiteral("KRW"));
    QCOMPARE(en.date(d), QStringLiteral("Mar 1, 2027"));
    QCOMPARE(ko.date(d), QStringLiteral("2027년 3월 1일"));
    QCOMPARE(ko.shortDate(d), QStringLiteral("3. 1."));
    QCOMPARE(en.shortDate(d), QStringLiteral("3/1"));
    QCOMPARE(en.shortDate(QDate(2027, 12, 27)), QStringLiteral("12/27"));
    const QDateTime at(QDate(2027, 3, 1), QTime(14, 5));
    QCOMPARE(en.dateTime(at), QStringLiteral("Mar 1, 2027 2:05 PM"));
    QCOMPARE(ko.dateTime(at), QStringLiteral("2027년 3월 1일 오후 2:05"));
}

void TestReportText::percentAndRatio()
{
    const ReportText en(QStringLiteral("en"), QStringLiteral("KRW"));
    QCOMPARE(en.percent(0.0123, 2), QStringLiteral("1.23%"));
    QCOMPARE(en.percent(0.6, 0), QStringLiteral("60%"));
    QCOMPARE(en.ratio(1.116), QStringLiteral("1.12×"));
    QCOMPARE(en.number(1988.6), QStringLiteral("1,989"));
    QCOMPARE(en.number(-3.25, 1), QStringLiteral("−3.3"));
    QCOMPARE(en.number(-0.04, 1), QStringLiteral("0.0"));
    const ReportText ko(QStringLiteral("ko"), QStringLiteral("KRW"));
    QCOMPARE(ko.percent(0.0123, 2), QStringLiteral("1.23%"));
    QCOMPARE(ko.percent(-0.05, 1), QStringLiteral("−5.0%"));
    QCOMPARE(ko.number(1234567.0), QStringLiteral("1,234,567"));
}

namespace {

// The "Report" messages in translations/funnelcast_ko.ts: source -> Korean, unfinished ones empty.
QHash<QString, QString> koreanReportMessages()
{
    QHash<QString, QString> messages;
    QFile file(QStringLiteral(FUNNELCAST_SOURCE_DIR "/translations/funnelcast_ko.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context, source, translation;
    bool finished = true;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                finished = type.isEmpty();
                translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (xml.name() == QLatin1String("message")) {
                source.clear();
                translation.clear();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")
                   && context == QLatin1String("Report")) {
            messages.insert(source, finished ? translation.trimmed() : QString());
        }
    }
    return messages;
}

// Undoes the C escapes the report's sources use in their literals.
QString unescape(const QString &text)
{
    QString out;
    for (int i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\\') && i + 5 < text.size() && text[i + 1] == QLatin1Char('u')) {
            out += QChar(text.mid(i + 2, 4).toUShort(nullptr, 16));
            i += 5;
        } else if (text[i] == QLatin1Char('\\') && i + 1 < text.size()) {
            ++i;
            out += text[i] == QLatin1Char('n') ? QChar(QLatin1Char('\n')) : text[i];
        } else {
            out += text[i];
        }
    }
    return out;
}

} // namespace

void TestReportText::everyReportStringHasKorean()
{
    // Every string the report looks up in the "Report" context (QT_TRANSLATE_NOOP tables and
    // QCoreApplication::translate messages) has a finished Korean translation in the .ts and in
    // the .qm built from it and embedded in the program: a report string added without its Korean
    // fails here, since there is no other source of the report's Korean.
    const QHash<QString, QString> ts = koreanReportMessages();
    QVERIFY2(!ts.isEmpty(), "translations/funnelcast_ko.ts has no Report context");
    QTranslator qm;
    QVERIFY2(qm.load(QStringLiteral(":/i18n/funnelcast_ko.qm")), "the Korean .qm is not embedded");

    const QDir dir(QStringLiteral(FUNNELCAST_SOURCE_DIR "/ui/report"));
    const QRegularExpression call(QStringLiteral(
        R"re((?:QT_TRANSLATE_NOOP|translate)\(\s*"Report"\s*,\s*((?:"(?:[^"\\]|\\.)*"\s*)+)[,)])re"));
    const QRegularExpression literal(QStringLiteral(R"re("((?:[^"\\]|\\.)*)")re"));
    int checked = 0;
    QStringList missing;
    const QStringList files = dir.entryList({QStringLiteral("*.cpp")});
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString source = QString::fromUtf8(file.readAll());
        for (auto m = call.globalMatch(source); m.hasNext();) {
            QString text;
            for (auto l = literal.globalMatch(m.next().captured(1)); l.hasNext();)
                text += l.next().captured(1);
            const QString english = unescape(text);
            const QByteArray key = english.toUtf8();
            if (ts.value(english).isEmpty())
                missing << QStringLiteral("%1: \"%2\" has no finished Korean in funnelcast_ko.ts").arg(name, english);
            else if (qm.translate("Report", key.constData()).isEmpty())
                missing << QStringLiteral("%1: \"%2\" is not in the built funnelcast_ko.qm").arg(name, english);
            ++checked;
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    QVERIFY2(checked > 150, qPrintable(QString::number(checked)));

    const ReportText ko(QStringLiteral("ko"), QStringLiteral("KRW"));
    QVERIFY(ko.hasTranslation());
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
