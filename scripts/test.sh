#!/usr/bin/env bash
# Command 2: install what is missing, build with warnings as errors, and run every test with the services the
# tests need: a private D-Bus session, an unlocked gnome-keyring, a throwaway HOME, and Xvfb. Then the same suite
# built with AddressSanitizer + UndefinedBehaviorSanitizer (scripts/sanitize.sh) and a short run of every fuzz target.
# Extra arguments go to ctest (e.g. -L unit, -R tst_armclient). ACRNET_SANITIZERS=0 skips the sanitizer pass.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/deps.sh"
# The real Azure clients the sandbox is tested with (tests/e2e/clients): MSAL, the Azure SDK for Python, the Azure CLI.
acrnet_install_deps python3 python3-msal python3-azure azure-cli
ACRNET_WERROR=ON acrnet_build "$ACRNET_ROOT/build"
cd "$ACRNET_ROOT/build"
acrnet_with_test_services ctest --output-on-failure --timeout 300 -j2 "$@"
if [ "${ACRNET_SANITIZERS:-1}" != "0" ]; then
    "$ACRNET_ROOT/scripts/sanitize.sh" "$@"
fi
