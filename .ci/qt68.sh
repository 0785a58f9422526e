#!/bin/sh
# Builds PatchDeck against Qt 6.8 (Debian 13 "trixie" in a chroot) and runs its unit tests there,
# so the code keeps compiling with the Qt that Windows and macOS users get.
# Needs root (debootstrap, chroot, bind mounts). Reuses the chroot between runs.
set -eu

SRC=$(cd "$(dirname "$0")/.." && pwd)
ROOT=${PATCHDECK_QT68_ROOT:-/var/tmp/patchdeck-trixie}
PACKAGES="g++ cmake ninja-build ca-certificates qt6-base-dev qt6-charts-dev qt6-networkauth-dev qt6-httpserver-dev
 qt6-websockets-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libxkbcommon-dev libgl-dev
 qtkeychain-qt6-dev zlib1g-dev"

if [ "$(id -u)" != "0" ]; then
    exec sudo -E "$0" "$@"
fi

if [ ! -x "$ROOT/usr/bin/apt-get" ]; then
    echo "qt68: creating Debian 13 root in $ROOT"
    rm -rf "$ROOT"
    debootstrap --variant=minbase trixie "$ROOT" http://deb.debian.org/debian >/tmp/patchdeck-debootstrap.log 2>&1 \
        || { tail -20 /tmp/patchdeck-debootstrap.log; exit 1; }
fi
cp /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true

cleanup() {
    umount "$ROOT/src" 2>/dev/null || true
    umount "$ROOT/proc" 2>/dev/null || true
}
trap cleanup EXIT INT TERM
mkdir -p "$ROOT/src" "$ROOT/proc"
mountpoint -q "$ROOT/proc" || mount -t proc proc "$ROOT/proc"
mountpoint -q "$ROOT/src" && umount "$ROOT/src"
mount --bind "$SRC" "$ROOT/src"

# shellcheck disable=SC2086
chroot "$ROOT" sh -c "
    set -e
    missing=''
    for p in $(echo $PACKAGES); do
        dpkg-query -W -f='\${Status}' \$p 2>/dev/null | grep -q 'ok installed' || missing=\"\$missing \$p\"
    done
    if [ -n \"\$missing\" ]; then
        echo \"qt68: installing:\$missing\"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends \$missing >/dev/null
    fi
    echo \"qt68: Qt \$(dpkg-query -W -f='\${Version}' qt6-base-dev)\"
    cd /src
    cmake -S . -B build-qt68 -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-O0 -DPATCHDECK_WERROR=ON >/dev/null
    cmake --build build-qt68
    QT_QPA_PLATFORM=offscreen ctest --test-dir build-qt68 -L unit --output-on-failure -j2
"
