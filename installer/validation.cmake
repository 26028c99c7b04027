# CTest checks on the files the packages install: the desktop entry and the AppStream
# metainfo pass their validators, the metainfo lists this version, and the manual pages
# format without warnings and describe every option the programs' --help prints.

# xmargin_add_tool_test(<name> <tool> <Debian package> ARGS...) runs `<tool> ARGS...`, or is
# reported as skipped, saying what to install, when <tool> is not on this machine.
function(xmargin_add_tool_test name tool package)
    string(MAKE_C_IDENTIFIER "XMARGIN_TOOL_${tool}" tool_var)
    find_program(${tool_var} ${tool})
    if(${tool_var})
        add_test(NAME ${name} COMMAND ${${tool_var}} ${ARGN})
    else()
        message(STATUS "${tool} not found: test ${name} will be skipped (install ${package})")
        add_test(NAME ${name}
                 COMMAND sh -c "echo '${tool} not found: install ${package} (scripts/install-deps.sh)'; exit 77")
        set_tests_properties(${name} PROPERTIES SKIP_RETURN_CODE 77)
    endif()
endfunction()

xmargin_add_tool_test(installer_desktop_entry desktop-file-validate desktop-file-utils
    ${CMAKE_CURRENT_SOURCE_DIR}/${XMARGIN_APP_ID}.desktop)
# desktop-file-validate exits 0 after warnings; they count as failures here.
set_tests_properties(installer_desktop_entry PROPERTIES FAIL_REGULAR_EXPRESSION "error:|warning:")

# The MIME type compiles into a scratch database that maps *.xmargin to it.
xmargin_add_tool_test(installer_mime_type update-mime-database shared-mime-info
    -V ${CMAKE_CURRENT_BINARY_DIR}/mime-check)
set_tests_properties(installer_mime_type PROPERTIES
    FIXTURES_REQUIRED xmargin_mime_packages
    FAIL_REGULAR_EXPRESSION "[Ee]rror|[Ww]arning|[Ii]nvalid")
add_test(NAME installer_mime_type_setup
    COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_CURRENT_SOURCE_DIR}/${XMARGIN_APP_ID}.mime.xml
            ${CMAKE_CURRENT_BINARY_DIR}/mime-check/packages/${XMARGIN_APP_ID}.xml)
set_tests_properties(installer_mime_type_setup PROPERTIES FIXTURES_SETUP xmargin_mime_packages)
add_test(NAME installer_mime_type_glob
    COMMAND grep -qxF "50:application/x-xmargin:*.xmargin" ${CMAKE_CURRENT_BINARY_DIR}/mime-check/globs2)
set_tests_properties(installer_mime_type_glob PROPERTIES DEPENDS installer_mime_type
    FIXTURES_REQUIRED xmargin_mime_packages)

xmargin_add_tool_test(installer_metainfo appstreamcli appstream
    validate --no-net --strict ${CMAKE_CURRENT_SOURCE_DIR}/${XMARGIN_APP_ID}.metainfo.xml)

add_test(NAME installer_metainfo_lists_this_version
    COMMAND sh -c "grep -qF \"<release version=\\\"$1\\\"\" \"$2\" || { echo \"$2 has no <release> entry for version $1: add one, with its date, when the project version changes\"; exit 1; }"
            sh ${PROJECT_VERSION} ${CMAKE_CURRENT_SOURCE_DIR}/${XMARGIN_APP_ID}.metainfo.xml)

set(man_programs xmargin-cli)
if(XMARGIN_BUILD_GUI)
    list(APPEND man_programs xmargin)
endif()
foreach(page IN LISTS XMARGIN_MAN_PAGES)
    string(REGEX REPLACE "\\.[0-9]$" "" program ${page})
    xmargin_add_tool_test(installer_man_format_${program} groff groff-base
        -man -ww -z ${CMAKE_CURRENT_BINARY_DIR}/man/${page})
    # groff exits 0 after warnings; any message is a failure.
    set_tests_properties(installer_man_format_${program} PROPERTIES FAIL_REGULAR_EXPRESSION ".")
    if(program IN_LIST man_programs)
        add_test(NAME installer_man_options_${program}
                 COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:${program}>
                         -DPAGE=${CMAKE_CURRENT_SOURCE_DIR}/man/${page}
                         -P ${CMAKE_CURRENT_SOURCE_DIR}/check-man-options.cmake)
        # The environment of the Qt tests (tests/CMakeLists.txt), for the sanitizer build too.
        set_tests_properties(installer_man_options_${program} PROPERTIES
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;ASAN_OPTIONS=detect_leaks=0")
    endif()
endforeach()
