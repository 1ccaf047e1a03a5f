// The byte-level reading layer: numbers, dates, RFC 4180 records with physical line numbers,
// encodings, and the bounds that keep memory small.
#include "actuals/cellparser.h"
#include "actuals/csvrecordreader.h"
#include "actuals/textsource.h"
#include "model/inputerror.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace funnelcast;

namespace {

std::vector<CsvRecord> readAll(const QByteArray &text, char delimiter, int chunk = 3)
{
    // Hand the text over in tiny chunks so that every state crosses a chunk boundary.
    qsizetype pos = 0;
    CsvRecordReader reader(
        [&](QByteArray *out) {
            if (pos >= text.size())
                return false;
            *out = text.mid(pos, chunk);
            pos += chunk;
            return true;
        },
        delimiter, QStringLiteral("test.csv"));
    std::vector<CsvRecord> records;
    CsvRecord r;
    while (reader.next(&r))
        records.push_back(r);
    return records;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

QByteArray readText(TextSource &source)
{
    QByteArray all;
    QByteArray chunk;
    while (source.read(&chunk))
        all.append(chunk);
    return all;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void numbers_data()
    {
        QTest::addColumn<QByteArray>("cell");
        QTest::addColumn<int>("status"); // 0 ok, 1 missing, 2 invalid
        QTest::addColumn<double>("value");
        QTest::newRow("plain") << QByteArray("1234") << 0 << 1234.0;
        QTest::newRow("thousands") << QByteArray("1,234") << 0 << 1234.0;
        QTest::newRow("millions") << QByteArray("1,234,567.25") << 0 << 1234567.25;
        QTest::newRow("decimal") << QByteArray("2000.50") << 0 << 2000.5;
        QTest::newRow("decimal comma") << QByteArray("1000,5") << 0 << 1000.5;
        QTest::newRow("european") << QByteArray("1.234.567,5") << 0 << 1234567.5;
        QTest::newRow("dots group") << QByteArray("1.234.567") << 0 << 1234567.0;
        QTest::newRow("spaces") << QByteArray(" 42 ") << 0 << 42.0;
        QTest::newRow("won sign") << QByteArray("\xE2\x82\xA9"
                                                "1,000")
                                  << 0 << 1000.0;
        QTest::newRow("dollar") << QByteArray("$12.50") << 0 << 12.5;
        QTest::newRow("won suffix") << QByteArray("5,000\xEC\x9B\x90") << 0 << 5000.0;
        QTest::newRow("negative") << QByteArray("-5") << 0 << -5.0;
        QTest::newRow("empty") << QByteArray("") << 1 << 0.0;
        QTest::newRow("dash") << QByteArray("-") << 1 << 0.0;
        QTest::newRow("double dash") << QByteArray("--") << 1 << 0.0;
        QTest::newRow("text") << QByteArray("abc") << 2 << 0.0;
        QTest::newRow("letter O") << QByteArray("12O") << 2 << 0.0;
        QTest::newRow("bad groups") << QByteArray("1,23,4") << 2 << 0.0;
        QTest::newRow("percent") << QByteArray("2.5%") << 2 << 0.0;
        QTest::newRow("dot only") << QByteArray(".") << 2 << 0.0;
    }
    void numbers()
    {
        QFETCH(QByteArray, cell);
        QFETCH(int, status);
        QFETCH(double, value);
        double got = -1.0;
        const auto s = CellParser::parseNumber(
            std::string_view(cell.constData(), size_t(cell.size())), &got);
        QCOMPARE(int(s), status);
        if (status == 0)
            QCOMPARE(got, value);
    }

    void dates_data()
    {
        QTest::addColumn<QByteArray>("cell");
        QTest::addColumn<QDate>("date");
        QTest::newRow("iso") << QByteArray("2026-02-01") << QDate(2026, 2, 1);
        QTest::newRow("iso time") << QByteArray("2026-02-01 00:00:00") << QDate(2026, 2, 1);
        QTest::newRow("slashes") << QByteArray("2026/02/01") << QDate(2026, 2, 1);
        QTest::newRow("google weekday") << QByteArray("Sun, Feb 1, 2026") << QDate(2026, 2, 1);
        QTest::newRow("us long") << QByteArray("February 1, 2026") << QDate(2026, 2, 1);
        QTest::newRow("us short") << QByteArray("Sep 30, 2026") << QDate(2026, 9, 30);
        QTest::newRow("sept") << QByteArray("Sept 3, 2026") << QDate(2026, 9, 3);
        QTest::newRow("korean") << QByteArray("2026. 2. 1.") << QDate(2026, 2, 1);
        QTest::newRow("dotted") << QByteArray("2019.02.01.") << QDate(2019, 2, 1);
        QTest::newRow("dotted no trail") << QByteArray("2019.02.01") << QDate(2019, 2, 1);
        QTest::newRow("compact") << QByteArray("20260201") << QDate(2026, 2, 1);
        QTest::newRow("us numeric") << QByteArray("2/1/2026") << QDate(2026, 2, 1);
        QTest::newRow("impossible") << QByteArray("2026-02-30") << QDate();
        QTest::newRow("month 13") << QByteArray("2026-13-01") << QDate();
        QTest::newRow("text") << QByteArray("yesterday") << QDate();
        QTest::newRow("range") << QByteArray("September 1, 2026 - September 30, 2026") << QDate();
        QTest::newRow("empty") << QByteArray("") << QDate();
    }
    void dates()
    {
        QFETCH(QByteArray, cell);
        QFETCH(QDate, date);
        QCOMPARE(
            CellParser::parseDate(std::string_view(cell.constData(), size_t(cell.size()))), date);
    }

    void rfc4180()
    {
        // Line 1: header; line 2: quoted comma and doubled quotes; lines 3-4: a newline inside
        // quotes (CRLF inside the cell); line 5: empty cells; line 6: blank; line 7: last record
        // without a final newline.
        const QByteArray text = "a,b,c\r\n"
                                "\"x, y\",\"say \"\"hi\"\"\",3\r\n"
                                "\"two\r\nlines\",,\r\n"
                                ",,\n"
                                "\n"
                                "end,\"\",z";
        for (int chunk : { 1, 2, 3, 7, 1000 }) {
            const std::vector<CsvRecord> r = readAll(text, ',', chunk);
            QCOMPARE(int(r.size()), 6);
            QCOMPARE(r[0].line, 1);
            QCOMPARE(r[0].text(2), QStringLiteral("c"));
            QCOMPARE(r[1].line, 2);
            QCOMPARE(r[1].text(0), QStringLiteral("x, y"));
            QCOMPARE(r[1].text(1), QStringLiteral("say \"hi\""));
            QCOMPARE(r[2].line, 3);
            QCOMPARE(r[2].text(0), QStringLiteral("two\nlines"));
            QCOMPARE(r[2].size(), 3);
            QCOMPARE(r[3].line, 5);
            QVERIFY(r[3].isBlank());
            QCOMPARE(r[4].line, 6);
            QVERIFY(r[4].isBlank());
            QCOMPARE(r[5].line, 7);
            QCOMPARE(r[5].size(), 3);
            QCOMPARE(r[5].text(2), QStringLiteral("z"));
        }
    }

    void tabsAndSemicolons()
    {
        const std::vector<CsvRecord> tabs = readAll("a\tb,c\n1\t2\n", '\t');
        QCOMPARE(tabs[0].text(1), QStringLiteral("b,c"));
        const std::vector<CsvRecord> semi = readAll("a;b\n\"1;2\";3\n", ';');
        QCOMPARE(semi[1].text(0), QStringLiteral("1;2"));
    }

    void unclosedQuote()
    {
        try {
            readAll("a,b\n1,2\n\"open,3\n4,5\n", ',');
            QFAIL("no error");
        } catch (const InputError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("line 3")), qPrintable(e.message()));
        }
    }

    void hugeLineRefused()
    {
        // A 10 MB single line: refused once the record passes 1 MB, not read whole.
        const QByteArray line(10 * 1024 * 1024, 'x');
        try {
            readAll("a,b\n" + line, ',', 64 * 1024);
            QFAIL("no error");
        } catch (const InputError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("line 2")), qPrintable(e.message()));
        }
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString text = QStringLiteral("일,비용\n2026-02-01,\"1,000\"\n");
        QTest::newRow("utf8") << text.toUtf8() << QStringLiteral("UTF-8");
        QTest::newRow("utf8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8()
                                  << QStringLiteral("UTF-8");
        QByteArray le("\xFF\xFE");
        QByteArray be("\xFE\xFF");
        for (QChar c : text) {
            le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
            be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
        }
        QTest::newRow("utf16le") << le << QStringLiteral("UTF-16LE");
        QTest::newRow("utf16be") << be << QStringLiteral("UTF-16BE");
        // 일 = B1 C0 and 비용 = BA F1 BF EB in CP949 / EUC-KR.
        QTest::newRow("cp949") << QByteArray("\xC0\xCF,\xBA\xF1\xBF\xEB\n2026-02-01,\"1,000\"\n")
                               << QStringLiteral("CP949");
    }
    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QTemporaryDir dir;
        TextSource source(writeFile(dir, QStringLiteral("x.csv"), bytes));
        QCOMPARE(source.encodingName(), encoding);
        QCOMPARE(
            QString::fromUtf8(readText(source)), QStringLiteral("일,비용\n2026-02-01,\"1,000\"\n"));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("is empty");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16)
                                << QStringLiteral("binary");
        QTest::newRow("undecodable")
            << QByteArray("a,b\n1,2\n3,\xFF\xFE\xFF\n") << QStringLiteral("line 3");
    }
    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("x.csv"), bytes);
        try {
            TextSource source(path);
            readText(source);
            QFAIL("no error");
        } catch (const InputError &e) {
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        }
    }

    void invalidUtf8AfterFirstMegabyte()
    {
        // Detection sees valid UTF-8; the bad byte further on is caught while streaming, with
        // its line.
        QByteArray bytes = "a,b\n";
        const QByteArray row = "2026-02-01,100\n";
        for (int i = 0; i < 100000; ++i)
            bytes += row;
        bytes += "2026-02-02,\xC3\x28\n"; // line 100002
        QTemporaryDir dir;
        TextSource source(writeFile(dir, QStringLiteral("x.csv"), bytes));
        QCOMPARE(source.encodingName(), QStringLiteral("UTF-8"));
        try {
            readText(source);
            QFAIL("no error");
        } catch (const InputError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("line 100002")), qPrintable(e.message()));
        }
    }

    void twoGigabytesRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("date,spend\n");
        QVERIFY(f.resize(qint64(2) << 30)); // sparse: no disk used
        f.close();
        try {
            TextSource source(path);
            QFAIL("no error");
        } catch (const InputError &e) {
            QVERIFY2(
                e.message().contains(QStringLiteral("larger than 1 GB")), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
