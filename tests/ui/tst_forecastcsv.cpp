// The forecast CSV export: a hand-built forecast (two weeks, a paid channel whose name needs
// quoting and an organic stream) gives exactly the text written out below.
#include "views/forecastcsv.h"

#include <QTemporaryDir>
#include <QTest>

using namespace funnelcast;
using namespace funnelcast::ui;

class TestForecastCsv : public QObject
{
    Q_OBJECT

private slots:
    void baseOnly();
    void withBandsAndFile();
};

namespace {

ForecastResult sample()
{
    ForecastResult result;
    result.weeks = {QDate(2027, 3, 1), QDate(2027, 3, 8)};
    ChannelForecast paid;
    paid.name = QStringLiteral("Ads, \"big\"");
    paid.kind = ChannelKind::Paid;
    paid.weekly.spend.base = {1000, 2000};
    paid.weekly.impressions.base = {50000, 90000.5};
    paid.weekly.clicks.base = {500, 900};
    paid.weekly.orders.base = {12.346, 20};
    paid.weekly.orders.p10 = {8, 15};
    paid.weekly.orders.p90 = {16, 25};
    paid.weekly.grossRevenue.base = {600000, 1000000};
    ChannelForecast organic;
    organic.name = QStringLiteral("Blog");
    organic.kind = ChannelKind::Organic;
    organic.weekly.spend.base = {0, 0};
    organic.weekly.impressions.base = {100, 200};
    organic.weekly.clicks.base = {1, 2};
    organic.weekly.orders.base = {0.5, 1};
    organic.weekly.orders.p10 = {0, 0};
    organic.weekly.orders.p90 = {1, 2};
    organic.weekly.grossRevenue.base = {25000, 50000};
    result.channels = {paid, organic};
    return result;
}

} // namespace

void TestForecastCsv::baseOnly()
{
    const QString expected = QStringLiteral(
        "week_start,channel,kind,spend,impressions,clicks,orders,gross_revenue\r\n"
        "2027-03-01,\"Ads, \"\"big\"\"\",paid,1000.00,50000.00,500.00,12.35,600000.00\r\n"
        "2027-03-08,\"Ads, \"\"big\"\"\",paid,2000.00,90000.50,900.00,20.00,1000000.00\r\n"
        "2027-03-01,Blog,organic,0.00,100.00,1.00,0.50,25000.00\r\n"
        "2027-03-08,Blog,organic,0.00,200.00,2.00,1.00,50000.00\r\n");
    QCOMPARE(ForecastCsv::text(sample()), expected);
}

void TestForecastCsv::withBandsAndFile()
{
    ForecastResult result = sample();
    result.draws = 100;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f.csv"));
    ForecastCsv::write(path, result);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.at(0), QByteArray("week_start,channel,kind,spend,impressions,clicks,orders,"
                                     "gross_revenue,orders_p10,orders_p90\r"));
    QCOMPARE(lines.at(4), QByteArray("2027-03-08,Blog,organic,0.00,200.00,2.00,1.00,50000.00,"
                                     "0.00,2.00\r"));
    QVERIFY_THROWS_EXCEPTION(std::exception,
                             ForecastCsv::write(dir.filePath(QStringLiteral("no/such/dir/f.csv")),
                                                result));
}

QTEST_GUILESS_MAIN(TestForecastCsv)
#include "tst_forecastcsv.moc"
