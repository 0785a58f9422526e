#!/bin/sh
# Installs everything PatchDeck needs to build, run and test on Debian 12+ / Ubuntu 22.04+.
# Idempotent and quiet: when every package is present it only checks and exits (well under a second).
# Usage: packaging/bootstrap-debian.sh [--build-only]
set -eu

BUILD_PACKAGES="cmake ninja-build g++ pkg-config
 qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-networkauth-dev qt6-httpserver-dev qt6-websockets-dev
 libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins libqt6svg6
 libxkbcommon-dev libgl-dev libqt6opengl6-dev qtkeychain-qt6-dev"
# Real parts for the tests: a Secret Service, a browser for the sign-in end-to-end test, an X server
# for screenshots, clang and its libFuzzer runtime for the fuzz targets, debootstrap for the Qt 6.8
# (Debian 13) build check, zlib for the secrets audit (it inflates compressed cache blobs before searching them),
# rpm (rpmbuild for CPack's RPM, rpm2cpio), cpio and lintian for the installer check (.ci/packages.sh).
TEST_PACKAGES="clang-format dbus dbus-x11 gnome-keyring chromium xvfb xauth clang libclang-rt-dev debootstrap ca-certificates zlib1g-dev
 rpm cpio lintian"

packages="$BUILD_PACKAGES"
if [ "${1:-}" != "--build-only" ]; then
    packages="$packages $TEST_PACKAGES"
fi

missing=""
for p in $packages; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "bootstrap: all $(echo $packages | wc -w) packages present"
    exit 0
fi

SUDO=""
if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "bootstrap: need root (or sudo) to install:$missing" >&2
        exit 1
    fi
fi

echo "bootstrap: installing:$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
echo "bootstrap: done"
