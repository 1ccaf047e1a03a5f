# Forecast engine benchmark (issue 3): 30 paid channels, 10 creators, 5 organic streams, 52 weeks.
funnelcast_add_bench(bench_forecast SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_forecast.cpp ${CMAKE_CURRENT_LIST_DIR}/bench_guiplan.cpp LIBS fc_forecast)
