# Languages (issue 8): the Korean translator reaching the main window, the Language menu, --lang
# refusals, the fallback to English when a .qm is missing, money per currency in the GUI, input
# fields under ko_KR / en_US / de_DE separators (ValueFormat and the plan setup page), week labels
# and percentages per locale, Qt's own Korean.
# The `--lang ko` report with Korean headings is checked by tst_reportpdf (koreanReport).
funnelcast_add_test(tst_i18n
    SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_i18n.cpp" "${CMAKE_CURRENT_LIST_DIR}/uitestplan.cpp"
    LIBS funnelcast_ui funnelcast_core)
