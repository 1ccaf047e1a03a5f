# Actuals in the desktop app: the import preview dialog, the Actuals tab (pacing, calibration).
set(_actuals_ui_dir "${CMAKE_CURRENT_LIST_DIR}")
funnelcast_add_test(tst_actualsimportdialog
    SOURCES "${_actuals_ui_dir}/tst_actualsimportdialog.cpp" "${_actuals_ui_dir}/uitestplan.cpp"
    LIBS funnelcast_ui)
funnelcast_add_test(tst_actualspanel
    SOURCES "${_actuals_ui_dir}/tst_actualspanel.cpp" "${_actuals_ui_dir}/uitestplan.cpp"
    LIBS funnelcast_ui)
funnelcast_add_test(tst_actualschannelrename
    SOURCES "${_actuals_ui_dir}/tst_actualschannelrename.cpp" "${_actuals_ui_dir}/uitestplan.cpp"
    LIBS funnelcast_ui)
