# commonroom_add_test(NAME SOURCES a.cpp ... LIBS lib ... [LABELS l ...])
# One QtTest executable per class under test, registered with ctest. Tests run with the
# offscreen platform so they never need a display.
function(commonroom_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        COMMONROOM_SYNCD_PATH="$<TARGET_FILE:commonroom-syncd>"
        COMMONROOM_CLI_PATH="$<TARGET_FILE:commonroom-cli>")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8"
        TIMEOUT 300
        LABELS "${ARG_LABELS}")
endfunction()
