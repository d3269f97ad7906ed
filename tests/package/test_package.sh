#!/usr/bin/env bash
# The Debian package as a user gets it: built with cpack from this build folder, unpacked into a scratch root
# (dpkg-deb -x, no root rights, no system change), and checked: the installed binary runs (--version, --help
# without a display), its dependencies were found by dpkg-shlibdeps, and the desktop entry, the AppStream metainfo,
# the icons and the man page are where desktop environments and `man` look, and valid.
set -euo pipefail
build="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log" >&2
    fail "cpack -G DEB failed"
}
deb="$(ls "$work"/out/*.deb)"
[ -f "$deb" ] || fail "no .deb produced"
depends="$(dpkg-deb -f "$deb" Depends)"
for lib in libqt6widgets6 libqt6network6 libqt6keychain1 libc6; do
    [[ "$depends" == *"$lib"* ]] || fail "Depends lacks $lib: $depends"
done
echo "ok: Depends: $depends"

dpkg-deb -x "$deb" "$work/root"
root="$work/root"
app_id=io.github.acrnetadmin.AcrNetworkAdmin
for f in usr/bin/acr-netadmin usr/bin/acr-netadmin-sandbox "usr/share/applications/$app_id.desktop" \
    "usr/share/metainfo/$app_id.metainfo.xml" "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    "usr/share/icons/hicolor/48x48/apps/$app_id.png" "usr/share/icons/hicolor/256x256/apps/$app_id.png" \
    usr/share/man/man1/acr-netadmin.1.gz; do
    [ -e "$root/$f" ] || [ -e "$root/${f%.gz}" ] || fail "missing /$f"
done
echo "ok: files in place"

version="$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/acr-netadmin" --version)"
[[ "$version" == "acr-netadmin "* ]] || fail "--version said: $version"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/acr-netadmin" --help | grep -q "audit" ||
    fail "--help does not list the commands"
echo "ok: installed binary: $version"

desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
echo "ok: desktop entry and metainfo valid"

man_page="$root/usr/share/man/man1/acr-netadmin.1"
[ -f "$man_page.gz" ] && man_page="$man_page.gz"
zcat -f "$man_page" | grep -q "^\.SH AUDIT" || fail "the man page has no AUDIT section"
zcat -f "$man_page" | grep -q -- "--fail-on" || fail "the man page does not document --fail-on"
echo "PASS: the Debian package installs and runs"
