#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, in the sanitizer build folder) and runs each for N seconds (default 60)
# from its seed corpus (tests/fuzz/corpus/<target>, read-only; new inputs go to a scratch folder). Prints executions
# and crashes per target; exits non-zero if any target crashed (the crashing input is kept under build-asan/fuzz/).
#   scripts/fuzz.sh [seconds] [target…]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/deps.sh"
acrnet_install_deps "${ACRNET_SANITIZER_PACKAGES[@]}"
seconds="${1:-60}"
shift || true
build="${ACRNET_BUILD_DIR:-$ACRNET_ROOT/build-asan}"
if [ ! -f "$build/build.ninja" ] || ! grep -q "fuzz_resourceid" "$build/build.ninja"; then
    acrnet_build_sanitized "$build" >/dev/null
fi
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(fuzz_resourceid fuzz_iprange fuzz_armjson fuzz_graphpage fuzz_entra fuzz_kql)
fi
cmake --build "$build" --target "${targets[@]}" >/dev/null
acrnet_sanitizer_env
export ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=0" # a parser run leaves Qt's static caches behind by design
out="$build/fuzz"
mkdir -p "$out"
printf '%-18s %10s %12s %8s\n' target seconds executions crashes
failed=0
for t in "${targets[@]}"; do
    work="$out/$t"
    rm -rf "$work"
    mkdir -p "$work/corpus" "$work/artifacts"
    status=0
    QT_QPA_PLATFORM=offscreen "$build/tests/fuzz/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$work/artifacts/" "$work/corpus" "$ACRNET_ROOT/tests/fuzz/corpus/$t" \
        >"$work/log" 2>&1 || status=$?
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/log" | grep -o '[0-9]*$' || echo 0)
    crashes=$(find "$work/artifacts" -type f | wc -l)
    printf '%-18s %10s %12s %8s\n' "$t" "$seconds" "${execs:-0}" "$crashes"
    if [ "$status" -ne 0 ] || [ "$crashes" -ne 0 ]; then
        failed=1
        tail -n 30 "$work/log"
    fi
done
exit $failed
