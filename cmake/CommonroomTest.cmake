# commonroom_add_test(NAME SOURCES a.cpp ... LIBS lib ... [LABELS l ...])
# One QtTest executable per class under test, registered with ctest. Tests run with the
# offscreen platform so they never need a display.
function(commonroom_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES AUTOMOC ON)
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    foreach(program commonroom-syncd commonroom-cli)
        if(TARGET ${program})
            string(TOUPPER ${program} macro)
            string(REPLACE "-" "_" macro ${macro})
            target_compile_definitions(${name} PRIVATE ${macro}_PATH="$<TARGET_FILE:${program}>")
            add_dependencies(${name} ${program})
        endif()
    endforeach()
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        # No session bus: tests never touch the keychain of the person running them (the
        # keychain tests start their own bus and keyring).
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/commonroom-test-bus"
        TIMEOUT 300
        LABELS "${ARG_LABELS}")
endfunction()
