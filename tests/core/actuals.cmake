# Actuals: CSV reading, import into the plan file, weekly sums, plan vs actual, calibration.
funnelcast_add_test(tst_csvreader LIBS fc_actuals)
funnelcast_add_test(tst_actualsimport LIBS fc_actuals)
funnelcast_add_test(tst_actualsweekly LIBS fc_actuals)
funnelcast_add_test(tst_calibration LIBS fc_actuals)
funnelcast_add_test(tst_actualsrename LIBS fc_actuals)
# `funnelcast calibrate --scenario`: runs the built executable (no shell).
funnelcast_add_test(tst_cli_calibrate
    SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_cli_calibrate.cpp" "${CMAKE_CURRENT_LIST_DIR}/clirunner.cpp"
    LIBS fc_actuals)
target_compile_definitions(tst_cli_calibrate PRIVATE FUNNELCAST_EXE="$<TARGET_FILE:funnelcast>")
add_dependencies(tst_cli_calibrate funnelcast)
