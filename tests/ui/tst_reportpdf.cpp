// The PDF report read back: sections in order, key numbers equal to the forecast's, page
// numbers, repeated table headers, metadata, vectors only, Korean, a minimal plan, bad paths.
#include "forecast/forecastengine.h"
#include "io/planjson.h"
#include "model/inputerror.h"
#include "report/reportbuilder.h"
#include "report/reportdatacollector.h"
#include "report/reportpdfwriter.h"
#include "report/reporttext.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef FUNNELCAST_HAVE_QTPDF
#include <QPdfDocument>
#include <QPdfSelection>
#endif

using namespace funnelcast;
using namespace funnelcast::ui;

namespace {

Plan demoPlan()
{
    QFile file(QStringLiteral(":/demo-plan.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("demo plan resource missing");
    return PlanJson::fromBytes(file.readAll(), QStringLiteral("demo-plan.json"));
}

// A plan with a single paid channel, one scenario, no creators, no organic posting.
Plan oneChannelPlan(int weeks = 6)
{
    const QByteArray json = QStringLiteral(R"({
      "format": "funnelcast-plan", "version": 1, "name": "Solo test", "currency": "USD",
      "start": "2027-03-01", "weeks": %1, "margin": 0.5,
      "scenarios": [{"name": "Only", "channels": [{
        "name": "Search", "platform": "google", "spend": 12000,
        "cpm": {"low": 8, "base": 10, "high": 13}, "ctr": 0.02, "cart_rate": 0.1,
        "purchase_rate": 0.3, "aov": 60}]}]})").arg(weeks).toUtf8();
    return PlanJson::fromBytes(json, QStringLiteral("solo.json"));
}

ReportOptions baseOptions(const QString &language = QStringLiteral("en"))
{
    ReportOptions options;
    options.language = language;
    options.draws = 2000; // enough for stable percentiles, quick in a debug build
    options.seed = 7;
    options.pageSize = QPageSize::A4;
    options.generatedAt = QDateTime(QDate(2027, 2, 15), QTime(9, 30));
    options.author = QStringLiteral("Test Author");
    return options;
}

QString money(double value)
{
    // An independent formatting of KRW: no decimals, grouped, with the won sign.
    QString digits = QLocale(QLocale::English, QLocale::UnitedStates).toString(std::llround(std::fabs(value)));
    return (value < 0 ? QString(QChar(0x2212)) : QString()) + QChar(0x20a9) + digits;
}

QString count(double value)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(std::llround(value));
}

struct ReadBack
{
    int pages = 0;
    QStringList pageText;
    QString all() const { return pageText.join(QLatin1Char('\n')); }
};

// The PDF's text, page by page: Qt PDF when available, else pdftotext.
ReadBack readBack(const QByteArray &pdf)
{
    ReadBack out;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.pdf"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(pdf);
    f.close();
#ifdef FUNNELCAST_HAVE_QTPDF
    QPdfDocument doc;
    if (doc.load(path) != QPdfDocument::Error::None)
        return out;
    out.pages = doc.pageCount();
    for (int i = 0; i < out.pages; ++i)
        out.pageText << doc.getAllText(i).text();
#else
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return out;
    QProcess p;
    p.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    p.waitForFinished(60000);
    out.pageText = QString::fromUtf8(p.readAllStandardOutput()).split(QChar(0x0c));
    if (!out.pageText.isEmpty() && out.pageText.last().trimmed().isEmpty())
        out.pageText.removeLast();
    out.pages = out.pageText.size();
#endif
    return out;
}

// Text extraction may break lines anywhere; compare with whitespace squeezed out.
QString squeezed(const QString &text)
{
    QString out = text;
    out.remove(QRegularExpression(QStringLiteral("\\s+")));
    return out;
}

// Positions of `headings` in `text`; fails the test when one is missing or out of order.
bool inOrder(const QString &text, const QStringList &headings, QString *why)
{
    qsizetype at = 0;
    for (const QString &h : headings) {
        const qsizetype found = text.indexOf(h, at);
        if (found < 0) {
            *why = QStringLiteral("\"%1\" missing or out of order").arg(h);
            return false;
        }
        at = found + h.size();
    }
    return true;
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoSectionsInOrder();
    void keyNumbersEqualTheForecast();
    void pageNumbersAndRunningHeader();
    void vectorsOnlyFontsEmbedded();
    void metadata();
    void koreanReport();
    void oneChannelWithoutActuals();
    void pacingWithActuals();
    void longTableRepeatsItsHeader();
    void letterPageSize();
    void unknownScenarioIsUsageError();
    void badOutputPaths_data();
    void badOutputPaths();
    void replacesExistingReportAtomically();

private:
    Plan m_demo;
    ReportData m_demoData;
    QByteArray m_demoPdf;
    ReadBack m_demoText;
};

void TestReportPdf::initTestCase()
{
    m_demo = demoPlan();
    ReportOptions options = baseOptions();
    options.optimize = Objective::Profit;
    m_demoData = ReportDataCollector::collect(m_demo, options);
    m_demoPdf = ReportPdfWriter::toBytes(m_demoData, options);
    QVERIFY(m_demoPdf.startsWith("%PDF-"));
    m_demoText = readBack(m_demoPdf);
    if (m_demoText.pages == 0)
        QSKIP("Neither Qt PDF nor pdftotext is available to read the PDF back.");
}

void TestReportPdf::demoSectionsInOrder()
{
    QVERIFY(m_demoText.pages >= 8);
    QVERIFY(m_demoText.pages <= 20);
    const QString text = squeezed(m_demoText.all());
    QString why;
    const QStringList headings = {
        QStringLiteral("Campaignforecastreport").toUpper(), // the cover's label is in capitals
        QStringLiteral("Executivesummary"),  QStringLiteral("Keyfigures"),
        QStringLiteral("Budgetallocation"),  QStringLiteral("Weeklyforecast"),
        QStringLiteral("Funnelbychannel"),   QStringLiteral("Ordersbychannel"),
        QStringLiteral("Creatorsandorganicposting"), QStringLiteral("Creatordeals"),
        QStringLiteral("Organicposting"),    QStringLiteral("Scenariocomparison"),
        QStringLiteral("Optimizerproposal"), QStringLiteral("Whatmoreorlessbudgetwouldbuy"),
        QStringLiteral("Appendix:assumptions"), QStringLiteral("Method"),
    };
    QVERIFY2(inOrder(text, headings, &why), qPrintable(why));
    // No actuals in the demo plan: no pacing section.
    QVERIFY(!text.contains(QStringLiteral("Planagainstactuals")));
    // The cover is page 1 and names the plan and scenario.
    QVERIFY(squeezed(m_demoText.pageText.first()).contains(squeezed(m_demo.name)));
    QVERIFY(m_demoText.pageText.first().contains(QStringLiteral("Base")));
    // Each major section starts with its heading on some page, never at the bottom of one.
    // The appendix starts on a page of its own, its heading above the first assumption.
    for (const QString &page : m_demoText.pageText) {
        const QString s = squeezed(page);
        if (s.contains(QStringLiteral("Everyinputoftheforecast"))) {
            QVERIFY(s.indexOf(QStringLiteral("Appendix:assumptions")) < s.indexOf(QStringLiteral("Everyinput")));
            QVERIFY(s.indexOf(QStringLiteral("Everyinput")) < s.indexOf(QStringLiteral("CPM")));
            QVERIFY(!s.contains(QStringLiteral("Optimizerproposal")));
        }
    }
}

void TestReportPdf::keyNumbersEqualTheForecast()
{
    ForecastOptions fo;
    fo.draws = 2000;
    fo.seed = 7;
    const ForecastResult forecast = ForecastEngine::run(m_demo, m_demo.scenarios.front(), fo);
    const QString text = squeezed(m_demoText.all());
    const PlanTotals &t = forecast.totals;
    const QStringList expected = {
        money(t.cost.base), money(t.spend.base), count(t.orders.base), count(t.orders.p10),
        count(t.orders.p90), money(t.netRevenue.base), money(t.netRevenue.p10), money(t.netRevenue.p90),
        money(t.profit.base), money(t.profit.p10), money(t.profit.p90), money(t.grossRevenue.p50),
        count(t.impressions.base), count(t.clicks.base), count(t.reach.base),
    };
    for (const QString &number : expected)
        QVERIFY2(text.contains(squeezed(number)), qPrintable(QStringLiteral("missing %1").arg(number)));
    // Per channel: every paid channel's cost is its planned spend, every item's orders.
    for (const ChannelForecast &ch : forecast.channels) {
        QVERIFY2(text.contains(money(ch.totals.cost.base)), qPrintable(ch.name));
        QVERIFY2(text.contains(count(ch.totals.orders.base)), qPrintable(ch.name));
    }
    QVERIFY(text.contains(money(16000000))); // Instagram Ads spend in the demo plan
    // ROAS with two decimals and a times sign.
    const QString roas = QLocale(QLocale::English, QLocale::UnitedStates).toString(t.roas.base, 'f', 2) + QChar(0x00d7);
    QVERIFY(text.contains(roas));
}

void TestReportPdf::pageNumbersAndRunningHeader()
{
    const int n = m_demoText.pages;
    // The cover has no footer; every other page says "Page i of n".
    QVERIFY(!squeezed(m_demoText.pageText[0]).contains(QStringLiteral("Page1of")));
    for (int i = 1; i < n; ++i) {
        const QString page = squeezed(m_demoText.pageText[i]);
        QVERIFY2(page.contains(QStringLiteral("Page%1of%2").arg(i + 1).arg(n)), qPrintable(QString::number(i + 1)));
        QVERIFY2(page.contains(squeezed(m_demo.name) + QStringLiteral("\u00b7Base")), qPrintable(QString::number(i + 1)));
    }
}

void TestReportPdf::vectorsOnlyFontsEmbedded()
{
    // QPdfWriter writes object dictionaries uncompressed: an image XObject would show here.
    QVERIFY(!m_demoPdf.contains("/Subtype /Image"));
    QVERIFY(!m_demoPdf.contains("/Subtype/Image"));
    QVERIFY(m_demoPdf.contains("/FontFile2") || m_demoPdf.contains("/FontFile3"));
    const QString pdfimages = QStandardPaths::findExecutable(QStringLiteral("pdfimages"));
    if (!pdfimages.isEmpty()) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.pdf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_demoPdf);
        f.close();
        QProcess p;
        p.start(pdfimages, {QStringLiteral("-list"), path});
        QVERIFY(p.waitForFinished(60000));
        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2); // the two header lines, no image
    }
    const QString pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
    if (!pdffonts.isEmpty()) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.pdf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_demoPdf);
        f.close();
        QProcess p;
        p.start(pdffonts, {path});
        QVERIFY(p.waitForFinished(60000));
        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2);
        for (int i = 2; i < lines.size(); ++i) {
            const QStringList cols = lines[i].split(QLatin1Char(' '), Qt::SkipEmptyParts);
            // name type... emb sub uni object ID: "emb" is the fourth column from the end but two.
            QVERIFY2(cols.size() >= 6 && cols[cols.size() - 5] == QLatin1String("yes"), qPrintable(lines[i]));
        }
    }
}

void TestReportPdf::metadata()
{
    const ReportBuilder builder(m_demoData, QStringLiteral("en"));
    QCOMPARE(builder.title(), m_demo.name + QStringLiteral(": forecast report"));
    QVERIFY(m_demoPdf.contains("<dc:creator><rdf:Seq><rdf:li>Test Author</rdf:li></rdf:Seq></dc:creator>"));
    QVERIFY(m_demoPdf.contains("<dc:description>"));
    QVERIFY(m_demoPdf.contains("Scenario Base, Mar 1, 2027 to May 9, 2027"));
#ifdef FUNNELCAST_HAVE_QTPDF
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.pdf"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(m_demoPdf);
    f.close();
    QPdfDocument doc;
    QCOMPARE(doc.load(path), QPdfDocument::Error::None);
    QCOMPARE(doc.metaData(QPdfDocument::MetaDataField::Title).toString(), builder.title());
    QVERIFY(doc.metaData(QPdfDocument::MetaDataField::Creator).toString().startsWith(QStringLiteral("Funnelcast")));
#endif
}

void TestReportPdf::koreanReport()
{
    ReportOptions options = baseOptions(QStringLiteral("ko"));
    options.optimize = Objective::Orders;
    const ReportData data = ReportDataCollector::collect(m_demo, options);
    const QByteArray pdf = ReportPdfWriter::toBytes(data, options);
    const ReadBack back = readBack(pdf);
    QVERIFY(back.pages >= 8);
    const QString text = squeezed(back.all());
    QString why;
    const QStringList headings = {
        QStringLiteral("캠페인예측보고서"), QStringLiteral("요약"), QStringLiteral("주요지표"),
        QStringLiteral("예산배분"), QStringLiteral("주간예측"), QStringLiteral("채널별퍼널"),
        QStringLiteral("크리에이터및오가닉게시"), QStringLiteral("시나리오비교"),
        QStringLiteral("최적화제안"), QStringLiteral("부록:가정"),
    };
    QVERIFY2(inOrder(text, headings, &why), qPrintable(why));
    // Korean dates, won without decimals, digits that extract (the Qt 6.4 CJK-font pitfall).
    QVERIFY(text.contains(QStringLiteral("2027년3월1일")));
    QVERIFY(text.contains(money(data.totals.cost.base)));
    QVERIFY(text.contains(count(data.totals.orders.base) + QStringLiteral("건")));
    QVERIFY(text.contains(QStringLiteral("%1/%2쪽").arg(back.pages).arg(back.pages)));
    // No English heading or label is left over.
    for (const QString &english : {QStringLiteral("Executivesummary"), QStringLiteral("Budgetallocation"),
                                   QStringLiteral("Weeklyforecast"), QStringLiteral("Totalcost"),
                                   QStringLiteral("Planinput"), QStringLiteral("Page"),
                                   QStringLiteral("Orders"), QStringLiteral("Netrevenue")})
        QVERIFY2(!text.contains(english), qPrintable(english));
    QVERIFY(pdf.contains("ko-KR"));
}

void TestReportPdf::oneChannelWithoutActuals()
{
    const Plan plan = oneChannelPlan();
    ReportOptions options = baseOptions();
    const ReportData data = ReportDataCollector::collect(plan, options);
    const ReadBack back = readBack(ReportPdfWriter::toBytes(data, options));
    const QString text = squeezed(back.all());
    QString why;
    QVERIFY2(inOrder(text, {QStringLiteral("Executivesummary"), QStringLiteral("Budgetallocation"),
                            QStringLiteral("Weeklyforecast"), QStringLiteral("Funnelbychannel"),
                            QStringLiteral("Appendix:assumptions")}, &why), qPrintable(why));
    for (const QString &absent : {QStringLiteral("Creator"), QStringLiteral("Organic"),
                                  QStringLiteral("Scenariocomparison"), QStringLiteral("Optimizer"),
                                  QStringLiteral("Planagainstactuals"), QStringLiteral("bringsthemostorders")})
        QVERIFY2(!text.contains(absent), qPrintable(absent));
    // US dollars with cents: 12,000 of spend.
    QVERIFY(text.contains(QStringLiteral("$12,000.00")));
    QVERIFY(back.pages >= 3);
    QVERIFY(back.pages <= 5);
    // No page is left with only its header and footer.
    for (int i = 1; i < back.pages; ++i)
        QVERIFY2(squeezed(back.pageText[i]).size() > 120, qPrintable(QString::number(i + 1)));
}

void TestReportPdf::pacingWithActuals()
{
    ReportOptions options = baseOptions();
    ReportSources sources;
    std::vector<ActualsWeek> weeks;
    for (int t = 0; t < 3; ++t) {
        ActualsWeek w;
        w.week = m_demo.start.addDays(7 * t);
        w.index = t;
        w.spend = 1234567.0 + t;
        w.orders = 40.0 + t;
        weeks.push_back(w);
    }
    ActualsWeek before; // a week before the plan starts is not the plan's
    before.week = m_demo.start.addDays(-7);
    before.index = -1;
    before.spend = 999.0;
    weeks.push_back(before);
    sources.actuals.push_back({QStringLiteral("Instagram Ads"), weeks});
    sources.actuals.push_back({QStringLiteral("Not a channel"), weeks});
    const ReportData data = ReportDataCollector::collect(m_demo, options, sources);
    QCOMPARE(data.pacing.size(), size_t(1));
    const ReadBack back = readBack(ReportPdfWriter::toBytes(data, options));
    const QString text = squeezed(back.all());
    QString why;
    QVERIFY2(inOrder(text, {QStringLiteral("Scenariocomparison"), QStringLiteral("Planagainstactuals"),
                            QStringLiteral("Throughweek3"), QStringLiteral("InstagramAds"),
                            money(1234567), money(1234568), money(1234569),
                            QStringLiteral("Appendix:assumptions")}, &why), qPrintable(why));
    QVERIFY(!text.contains(money(999)));
    // Spent 3 * 1,234,567 + 3 in weeks 1-3.
    QVERIFY(text.contains(money(3 * 1234567.0 + 3)));
    QVERIFY(!text.contains(QStringLiteral("Notachannel")));
}

void TestReportPdf::longTableRepeatsItsHeader()
{
    const Plan plan = oneChannelPlan(104); // two years of weeks: the weekly table spans pages
    const ReportOptions options = baseOptions();
    const ReadBack back = readBack(ReportPdfWriter::toBytes(ReportDataCollector::collect(plan, options), options));
    int continued = 0;
    for (const QString &page : back.pageText) {
        const QString s = squeezed(page);
        if (s.contains(QStringLiteral("Weeklyforecast(continued)"))) {
            ++continued;
            // The header row is repeated under the caption.
            QVERIFY(s.indexOf(QStringLiteral("Weeklyforecast(continued)")) < s.indexOf(QStringLiteral("OrdersP10")));
        }
    }
    QVERIFY(continued >= 2);
    const QString text = squeezed(back.all());
    // The last row: week 104, starting 103 weeks after 1 March 2027 (Feb 19, 2029), in the US
    // medium form the report writes dates in.
    const QString lastStart = QStringLiteral("Feb19,2029");
    QVERIFY2(text.contains(QStringLiteral("104") + lastStart), qPrintable(lastStart));
}

void TestReportPdf::letterPageSize()
{
#ifdef FUNNELCAST_HAVE_QTPDF
    ReportOptions options = baseOptions();
    options.pageSize = QPageSize::Letter;
    const Plan plan = oneChannelPlan();
    const QByteArray pdf = ReportPdfWriter::toBytes(ReportDataCollector::collect(plan, options), options);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.pdf"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pdf);
    f.close();
    QPdfDocument doc;
    QCOMPARE(doc.load(path), QPdfDocument::Error::None);
    QCOMPARE(doc.pagePointSize(0).toSize(), QSize(612, 792));
    QCOMPARE(doc.pagePointSize(doc.pageCount() - 1).toSize(), QSize(612, 792));
#else
    QSKIP("Qt PDF not available");
#endif
}

void TestReportPdf::unknownScenarioIsUsageError()
{
    ReportOptions options = baseOptions();
    options.scenario = QStringLiteral("Nope");
    QVERIFY_THROWS_EXCEPTION(UsageError, ReportDataCollector::collect(m_demo, options));
    options.scenario = QStringLiteral("Shop push");
    const ReportData data = ReportDataCollector::collect(m_demo, options);
    QCOMPARE(data.scenarioName, QStringLiteral("Shop push"));
    QVERIFY(!ReportText::isSupportedLanguage(QStringLiteral("fr")));
    QVERIFY(ReportText::isSupportedLanguage(QStringLiteral("ko")));
}

void TestReportPdf::badOutputPaths_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing folder") << QStringLiteral("missing") << QStringLiteral("does not exist");
    QTest::newRow("read-only folder") << QStringLiteral("rofolder") << QStringLiteral("not writable");
    QTest::newRow("read-only file") << QStringLiteral("rofile") << QStringLiteral("read-only");
    QTest::newRow("a folder") << QStringLiteral("folder") << QStringLiteral("is a folder");
}

void TestReportPdf::badOutputPaths()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QString path;
    QByteArray before;
    if (kind == QLatin1String("missing")) {
        path = dir.filePath(QStringLiteral("no/such/folder/out.pdf"));
    } else if (kind == QLatin1String("rofolder")) {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("ro")));
        QFile::setPermissions(dir.filePath(QStringLiteral("ro")), QFile::ReadOwner | QFile::ExeOwner);
        path = dir.filePath(QStringLiteral("ro/out.pdf"));
    } else if (kind == QLatin1String("rofile")) {
        path = dir.filePath(QStringLiteral("old.pdf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        before = "%PDF-old";
        f.write(before);
        f.close();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    } else {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.pdf")));
        path = dir.filePath(QStringLiteral("folder.pdf"));
    }
    const QStringList entriesBefore = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    const ReportOptions options = baseOptions();
    try {
        ReportPdfWriter::write(m_demoData, options, path);
        QFAIL("no error");
    } catch (const InputError &e) {
        QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("out.pdf")) || e.message().contains(QStringLiteral(".pdf")),
                 qPrintable(e.message()));
    }
    // Nothing written, no temporary file left.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), entriesBefore);
    if (kind == QLatin1String("rofile")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }
    if (kind == QLatin1String("rofolder")) {
        QCOMPARE(QDir(dir.filePath(QStringLiteral("ro"))).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
        QFile::setPermissions(dir.filePath(QStringLiteral("ro")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
}

void TestReportPdf::replacesExistingReportAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("old");
    f.close();
    const Plan plan = oneChannelPlan();
    const ReportOptions options = baseOptions();
    ReportPdfWriter::write(ReportDataCollector::collect(plan, options), options, path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("%PDF-"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("report.pdf")});
}

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
