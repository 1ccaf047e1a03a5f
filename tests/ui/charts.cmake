# Charts of the forecast panel, the scenario comparison and the optimizer (ui/charts).
set(_charts_dir "${CMAKE_CURRENT_LIST_DIR}")
funnelcast_add_test(tst_charts
    SOURCES "${_charts_dir}/tst_charts.cpp" "${_charts_dir}/uitestplan.cpp"
    LIBS funnelcast_ui)
funnelcast_add_test(tst_forecastpanel
    SOURCES "${_charts_dir}/tst_forecastpanel.cpp" "${_charts_dir}/uitestplan.cpp"
    LIBS funnelcast_ui)
