# The scenario comparison's Monte Carlo ranges (ui/document/scenariobands).
funnelcast_add_test(tst_scenariobands
    SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_scenariobands.cpp" "${CMAKE_CURRENT_LIST_DIR}/uitestplan.cpp"
    LIBS funnelcast_ui)
