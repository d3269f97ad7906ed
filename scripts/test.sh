#!/usr/bin/env bash
# Command 2: install what is missing, build with warnings as errors, and run every test with the services the
# tests need: a private D-Bus session, an unlocked gnome-keyring, a throwaway HOME, and Xvfb.
# Extra arguments go to ctest (e.g. -L unit, -R tst_armclient).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/deps.sh"
acrnet_install_deps
ACRNET_WERROR=ON acrnet_build "$ACRNET_ROOT/build"

scratch="$(mktemp -d -t acrnet-test.XXXXXX)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/cache" "$scratch/runtime"
chmod 700 "$scratch/runtime"

export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
export XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8

inner="$scratch/inner.sh"
cat >"$inner" <<'INNER'
#!/usr/bin/env bash
set -euo pipefail
# A fresh login keyring, unlocked with a throwaway password, serving the Secret Service on this bus only.
eval "$(echo -n pw | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
cd "$ACRNET_ROOT/build"
status=0
xvfb-run -a -s "-screen 0 1600x1000x24" ctest --output-on-failure --timeout 300 -j2 "$@" || status=$?
exit $status
INNER
chmod +x "$inner"
dbus-run-session -- "$inner" "$@"
