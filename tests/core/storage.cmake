# Plan files (.fcplan): core/storage and the new / export-json / import-json commands.
set(_storage_dir "${CMAKE_CURRENT_LIST_DIR}")
funnelcast_add_test(tst_database SOURCES "${_storage_dir}/tst_database.cpp" LIBS fc_storage SQLite::SQLite3)
funnelcast_add_test(tst_planfile
    SOURCES "${_storage_dir}/tst_planfile.cpp" "${_storage_dir}/storagefixtures.cpp"
    LIBS fc_storage SQLite::SQLite3)
funnelcast_add_test(tst_migration
    SOURCES "${_storage_dir}/tst_migration.cpp" "${_storage_dir}/storagefixtures.cpp"
    LIBS fc_storage SQLite::SQLite3)
# Runs the built executable (no shell): its path comes from the generator expression.
funnelcast_add_test(tst_cli_planfiles
    SOURCES "${_storage_dir}/tst_cli_planfiles.cpp" "${_storage_dir}/storagefixtures.cpp"
            "${_storage_dir}/clirunner.cpp"
    LIBS fc_storage SQLite::SQLite3)
target_compile_definitions(tst_cli_planfiles PRIVATE FUNNELCAST_EXE="$<TARGET_FILE:funnelcast>")
add_dependencies(tst_cli_planfiles funnelcast)
