-- The schema-0 plan file fixture (docs/plan-file.md, "Schema 0"). Regenerate schema0.fcplan with
--   rm -f schema0.fcplan && sqlite3 schema0.fcplan < schema0.sql
-- Expected values after migration are written out by hand in tests/core/tst_migration.cpp.
PRAGMA application_id = 1178816080; -- 0x46434e50, "FCNP"
PRAGMA user_version = 0;
CREATE TABLE header (
    name TEXT NOT NULL,
    currency TEXT NOT NULL,
    start TEXT NOT NULL,
    weeks INTEGER NOT NULL,
    population REAL,
    margin REAL NOT NULL
);
CREATE TABLE scenario (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    budget REAL
);
CREATE TABLE plan_item (
    id INTEGER PRIMARY KEY,
    scenario_id INTEGER NOT NULL REFERENCES scenario(id),
    kind TEXT NOT NULL,
    position INTEGER NOT NULL,
    data TEXT NOT NULL
);
INSERT INTO header VALUES ('Old spring plan', 'KRW', '2027-03-01', 8, 20000000, 0.6);
INSERT INTO scenario VALUES (1, 0, 'Base', 50000000);
INSERT INTO scenario VALUES (2, 1, 'Lean', NULL);
INSERT INTO plan_item VALUES (1, 1, 'channel', 0, '{"name": "Instagram Ads", "platform": "instagram", "spend": 20000000, "flighting": {"pattern": "even"}, "min_spend": 0, "max_spend": 40000000, "locked": false, "cpm": {"low": 6000, "base": 8000, "high": 11000}, "audience": 5000000, "max_weekly_frequency": 3, "ctr": {"low": 0.006, "base": 0.009, "high": 0.012}, "view_rate": 0.8, "cart_rate": 0.08, "purchase_rate": 0.35, "aov": 45000, "fee_rate": 0, "return_rate": 0.05, "carryover": 0.2}');
INSERT INTO plan_item VALUES (2, 1, 'creator', 0, '{"name": "Creator A", "platform": "tiktok", "tier": "micro", "followers": 80000, "reach_rate": 0.25, "posts": [1, 3], "fee_per_post": 800000, "ctr": 0.012, "view_rate": 0.9, "cart_rate": 0.08, "purchase_rate": 0.3, "aov": 45000, "return_rate": 0.05, "carryover": 0.1, "commission_rate": 0.1}');
INSERT INTO plan_item VALUES (3, 1, 'organic', 0, '{"name": "Brand Instagram", "platform": "instagram", "followers": 120000, "posts_per_week": 3, "reach_rate": 0.08, "cost_per_post": 200000, "ctr": 0.005, "view_rate": 0.9, "cart_rate": 0.06, "purchase_rate": 0.3, "aov": 45000, "return_rate": 0.05, "carryover": 0.1}');
INSERT INTO plan_item VALUES (4, 2, 'channel', 0, '{"name": "TikTok Ads", "platform": "tiktok", "spend": 10000000, "cpm": 5000, "ctr": 0.01, "cart_rate": 0.05, "purchase_rate": 0.3, "aov": 40000}');
