# The desktop app (ui/ except ui/report): document, undo commands, item models, main window.
set(_ui_dir "${CMAKE_CURRENT_LIST_DIR}")
funnelcast_add_test(tst_itemtablemodel
    SOURCES "${_ui_dir}/tst_itemtablemodel.cpp" "${_ui_dir}/uitestplan.cpp"
    LIBS funnelcast_ui)
funnelcast_add_test(tst_plandocument
    SOURCES "${_ui_dir}/tst_plandocument.cpp" "${_ui_dir}/uitestplan.cpp"
    LIBS funnelcast_ui)
funnelcast_add_test(tst_valueformat SOURCES "${_ui_dir}/tst_valueformat.cpp" LIBS funnelcast_ui)
funnelcast_add_test(tst_mainwindow
    SOURCES "${_ui_dir}/tst_mainwindow.cpp" "${_ui_dir}/uitestplan.cpp"
    LIBS funnelcast_ui)
