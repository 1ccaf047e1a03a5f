#include "storagefixtures.h"

#include <QFile>
#include <QJsonArray>

#include <sqlite3.h>

namespace funnelcast::test {

PaidChannel sampleChannel(const QString &name)
{
    PaidChannel c;
    c.name = name;
    c.platform = QStringLiteral("instagram");
    c.spend = 20000000.0 / 3.0;
    c.flighting.pattern = FlightingPattern::Front;
    c.minSpend = 1000000;
    c.maxSpend = 40000000;
    c.locked = true;
    c.cpm = Uncertain(6000, 8000, 11000);
    c.audience = Uncertain(4000000, 5000000, 6000000);
    c.maxWeeklyFrequency = 3.5;
    c.ctr = Uncertain(0.006, 0.009, 0.012);
    c.viewRate = 0.8;
    c.cartRate = 0.1 + 0.2 - 0.22; // not exact in decimal
    c.purchaseRate = Uncertain(0.3, 0.35, 0.4);
    c.aov = 45000;
    c.feeRate = 0.03;
    c.returnRate = 0.05;
    c.carryover = 0.2;
    return c;
}

CreatorDeal sampleCreator(const QString &name)
{
    CreatorDeal d;
    d.name = name;
    d.platform = QStringLiteral("tiktok");
    d.tier = QStringLiteral("micro");
    d.followers = Uncertain(70000, 80000, 90000);
    d.reachRate = 0.25;
    d.posts = {1, 3, 3};
    d.feePerPost = 800000;
    d.ctr = 0.012;
    d.viewRate = 0.9;
    d.cartRate = 0.08;
    d.purchaseRate = 0.3;
    d.aov = 45000;
    d.returnRate = 0.05;
    d.carryover = 0.1;
    d.commissionRate = 0.1;
    return d;
}

OrganicStream sampleOrganic(const QString &name)
{
    OrganicStream o;
    o.name = name;
    o.platform = QStringLiteral("instagram");
    o.followers = 120000;
    o.postsPerWeek = 3;
    o.reachRate = Uncertain(0.05, 0.08, 0.1);
    o.costPerPost = 200000;
    o.ctr = 0.005;
    o.viewRate = 0.9;
    o.cartRate = 0.06;
    o.purchaseRate = 0.3;
    o.aov = 45000;
    o.returnRate = 0.05;
    o.carryover = 0.1;
    return o;
}

Plan fullPlan()
{
    Plan plan;
    plan.name = QStringLiteral("봄 출시 Spring launch");
    plan.currency = QStringLiteral("USD");
    plan.start = QDate(2027, 3, 1); // a Monday
    plan.weeks = 10;
    plan.population = 20000000;
    plan.margin = 0.6;
    plan.unknownFields.insert(QStringLiteral("x_owner"), QStringLiteral("agency"));

    Scenario base;
    base.name = QStringLiteral("Base");
    base.budget = 50000000;
    base.unknownFields.insert(QStringLiteral("x_note"), QJsonArray{1, 2, 3});
    PaidChannel instagram = sampleChannel(QStringLiteral("Instagram Ads"));
    instagram.unknownFields.insert(QStringLiteral("x_campaign_id"), QStringLiteral("123"));
    base.channels.push_back(instagram);
    PaidChannel tiktok = sampleChannel(QStringLiteral("TikTok Ads"));
    tiktok.platform = QStringLiteral("tiktok");
    tiktok.locked = false;
    tiktok.maxSpend.reset();
    tiktok.audience.reset();
    tiktok.maxWeeklyFrequency.reset();
    tiktok.flighting.pattern = FlightingPattern::Custom;
    tiktok.flighting.weights = {1, 2, 3, 0, 0.5, 1, 1, 1, 2, 0.25};
    base.channels.push_back(tiktok);
    CreatorDeal creator = sampleCreator(QStringLiteral("크리에이터 A"));
    creator.unknownFields.insert(QStringLiteral("x_contract"), QStringLiteral("signed"));
    base.creators.push_back(creator);
    OrganicStream organic = sampleOrganic(QStringLiteral("Brand Instagram"));
    organic.unknownFields.insert(QStringLiteral("x_handle"), QStringLiteral("@brand"));
    base.organic.push_back(organic);
    plan.scenarios.push_back(base);

    Scenario aggressive;
    aggressive.name = QStringLiteral("Aggressive");
    PaidChannel naver = sampleChannel(QStringLiteral("Naver"));
    naver.platform = QStringLiteral("naver");
    naver.flighting.pattern = FlightingPattern::Pulse;
    aggressive.channels.push_back(naver);
    plan.scenarios.push_back(aggressive);
    return plan;
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}

QString rawSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr)
        != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return message;
    }
    char *error = nullptr;
    QString message;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK)
        message = QString::fromUtf8(error ? error : "error");
    sqlite3_free(error);
    sqlite3_close(db);
    return message;
}

} // namespace funnelcast::test
