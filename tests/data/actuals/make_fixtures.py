#!/usr/bin/env python3
# Writes the actuals import fixtures. The rows are written by hand from FIELD-NOTES.md
# ("Ad-platform CSV exports"); this script only applies the encodings and line endings that a
# text editor cannot show. The expected totals in tests/core/tst_actualsimport.cpp were worked
# out by hand from these rows (see the comment above each file).
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, text, encoding="utf-8", bom=b"", newline="\n"):
    data = bom + text.replace("\n", newline).encode(encoding)
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


# Meta (en), UTF-8 with BOM. Quoted commas, doubled quotes, a newline inside a campaign name,
# `-` cells, `Using campaign budget`. Link clicks preferred over Clicks (all).
# spend 30000+20000+15000 = 65000; impressions 12000+8000+5000 = 25000;
# clicks 40+25 (third `-`) = 65; orders 3+2 = 5; revenue 90000+60000 = 150000.
write("meta_en.csv",
      'Campaign name,Ad set name,Ad name,Reporting starts,Reporting ends,Delivery,Results,Result indicator,'
      'Cost per results,Amount spent (KRW),Impressions,Reach,Frequency,"CPM (cost per 1,000 impressions) (KRW)",'
      'Link clicks,"CPC (cost per link click) (KRW)",CTR (link click-through rate),Clicks (all),'
      'Landing page views,Purchases,Purchases conversion value,Purchase ROAS (return on ad spend),Ad set budget\n'
      '"Spring, Launch",Women 25-34,"Video ""A""",2026-02-01,2026-02-01,active,3,actions:offsite_conversion.fb_pixel_purchase,'
      '"10,000",30000,12000,9000,1.33,2500,40,750,0.33,55,30,3,90000,3,Using campaign budget\n'
      '"Spring, Launch",Women 25-34,"Video ""A""",2026-02-02,2026-02-02,active,2,actions:offsite_conversion.fb_pixel_purchase,'
      '"10,000",20000,8000,6000,1.33,2500,25,800,0.31,35,20,2,60000,3,Using campaign budget\n'
      '"멀티라인\n캠페인",타깃 B,소재 1,2026-02-02,2026-02-02,active,-,-,-,15000,5000,4000,1.25,3000,-,-,-,12,-,-,-,-,50000\n',
      bom=b"\xef\xbb\xbf")

# Meta (ko), weekly rows (보고 시작..보고 종료 spans 7 days), UTF-8 without BOM.
# week 2026-02-02: spend 140000, impressions 50000, clicks 500, orders 20, revenue 600000;
# week 2026-02-09: 70000, 25000, 250, 10, 300000.
write("meta_ko_weekly.csv",
      "캠페인 이름,광고 세트 이름,광고 이름,보고 시작,보고 종료,지출 금액 (KRW),노출,도달,링크 클릭,클릭(전체),구매,구매 전환값\n"
      '봄 신상품,여성 25-34,영상 A,2026-02-02,2026-02-08,"140,000",50000,30000,500,800,20,"600,000"\n'
      '봄 신상품,여성 25-34,영상 A,2026-02-09,2026-02-15,"70,000",25000,15000,250,400,10,"300,000"\n')

# Google Ads "CSV (Excel)": UTF-16LE with BOM, tab-delimited, CRLF, title and date-range rows,
# `Sun, Feb 1, 2026` dates, unquoted thousands separators, `--`, totals rows.
# spend 1234+2000.5+500 = 3734.5; impressions 2000+3000 (third `--`) = 5000; clicks 50+60 = 110;
# orders 2+1.5+0 = 3.5; revenue 40000+30000+0 = 70000. Data on lines 4-6.
write("google_utf16.csv",
      "Campaign report\n"
      "February 1, 2026 - February 3, 2026\n"
      "Day\tCampaign\tCampaign ID\tCurrency code\tCost\tImpr.\tClicks\tConversions\tConv. value\tAvg. CPC\tCTR\tConv. rate\tCost / conv.\tCampaign status\n"
      "Sun, Feb 1, 2026\t검색 - 브랜드\t111\tKRW\t1,234\t2,000\t50\t2\t40,000\t24.68\t2.50%\t4.00%\t617\tEnabled\n"
      "Mon, Feb 2, 2026\t검색 - 브랜드\t111\tKRW\t2,000.50\t3,000\t60\t1.5\t30,000\t33.34\t2.00%\t2.50%\t1,333.67\tEnabled\n"
      "Tue, Feb 3, 2026\tPMax, 신상품\t222\tKRW\t500\t--\t--\t0\t0\t--\t--\t--\t--\tEnabled\n"
      "\tTotal: Account\t\tKRW\t3,734.50\t5,000\t110\t3.5\t70,000\t33.95\t2.20%\t3.18%\t1,066.99\t\n"
      "\tTotal: Search\t\tKRW\t3,234.50\t5,000\t110\t3.5\t70,000\t29.40\t2.20%\t3.18%\t924.14\tTotal: Search\n",
      encoding="utf-16-le", bom=b"\xff\xfe", newline="\r\n")

# Google Ads CSV, UTF-8 without BOM, comma, CRLF, quoted thousands separators, a totals row
# whose label sits in the Day column. spend 4000; impressions 30000; clicks 300; orders 15;
# revenue 450000.
write("google_utf8.csv",
      "Campaign report\n"
      '"February 1, 2026 - February 2, 2026"\n'
      "Day,Campaign,Currency code,Cost,Impr.,Clicks,Conversions,Conv. value\n"
      '2026-02-01,"Brand, exact",KRW,"1,500","10,000",100,5,"150,000"\n'
      '2026-02-02,"Brand, exact",KRW,"2,500","20,000",200,10,"300,000"\n'
      'Total: Account,,KRW,"4,000","30,000",300,15,"450,000"\n',
      newline="\r\n")

# TikTok: currency in the cost header, `February 1, 2026` dates, no `Total complete payment`,
# so revenue = ROAS x cost = 3.5*10000 + 2*20000 = 75000; spend 30000; impressions 10000;
# clicks 200; orders 9; a trailing Total row.
write("tiktok.csv",
      "Campaign name,Ad group name,Ad name,Date,Primary status,Cost (KRW),Impressions,Reach,Frequency,CPM,"
      "Clicks (destination),CPC (destination),CTR (destination),Complete payment,Complete payment ROAS,"
      "Adds to cart (website),Checkouts initiated (website)\n"
      '틱톡 캠페인,그룹 1,"Ad ""1""","February 1, 2026",Active,10000,4000,3000,1.33,2500,80,125,2.00%,4,3.5,10,6\n'
      '틱톡 캠페인,그룹 1,"Ad ""1""","February 2, 2026",Active,"20,000","6,000",5000,1.2,3333,120,167,2.00%,5,2,12,8\n'
      'Total,,,,,"30,000","10,000",8000,1.25,3000,200,150,2.00%,9,2.5,22,14\n')

# Naver search ads, CP949, a title row, `2026.02.01.` dates; spend is 총비용(VAT포함,원),
# orders 총 전환수 and revenue 총 전환매출액(원) (not the direct-conversion columns).
# spend 33000+49500 = 82500; impressions 3000; clicks 75; orders 5; revenue 115000.
write("naver_cp949.csv",
      "캠페인 보고서(2026.02.01.~2026.02.02.)\n"
      '일별,캠페인,광고그룹,노출수,클릭수,"총비용(VAT포함,원)",전환수,전환매출액(원),총 전환수,총 전환매출액(원)\n'
      '2026.02.01.,파워링크#1,그룹A,"1,000",30,"33,000",1,"20,000",2,"45,000"\n'
      '2026.02.02.,파워링크#1,그룹A,"2,000",45,"49,500",2,"40,000",3,"70,000"\n',
      encoding="cp949")

# Kakao: `평균 클릭 비용` (average CPC) stands before `비용` and must not be taken for spend;
# `2026. 2. 1.` dates; a 합계 row. spend 11000; impressions 4500; clicks 100; orders 3;
# revenue 80000.
write("kakao.csv",
      "일,캠페인 이름,광고그룹 이름,평균 클릭 비용,비용,노출수,클릭수,전환수,전환매출액\n"
      '2026. 2. 1.,카카오 모먼트,그룹,100,"5,000","2,000",50,1,"30,000"\n'
      '2026. 2. 2.,카카오 모먼트,그룹,120,"6,000","2,500",50,2,"50,000"\n'
      '합계,,,110,"11,000","4,500",100,3,"80,000"\n')

# Generic, semicolon-delimited, a decimal comma, across a year boundary. With the plan starting
# Monday 2026-01-05: week 2025-12-29 has 2025-12-29 and 2026-01-04 (spend 3000.5, impressions
# 30000, clicks 300, orders 6, revenue 150000); week 2026-01-05 has spend 3000, impressions
# 30000, clicks 300, orders 6, revenue 150000.
write("generic_semicolon.csv",
      "date;spend;impressions;clicks;orders;revenue\n"
      "2025-12-29;1000,5;10000;100;2;50000\n"
      "2026-01-04;2000;20000;200;4;100000\n"
      "2026-01-05;3000;30000;300;6;150000\n")

# Generic with Korean headers, UTF-16BE with BOM. One row.
write("generic_ko_utf16be.csv",
      "날짜,광고비,노출수,클릭수,주문수,매출\n"
      "2026-02-01,1000,100,10,1,20000\n",
      encoding="utf-16-be", bom=b"\xfe\xff")

# A row with text in a number column (line 3) and a negative spend (line 5) between good rows,
# for --skip-bad-rows: imported 2 (spend 100 + 300), skipped lines 3 and 5.
write("mixed_bad.csv",
      "date,spend,impressions,clicks\n"
      "2026-02-01,100,1000,10\n"
      "2026-02-02,200,abc,20\n"
      "2026-02-03,300,3000,30\n"
      "2026-02-04,-5,4000,40\n")

# Bad input, each refused as a whole.
write("bad_empty.csv", "")
with open(os.path.join(HERE, "bad_binary.bin"), "wb") as f:
    f.write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)))
write("bad_noheader.csv", "hello,world\n1,2\n3,4\n")
write("bad_nospend.csv", "Day,Campaign,Impr.,Clicks\n2026-02-01,A,100,5\n")
write("bad_text_number.csv", "date,spend,clicks\n2026-02-01,100,5\n2026-02-02,12O,6\n")
write("bad_negative.csv", "date,spend\n2026-02-01,100\n2026-02-02,200\n2026-02-03,-50\n")
write("bad_date.csv", "date,spend\n2026-02-28,100\n2026-02-30,100\n")
with open(os.path.join(HERE, "bad_undecodable.csv"), "wb") as f:
    f.write(b"date,spend\n2026-02-01,100\n2026-02-02,\xff\xfe\xff\n")
write("bad_currency.csv",
      "Campaign name,Reporting starts,Reporting ends,Amount spent (USD),Impressions\n"
      "A,2026-02-01,2026-02-01,12.5,1000\n")
write("bad_currency_column.csv",
      "Campaign report\n"
      "Day,Campaign,Currency code,Cost,Impr.\n"
      "2026-02-01,A,KRW,100,1000\n"
      "2026-02-02,A,USD,100,1000\n")
write("bad_meta_monthly.csv",
      "Campaign name,Reporting starts,Reporting ends,Amount spent (KRW),Impressions\n"
      "A,2026-02-01,2026-02-28,100000,50000\n")
