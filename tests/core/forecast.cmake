# Forecast engine (issue 3). Golden numbers: tests/data/forecast/golden.py.
funnelcast_add_test(tst_forecastengine LIBS fc_forecast)
funnelcast_add_test(tst_forecastsampling LIBS fc_forecast)
funnelcast_add_test(tst_forecastmontecarlo LIBS fc_forecast)
funnelcast_add_test(tst_forecastjson LIBS fc_forecast)
funnelcast_add_test(tst_forecastplanweekly LIBS fc_forecast)
