#pragma once

// Shared by the actuals tests: a small valid plan and a way to read back stored sums.
#include "model/plan.h"
#include "storage/database.h"

#include <QDate>
#include <QString>

#include <optional>

namespace funnelcast::test {

inline PaidChannel makeChannel(const QString &name, const QString &platform)
{
    PaidChannel c;
    c.name = name;
    c.platform = platform;
    c.spend = 1000000;
    c.cpm = 5000;
    c.ctr = 0.01;
    c.viewRate = 0.9;
    c.cartRate = 0.1;
    c.purchaseRate = 0.3;
    c.aov = 30000;
    return c;
}

inline Plan makePlan(const QDate &start = QDate(2026, 1, 26), int weeks = 8)
{
    Plan plan;
    plan.name = QStringLiteral("Actuals test");
    plan.currency = QStringLiteral("KRW");
    plan.start = start;
    plan.weeks = weeks;
    Scenario s;
    s.name = QStringLiteral("Base");
    s.channels.push_back(makeChannel(QStringLiteral("Instagram Ads"), QStringLiteral("instagram")));
    s.channels.push_back(makeChannel(QStringLiteral("Google Search"), QStringLiteral("google")));
    s.channels.push_back(makeChannel(QStringLiteral("TikTok"), QStringLiteral("tiktok")));
    s.channels.push_back(makeChannel(QStringLiteral("Naver"), QStringLiteral("naver")));
    s.channels.push_back(makeChannel(QStringLiteral("Kakao"), QStringLiteral("kakao")));
    s.channels.push_back(makeChannel(QStringLiteral("Other"), QStringLiteral("other")));
    plan.scenarios.push_back(s);
    return plan;
}

struct StoredTotals
{
    qint64 rows = 0;
    std::optional<double> spend, impressions, clicks, orders, revenue;
};

inline StoredTotals storedTotals(Database &db, const QString &channel)
{
    StoredTotals t;
    Statement check(db, "SELECT 1 FROM sqlite_master WHERE name = 'actual_row';");
    if (!check.step())
        return t;
    Statement s(db,
        "SELECT COUNT(*), SUM(spend), SUM(impressions), SUM(clicks), SUM(orders),"
        " SUM(revenue) FROM actual_row WHERE channel = ?1;");
    s.bind(1, channel);
    s.step();
    t.rows = s.columnInt64(0);
    const auto get = [&](int i) -> std::optional<double> {
        if (s.isNull(i))
            return std::nullopt;
        return s.columnDouble(i);
    };
    t.spend = get(1);
    t.impressions = get(2);
    t.clicks = get(3);
    t.orders = get(4);
    t.revenue = get(5);
    return t;
}

inline QString fixture(const char *name)
{
    return QStringLiteral(FUNNELCAST_TEST_DATA "/actuals/") + QString::fromLatin1(name);
}

} // namespace funnelcast::test
