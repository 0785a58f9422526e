# patchdeck_add_test(NAME <name> SOURCES <files...> LIBS <targets...> LABELS <labels...> [TIMEOUT <s>]
#                    [WRAPPER <command...>])
# One Qt Test executable per test class; runs headless with a fixed locale and user settings of its
# own (tests/support/IsolatedSettings.cpp) so results do not depend on the machine or on other tests.
function(patchdeck_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;WRAPPER" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES} ${PROJECT_SOURCE_DIR}/tests/support/IsolatedSettings.cpp)
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test pd_testsupport ${T_LIBS})
    patchdeck_warnings(${T_NAME})
    if(T_WRAPPER) # e.g. dbus-run-session --: the test runs inside what the wrapper provides
        add_test(NAME ${T_NAME} COMMAND ${T_WRAPPER} $<TARGET_FILE:${T_NAME}>)
    else()
        add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        LABELS "${T_LABELS}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_FORCE_ASSERTS=1;PATCHDECK_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data")
endfunction()
