# Shared CMake helpers for Funnelcast.

# A core component: a static library built from every .cpp in core/<name>.
function(funnelcast_core_component name)
    cmake_parse_arguments(ARG "" "" "DEPENDS" ${ARGN})
    file(GLOB sources CONFIGURE_DEPENDS
        "${CMAKE_CURRENT_SOURCE_DIR}/${name}/*.cpp"
        "${CMAKE_CURRENT_SOURCE_DIR}/${name}/*.h")
    add_library(fc_${name} STATIC ${sources})
    target_include_directories(fc_${name} PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}")
    target_link_libraries(fc_${name} PUBLIC Qt6::Core ${ARG_DEPENDS})
endfunction()

# Walk a target's link libraries recursively and stop the configure if a GUI module shows up.
function(_funnelcast_collect_links target out_var)
    set(seen ${${out_var}})
    if(target IN_LIST seen)
        return()
    endif()
    list(APPEND seen ${target})
    if(TARGET ${target})
        get_target_property(type ${target} TYPE)
        set(props INTERFACE_LINK_LIBRARIES)
        if(NOT type STREQUAL "INTERFACE_LIBRARY")
            list(APPEND props LINK_LIBRARIES)
        endif()
        foreach(prop ${props})
            get_target_property(libs ${target} ${prop})
            if(libs)
                foreach(lib ${libs})
                    string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" lib "${lib}")
                    _funnelcast_collect_links(${lib} seen)
                endforeach()
            endif()
        endforeach()
    endif()
    set(${out_var} ${seen} PARENT_SCOPE)
endfunction()

function(funnelcast_check_core_is_headless target)
    set(all "")
    _funnelcast_collect_links(${target} all)
    foreach(forbidden Qt6::Gui Qt6::Widgets Qt6::Charts Qt6::PrintSupport Qt6::Svg Qt::Gui Qt::Widgets)
        if(forbidden IN_LIST all)
            message(FATAL_ERROR "${target} links ${forbidden}; core must use Qt6::Core and SQLite3 only.")
        endif()
    endforeach()
endfunction()

# One QtTest executable registered with CTest, offscreen, with a private runtime dir.
function(funnelcast_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS" ${ARGN})
    if(NOT ARG_SOURCES)
        set(ARG_SOURCES "${name}.cpp")
    endif()
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        FUNNELCAST_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        FUNNELCAST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    set(env "QT_QPA_PLATFORM=offscreen" "XDG_RUNTIME_DIR=${CMAKE_BINARY_DIR}/test-runtime"
            "LC_ALL=C.UTF-8")
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 600)
    # Leak checks are off by default; prepended so that a later detect_leaks=1 in the caller's
    # ASAN_OPTIONS (the `lsan` test preset) wins.
    set_tests_properties(${name} PROPERTIES ENVIRONMENT_MODIFICATION
        "ASAN_OPTIONS=string_prepend:detect_leaks=0:")
    if(ARG_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
    endif()
    file(MAKE_DIRECTORY "${CMAKE_BINARY_DIR}/test-runtime")
endfunction()

# A benchmark: built like a test, labelled `bench` so the README's test command leaves it out.
function(funnelcast_add_bench name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    funnelcast_add_test(${name} SOURCES ${ARG_SOURCES} LIBS ${ARG_LIBS} LABELS bench)
endfunction()
