#!/usr/bin/env bash
# Builds Relief's Debian package with the Tauri bundler and checks what it holds: the app,
# its desktop entry (with a "Quick check-in" action) and icons, under the name Relief.
#
#   scripts/package-deb.sh           an optimised release build: the package to install
#   scripts/package-deb.sh --debug   packs the debug build the tests use (quick; ./test runs it)
#
# Prints the package's path last. Install it with: sudo apt install ./Relief_*.deb
cd "$(dirname "$0")/.."
. scripts/setup.sh
need_desktop
apt_install dpkg-dev desktop-file-utils
profile=release
flags=()
if [ "${1:-}" = "--debug" ]; then
    profile=debug
    flags=(--debug)
fi
target_dir="$(cargo metadata --format-version 1 --no-deps | node -p 'JSON.parse(require("fs").readFileSync(0, "utf8")).target_directory')"
version="$(node -p 'require("./src-tauri/tauri.conf.json").version')"
deb="$target_dir/$profile/bundle/deb/Relief_${version}_$(dpkg --print-architecture).deb"
tauri=../ui/node_modules/.bin/tauri

build_ui
say "building the $profile app, its tray program and the .deb"
rm -f "$deb"
# The light tray program goes beside the app, in /usr/bin.
tray_file="{\"bundle\":{\"linux\":{\"deb\":{\"files\":{\"/usr/bin/relief-tray\":\"$target_dir/$profile/relief-tray\"}}}}}"
if [ "$profile" = debug ]; then
    cargo build --locked -p relief-desktop --bin relief-desktop
    cargo build --locked -p relief-tray
    (cd src-tauri && "$tauri" bundle "${flags[@]}" --bundles deb --ci --config "$tray_file")
else
    cargo build --locked --release -p relief-tray
    (cd src-tauri && "$tauri" build --bundles deb --ci --config "$tray_file")
fi

say "checking the package"
listing="$(dpkg-deb -c "$deb")"
fail() { echo "package-deb: $*" >&2; exit 1; }
grep -Eq ' \./usr/bin/relief-desktop$| usr/bin/relief-desktop$' <<<"$listing" || fail "no usr/bin/relief-desktop in $deb"
grep -Eq ' \./usr/bin/relief-tray$| usr/bin/relief-tray$' <<<"$listing" || fail "no usr/bin/relief-tray in $deb"
grep -Eq 'usr/share/applications/Relief\.desktop$' <<<"$listing" || fail "no desktop entry in $deb"
grep -Eq 'usr/share/icons/hicolor/128x128/apps/relief-desktop\.png$' <<<"$listing" || fail "no icon in $deb"
entry="$(dpkg-deb --fsys-tarfile "$deb" | tar -xO --wildcards '*usr/share/applications/Relief.desktop')"
for line in "Name=Relief" "Exec=relief-desktop" "Icon=relief-desktop" "Exec=relief-desktop --quick"; do
    grep -qx "$line" <<<"$entry" || fail "the desktop entry lacks '$line'"
done
[ "$(dpkg-deb -f "$deb" Package)" = relief ] || fail "the package is not named relief"
dpkg-deb -f "$deb" Depends | grep -q libwebkit2gtk-4.1-0 || fail "the package does not depend on WebKitGTK"
# SQLCipher (protected journals) uses the system's OpenSSL libcrypto.
dpkg-deb -f "$deb" Depends | grep -q libssl3 || fail "the package does not depend on OpenSSL's libcrypto"
if command -v desktop-file-validate >/dev/null 2>&1; then
    dpkg-deb --fsys-tarfile "$deb" | tar -xO --wildcards '*usr/share/applications/Relief.desktop' >"$target_dir/Relief.desktop"
    desktop-file-validate "$target_dir/Relief.desktop"
fi
say "$(du -h "$deb" | cut -f1) package, app $(dpkg-deb --fsys-tarfile "$deb" | tar -tv --wildcards '*usr/bin/relief-desktop' | awk '{printf "%.1f MB", $3 / 1e6}')"
echo "$deb"
