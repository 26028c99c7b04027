# Fails unless the manual page PAGE names every option and every command that `PROGRAM --help`
# prints, so the page cannot silently fall behind the program. Commands are the words after
# "  <program> " at the start of a usage line, and each needs a ".SS <command>" section.
#   cmake -DPROGRAM=<executable> -DPAGE=<roff file> -P check-man-options.cmake
execute_process(COMMAND ${PROGRAM} --help OUTPUT_VARIABLE help ERROR_VARIABLE errors RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} --help exited with ${status}:\n${errors}")
endif()
file(READ ${PAGE} page)
get_filename_component(program_name ${PROGRAM} NAME)

set(missing)
string(REGEX MATCHALL "--[a-z][a-z-]*" options "${help}")
list(REMOVE_DUPLICATES options)
foreach(option IN LISTS options)
    string(REPLACE "-" "\\-" roff_option "${option}")   # roff writes a literal hyphen as \-
    string(FIND "${page}" "${roff_option}" at)
    if(at LESS 0)
        list(APPEND missing "option ${option}")
    endif()
endforeach()

string(REGEX MATCHALL "\n  ${program_name} [a-z]+" usage_lines "${help}")
foreach(line IN LISTS usage_lines)
    string(REGEX REPLACE ".* " "" command "${line}")
    string(FIND "${page}" "\n.SS ${command}\n" at)
    if(at LESS 0)
        list(APPEND missing "command ${command} (a \".SS ${command}\" section)")
    endif()
endforeach()

if(missing)
    list(JOIN missing "\n  " missing_text)
    message(FATAL_ERROR "${PAGE} does not describe what `${program_name} --help` lists:\n  ${missing_text}\n"
                        "--help printed:\n${help}")
endif()
list(LENGTH options option_count)
list(LENGTH usage_lines command_count)
message(STATUS "${PAGE}: all ${option_count} options and ${command_count} commands of ${program_name} --help are described")
