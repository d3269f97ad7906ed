# The dependency rule, checked on every include of every source file (a ctest test, so CI runs it):
#   ui → models → app;  inside app: azure ← arm ← auth ← services, azure ← inventory ← services and audit; cli on
#   top; the sandbox shares nothing with the client but the value types (app/azure).
# A file breaking a rule fails the test with the file, the line and the rule. ALLOWED lists the known exceptions;
# the list may only shrink.
cmake_minimum_required(VERSION 3.25)
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "pass -DSOURCE_DIR=<repository root>")
endif()

# rule: a glob of files, then the include prefixes they must not use (comma-separated)
set(RULES
    "app/*|ui/,models/,tests/"
    "models/*|ui/,tests/"
    "app/azure/*|app/arm/,app/auth/,app/inventory/,app/services/,app/audit/,app/cli/,app/sandbox/"
    "app/inventory/*|app/arm/,app/auth/,app/services/,app/audit/,app/cli/,app/sandbox/"
    "app/arm/*|app/auth/,app/inventory/,app/services/,app/audit/,app/cli/,app/sandbox/"
    "app/auth/*|app/inventory/,app/services/,app/audit/,app/cli/,app/sandbox/"
    "app/services/*|app/audit/,app/cli/,app/sandbox/"
    "app/audit/*|app/arm/,app/auth/,app/services/,app/cli/,app/sandbox/"
    "app/sandbox/*|app/arm/,app/auth/,app/inventory/,app/services/,app/audit/,app/cli/"
    "models/*|app/arm/"
    "ui/*|app/arm/,app/sandbox/,app/cli/"
)
# The composition root (app/cli) wires the window; files listed here are known exceptions, with why.
set(ALLOWED
    "app/cli/main.cpp|ui/"                      # composition root: builds the main window
    "app/cli/capturecommand.cpp|ui/"            # the capture's composition root: builds the window it drives
)

file(GLOB_RECURSE FILES RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
     "${SOURCE_DIR}/models/*.cpp" "${SOURCE_DIR}/models/*.h" "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h")
set(VIOLATIONS 0)
set(USED_EXCEPTIONS "")
foreach(FILE IN LISTS FILES)
    file(STRINGS "${SOURCE_DIR}/${FILE}" LINES REGEX "^[ \t]*#[ \t]*include[ \t]+\"")
    foreach(LINE IN LISTS LINES)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]+\"([^\"]+)\".*" "\\1" INCLUDED "${LINE}")
        foreach(RULE IN LISTS RULES)
            string(REPLACE "|" ";" PARTS "${RULE}")
            list(GET PARTS 0 GLOB)
            list(GET PARTS 1 FORBIDDEN)
            string(REPLACE "," ";" FORBIDDEN "${FORBIDDEN}")
            string(REPLACE "*" ".*" GLOB_REGEX "^${GLOB}$")
            if(NOT FILE MATCHES "${GLOB_REGEX}")
                continue()
            endif()
            foreach(PREFIX IN LISTS FORBIDDEN)
                string(FIND "${INCLUDED}" "${PREFIX}" AT)
                if(NOT AT EQUAL 0)
                    continue()
                endif()
                if("${FILE}|${PREFIX}" IN_LIST ALLOWED)
                    list(APPEND USED_EXCEPTIONS "${FILE}|${PREFIX}")
                    continue()
                endif()
                message(SEND_ERROR "${FILE} includes \"${INCLUDED}\": files matching ${GLOB} must not include ${PREFIX}")
                math(EXPR VIOLATIONS "${VIOLATIONS} + 1")
            endforeach()
        endforeach()
    endforeach()
endforeach()
# An exception nobody needs any more is removed from the list, so the list only shrinks.
foreach(EXCEPTION IN LISTS ALLOWED)
    if(NOT EXCEPTION IN_LIST USED_EXCEPTIONS)
        message(SEND_ERROR "the exception ${EXCEPTION} is no longer needed: remove it from ALLOWED")
        math(EXPR VIOLATIONS "${VIOLATIONS} + 1")
    endif()
endforeach()
# The UI and the models hold services and values only: not even a forward-declared ARM client.
foreach(FILE IN LISTS FILES)
    if(FILE MATCHES "^(ui|models)/")
        file(STRINGS "${SOURCE_DIR}/${FILE}" MENTIONS REGEX "ArmClient|Arm[A-Za-z]*Job")
        if(MENTIONS)
            message(SEND_ERROR "${FILE} names an ARM client or job: the UI goes through services/ (SubscriptionAccess)")
            math(EXPR VIOLATIONS "${VIOLATIONS} + 1")
        endif()
    endif()
endforeach()
list(LENGTH FILES COUNT)
if(VIOLATIONS GREATER 0)
    message(FATAL_ERROR "${VIOLATIONS} layer violation(s) in ${COUNT} files")
endif()
message(STATUS "layers: ${COUNT} files, no violation")
