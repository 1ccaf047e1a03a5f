# GUI speed (issue 6, item 9); figures and how to run them: docs/performance.md.
# Start-up: the app against the smallest Qt Widgets window, first paint, run alternately.
add_executable(bench_minimal_window ${CMAKE_CURRENT_LIST_DIR}/bench_minimal_window.cpp)
target_link_libraries(bench_minimal_window PRIVATE Qt6::Widgets)
funnelcast_add_bench(bench_gui_startup SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_gui_startup.cpp
    LIBS Qt6::Core)
add_dependencies(bench_gui_startup funnelcast bench_minimal_window)
target_compile_definitions(bench_gui_startup PRIVATE
    FUNNELCAST_APP="$<TARGET_FILE:funnelcast>"
    MINIMAL_WINDOW="$<TARGET_FILE:bench_minimal_window>")
# Edit latency: table edit -> plan file -> base forecast -> KPI card; demo and 30x52 plans.
funnelcast_add_bench(bench_gui_edit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_gui_edit.cpp ${CMAKE_CURRENT_LIST_DIR}/bench_guiplan.cpp
    LIBS funnelcast_ui funnelcast_core)
# UI-thread blocking while a 10,000-draw Monte Carlo runs: largest gap of a 5 ms timer.
funnelcast_add_bench(bench_gui_blocking
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_gui_blocking.cpp ${CMAKE_CURRENT_LIST_DIR}/bench_guiplan.cpp
    LIBS funnelcast_ui funnelcast_core)
