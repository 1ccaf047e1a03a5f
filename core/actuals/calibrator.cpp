#include "actuals/calibrator.h"

#include "actuals/actualsstore.h"
#include "model/inputerror.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <random>

namespace funnelcast {

namespace {

CalibratedValue insufficient(const QString &reason)
{
    CalibratedValue v;
    v.reason = reason;
    return v;
}

// Linear interpolation between order statistics (as MODEL.md section 2 does for draws).
double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const double pos = p * double(values.size() - 1);
    const size_t lo = size_t(std::floor(pos));
    const size_t hi = std::min(values.size() - 1, lo + 1);
    return values[lo] + (values[hi] - values[lo]) * (pos - double(lo));
}

// Week indices drawn with replacement, `samples` times, from a fixed seed. The modulo keeps
// the draws identical on every platform (std::uniform_int_distribution is not specified).
std::vector<std::vector<int>> bootstrapDraws(int n, int samples, unsigned long long seed)
{
    std::mt19937_64 rng(seed);
    std::vector<std::vector<int>> draws(
        static_cast<size_t>(samples), std::vector<int>(static_cast<size_t>(n)));
    for (auto &draw : draws)
        for (int &i : draw)
            i = int(rng() % static_cast<unsigned long long>(n));
    return draws;
}

struct Metric
{
    std::vector<double> num;
    std::vector<double> den;
    std::vector<char> present; // week has both values
    int weeks = 0;
    double numSum = 0.0;
    double denSum = 0.0;
};

Metric metric(const std::vector<ActualsWeek> &weeks, std::optional<double> ActualsWeek::*num,
    std::optional<double> ActualsWeek::*den)
{
    Metric m;
    for (const ActualsWeek &w : weeks) {
        const bool both = (w.*num).has_value() && (w.*den).has_value();
        m.num.push_back(both ? *(w.*num) : 0.0);
        m.den.push_back(both ? *(w.*den) : 0.0);
        m.present.push_back(both ? 1 : 0);
        if (both) {
            ++m.weeks;
            m.numSum += *(w.*num);
            m.denSum += *(w.*den);
        }
    }
    return m;
}

// The ratio sum num / sum den times `scale`, with bootstrap P10/P90.
CalibratedValue ratio(const Metric &m, double scale, const std::vector<std::vector<int>> &draws)
{
    CalibratedValue v;
    v.ok = true;
    v.base = scale * m.numSum / m.denSum;
    std::vector<double> values;
    values.reserve(draws.size());
    for (const std::vector<int> &draw : draws) {
        double num = 0.0;
        double den = 0.0;
        for (int i : draw) {
            num += m.num[size_t(i)];
            den += m.den[size_t(i)];
        }
        if (den > 0.0)
            values.push_back(scale * num / den);
    }
    v.low = std::min(v.base, values.empty() ? v.base : percentile(values, 0.1));
    v.high = std::max(v.base, values.empty() ? v.base : percentile(values, 0.9));
    return v;
}

QString tooFewWeeks(int weeks)
{
    return QCoreApplication::translate("Calibrator", "%1 week(s) with the needed columns; at least %2 are needed.")
        .arg(weeks)
        .arg(Calibrator::minWeeks);
}

// Gauss-Newton for the impressions per unit of spend at a fixed 1/K (q), from `a`.
double solvePerSpend(const std::vector<double> &s, const std::vector<double> &imp, double q,
    double a, double *sseOut)
{
    const auto model
        = [q](double a, double s) { return q > 0.0 ? -std::expm1(-a * q * s) / q : a * s; };
    const auto sse = [&](double a) {
        double total = 0.0;
        for (size_t t = 0; t < s.size(); ++t) {
            const double r = imp[t] - model(a, s[t]);
            total += r * r;
        }
        return total;
    };
    double current = sse(a);
    for (int iter = 0; iter < 50; ++iter) {
        double jr = 0.0;
        double jj = 0.0;
        for (size_t t = 0; t < s.size(); ++t) {
            const double j = s[t] * std::exp(-a * q * s[t]);
            jr += j * (imp[t] - model(a, s[t]));
            jj += j * j;
        }
        if (jj <= 0.0)
            break;
        double step = jr / jj;
        bool improved = false;
        for (int half = 0; half < 30; ++half) {
            const double next = a + step;
            if (next > 0.0) {
                const double value = sse(next);
                if (value <= current) {
                    a = next;
                    current = value;
                    improved = true;
                    break;
                }
            }
            step /= 2.0;
        }
        if (!improved || std::abs(step) <= 1e-13 * a)
            break;
    }
    *sseOut = current;
    return a;
}

double coefficientOfVariation(const std::vector<double> &x)
{
    double mean = 0.0;
    for (double v : x)
        mean += v;
    mean /= double(x.size());
    double var = 0.0;
    for (double v : x)
        var += (v - mean) * (v - mean);
    var /= double(x.size());
    return mean > 0.0 ? std::sqrt(var) / mean : 0.0;
}

// K is taken as identified when the fit saturates the largest week noticeably: a K above
// 20 times the largest week's impressions changes that week by under 2.5%.
constexpr double maxCapacityRatio = 20.0;

void calibrateCapacity(const std::vector<ActualsWeek> &weeks, Calibration *c)
{
    std::vector<double> s;
    std::vector<double> imp;
    for (const ActualsWeek &w : weeks) {
        if (w.daysCovered == 7 && w.spend && w.impressions && *w.spend > 0.0
            && *w.impressions > 0.0) {
            s.push_back(*w.spend);
            imp.push_back(*w.impressions);
        }
    }
    if (int(s.size()) < Calibrator::minCapacityWeeks) {
        c->capacity
            = insufficient(QCoreApplication::translate("Calibrator", "%1 full week(s) with spend and impressions; K needs at least %2.")
                               .arg(s.size())
                               .arg(Calibrator::minCapacityWeeks));
        return;
    }
    if (coefficientOfVariation(s) < Calibrator::minSpendVariation) {
        c->capacity
            = insufficient(QCoreApplication::translate("Calibrator", "weekly spend varies too little (coefficient of variation under "
                              "%1) to show saturation.")
                               .arg(Calibrator::minSpendVariation));
        return;
    }
    double perSpend = 0.0;
    double capacity = 0.0;
    Calibrator::fitCapacity(s, imp, &perSpend, &capacity);
    const double maxImp = *std::max_element(imp.begin(), imp.end());
    if (capacity <= 0.0 || capacity > maxCapacityRatio * maxImp) {
        c->capacity = insufficient(
            QCoreApplication::translate("Calibrator", "impressions grow in step with spend: no saturation to estimate K from."));
        return;
    }
    const int n = int(s.size());
    const auto draws
        = bootstrapDraws(n, Calibrator::capacityBootstrapSamples, Calibrator::bootstrapSeed + 1);
    std::vector<double> ks;
    std::vector<double> cpms;
    int unsaturated = 0;
    int used = 0;
    std::vector<double> bs(static_cast<size_t>(n));
    std::vector<double> bi(static_cast<size_t>(n));
    for (const std::vector<int> &draw : draws) {
        for (int k = 0; k < n; ++k) {
            bs[size_t(k)] = s[size_t(draw[size_t(k)])];
            bi[size_t(k)] = imp[size_t(draw[size_t(k)])];
        }
        if (*std::min_element(bs.begin(), bs.end()) == *std::max_element(bs.begin(), bs.end()))
            continue; // one spend level says nothing about saturation
        ++used;
        double a = 0.0;
        double kk = 0.0;
        Calibrator::fitCapacity(bs, bi, &a, &kk);
        const double maxB = *std::max_element(bi.begin(), bi.end());
        if (kk <= 0.0 || kk > maxCapacityRatio * maxB) {
            ++unsaturated;
            continue;
        }
        ks.push_back(kk);
        cpms.push_back(1000.0 / a);
    }
    if (used == 0 || unsaturated > used / 10) {
        c->capacity
            = insufficient(QCoreApplication::translate("Calibrator", "saturation is not clear enough: %1% of resampled weeks show none.")
                               .arg(used == 0 ? 100 : qRound(100.0 * unsaturated / used)));
        return;
    }
    c->capacity.ok = true;
    c->capacity.base = capacity;
    c->capacity.low = std::min(capacity, percentile(ks, 0.1));
    c->capacity.high = std::max(capacity, percentile(ks, 0.9));
    const double cpm = 1000.0 / perSpend;
    c->cpm.ok = true;
    c->cpm.reason.clear();
    c->cpm.base = cpm;
    c->cpm.low = std::min(cpm, percentile(cpms, 0.1));
    c->cpm.high = std::max(cpm, percentile(cpms, 0.9));
    c->cpmFromCapacityFit = true;
}

// Spreads a click-to-order rate over the stages so that each keeps its share of the log of
// the plan's v * a * b (a stage at 1 stays 1).
void spreadFunnel(const PaidChannel &channel, Calibration *c)
{
    const double v = channel.viewRate.base;
    const double a = channel.cartRate.base;
    const double b = channel.purchaseRate.base;
    if (!c->clickToOrderRate.ok) {
        c->viewRate = c->cartRate = c->purchaseRate = insufficient(c->clickToOrderRate.reason);
        return;
    }
    if (!(v > 0.0 && a > 0.0 && b > 0.0)) {
        c->viewRate = c->cartRate = c->purchaseRate = insufficient(
            QCoreApplication::translate("Calibrator", "the plan's funnel has a stage at 0, so its proportions cannot be kept."));
        return;
    }
    const double total = std::log(v) + std::log(a) + std::log(b);
    const auto stage = [&](double planned, bool last) {
        CalibratedValue out = c->clickToOrderRate;
        if (total == 0.0) { // every stage at 1: the rate goes to the purchase stage
            out.low = out.base = out.high = 1.0;
            if (last)
                out = c->clickToOrderRate;
            return out;
        }
        const double share = std::log(planned) / total;
        out.low = std::exp(share * std::log(c->clickToOrderRate.low));
        out.base = std::exp(share * std::log(c->clickToOrderRate.base));
        out.high = std::exp(share * std::log(c->clickToOrderRate.high));
        return out;
    };
    c->viewRate = stage(v, false);
    c->cartRate = stage(a, false);
    c->purchaseRate = stage(b, true);
}

} // namespace

void Calibrator::fitCapacity(const std::vector<double> &spend,
    const std::vector<double> &impressions, double *perSpend, double *capacity)
{
    double sSum = 0.0;
    double iSum = 0.0;
    for (size_t t = 0; t < spend.size(); ++t) {
        sSum += spend[t];
        iSum += impressions[t];
    }
    const double a0 = iSum / sSum;
    const double maxImp = *std::max_element(impressions.begin(), impressions.end());
    // q = u / maxImp with u in [0, 1): K can never be below the largest week's impressions.
    const auto evaluate = [&](double u, double *a) {
        double sse = 0.0;
        *a = solvePerSpend(spend, impressions, u / maxImp, a0, &sse);
        return sse;
    };
    double a = 0.0;
    double bestU = 0.0;
    double bestA = 0.0;
    double best = evaluate(0.0, &bestA);
    // A coarse scan, then golden-section refinement around the best grid point.
    const int grid = 20;
    double gridBest = 0.0;
    for (int k = 1; k < grid; ++k) {
        const double u = double(k) / grid;
        const double value = evaluate(u, &a);
        if (value < best) {
            best = value;
            bestU = u;
            bestA = a;
            gridBest = u;
        }
    }
    double lo = std::max(0.0, gridBest - 1.0 / grid);
    double hi = std::min(0.999999, gridBest + 1.0 / grid);
    const double phi = (std::sqrt(5.0) - 1.0) / 2.0;
    double x1 = hi - phi * (hi - lo);
    double x2 = lo + phi * (hi - lo);
    double a1 = 0.0;
    double a2 = 0.0;
    double f1 = evaluate(x1, &a1);
    double f2 = evaluate(x2, &a2);
    for (int iter = 0; iter < 60 && hi - lo > 1e-10; ++iter) {
        if (f1 < f2) {
            hi = x2;
            x2 = x1;
            f2 = f1;
            a2 = a1;
            x1 = hi - phi * (hi - lo);
            f1 = evaluate(x1, &a1);
        } else {
            lo = x1;
            x1 = x2;
            f1 = f2;
            a1 = a2;
            x2 = lo + phi * (hi - lo);
            f2 = evaluate(x2, &a2);
        }
    }
    if (f1 < best) {
        best = f1;
        bestU = x1;
        bestA = a1;
    }
    if (f2 < best) {
        best = f2;
        bestU = x2;
        bestA = a2;
    }
    *perSpend = bestA;
    *capacity = bestU > 1e-9 ? maxImp / bestU : 0.0;
}

Calibration Calibrator::calibrate(const std::vector<ActualsWeek> &weeks, const PaidChannel &channel)
{
    Calibration c;
    c.channel = channel.name;
    c.weeks = int(weeks.size());
    for (const ActualsWeek &w : weeks)
        c.fullWeeks += w.daysCovered == 7 ? 1 : 0;
    const auto draws = bootstrapDraws(std::max(1, c.weeks), bootstrapSamples, bootstrapSeed);

    const Metric cpm = metric(weeks, &ActualsWeek::spend, &ActualsWeek::impressions);
    if (cpm.weeks < minWeeks)
        c.cpm = insufficient(tooFewWeeks(cpm.weeks));
    else if (cpm.denSum <= 0.0 || cpm.numSum <= 0.0)
        c.cpm = insufficient(QCoreApplication::translate("Calibrator", "no spend or no impressions recorded."));
    else
        c.cpm = ratio(cpm, 1000.0, draws);

    const Metric ctr = metric(weeks, &ActualsWeek::clicks, &ActualsWeek::impressions);
    if (ctr.weeks < minWeeks)
        c.ctr = insufficient(tooFewWeeks(ctr.weeks));
    else if (ctr.denSum <= 0.0 || ctr.numSum <= 0.0)
        c.ctr = insufficient(QCoreApplication::translate("Calibrator", "no clicks or no impressions recorded."));
    else if (ctr.numSum >= ctr.denSum)
        c.ctr = insufficient(
            QCoreApplication::translate("Calibrator", "more clicks than impressions recorded; check the export's columns."));
    else
        c.ctr = ratio(ctr, 1.0, draws);
    if (c.ctr.ok && (c.ctr.low <= 0.0 || c.ctr.high >= 1.0))
        c.ctr = insufficient(QCoreApplication::translate("Calibrator", "too few clicks to bound the click-through rate."));

    const Metric cto = metric(weeks, &ActualsWeek::orders, &ActualsWeek::clicks);
    if (cto.weeks < minWeeks)
        c.clickToOrderRate = insufficient(tooFewWeeks(cto.weeks));
    else if (cto.numSum < minOrders)
        c.clickToOrderRate = insufficient(
            QCoreApplication::translate("Calibrator", "%1 orders recorded; at least %2 are needed.").arg(cto.numSum).arg(minOrders));
    else if (cto.numSum >= cto.denSum)
        c.clickToOrderRate
            = insufficient(QCoreApplication::translate("Calibrator", "more orders than clicks recorded (view-through orders?); "
                              "the funnel cannot be calibrated."));
    else
        c.clickToOrderRate = ratio(cto, 1.0, draws);
    if (c.clickToOrderRate.ok && (c.clickToOrderRate.low <= 0.0 || c.clickToOrderRate.high >= 1.0))
        c.clickToOrderRate = insufficient(QCoreApplication::translate("Calibrator", "too few orders to bound the click-to-order rate."));
    spreadFunnel(channel, &c);

    const Metric aov = metric(weeks, &ActualsWeek::revenue, &ActualsWeek::orders);
    if (aov.weeks < minWeeks)
        c.aov = insufficient(tooFewWeeks(aov.weeks));
    else if (aov.denSum < minOrders)
        c.aov = insufficient(
            QCoreApplication::translate("Calibrator", "%1 orders recorded; at least %2 are needed.").arg(aov.denSum).arg(minOrders));
    else if (aov.numSum <= 0.0)
        c.aov = insufficient(QCoreApplication::translate("Calibrator", "no revenue recorded."));
    else
        c.aov = ratio(aov, 1.0, draws);

    if (c.cpm.ok)
        calibrateCapacity(weeks, &c);
    else
        c.capacity = insufficient(c.cpm.reason);
    return c;
}

Calibration Calibrator::calibrate(Database &db, const Plan &plan, const QString &channelName)
{
    for (const Scenario &scenario : plan.scenarios)
        for (const PaidChannel &channel : scenario.channels)
            if (channel.name == channelName)
                return calibrate(ActualsStore(db).weekly(channelName, plan.start), channel);
    throw UsageError(QCoreApplication::translate("Calibrator", "The plan has no paid channel named \"%1\".").arg(channelName));
}

PaidChannel Calibrator::apply(const PaidChannel &channel, const Calibration &c)
{
    PaidChannel out = channel;
    if (c.cpm.ok)
        out.cpm = c.cpm.toUncertain();
    if (c.ctr.ok)
        out.ctr = c.ctr.toUncertain();
    if (c.viewRate.ok && c.cartRate.ok && c.purchaseRate.ok) {
        out.viewRate = c.viewRate.toUncertain();
        out.cartRate = c.cartRate.toUncertain();
        out.purchaseRate = c.purchaseRate.toUncertain();
    }
    if (c.aov.ok)
        out.aov = c.aov.toUncertain();
    if (c.capacity.ok) {
        const Uncertain k = c.capacity.toUncertain();
        if (out.maxWeeklyFrequency && *out.maxWeeklyFrequency > 0.0) {
            const double f = *out.maxWeeklyFrequency;
            out.audience = Uncertain(k.low / f, k.base / f, k.high / f);
        } else if (out.audience && out.audience->base > 0.0) {
            out.maxWeeklyFrequency = k.base / out.audience->base;
        } else {
            out.audience = k;
            out.maxWeeklyFrequency = 1.0;
        }
    }
    return out;
}

} // namespace funnelcast
