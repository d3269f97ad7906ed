#!/usr/bin/env bash
# The chaos matrix: runs tst_chaos with N seeds (default 20) and prints, per flow, runs / identical / declared
# incomplete / silently wrong / hangs / crashes. Silently wrong, hangs and crashes must be 0.
#   tests/bench/chaos.sh [seeds]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/deps.sh"
seeds="${1:-20}"
build="${ACRNET_BUILD_DIR:-$ACRNET_ROOT/build}"
acrnet_install_deps
acrnet_build "$build" >/dev/null
log="$(mktemp)"
status=0
# Many seeds take longer than QtTest's default 5 minutes per test function; the test bounds each run itself (3 min).
ACRNET_CHAOS_SEEDS="$seeds" QTEST_FUNCTION_TIMEOUT=7200000 acrnet_with_test_services "$build/tests/e2e/tst_chaos" >"$log" 2>&1 || status=$?
sed -n '/^chaos matrix/,/^PASS   : TestChaos::cleanupTestCase/p' "$log" | grep -v '^PASS' || true
grep -E '^(FAIL!|QFATAL|   Loc)' "$log" || true
rm -f "$log"
exit $status
