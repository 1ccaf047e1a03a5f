# Budget optimizer (core/optimize): tests owned by the optimizer area.
funnelcast_add_test(tst_optimizer SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_optimizer.cpp LIBS fc_optimize)
# Cross-check against the forecast engine (core/forecast) on the demo plan and a built plan.
funnelcast_add_test(tst_optimizerforecast SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_optimizerforecast.cpp
                    LIBS fc_optimize fc_forecast fc_io)
# Scenario edits (ScenarioOps) and saving an optimized result through a real plan file.
funnelcast_add_test(tst_optimizerscenarios SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_optimizerscenarios.cpp
                    LIBS fc_optimize fc_storage)
