# Budget optimizer benchmark (MODEL.md section 7, issue 4): 30 channels, 52 weeks.
funnelcast_add_bench(bench_optimizer SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_optimizer.cpp LIBS fc_optimize)
