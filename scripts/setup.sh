# Shared by ./run and ./test: installs what a fresh Debian 12 / Ubuntu machine lacks.
# Sourced, not executed.

set -euo pipefail

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# apt-get install, as root or through sudo, only for packages not yet installed.
apt_install() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing system packages: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

need_rust() {
    if ! command -v cargo >/dev/null 2>&1; then
        [ -x "$HOME/.cargo/bin/cargo" ] && export PATH="$HOME/.cargo/bin:$PATH"
    fi
    if ! command -v cargo >/dev/null 2>&1; then
        echo "Relief needs Rust (cargo). Install it from https://rustup.rs, then run this again." >&2
        exit 1
    fi
}

# The core and CLI: a C compiler for the bundled SQLite (SQLCipher), OpenSSL's libcrypto for
# protected journals.
need_core() {
    apt_install build-essential pkg-config libssl-dev
    need_rust
}

# The desktop app: WebKitGTK and friends, Node.js for the UI, its npm packages.
need_desktop() {
    need_core
    # libdbus-1-dev: "remember on this computer" in the system keyring (Secret Service).
    apt_install libwebkit2gtk-4.1-dev libxdo-dev libssl-dev libayatana-appindicator3-dev librsvg2-dev libdbus-1-dev
    if ! command -v node >/dev/null 2>&1; then
        apt_install nodejs npm
    fi
    local major
    major="$(node -p 'process.versions.node.split(".")[0]')"
    if [ "$major" -lt 20 ]; then
        echo "Relief's UI build needs Node.js 20 or newer (found $(node --version)); install it from https://nodejs.org or NodeSource, then run this again." >&2
        exit 1
    fi
    # Reinstall the UI's packages only when the lock file changed.
    if [ ! -f ui/node_modules/.package-lock.json ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
        say "installing the UI's npm packages"
        (cd ui && npm ci --no-audit --no-fund)
    fi
}

# End-to-end tests in the real webview: Xvfb, WebKitWebDriver, tauri-driver.
need_e2e() {
    # python: a notification server for the tests, and a look at the accessibility tree (AT-SPI)
    # gnome-keyring: a Secret Service for the test session's keyring.
    apt_install xvfb webkit2gtk-driver xauth dbus python3-dbus python3-gi gir1.2-atspi-2.0 at-spi2-core gnome-keyring
    export PATH="$HOME/.cargo/bin:$PATH"
    if ! command -v tauri-driver >/dev/null 2>&1; then
        say "installing tauri-driver"
        cargo install tauri-driver --version "^2" --locked
    fi
}

build_ui() {
    say "building the UI"
    (cd ui && npm run --silent build)
}
