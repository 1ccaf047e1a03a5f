# Where refusals and confirmations are shown: one place per kind of message.
set(_ui_dir "${CMAKE_CURRENT_LIST_DIR}")
funnelcast_add_test(tst_refusalmessages
    SOURCES "${_ui_dir}/tst_refusalmessages.cpp" "${_ui_dir}/uitestplan.cpp"
    LIBS funnelcast_ui)
