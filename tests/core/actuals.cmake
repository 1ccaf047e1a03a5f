# Actuals: CSV reading, import into the plan file, weekly sums, plan vs actual, calibration.
funnelcast_add_test(tst_csvreader LIBS fc_actuals)
funnelcast_add_test(tst_actualsimport LIBS fc_actuals)
funnelcast_add_test(tst_actualsweekly LIBS fc_actuals)
funnelcast_add_test(tst_calibration LIBS fc_actuals)
