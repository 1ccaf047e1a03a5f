# Reliability (issue 10): crash safety under SIGKILL and limits of size. The fuzz targets live in
# tests/fuzz (preset `fuzz`), the sanitizer and valgrind runs in scripts/ (docs/reliability.md).
add_executable(crashdriver crashdriver.cpp crashscript.cpp crashscript.h)
target_link_libraries(crashdriver PRIVATE fc_actuals)
target_compile_definitions(crashdriver PRIVATE FUNNELCAST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")

funnelcast_add_test(tst_crashsafety SOURCES tst_crashsafety.cpp crashscript.cpp crashscript.h LIBS fc_actuals)
target_compile_definitions(tst_crashsafety PRIVATE CRASHDRIVER_EXE="$<TARGET_FILE:crashdriver>")
add_dependencies(tst_crashsafety crashdriver)
# 200 kills by default; the normal suite runs 25 (set FUNNELCAST_CRASH_ITERATIONS for more).
set_property(TEST tst_crashsafety APPEND PROPERTY ENVIRONMENT "FUNNELCAST_CRASH_ITERATIONS=25")

# Limits of size: each test has its own hang watchdog (tst_limits.cpp); the file as a whole may
# take minutes on a loaded machine.
funnelcast_add_test(tst_limits LIBS fc_actuals)
set_tests_properties(tst_limits PROPERTIES TIMEOUT 1800)

# Reproducers the fuzz targets found, replayed in the normal suite.
funnelcast_add_test(tst_fuzzregressions LIBS fc_io)
