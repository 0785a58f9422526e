# patchdeck_add_keychain_test(NAME <test> TARGET <executable target> MODE keyring|no-secret-service|no-bus)
# Registers a test that talks to a real keychain setup (label `keychain`): the executable runs
# through tests/support/run-keychain-test.sh with a fresh HOME, under dbus-run-session with an
# unlocked gnome-keyring, on a private bus without any Secret Service, or with no bus at all.
# Kept apart from patchdeck_add_test because the command is wrapped.
find_program(PATCHDECK_DBUS_RUN_SESSION dbus-run-session)
find_program(PATCHDECK_GNOME_KEYRING gnome-keyring-daemon)

function(patchdeck_add_keychain_test)
    cmake_parse_arguments(T "" "NAME;TARGET;MODE;TIMEOUT" "" ${ARGN})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    if(T_MODE STREQUAL "keyring" AND (NOT PATCHDECK_DBUS_RUN_SESSION OR NOT PATCHDECK_GNOME_KEYRING))
        message(STATUS "${T_NAME}: dbus-run-session or gnome-keyring-daemon missing; the test will be skipped")
        add_test(NAME ${T_NAME} COMMAND ${CMAKE_COMMAND} -E echo "SKIP: dbus-run-session and gnome-keyring-daemon are needed")
        set_tests_properties(${T_NAME} PROPERTIES LABELS keychain SKIP_REGULAR_EXPRESSION "SKIP:")
        return()
    endif()
    if(T_MODE STREQUAL "no-secret-service" AND NOT PATCHDECK_DBUS_RUN_SESSION)
        add_test(NAME ${T_NAME} COMMAND ${CMAKE_COMMAND} -E echo "SKIP: dbus-run-session is needed")
        set_tests_properties(${T_NAME} PROPERTIES LABELS keychain SKIP_REGULAR_EXPRESSION "SKIP:")
        return()
    endif()
    add_test(NAME ${T_NAME}
             COMMAND ${PROJECT_SOURCE_DIR}/tests/support/run-keychain-test.sh ${T_MODE} $<TARGET_FILE:${T_TARGET}>)
    set_tests_properties(${T_NAME} PROPERTIES
        LABELS keychain
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_FORCE_ASSERTS=1")
endfunction()

# patchdeck_add_keychain_executable(<target> SOURCES <files...> LIBS <targets...>)
# The test executable itself (Qt Test, pd_testsupport, warnings as everywhere else).
function(patchdeck_add_keychain_executable target)
    cmake_parse_arguments(T "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${target} ${T_SOURCES})
    target_link_libraries(${target} PRIVATE Qt6::Test pd_testsupport ${T_LIBS})
    patchdeck_warnings(${target})
endfunction()

if(UNIX AND NOT APPLE)
    find_package(Qt6 REQUIRED COMPONENTS DBus)
endif()
