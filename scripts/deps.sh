#!/usr/bin/env bash
# Installs the Debian bookworm packages this project needs, skipping those already present.
# Sourced by the other scripts; runs apt-get through sudo when not root.
set -euo pipefail

ACRNET_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins qt6-translations-l10n
    qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring
    dbus dbus-x11 xvfb xauth libgl-dev
    fonts-dejavu-core openssl libssl-dev curl
    desktop-file-utils appstream dpkg-dev file
)

# Extra package names may be given as arguments (the benchmark needs a few more).
acrnet_install_deps() {
    local missing=()
    for p in "${ACRNET_PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing missing packages: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Configures and builds into $1 (default: build). Warnings are errors when ACRNET_WERROR=ON.
acrnet_build() {
    local dir="${1:-build}"
    local launcher=()
    if command -v ccache >/dev/null 2>&1; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    local werror=()
    if [ -n "${ACRNET_WERROR:-}" ]; then
        werror=(-DACRNET_WERROR="$ACRNET_WERROR") # otherwise keep what the build folder has, to avoid a rebuild
    fi
    cmake -S "$ACRNET_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="${ACRNET_BUILD_TYPE:-Release}" \
        "${werror[@]}" "${launcher[@]}"
    cmake --build "$dir" --parallel "$(nproc)"
}

# Runs "$@" with the services the tests need: a throwaway HOME and XDG directories, a private D-Bus session with a
# freshly unlocked gnome-keyring serving the Secret Service, and Xvfb (for the tests that need a real X display).
acrnet_with_test_services() {
    local scratch status=0
    scratch="$(mktemp -d -t acrnet-test.XXXXXX)"
    mkdir -p "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/cache" "$scratch/runtime"
    chmod 700 "$scratch/runtime"
    cat >"$scratch/inner.sh" <<'INNER'
#!/usr/bin/env bash
set -euo pipefail
# A fresh login keyring, unlocked with a throwaway password, serving the Secret Service on this bus only.
eval "$(echo -n pw | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
exec xvfb-run -a -s "-screen 0 1600x1000x24" "$@"
INNER
    chmod +x "$scratch/inner.sh"
    HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
        XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime" \
        QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8 \
        dbus-run-session -- "$scratch/inner.sh" "$@" || status=$?
    rm -rf "$scratch"
    return $status
}

ACRNET_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ACRNET_ROOT

# The sanitizer build (its own folder): clang with AddressSanitizer + UndefinedBehaviorSanitizer on every target, and
# the libFuzzer targets, which need clang too. Unoptimised with line tables: it compiles in half the time of the
# main build and still names file and line in every report.
ACRNET_SANITIZER_PACKAGES=(clang libclang-rt-14-dev llvm)
acrnet_build_sanitized() {
    local dir="${1:-$ACRNET_ROOT/build-asan}"
    CC=clang CXX=clang++ cmake -S "$ACRNET_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        -DCMAKE_CXX_FLAGS_DEBUG="-O0 -g1" -DACRNET_SANITIZE=ON -DACRNET_FUZZ=ON -DACRNET_WERROR=OFF >/dev/null
    cmake --build "$dir" --parallel "$(nproc)"
}

# What every sanitized process reads: leak detection on, any report fails the run.
acrnet_sanitizer_env() {
    export ACRNET_SANITIZED=1 # the few tests too slow under the sanitizers skip their largest case
    export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:detect_stack_use_after_return=0:check_initialization_order=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    export LSAN_OPTIONS="suppressions=$ACRNET_ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"
    if command -v llvm-symbolizer >/dev/null 2>&1; then
        ASAN_SYMBOLIZER_PATH="$(command -v llvm-symbolizer)"
        export ASAN_SYMBOLIZER_PATH
    fi
}
