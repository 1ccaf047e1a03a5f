#!/usr/bin/env python3
"""Independent computation of the golden numbers in tests/core/tst_forecastengine.cpp.

Written from MODEL.md sections 3-6 only (no code shared with the engine). Run it with
`python3 golden.py`; the output is pasted as constants into the test.
"""
import math


def shares(pattern, weeks, weights=None):
    if pattern == "even":
        raw = [1.0] * weeks
    elif pattern == "front":
        raw = [float(weeks - t) for t in range(weeks)]
    elif pattern == "back":
        raw = [float(t + 1) for t in range(weeks)]
    elif pattern == "pulse":
        raw = [2.0 if t % 2 == 0 else 1.0 for t in range(weeks)]
    else:
        raw = list(weights)
    total = sum(raw)
    return [w / total for w in raw]


def funnel(imps, ctr, view, cart, purchase, theta):
    caused = [i * ctr * view * cart * purchase for i in imps]
    realised = []
    for t in range(len(caused)):
        realised.append((1 - theta) * sum(theta ** j * caused[t - j] for j in range(t + 1)))
    return caused, realised


def paid(spend, pattern, weeks, cpm, ctr, view, cart, purchase, aov, fee, ret, theta,
         audience=None, freq=None, weights=None):
    p = shares(pattern, weeks, weights)
    K = audience * freq if audience is not None and freq is not None else None
    imps = []
    for t in range(weeks):
        x = 1000 * spend * p[t] / cpm
        imps.append(x if K is None else K * (1 - math.exp(-x / K)))
    caused, realised = funnel(imps, ctr, view, cart, purchase, theta)
    J = sum(imps)
    orders = sum(caused)
    gross = orders * aov
    return dict(spend=spend, cost=spend, impressions=J, clicks=J * ctr, orders=orders,
                tail=orders - sum(realised), gross=gross, net=gross * (1 - ret) * (1 - fee),
                reach=J if audience is None else audience * (1 - math.exp(-J / audience)),
                weekly_imps=imps, weekly_orders=realised,
                weekly_gross=[o * aov for o in realised])


def creator(weeks, followers, rate, posts, fee, ctr, view, cart, purchase, aov, ret, theta, kappa):
    imps = [posts.count(t) * followers * rate for t in range(weeks)]
    caused, realised = funnel(imps, ctr, view, cart, purchase, theta)
    orders = sum(caused)
    gross = orders * aov
    return dict(spend=0.0, cost=fee * len(posts), impressions=sum(imps), clicks=sum(imps) * ctr,
                orders=orders, tail=orders - sum(realised), gross=gross,
                net=gross * (1 - ret) - kappa * gross,
                reach=followers * (1 - (1 - rate) ** len(posts)),
                weekly_imps=imps, weekly_orders=realised, weekly_gross=[o * aov for o in realised])


def organic(weeks, followers, n, rate, cpp, ctr, view, cart, purchase, aov, ret, theta):
    imps = [n * followers * rate] * weeks
    caused, realised = funnel(imps, ctr, view, cart, purchase, theta)
    orders = sum(caused)
    gross = orders * aov
    return dict(spend=0.0, cost=n * weeks * cpp, impressions=sum(imps), clicks=sum(imps) * ctr,
                orders=orders, tail=orders - sum(realised), gross=gross, net=gross * (1 - ret),
                reach=followers * (1 - (1 - rate) ** (n * weeks)),
                weekly_imps=imps, weekly_orders=realised, weekly_gross=[o * aov for o in realised])


def plan(channels, margin, population):
    t = {k: sum(c[k] for c in channels) for k in
         ("spend", "cost", "impressions", "clicks", "orders", "gross", "net")}
    prod = 1.0
    for c in channels:
        prod *= 1 - min(1.0, c["reach"] / population)
    t["reach"] = population * (1 - prod)
    t["profit"] = t["net"] * margin - t["cost"]
    t["roas"] = t["gross"] / t["cost"] if t["cost"] > 0 else 0.0
    t["cpa"] = t["cost"] / t["orders"] if t["orders"] > 0 else None
    return t


def show(name, d):
    for k, v in d.items():
        if isinstance(v, list):
            print(f"{name}.{k} = [{', '.join(repr(x) for x in v)}]")
        else:
            print(f"{name}.{k} = {v!r}")


# 1. Single paid channel, no saturation (the arithmetic is also worked by hand in the test).
single = paid(40000, "even", 4, 8000, 0.01, 0.8, 0.1, 0.5, 50000, 0.1, 0.05, 0.0)
show("single", single)
show("single.plan", plan([single], 0.6, 100000))

# 2. Saturation K = A * F = 20000 at three spends, one week.
for s in (100000, 200000, 400000):
    r = paid(s, "even", 1, 10000, 0.01, 1.0, 0.1, 0.5, 30000, 0.0, 0.0, 0.0, audience=10000, freq=2)
    print(f"saturation[{s}].impressions = {r['impressions']!r}  orders = {r['orders']!r}"
          f"  reach = {r['reach']!r}")

# 3. Carryover 0.5 with a tail: one caused order a week for three weeks.
carry = paid(30000, "even", 3, 10000, 0.1, 1.0, 0.1, 0.1, 20000, 0.0, 0.0, 0.5)
show("carry", carry)

# 4. Flighting: S = 100, CPM = 1000, so I_t = s_t.
for pattern, weights in (("even", None), ("front", None), ("back", None), ("pulse", None),
                         ("custom", [1, 0, 3, 0])):
    r = paid(100, pattern, 4, 1000, 0.01, 1, 0.1, 0.1, 1000, 0, 0, 0, weights=weights)
    print(f"flighting.{pattern} = {r['weekly_imps']!r}")

# 5. Creator deal.
kreator = creator(4, 80000, 0.25, [1, 3, 3], 800000, 0.012, 0.9, 0.08, 0.3, 45000, 0.05, 0.1, 0.1)
show("creator", kreator)

# 6. Organic stream.
org = organic(4, 120000, 3, 0.08, 200000, 0.005, 0.9, 0.06, 0.3, 45000, 0.05, 0.1)
show("organic", org)

# 7. Reach combination: two paid channels with audiences, one without (over P), a creator.
a = paid(8e6, "even", 4, 8000, 0.01, 1, 0.1, 0.1, 1000, 0, 0, 0, audience=500000, freq=3)
b = paid(2e6, "even", 4, 5000, 0.01, 1, 0.1, 0.1, 1000, 0, 0, 0, audience=300000)
print(f"reach.a = {a['reach']!r}  reach.b = {b['reach']!r}  reach.creator = {kreator['reach']!r}")
print(f"reach.combined = {plan([a, b, kreator], 1.0, 1000000)['reach']!r}")
c = paid(1e7, "even", 4, 1000, 0.01, 1, 0.1, 0.1, 1000, 0, 0, 0)  # J = 1e7 > P
print(f"reach.overP = {plan([a, c], 1.0, 1000000)['reach']!r}")

# 8. Plan totals of single + creator + organic, margin 0.6, population 1,000,000.
show("mixed", plan([single, kreator, org], 0.6, 1000000))
