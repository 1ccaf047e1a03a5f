// PlatformDefaults over resources/platforms.json: every known platform has sourced, valid
// defaults; money converts by the file's USD rates; a malformed file is refused by path.
#include "io/platformdefaults.h"
#include "model/inputerror.h"
#include "model/planvalidator.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace funnelcast;

namespace {

QByteArray builtInBytes()
{
    QFile file(QStringLiteral(":/platforms.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no :/platforms.json");
    return file.readAll();
}

QString errorOf(const QByteArray &bytes)
{
    try {
        PlatformDefaults::fromBytes(bytes);
    } catch (const InputError &error) {
        return error.message();
    }
    return QString();
}

QByteArray edited(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(builtInBytes()).object();
    edit(root);
    return QJsonDocument(root).toJson();
}

// Sets root[a][b][c] = value.
void setPath(QJsonObject &root, const QStringList &keys, const QJsonValue &value)
{
    if (keys.size() == 1) {
        if (value.isUndefined())
            root.remove(keys.first());
        else
            root[keys.first()] = value;
        return;
    }
    QJsonObject child = root.value(keys.first()).toObject();
    setPath(child, keys.mid(1), value);
    root[keys.first()] = child;
}

} // namespace

class TestPlatformDefaults : public QObject
{
    Q_OBJECT

private slots:
    void builtInCoversKnownPlatforms();
    void everyPrefillIsValid_data();
    void everyPrefillIsValid();
    void valuesFromTheFile();
    void moneyConversion();
    void creatorTiers();
    void malformedFilesRefused_data();
    void malformedFilesRefused();
};

void TestPlatformDefaults::builtInCoversKnownPlatforms()
{
    const PlatformDefaults defaults = PlatformDefaults::fromResource();
    // MODEL.md section 9's known platforms.
    QStringList known = { QStringLiteral("instagram"), QStringLiteral("facebook"),
        QStringLiteral("tiktok"), QStringLiteral("tiktok_shop"), QStringLiteral("youtube"),
        QStringLiteral("google"), QStringLiteral("naver"), QStringLiteral("kakao"),
        QStringLiteral("x"), QStringLiteral("threads"), QStringLiteral("pinterest"),
        QStringLiteral("snapchat"), QStringLiteral("linkedin") };
    known.sort();
    QCOMPARE(defaults.platforms(), known);
    QVERIFY(!defaults.paidChannel(QStringLiteral("bluesky"), QStringLiteral("KRW")));
    QVERIFY(!defaults.paidChannel(QStringLiteral("other"), QStringLiteral("KRW")));
    QCOMPARE(defaults.creatorPlatforms(),
        (QStringList {
            QStringLiteral("instagram"), QStringLiteral("tiktok"), QStringLiteral("youtube") }));
}

void TestPlatformDefaults::everyPrefillIsValid_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("currency");
    const PlatformDefaults defaults = PlatformDefaults::fromResource();
    for (const QString &platform : defaults.platforms())
        for (const char *currency : { "KRW", "USD", "JPY" })
            QTest::newRow(qPrintable(platform + QLatin1Char(' ') + QLatin1String(currency)))
                << platform << QString::fromLatin1(currency);
}

void TestPlatformDefaults::everyPrefillIsValid()
{
    QFETCH(QString, platform);
    QFETCH(QString, currency);
    const auto prefill = PlatformDefaults::fromResource().paidChannel(platform, currency);
    QVERIFY(prefill);
    QVERIFY(prefill->hasMoney);
    QVERIFY(!prefill->label.isEmpty());
    QVERIFY(prefill->source.size() > 40);
    PaidChannel channel = prefill->channel;
    QCOMPARE(channel.platform, platform);
    channel.name = QStringLiteral("New channel");
    channel.spend = 1000;
    channel.aov = 40;
    const auto issue = PlanValidator::validatePaidChannel(channel, 8, QStringLiteral("c"));
    QVERIFY2(!issue, issue ? qPrintable(issue->toString()) : "");
    // Every funnel rate is set from the file (no zero left over from the struct).
    QVERIFY(channel.ctr.base > 0 && channel.cartRate.base > 0 && channel.purchaseRate.base > 0);
    QVERIFY(channel.cpm.low > 0 && channel.cpm.low < channel.cpm.high);
}

void TestPlatformDefaults::valuesFromTheFile()
{
    const PlatformDefaults defaults = PlatformDefaults::fromResource();
    // Figures stated in FIELD-NOTES.md (and the brief's KRW ranges).
    const auto instagram = defaults.paidChannel(QStringLiteral("instagram"), QStringLiteral("KRW"));
    QCOMPARE(instagram->channel.cpm, Uncertain(8000, 11000, 15000));
    QCOMPARE(instagram->channel.ctr.base, 0.009); // WordStream 0.90%
    QVERIFY(instagram->source.contains(QStringLiteral("WordStream")));
    const auto shop = defaults.paidChannel(QStringLiteral("tiktok_shop"), QStringLiteral("KRW"));
    QCOMPARE(shop->channel.feeRate.low, 0.06); // 6% from April 2024
    QCOMPARE(shop->channel.feeRate.high, 0.08); // 8% from July 2024
    QVERIFY(shop->source.contains(QStringLiteral("seller-us.tiktok.com")));
    const auto naver = defaults.paidChannel(QStringLiteral("naver"), QStringLiteral("KRW"));
    QCOMPARE(naver->channel.feeRate.low, 0.0198);
    QCOMPARE(naver->channel.feeRate.base, 0.0198 + 0.0091);
    QCOMPARE(naver->channel.feeRate.high, 0.03025 + 0.0182);
    // Shared funnel: cart 7.1% [fero.com]; about 30% of carts buy (abandonment 70.19%).
    QCOMPARE(naver->channel.purchaseRate.base, 0.3);
    const auto tiktok = defaults.paidChannel(QStringLiteral("tiktok"), QStringLiteral("USD"));
    QCOMPARE(tiktok->channel.cartRate.base, 0.071);
    QCOMPARE(tiktok->channel.cpm.low, 3.0); // TikTok roughly $3-10
    QCOMPARE(tiktok->channel.cpm.high, 10.0);
    QCOMPARE(tiktok->channel.feeRate, Uncertain(0.0));
}

void TestPlatformDefaults::moneyConversion()
{
    const PlatformDefaults defaults = PlatformDefaults::fromResource();
    QCOMPARE(defaults.usdRate(QStringLiteral("JPY")), std::optional<double>(150.0));
    // Instagram has no JPY figure: USD {7, 10, 15} x 150.
    const auto jpy = defaults.paidChannel(QStringLiteral("instagram"), QStringLiteral("JPY"));
    QCOMPARE(jpy->channel.cpm, Uncertain(1050, 1500, 2250));
    // Google has no KRW figure: USD {10, 30, 80} x 1400.
    const auto google = defaults.paidChannel(QStringLiteral("google"), QStringLiteral("KRW"));
    QCOMPARE(google->channel.cpm, Uncertain(14000, 42000, 112000));
    // A currency without a rate: rates still prefilled, no money.
    const auto unknown = defaults.paidChannel(QStringLiteral("instagram"), QStringLiteral("XAU"));
    QVERIFY(unknown);
    QVERIFY(!unknown->hasMoney);
    QCOMPARE(unknown->channel.cpm, Uncertain(0.0));
    QCOMPARE(unknown->channel.ctr.base, 0.009);
}

void TestPlatformDefaults::creatorTiers()
{
    const PlatformDefaults defaults = PlatformDefaults::fromResource();
    const auto micro = defaults.creatorDeal(
        QStringLiteral("tiktok"), QStringLiteral("micro"), QStringLiteral("KRW"));
    QVERIFY(micro);
    QCOMPARE(micro->deal.tier, QStringLiteral("micro"));
    QCOMPARE(micro->deal.platform, QStringLiteral("tiktok"));
    QCOMPARE(micro->deal.followers.low, 10000.0); // micro 10K-100K
    QCOMPARE(micro->deal.followers.high, 100000.0);
    QCOMPARE(micro->deal.feePerPost, Uncertain(25 * 1400, 60 * 1400, 125 * 1400)); // $25-125
    QCOMPARE(micro->engagementRate, 0.081);
    QVERIFY(micro->hasMoney);
    QVERIFY(micro->source.contains(QStringLiteral("wordontheblock.com")));
    const auto mega = defaults.creatorDeal(
        QStringLiteral("instagram"), QStringLiteral("mega"), QStringLiteral("USD"));
    QCOMPARE(mega->deal.feePerPost.low, 10000.0); // $10k+
    QCOMPARE(mega->engagementRate, 0.012);
    QVERIFY(!defaults.creatorDeal(
        QStringLiteral("snapchat"), QStringLiteral("micro"), QStringLiteral("USD")));
    QVERIFY(!defaults.creatorDeal(
        QStringLiteral("tiktok"), QStringLiteral("giant"), QStringLiteral("USD")));

    for (const QString &platform : defaults.creatorPlatforms()) {
        for (const QString &tier : PlatformDefaults::tiers()) {
            auto prefill = defaults.creatorDeal(platform, tier, QStringLiteral("KRW"));
            QVERIFY(prefill);
            CreatorDeal deal = prefill->deal;
            deal.name = QStringLiteral("New creator");
            deal.posts = { 0 };
            deal.aov = 40000;
            const auto issue = PlanValidator::validateCreatorDeal(deal, 8, QStringLiteral("k"));
            QVERIFY2(!issue, issue ? qPrintable(issue->toString()) : "");
            QVERIFY(deal.reachRate.base > 0 && deal.ctr.base > 0 && deal.feePerPost.base > 0);
        }
    }
}

void TestPlatformDefaults::malformedFilesRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    auto set = [](const char *path, const QJsonValue &value) {
        return edited([=](QJsonObject &root) {
            setPath(root, QString::fromLatin1(path).split(QLatin1Char('/')), value);
        });
    };
    QTest::newRow("valid") << builtInBytes() << QString();
    QTest::newRow("ctr 1.5") << set("platforms/instagram/ctr", 1.5)
                             << QStringLiteral("platforms.instagram.ctr: must be between 0 and 1");
    QTest::newRow("cpm negative") << set("platforms/kakao/cpm/KRW",
        -5) << QStringLiteral("platforms.kakao.cpm.KRW: must be greater than 0");
    QTest::newRow("cpm empty") << set("platforms/x/cpm",
        QJsonObject()) << QStringLiteral("platforms.x.cpm: must give at least one currency");
    QTest::newRow("no source") << set("platforms/linkedin/source", QJsonValue::Undefined)
                               << QStringLiteral("platforms.linkedin.source: must be a non-empty "
                                                 "text naming the source");
    QTest::newRow("funnel triple backwards")
        << set("funnel_defaults/cart_rate",
               QJsonObject { { QStringLiteral("low"), 0.1 }, { QStringLiteral("base"), 0.05 },
                   { QStringLiteral("high"), 0.2 } })
        << QStringLiteral("funnel_defaults.cart_rate.low: must not be greater than base");
    QTest::newRow("tier fee missing")
        << set("creator_tiers/platforms/youtube/fee_per_post/mid", QJsonValue::Undefined)
        << QStringLiteral("creator_tiers.platforms.youtube.fee_per_post.mid: is required");
    QTest::newRow("unknown tier")
        << set("creator_tiers/tiers/giga", QJsonObject())
        << QStringLiteral("creator_tiers.tiers.giga: is not a tier (nano, micro, mid, macro or "
                          "mega)");
    QTest::newRow("rate string") << set("money/usd_rates/KRW", QStringLiteral("1400"))
                                 << QStringLiteral("money.usd_rates.KRW: must be a number or an "
                                                   "object with low, base and high");
    QTest::newRow("format") << set("format", QStringLiteral("x"))
                            << QStringLiteral("format: must be \"funnelcast-platform-defaults\"");
    QTest::newRow("not JSON")
        << QByteArray("{")
        << QStringLiteral(
               "the platform defaults are not a valid JSON object (unterminated object)");
}

void TestPlatformDefaults::malformedFilesRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(errorOf(bytes), expected);
}

QTEST_GUILESS_MAIN(TestPlatformDefaults)
#include "tst_platformdefaults.moc"
