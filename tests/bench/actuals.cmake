# Actuals import benchmark: 1,000,000 daily rows against the sqlite3 shell's .import.
funnelcast_add_bench(bench_import LIBS fc_actuals)
