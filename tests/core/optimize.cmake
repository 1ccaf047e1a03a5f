# Budget optimizer (core/optimize): tests owned by the optimizer area.
funnelcast_add_test(tst_optimizer SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_optimizer.cpp LIBS fc_optimize)
