#!/usr/bin/env python3
"""Independent forecast of the bundled demo plan (resources/demo-plan.json).

Written from MODEL.md sections 2-6 only; no code shared with the engine. It reads the demo
plan JSON itself and prints, per scenario, the base totals that tests/core/tst_demoplan.cpp
checks, and a Monte Carlo estimate of the P10/P50/P90 of profit and ROAS (its own random
numbers, so only close to the engine's, not equal: the test checks those loosely).

    python3 tests/data/demo/golden.py [path/to/demo-plan.json] [draws]
"""
import json
import math
import os
import random
import sys

K = 1.2815515655446004


def base_of(v):
    return v["base"] if isinstance(v, dict) else v


def draw(v, z, rate):
    """Split lognormal (amounts) or split logit-normal (rates), MODEL.md section 2."""
    if not isinstance(v, dict) or v["low"] == v["high"]:
        return base_of(v)
    lo, b, hi = v["low"], v["base"], v["high"]
    if rate:
        lg = lambda x: math.log(x / (1 - x))
        s = (lg(hi) - lg(b)) / K if z >= 0 else (lg(b) - lg(lo)) / K
        y = lg(b) + s * z
        return 1 / (1 + math.exp(-y))
    s = math.log(hi / b) / K if z >= 0 else math.log(b / lo) / K
    return b * math.exp(s * z)


def shares(fl, weeks):
    pattern = fl.get("pattern", "even") if fl else "even"
    if pattern == "even":
        raw = [1.0] * weeks
    elif pattern == "front":
        raw = [float(weeks - t) for t in range(weeks)]
    elif pattern == "back":
        raw = [float(t + 1) for t in range(weeks)]
    elif pattern == "pulse":
        raw = [2.0 if t % 2 == 0 else 1.0 for t in range(weeks)]
    else:
        raw = [float(w) for w in fl["weights"]]
    total = sum(raw)
    return [w / total for w in raw]


RATES = {"ctr", "view_rate", "cart_rate", "purchase_rate", "fee_rate", "return_rate",
         "carryover", "reach_rate", "commission_rate"}


def value(item, key, default, zs):
    """Base value (zs is None) or a draw with this item's own z for `key`."""
    if key not in item:
        return default
    v = item[key]
    if zs is None:
        return base_of(v)
    return draw(v, zs[key], key in RATES)


def caused_and_realised(imps, ctr, view, cart, purchase, theta):
    caused = [i * ctr * view * cart * purchase for i in imps]
    realised, carry = [], 0.0
    for c in caused:
        carry = theta * carry + c
        realised.append((1 - theta) * carry)
    return caused, realised


def item_forecast(kind, item, weeks, zs):
    g = lambda key, default=None: value(item, key, default, zs)
    if kind == "paid":
        spend = item["spend"]
        p = shares(item.get("flighting"), weeks)
        audience = g("audience")
        freq = item.get("max_weekly_frequency")
        cap = audience * freq if audience is not None and freq is not None else None
        cpm = g("cpm")
        imps = []
        for t in range(weeks):
            x = 1000 * spend * p[t] / cpm
            imps.append(x if cap is None else cap * (1 - math.exp(-x / cap)))
        cost = spend
        J = sum(imps)
        reach = J if audience is None else audience * (1 - math.exp(-J / audience))
    elif kind == "creator":
        n, r = g("followers"), g("reach_rate")
        imps = [item["posts"].count(t) * n * r for t in range(weeks)]
        cost = g("fee_per_post") * len(item["posts"])
        spend = 0.0
        reach = n * (1 - (1 - r) ** len(item["posts"]))
    else:
        n, r, per = g("followers"), g("reach_rate"), item["posts_per_week"]
        imps = [per * n * r] * weeks
        cost = per * weeks * g("cost_per_post", 0.0)
        spend = 0.0
        reach = n * (1 - (1 - r) ** (per * weeks))
    ctr = g("ctr")
    caused, _ = caused_and_realised(imps, ctr, g("view_rate", 1.0), g("cart_rate"),
                                    g("purchase_rate"), g("carryover", 0.0))
    orders = sum(caused)
    aov = g("aov")
    gross = orders * aov
    ret = g("return_rate", 0.0)
    if kind == "paid":
        net = gross * (1 - ret) * (1 - g("fee_rate", 0.0))
    else:
        net = gross * (1 - ret) - g("commission_rate", 0.0) * gross
    return dict(spend=spend, cost=cost, impressions=sum(imps), clicks=sum(imps) * ctr,
                orders=orders, gross=gross, net=net, reach=reach)


def items(scenario):
    for key, kind in (("channels", "paid"), ("creators", "creator"), ("organic", "organic")):
        for item in scenario.get(key, []):
            yield kind, item


def scenario_forecast(plan, scenario, rng=None):
    rows = []
    for kind, item in items(scenario):
        zs = None
        if rng is not None:
            zs = {k: rng.gauss(0.0, 1.0) for k in item}
        rows.append(item_forecast(kind, item, plan["weeks"], zs))
    t = {k: sum(r[k] for r in rows) for k in
         ("spend", "cost", "impressions", "clicks", "orders", "gross", "net")}
    margin = plan.get("margin", 1.0)
    t["profit"] = t["net"] * margin - t["cost"]
    t["roas"] = t["gross"] / t["cost"] if t["cost"] > 0 else 0.0
    t["cpa"] = t["cost"] / t["orders"]
    pop = plan["population"]
    prod = 1.0
    for r in rows:
        prod *= 1 - min(1.0, r["reach"] / pop)
    t["reach"] = pop * (1 - prod)
    return t


def percentile(sorted_values, q):
    pos = q * (len(sorted_values) - 1)
    lo = math.floor(pos)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "../../../resources/demo-plan.json")
    draws = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    with open(path, encoding="utf-8") as f:
        plan = json.load(f)
    for s in plan["scenarios"]:
        t = scenario_forecast(plan, s)
        print(f"== {s['name']} (base)")
        for k in ("spend", "cost", "impressions", "clicks", "orders", "gross", "net", "profit",
                  "roas", "cpa", "reach"):
            print(f"  {k:12s} {t[k]!r}")
        rng = random.Random(20270301)
        runs = [scenario_forecast(plan, s, rng) for _ in range(draws)]
        for k in ("profit", "roas", "orders"):
            v = sorted(r[k] for r in runs)
            print(f"  {k:12s} P10 {percentile(v, 0.1):.6g}  P50 {percentile(v, 0.5):.6g}  "
                  f"P90 {percentile(v, 0.9):.6g}  (Monte Carlo, {draws} draws)")


if __name__ == "__main__":
    main()
