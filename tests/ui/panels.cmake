# Optimizer and actuals panels (ui/views, ui/charts).
set(_panels_dir "${CMAKE_CURRENT_LIST_DIR}")
funnelcast_add_test(tst_optimizerpanel
    SOURCES "${_panels_dir}/tst_optimizerpanel.cpp" "${_panels_dir}/uitestplan.cpp"
    LIBS funnelcast_ui)
funnelcast_add_test(tst_forecastcsv SOURCES "${_panels_dir}/tst_forecastcsv.cpp" LIBS funnelcast_ui)
