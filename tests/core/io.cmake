# Plan validation, plan JSON and platform defaults (engineer "io").
funnelcast_add_test(tst_planvalidator SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_planvalidator.cpp
    LIBS fc_model)
funnelcast_add_test(tst_planjson SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_planjson.cpp
    LIBS fc_io funnelcast_resources)
funnelcast_add_test(tst_platformdefaults SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_platformdefaults.cpp
    LIBS fc_io funnelcast_resources)
