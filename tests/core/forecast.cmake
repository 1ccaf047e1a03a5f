# Forecast engine (issue 3). Golden numbers: tests/data/forecast/golden.py.
funnelcast_add_test(tst_forecastengine LIBS fc_forecast)
funnelcast_add_test(tst_forecastsampling LIBS fc_forecast)
funnelcast_add_test(tst_forecastmontecarlo LIBS fc_forecast)
funnelcast_add_test(tst_forecastjson LIBS fc_forecast)
funnelcast_add_test(tst_forecastplanweekly LIBS fc_forecast)
# The AVX2 kernel's objects keep AVX inside their own namespace (scripts/check-kernel-isa.sh).
if(TARGET fc_forecast_avx2)
    add_test(NAME kernel_isa
             COMMAND sh "${PROJECT_SOURCE_DIR}/scripts/check-kernel-isa.sh" $<TARGET_OBJECTS:fc_forecast_avx2>
             COMMAND_EXPAND_LISTS)
endif()
