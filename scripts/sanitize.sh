#!/usr/bin/env bash
# The whole test suite built with AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/, clang), run with leak
# detection on; any sanitizer report fails the test that caused it. Then every fuzz target for a short smoke run.
# Extra arguments go to ctest. ACRNET_FUZZ_SECONDS sets the smoke time per fuzz target (default 5; 0 skips it).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/deps.sh"
acrnet_install_deps "${ACRNET_SANITIZER_PACKAGES[@]}" python3-msal python3-azure azure-cli
acrnet_build_sanitized "$ACRNET_ROOT/build-asan"
acrnet_sanitizer_env
cd "$ACRNET_ROOT/build-asan"
# Everything runs slower under the sanitizers: one test at a time per core, with the timeout doubled.
# The chaos test runs one seed here: what it adds under the sanitizers is the fault paths. The real Python clients'
# tests (the Azure CLI, MSAL and the Azure SDK against the sandbox) run in the main pass only: under the sanitizers
# they would check the Python clients, and the sandbox's code is exercised here by every other test. (CI time.)
ACRNET_CHAOS_SEEDS="${ACRNET_CHAOS_SEEDS:-1}" acrnet_with_test_services ctest --output-on-failure --timeout 600 -j2 \
    -E 'tst_sandboxazurecli|tst_sandboxpythonclients' "$@"
seconds="${ACRNET_FUZZ_SECONDS:-5}"
if [ "$seconds" != "0" ]; then
    ACRNET_BUILD_DIR="$ACRNET_ROOT/build-asan" "$ACRNET_ROOT/scripts/fuzz.sh" "$seconds"
fi
