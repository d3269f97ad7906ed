#!/usr/bin/env bash
# Inventory benchmark (issue 5). Starts the sandbox with the `large` scenario (100 subscriptions, 2,000 VNets,
# 20,000 subnets, 1,000 registries) with 40 ms latency per ARM request and pages of 100, then measures:
#   - the headless `acr-netadmin inventory` on both loading paths, against a floor: the very requests the app
#     made (recorded by the sandbox) fetched with `curl --parallel` at the app's concurrency;
#   - the GUI: load time, the longest GUI-thread stall (timer-lag probe), RSS, and filter time per keystroke.
# Prints the figures; it is not a test and asserts nothing.
# Usage: tests/bench/inventory.sh [--scenario large|xl]   (xl: 1,000 subscriptions in 3 tenants, 10,000 VNets,
# 100,000 subnets, 5,000 registries; the GUI part also times the audit on a worker thread.)
set -euo pipefail
scenario=large
while [ $# -gt 0 ]; do
    case "$1" in
    --scenario) scenario="${2:?--scenario needs large or xl}"; shift 2 ;;
    *) echo "usage: $0 [--scenario large|xl]" >&2; exit 2 ;;
    esac
done
case "$scenario" in
large) subscriptions=100; shape="100 subscriptions, 2,000 VNets, 20,000 subnets, 1,000 registries"; rss_target=220 ;;
xl) subscriptions=1000; shape="1,000 subscriptions in 3 tenants, 10,000 VNets, 100,000 subnets, 5,000 registries"
    rss_target=800 ;;
*) echo "unknown scenario '$scenario' (large or xl)" >&2; exit 2 ;;
esac
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../../scripts/deps.sh"
acrnet_install_deps python3 curl
build="${ACRNET_BUILD_DIR:-$ACRNET_ROOT/build}"
acrnet_build "$build" >/dev/null

work="$(mktemp -d)"
sandbox_pid=""
cleanup() {
    [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"

# The app's effective concurrency per host: ArmClient allows 8, but Qt's network stack opens at most 6
# HTTP/1.1 connections per host, so 6 requests are in flight at once. The floor uses the same.
concurrency=6
latency=40

log="$work/requests.jsonl"
# The sandbox stands in for Azure, which does not share this machine's CPU: it runs at a lower priority so the
# GUI-thread figures measure the app, not the emulator serialising megabytes of JSON next to it.
nice -n 10 "$build/app/cli/acr-netadmin-sandbox" --scenario "$scenario" --latency "$latency" --page-size 100 --request-log "$log" \
    >"$work/sandbox.out" 2>"$work/sandbox.err" &
sandbox_pid=$!
for _ in $(seq 1 300); do
    grep -q 'Sandbox listening on' "$work/sandbox.out" 2>/dev/null && break
    sleep 0.2
done
url="$(sed -n 's/^Sandbox listening on //p' "$work/sandbox.out")"
[ -n "$url" ] || { echo "the sandbox did not start: $(cat "$work/sandbox.err")" >&2; exit 1; }

now() { date +%s.%N; }
elapsed() { python3 -c "print(f'{($2 - $1) * 1000:.0f}')" ; }

# A token per tenant for the floor's requests (the sandbox's documented automation credentials; the request log
# says which tenant each request's token was for).
token_for() {
    curl -s -X POST "$url/$1/oauth2/v2.0/token" \
        -d 'grant_type=client_credentials&client_id=sandbox&client_secret=sandbox&scope=https%3A%2F%2Fmanagement.azure.com%2F.default' |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

floor() { # replays the recorded requests of one run with curl --parallel; prints milliseconds
    local recorded="$1" config="$work/curl.cfg" tokens="$work/tokens.txt"
    python3 -c 'import json, sys; print("\n".join(sorted({json.loads(l).get("tenant", "organizations")
                                                          for l in open(sys.argv[1])})))' "$recorded" |
        while read -r tenant; do printf '%s %s\n' "$tenant" "$(token_for "$tenant")"; done >"$tokens"
    python3 - "$recorded" "$url" "$tokens" >"$config" <<'PY'
import json, sys
recorded, base, token_file = sys.argv[1:4]
tokens = dict(line.split() for line in open(token_file) if line.strip())
first = True
for line in open(recorded):
    r = json.loads(line)
    if r.get("service", "arm") != "arm":  # sign-in and other non-ARM traffic is not part of the floor
        continue
    if not first:
        print("next")
    first = False
    print(f'url = "{base}{r["url"]}"')
    print('output = "/dev/null"')
    print(f'header = "Authorization: Bearer {tokens[r.get("tenant", "organizations")]}"')
    if r["method"] != "GET":
        print(f'request = "{r["method"]}"')
        print('header = "Content-Type: application/json"')
        print("data = " + json.dumps(r.get("body", "")))
PY
    local t0 t1
    t0="$(now)"
    curl --silent --no-progress-meter --parallel --parallel-immediate --parallel-max "$concurrency" --config "$config"
    t1="$(now)"
    elapsed "$t0" "$t1"
}

declare -A figures
for path in resource-manager resource-graph; do
    : >"$log"
    t0="$(now)"
    "$build/app/cli/acr-netadmin" inventory --endpoint "$url" "--$path" >"$work/inventory-$path.json"
    t1="$(now)"
    app_ms="$(elapsed "$t0" "$t1")"
    cp "$log" "$work/requests-$path.jsonl"
    requests="$(wc -l <"$work/requests-$path.jsonl")"
    floor_ms="$(floor "$work/requests-$path.jsonl")"
    # The largest single answer (the sandbox logs each one's size): against the 64 MiB the app reads at most.
    largest="$(python3 -c 'import json, sys; print(max(json.loads(l).get("bytes", 0) for l in open(sys.argv[1])) // 1024)' \
        "$work/requests-$path.jsonl")"
    figures[$path]="$app_ms $floor_ms $requests $largest"
done

gui() { "$build/tests/bench/acrnet-bench-gui" "$url" "$1" "$scenario" "$subscriptions" 2>/dev/null; }
# CPU time the hypervisor gave to other guests while the GUI ran (a VM's "steal"): the GUI figures are wall-clock
# times on this machine, and a busy host shows up in them.
cpu() { sed -n 's/^cpu  //p' /proc/stat; }
cpu_before="$(cpu)"
gui_arm="$(gui arm)"
gui_graph="$(gui graph)"
cpu_after="$(cpu)"
steal="$(python3 -c "
b = [int(x) for x in '$cpu_before'.split()]; a = [int(x) for x in '$cpu_after'.split()]
d = [y - x for x, y in zip(b, a)]; total = sum(d[:8])
print(f'{100 * d[7] / total:.0f}' if total else '0')")"
value() { sed -n "s/^$2=\([0-9.]*\).*/\1/p" <<<"$1"; }

echo "Inventory benchmark — sandbox '$scenario' ($shape),"
echo "${latency} ms latency per ARM request, pages of 100, ${concurrency} requests in flight, $(nproc) CPU cores"
echo
printf '%-34s %10s %10s %9s %8s %6s %12s\n' "headless inventory" "app ms" "floor ms" "ratio" "requests" "target" \
    "largest KiB"
for path in resource-manager resource-graph; do
    read -r app floor_ms requests largest <<<"${figures[$path]}"
    ratio="$(python3 -c "print(f'{$app / $floor_ms:.2f}x')")"
    printf '%-34s %10s %10s %9s %8s %6s %12s\n' "--$path" "$app" "$floor_ms" "$ratio" "$requests" "1.3x" "$largest"
done
echo "(largest KiB: the largest single answer; the app stops reading any answer at 64 MiB)"
echo
printf '%-34s %14s %14s %10s\n' "GUI (main window)" "Resource Mgr" "Resource Graph" "target"
printf '%-34s %14s %14s %10s\n' "load, ms" "$(value "$gui_arm" gui_load)" "$(value "$gui_graph" gui_load)" ""
printf '%-34s %14s %14s %10s\n' "longest GUI-thread stall, ms" "$(value "$gui_arm" gui_longest_stall)" \
    "$(value "$gui_graph" gui_longest_stall)" "50"
printf '%-34s %14s %14s %10s\n' "peak RSS, MiB" "$(value "$gui_arm" gui_peak_rss)" "$(value "$gui_graph" gui_peak_rss)" "$rss_target"
printf '%-34s %14s %14s %10s\n' "filter keystroke, worst ms" "$(value "$gui_arm" filter_keystroke_worst)" \
    "$(value "$gui_graph" filter_keystroke_worst)" "30"
printf '%-34s %14s %14s %10s\n' "filter keystroke, mean ms" "$(value "$gui_arm" filter_keystroke_mean)" \
    "$(value "$gui_graph" filter_keystroke_mean)" "30"
printf '%-34s %14s %14s %10s\n' "filter cleared, ms" "$(value "$gui_arm" filter_clear)" \
    "$(value "$gui_graph" filter_clear)" "30"
printf '%-34s %14s %14s %10s\n' "tree expansion after a pause, ms" "$(value "$gui_arm" filter_pause_then_expand)" \
    "$(value "$gui_graph" filter_pause_then_expand)" "50"
printf '%-34s %14s %14s %10s\n' "access matrix shown, ms" "$(value "$gui_arm" matrix_show)" "$(value "$gui_graph" matrix_show)" "100"
printf '%-34s %14s %14s %10s\n' "matrix scrolled to corner, ms" "$(value "$gui_arm" matrix_scroll_to_corner)" \
    "$(value "$gui_graph" matrix_scroll_to_corner)" "20"
printf '%-34s %14s %14s %10s\n' "audit on a worker thread, ms" "$(value "$gui_arm" audit_worker)" \
    "$(value "$gui_graph" audit_worker)" "2000"
echo "matrix: $(sed -n 's/^matrix=//p' <<<"$gui_arm") (subnets x registries); findings: $(sed -n 's/^audit_findings=//p' <<<"$gui_arm")"
echo "filter keystrokes, ms (Resource Manager run): $(sed -n 's/^filter_keystrokes=//p' <<<"$gui_arm")"
echo "CPU steal while the GUI ran: ${steal}% (time this virtual machine waited for its host)"
