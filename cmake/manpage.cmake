# Writes a man page (roff) from the executable's own help: `acr-netadmin --help`, `help inventory`, `help audit`.
# Run at build time: cmake -DEXE=… -DOUT=… -DVERSION=… -P manpage.cmake
foreach(VAR EXE OUT VERSION)
    if(NOT ${VAR})
        message(FATAL_ERROR "pass -D${VAR}=…")
    endif()
endforeach()
set(ENV{QT_QPA_PLATFORM} "offscreen")
set(ENV{LANG} "C.UTF-8")
function(help_of OUTVAR)
    execute_process(COMMAND "${EXE}" ${ARGN} OUTPUT_VARIABLE TEXT RESULT_VARIABLE RC)
    if(NOT RC EQUAL 0)
        message(FATAL_ERROR "${EXE} ${ARGN} failed (${RC})")
    endif()
    # roff: escape backslashes, keep lines starting with a dot or quote literal, keep the layout.
    string(REPLACE "\\" "\\e" TEXT "${TEXT}")
    string(REGEX REPLACE "\n([.'])" "\n\\\\&\\1" TEXT "${TEXT}")
    string(REGEX REPLACE "[^\n]*acr-netadmin \\[options\\]" "acr-netadmin [options]" TEXT "${TEXT}")
    set(${OUTVAR} "${TEXT}" PARENT_SCOPE)
endfunction()
help_of(MAIN --help)
help_of(INVENTORY help inventory)
help_of(AUDIT help audit)
string(REGEX REPLACE "Usage: [^ \n]*acr-netadmin" "Usage: acr-netadmin" MAIN "${MAIN}")
string(REGEX REPLACE "Usage: [^ \n]*acr-netadmin" "Usage: acr-netadmin inventory" INVENTORY "${INVENTORY}")
string(REGEX REPLACE "Usage: [^ \n]*acr-netadmin" "Usage: acr-netadmin audit" AUDIT "${AUDIT}")
file(WRITE "${OUT}" ".TH ACR-NETADMIN 1 \"\" \"acr-netadmin ${VERSION}\" \"User Commands\"
.SH NAME
acr-netadmin \\- see and change who can reach your Azure Container Registries
.SH SYNOPSIS
.B acr-netadmin
[\\fIoptions\\fR] [\\fISCENARIO\\fR]
.br
.B acr-netadmin inventory
[\\fIoptions\\fR]
.br
.B acr-netadmin audit
[\\fIoptions\\fR]
.SH DESCRIPTION
.nf
${MAIN}
.fi
.SH INVENTORY
.nf
${INVENTORY}
.fi
.SH AUDIT
.nf
${AUDIT}
.fi
.SH FILES
Settings in the user's configuration folder; secrets only in the system keychain (Secret Service).
")
