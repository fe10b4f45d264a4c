#!/usr/bin/env bash
# Installs the Debian 12 packages Commonroom needs to build, test and run. Idempotent: quiet and
# quick when everything is already there.
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config git
    # Qt6Charts' CMake package requires Qt6OpenGL (libqt6opengl6-dev); nothing else pulls it in.
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev qtkeychain-qt6-dev
    libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
    libsqlite3-dev sqlite3 libssl-dev openssl
    # ICU: names sorted in the user's language on the device (NameCollation)
    libicu-dev
    # inflates the embedded list of breached passwords (syncd/BreachedPasswords)
    zlib1g-dev
    python3 python3-aiosmtpd xvfb xauth fonts-dejavu-core
    # the tests check the daemon's DKIM signatures as a receiving server does
    python3-dkim
    # CI runs the suite a second time with the clock a year ahead
    faketime
    # A real Secret Service for the keychain test (desktop_tokenstore_keychain)
    dbus gnome-keyring
)
# The demo community has names in 17 scripts (Han, Hangul, Devanagari, Arabic, …): without these
# fonts the app shows empty boxes. Tests do not need them.
if [ "${1:-}" = --demo ]; then
    packages+=(fonts-noto-core fonts-noto-cjk)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing packages: ${missing[*]}"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Run as root or install sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "Packages installed."
