# PDF report tests (ui/report). The PDF is read back with Qt PDF (qt6-pdf-dev) when it is
# installed; without it the text checks are skipped and the byte-level checks still run.
find_package(Qt6 6.4 QUIET COMPONENTS Pdf)
set(report_test_libs funnelcast_ui funnelcast_core)
if(TARGET Qt6::Pdf)
    list(APPEND report_test_libs Qt6::Pdf)
endif()
funnelcast_add_test(tst_reportpdf SOURCES tst_reportpdf.cpp LIBS ${report_test_libs})
funnelcast_add_test(tst_reporttext SOURCES tst_reporttext.cpp LIBS funnelcast_ui funnelcast_core)
if(TARGET Qt6::Pdf)
    target_compile_definitions(tst_reportpdf PRIVATE FUNNELCAST_HAVE_QTPDF=1)
endif()
