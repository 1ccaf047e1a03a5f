# The weekly flighting editor (ui/models/flightingmodel, ui/views/flightingeditor).
set(_flighting_dir "${CMAKE_CURRENT_LIST_DIR}")
funnelcast_add_test(tst_flightingmodel
    SOURCES "${_flighting_dir}/tst_flightingmodel.cpp" "${_flighting_dir}/uitestplan.cpp"
    LIBS funnelcast_ui)
funnelcast_add_test(tst_flightingeditor
    SOURCES "${_flighting_dir}/tst_flightingeditor.cpp" "${_flighting_dir}/uitestplan.cpp"
    LIBS funnelcast_ui)
