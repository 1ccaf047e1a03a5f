#!/usr/bin/env python3
"""Writes the import-dialog and Actuals-tab fixtures (tests/ui/tst_actuals*.cpp).

The plan they go with is tests/ui/uitestplan.cpp: KRW, weeks of 2027-03-01 .. 2027-04-25,
paid channels Alpha (instagram) and Beta (tiktok). Run from this folder; prints the sums the
tests expect, computed here independently of Funnelcast.
"""
import datetime

# Meta (English): 28 daily rows, 2027-03-01 .. 2027-03-28, one ad. Spend differs per week
# (so pacing moves) and a little per weekday; CPM, CTR, conversion and AOV are round.
daily_spend = [160000, 200000, 120000, 240000]
day_factor = [1.0, 1.1, 0.9, 1.0, 1.2, 0.8, 1.0]
rows = []
start = datetime.date(2027, 3, 1)
for d in range(28):
    week, weekday = divmod(d, 7)
    spend = round(daily_spend[week] * day_factor[weekday])
    impressions = spend // 8            # CPM 8,000
    clicks = impressions // 100          # CTR 1%
    purchases = [2, 3, 1, 4][week] + (1 if weekday == 4 else 0)
    revenue = purchases * 45000
    rows.append((start + datetime.timedelta(days=d), spend, impressions, clicks, purchases, revenue))

with open("meta_en.csv", "w", encoding="utf-8", newline="") as f:
    f.write("\ufeffCampaign name,Ad set name,Ad name,Reporting starts,Reporting ends,"
            "Amount spent (KRW),Impressions,Link clicks,Purchases,Purchases conversion value\r\n")
    for day, spend, imp, clk, pur, rev in rows:
        f.write(f'"Spring, Launch",Women 25-34,Video A,{day},{day},{spend},{imp},{clk},{pur},{rev}\r\n')

weekly = {}
for day, spend, imp, clk, pur, rev in rows:
    w = (day - start).days // 7
    s = weekly.setdefault(w, [0, 0, 0, 0, 0])
    for i, v in enumerate((spend, imp, clk, pur, rev)):
        s[i] += v
print("meta weekly (spend, impressions, clicks, orders, revenue):", weekly)
print("first row:", rows[0])

# The same export in US dollars: refused, the plan is in KRW.
with open("meta_usd.csv", "w", encoding="utf-8", newline="") as f:
    f.write("Campaign name,Reporting starts,Reporting ends,Amount spent (USD),Impressions\n")
    f.write("A,2027-03-01,2027-03-01,12.5,1000\n")

# Naver search ads, CP949, a title row above the header, dotted dates, quoted thousands.
naver = ("캠페인 보고서(2027.03.01.~2027.03.03.)\r\n"
         "일별,캠페인,광고그룹,노출수,클릭수,\"총비용(VAT포함,원)\",총 전환수,총 전환매출액(원)\r\n"
         "2027.03.01.,파워링크#1,그룹A,\"1,000\",30,\"33,000\",2,\"45,000\"\r\n"
         "2027.03.02.,파워링크#1,그룹A,\"2,000\",45,\"49,500\",3,\"70,000\"\r\n"
         "2027.03.03.,파워링크#1,그룹A,\"1,500\",40,\"44,000\",1,\"30,000\"\r\n")
with open("naver_cp949.csv", "wb") as f:
    f.write(naver.encode("cp949"))

# A quoted cell opened on line 4 and never closed.
with open("broken_quote.csv", "w", encoding="utf-8", newline="") as f:
    f.write("date,campaign,spend,impressions\n"
            "2027-03-01,A,1000,100\n"
            "2027-03-02,A,1000,100\n"
            "2027-03-03,\"A,1000,100\n"
            "2027-03-04,A,1000,100\n")

# An impossible date on line 3.
with open("bad_date.csv", "w", encoding="utf-8", newline="") as f:
    f.write("date,spend,orders\n2027-03-01,1000,1\n2027-02-30,1000,1\n")

# Columns no format knows: no spend column.
with open("unknown_columns.csv", "w", encoding="utf-8", newline="") as f:
    f.write("Day,Impressions,Clicks,Something else\n2027-03-01,100,3,x\n")
