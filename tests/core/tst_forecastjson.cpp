// The JSON shape of `funnelcast forecast --json` (issue 3): keys, kinds, weekly lengths, and
// the zero-spend plan that must give zeros, a null CPA and no NaN anywhere.
#include "forecast/forecastengine.h"
#include "forecast/forecastjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace funnelcast;

namespace {

Plan plan(double spend)
{
    Plan p;
    p.name = QStringLiteral("Json");
    p.currency = QStringLiteral("KRW");
    p.start = QDate(2027, 3, 1);
    p.weeks = 2;
    p.scenarios.push_back(Scenario());
    Scenario &s = p.scenarios[0];
    s.name = QStringLiteral("Base");
    PaidChannel c;
    c.name = QStringLiteral("Instagram Ads");
    c.spend = spend;
    c.cpm = Uncertain(6000, 8000, 11000);
    c.ctr = Uncertain(0.006, 0.009, 0.012);
    c.cartRate = 0.08;
    c.purchaseRate = 0.35;
    c.aov = 45000;
    c.audience = Uncertain(5000000);
    c.maxWeeklyFrequency = 3;
    s.channels.push_back(c);
    if (spend > 0) {
        CreatorDeal k;
        k.name = QStringLiteral("Creator A");
        k.followers = 80000;
        k.reachRate = 0.25;
        k.posts = {1};
        k.feePerPost = 800000;
        k.ctr = 0.012;
        k.cartRate = 0.08;
        k.purchaseRate = 0.3;
        k.aov = 45000;
        s.creators.push_back(k);
        OrganicStream o;
        o.name = QStringLiteral("Brand Instagram");
        o.followers = 120000;
        o.postsPerWeek = 3;
        o.reachRate = 0.08;
        o.ctr = 0.005;
        o.cartRate = 0.06;
        o.purchaseRate = 0.3;
        o.aov = 45000;
        s.organic.push_back(o);
    }
    return p;
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

const QStringList bandKeys = {QStringLiteral("base"), QStringLiteral("p10"), QStringLiteral("p50"),
                              QStringLiteral("p90")};

} // namespace

class TestForecastJson : public QObject
{
    Q_OBJECT

private slots:
    void shape()
    {
        const Plan p = plan(2e7);
        ForecastOptions options;
        options.draws = 200;
        options.seed = 7;
        const QJsonObject root = ForecastJson::toJson(ForecastEngine::run(p, p.scenarios[0], options));
        QCOMPARE(sortedKeys(root), (QStringList{QStringLiteral("channels"), QStringLiteral("currency"),
                                                QStringLiteral("draws"), QStringLiteral("scenario"),
                                                QStringLiteral("seed"), QStringLiteral("totals"),
                                                QStringLiteral("weeks")}));
        QCOMPARE(root.value(QStringLiteral("scenario")).toString(), QStringLiteral("Base"));
        QCOMPARE(root.value(QStringLiteral("currency")).toString(), QStringLiteral("KRW"));
        QCOMPARE(root.value(QStringLiteral("draws")).toInt(), 200);
        QCOMPARE(root.value(QStringLiteral("seed")).toInt(), 7);
        QCOMPARE(root.value(QStringLiteral("weeks")).toArray(),
                 (QJsonArray{QStringLiteral("2027-03-01"), QStringLiteral("2027-03-08")}));

        const QJsonObject totals = root.value(QStringLiteral("totals")).toObject();
        QStringList totalKeys = {QStringLiteral("spend"), QStringLiteral("cost"), QStringLiteral("impressions"),
                                 QStringLiteral("reach"), QStringLiteral("clicks"), QStringLiteral("orders"),
                                 QStringLiteral("gross_revenue"), QStringLiteral("net_revenue"),
                                 QStringLiteral("profit"), QStringLiteral("roas"), QStringLiteral("cpa")};
        totalKeys.sort();
        QCOMPARE(sortedKeys(totals), totalKeys);
        for (const QString &key : totalKeys)
            QCOMPARE(sortedKeys(totals.value(key).toObject()), bandKeys);

        const QJsonArray channels = root.value(QStringLiteral("channels")).toArray();
        QCOMPARE(channels.size(), 3);
        const QStringList kinds = {QStringLiteral("paid"), QStringLiteral("creator"), QStringLiteral("organic")};
        QStringList channelTotalKeys = {QStringLiteral("spend"), QStringLiteral("cost"),
                                        QStringLiteral("impressions"), QStringLiteral("reach"),
                                        QStringLiteral("clicks"), QStringLiteral("orders"),
                                        QStringLiteral("tail_orders"), QStringLiteral("gross_revenue"),
                                        QStringLiteral("net_revenue")};
        channelTotalKeys.sort();
        QStringList weeklyKeys = {QStringLiteral("spend"), QStringLiteral("impressions"), QStringLiteral("clicks"),
                                  QStringLiteral("orders"), QStringLiteral("gross_revenue")};
        weeklyKeys.sort();
        for (int i = 0; i < channels.size(); ++i) {
            const QJsonObject c = channels.at(i).toObject();
            QCOMPARE(c.value(QStringLiteral("kind")).toString(), kinds.at(i));
            const QJsonObject ct = c.value(QStringLiteral("totals")).toObject();
            QCOMPARE(sortedKeys(ct), channelTotalKeys);
            for (const QString &key : channelTotalKeys)
                QCOMPARE(sortedKeys(ct.value(key).toObject()), bandKeys);
            const QJsonObject weekly = c.value(QStringLiteral("weekly")).toObject();
            QCOMPARE(sortedKeys(weekly), weeklyKeys);
            for (const QString &key : weeklyKeys) {
                const QJsonObject series = weekly.value(key).toObject();
                QCOMPARE(sortedKeys(series), bandKeys);
                for (const QString &band : bandKeys)
                    QCOMPARE(series.value(band).toArray().size(), 2);
            }
        }
        QCOMPARE(channels.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Instagram Ads"));
        // Creators and organic streams: spend 0, their fees as cost.
        const QJsonObject creatorTotals = channels.at(1).toObject().value(QStringLiteral("totals")).toObject();
        QCOMPARE(creatorTotals.value(QStringLiteral("spend")).toObject().value(QStringLiteral("base")).toDouble(), 0.0);
        QCOMPARE(creatorTotals.value(QStringLiteral("cost")).toObject().value(QStringLiteral("base")).toDouble(), 800000.0);
    }

    void zeroDrawsPercentilesEqualBase()
    {
        const Plan p = plan(2e7);
        ForecastOptions options;
        options.draws = 0;
        const QJsonObject root = ForecastJson::toJson(ForecastEngine::run(p, p.scenarios[0], options));
        QCOMPARE(root.value(QStringLiteral("draws")).toInt(), 0);
        const QJsonObject orders = root.value(QStringLiteral("totals")).toObject().value(QStringLiteral("orders")).toObject();
        for (const QString &key : bandKeys)
            QCOMPARE(orders.value(key).toDouble(), orders.value(QStringLiteral("base")).toDouble());
    }

    void zeroSpendHasNullCpaAndNoNaN()
    {
        const Plan p = plan(0.0);
        const QByteArray bytes = QJsonDocument(ForecastJson::toJson(ForecastEngine::run(p, p.scenarios[0], ForecastOptions())))
                                     .toJson(QJsonDocument::Compact);
        QVERIFY(!bytes.contains("nan"));
        QVERIFY(!bytes.contains("inf"));
        const QJsonObject totals = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("totals")).toObject();
        QVERIFY(totals.value(QStringLiteral("cpa")).isNull());
        for (const QString &key : totals.keys()) {
            if (key == QLatin1String("cpa"))
                continue;
            for (const QString &band : bandKeys)
                QCOMPARE(totals.value(key).toObject().value(band).toDouble(), 0.0);
        }
        // Only cpa may be null.
        QCOMPARE(bytes.count("null"), 1);
    }
};

QTEST_GUILESS_MAIN(TestForecastJson)
#include "tst_forecastjson.moc"
