#!/usr/bin/env bash
# Mutation check: applies each curated single-line mutation of tests/mutations/*.patch on its own, rebuilds
# build-mutate/ incrementally, runs the whole suite until the first failing test, restores the tree, and prints
# each mutation as killed (by which test) or survived, then the kill rate. Not part of CI: it takes a while
# (about a minute or two per mutation on 2 cores).
#
# Usage: scripts/mutate.sh [ID-or-number …]      only these mutations (e.g. 027 or acr107-medium)
#        scripts/mutate.sh --regenerate          rewrite the patches from tests/mutations/mutations.py
# The working tree must be clean where the patches apply; every mutation is reverted, also on Ctrl-C.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/deps.sh"
mutations="$ACRNET_ROOT/tests/mutations"
dir="$ACRNET_ROOT/build-mutate"

regenerate() {
    cd "$ACRNET_ROOT"
    rm -f "$mutations"/*.patch
    python3 - "$mutations" <<'PY'
import difflib, pathlib, sys
folder = pathlib.Path(sys.argv[1])
sys.path.insert(0, str(folder))
from mutations import MUTATIONS
for n, (ident, path, old, new) in enumerate(MUTATIONS, 1):
    text = pathlib.Path(path).read_text()
    if text.count(old) != 1:
        sys.exit(f"{ident}: the text to mutate occurs {text.count(old)} times in {path}")
    diff = difflib.unified_diff(text.splitlines(keepends=True), text.replace(old, new).splitlines(keepends=True),
                                f"a/{path}", f"b/{path}")
    (folder / f"{n:03d}-{ident}.patch").write_text("".join(diff))
print(f"{len(MUTATIONS)} patches written to {folder}")
PY
}

if [ "${1:-}" = "--regenerate" ]; then
    regenerate
    exit 0
fi

if [ "${1:-}" != "--inner" ]; then
    acrnet_install_deps
    # No optimisation and no debug information: each mutation recompiles one file and relinks quickly.
    cmake -S "$ACRNET_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE= -DACRNET_WERROR=OFF \
        $(command -v ccache >/dev/null && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache) >/dev/null
    cmake --build "$dir" --parallel "$(nproc)" >/dev/null
    acrnet_with_test_services "$0" --inner "$@"
    exit $?
fi
shift

cd "$ACRNET_ROOT"
selected=()
for p in "$mutations"/*.patch; do
    name="$(basename "$p" .patch)"
    if [ $# -eq 0 ]; then
        selected+=("$p")
        continue
    fi
    for want in "$@"; do
        case "$name" in "$want"-* | *-"$want" | "$want") selected+=("$p") ;; esac
    done
done
[ ${#selected[@]} -gt 0 ] || { echo "no mutation matches: $*" >&2; exit 2; }

run_suite() { # prints the first failing test's name, or nothing when all pass (a failing suite is no error here)
    local out
    out="$(cd "$dir" && ctest --timeout 180 -j2 --stop-on-failure 2>&1 || true)"
    sed -n 's/.*Test *#[0-9]*: \([^ ]*\) .*\*\*\*\(Failed\|Timeout\|Exception\).*/\1/p' <<<"$out" | head -1
}

echo "baseline: building and running the suite unmutated…"
if [ -n "$(run_suite)" ]; then
    echo "the suite fails without any mutation; fix that first" >&2
    exit 1
fi

current=""
restore() {
    if [ -n "$current" ]; then
        git apply -R "$current"
        current=""
    fi
}
trap 'restore' EXIT INT TERM

killed=0
survived=0
stale=0
results=()
for p in "${selected[@]}"; do
    name="$(basename "$p" .patch)"
    if ! git apply --check "$p" 2>/dev/null; then
        results+=("$(printf '%-44s STALE (does not apply; regenerate)' "$name")")
        stale=$((stale + 1))
        continue
    fi
    git apply "$p"
    current="$p"
    start=$SECONDS
    if ! cmake --build "$dir" --parallel "$(nproc)" >/dev/null 2>&1; then
        line="$(printf '%-44s killed by the compiler' "$name")"
        killed=$((killed + 1))
    else
        by="$(run_suite)"
        if [ -n "$by" ]; then
            line="$(printf '%-44s killed by %s' "$name" "$by")"
            killed=$((killed + 1))
        else
            line="$(printf '%-44s SURVIVED' "$name")"
            survived=$((survived + 1))
        fi
    fi
    restore
    line="$line ($((SECONDS - start)) s)"
    echo "$line"
    results+=("$line")
done
cmake --build "$dir" --parallel "$(nproc)" >/dev/null 2>&1 || true # leave the build matching the tree

echo
echo "Mutations: ${#selected[@]}  killed: $killed  survived: $survived  stale: $stale"
total=$((killed + survived))
if [ $total -gt 0 ]; then
    echo "Kill rate: $((100 * killed / total)) %"
fi
[ $survived -eq 0 ] && [ $stale -eq 0 ]
