#include "uitestplan.h"

#include "storage/planfile.h"

using namespace funnelcast;

Plan uiTestPlan()
{
    Plan plan;
    plan.name = QStringLiteral("UI test plan");
    plan.currency = QStringLiteral("KRW");
    plan.start = QDate(2027, 3, 1); // a Monday
    plan.weeks = 8;
    plan.margin = 0.6;

    PaidChannel alpha;
    alpha.name = QStringLiteral("Alpha");
    alpha.platform = QStringLiteral("instagram");
    alpha.spend = 10000000;
    alpha.cpm = Uncertain(6000, 8000, 11000);
    alpha.ctr = Uncertain(0.006, 0.009, 0.012);
    alpha.viewRate = 0.8;
    alpha.cartRate = 0.08;
    alpha.purchaseRate = 0.35;
    alpha.aov = 45000;
    alpha.returnRate = 0.05;

    PaidChannel beta = alpha;
    beta.name = QStringLiteral("Beta");
    beta.platform = QStringLiteral("tiktok");
    beta.spend = 5000000;
    beta.cpm = 7000;
    beta.flighting.pattern = FlightingPattern::Front;

    CreatorDeal creator;
    creator.name = QStringLiteral("Creator A");
    creator.platform = QStringLiteral("tiktok");
    creator.tier = QStringLiteral("micro");
    creator.followers = 80000;
    creator.reachRate = 0.25;
    creator.posts = {1, 3};
    creator.feePerPost = 800000;
    creator.ctr = 0.012;
    creator.cartRate = 0.08;
    creator.purchaseRate = 0.3;
    creator.aov = 45000;

    OrganicStream organic;
    organic.name = QStringLiteral("Brand Instagram");
    organic.platform = QStringLiteral("instagram");
    organic.followers = 120000;
    organic.postsPerWeek = 3;
    organic.reachRate = 0.08;
    organic.ctr = 0.005;
    organic.cartRate = 0.06;
    organic.purchaseRate = 0.3;
    organic.aov = 45000;

    Scenario base;
    base.name = QStringLiteral("Base");
    base.budget = 15000000;
    base.channels = {alpha, beta};
    base.creators = {creator};
    base.organic = {organic};

    Scenario lean;
    lean.name = QStringLiteral("Lean");
    lean.channels = {alpha};

    plan.scenarios = {base, lean};
    return plan;
}

Plan reopenPlan(const QString &path)
{
    return PlanFile::open(path)->plan();
}
