#!/usr/bin/env bash
# Installs the Debian 12 packages Commonroom needs to build, test and run. Idempotent: quiet and
# quick when everything is already there.
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libgl-dev qtkeychain-qt6-dev
    libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
    libsqlite3-dev sqlite3 libssl-dev openssl
    python3 python3-aiosmtpd xvfb xauth fonts-dejavu-core
    # A real Secret Service for the keychain test (desktop_tokenstore_keychain)
    dbus gnome-keyring
)

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
