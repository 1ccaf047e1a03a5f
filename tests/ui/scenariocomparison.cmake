# The scenario comparison table (ui/views/scenariocomparison*): how its lines are coloured.
funnelcast_add_test(tst_scenariocomparison
    SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_scenariocomparison.cpp" "${CMAKE_CURRENT_LIST_DIR}/uitestplan.cpp"
    LIBS funnelcast_ui)
