#!/bin/sh
# Builds the Linux installers from the ci preset's build (build-ci) and checks them:
#  - the DEB: lintian without errors, then installed with apt into a clean Debian 12 root, where
#    only its declared Depends are pulled in, and run there (.ci/packages-chroot.sh);
#  - the RPM: its Requires cover every shared library its programs link (rpm -qpR against their
#    DT_NEEDED) and name the Fedora packages of the plugins; then its files, unpacked with rpm2cpio
#    into the same root after the DEB is removed (its dependencies stay), pass the same run checks.
#    What is NOT verified: that Fedora's packages of those names exist with these contents, and
#    rpm's own install scripts and dependency resolution (no RPM distribution on this machine).
# Builds as the calling user (build-ci stays theirs); only the chroot part runs as root.
# Usage: .ci/packages.sh    (env PATCHDECK_PACKAGES_KEEP=1 keeps the checked root for inspection)
set -eu
SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD="$SRC/build-ci"
OUT="$BUILD/packages"
cd "$SRC"

# The packages need only the two programs (the tests run in the sanitizer build), so skip `all`
# before cpack's install step.
cmake --preset ci -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON >/dev/null
cmake --build "$BUILD" --target patchdeck patchdeck-sim

rm -rf "$OUT"
cpack --config "$BUILD/CPackConfig.cmake" -G "DEB;RPM" -B "$OUT" >"$BUILD/cpack.log" 2>&1 \
    || { tail -30 "$BUILD/cpack.log"; exit 1; }
DEB=$(ls "$OUT"/patchdeck_*.deb)
RPM=$(ls "$OUT"/patchdeck-*.rpm)
echo "packages: built $(basename "$DEB") ($(du -k "$DEB" | cut -f1) KiB), $(basename "$RPM") ($(du -k "$RPM" | cut -f1) KiB)"
dpkg-deb -f "$DEB" Depends Recommends | sed 's/^/packages: DEB /'

# lintian: errors fail the run; warnings and the rest are printed.
lintian --fail-on error --tag-display-limit 0 "$DEB" >"$BUILD/lintian.log" 2>&1 || { cat "$BUILD/lintian.log"; exit 1; }
echo "packages: lintian: no errors; $(grep -c '^W:' "$BUILD/lintian.log" || true) warning(s)"
sed 's/^/packages:   /' "$BUILD/lintian.log"

# The RPM's Requires against what its programs link.
requires=$(rpm -qpR "$RPM" 2>/dev/null)
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
(cd "$unpacked" && rpm2cpio "$RPM" | cpio -idm --quiet)
missing=""
for elf in "$unpacked"/usr/bin/*; do
    for lib in $(objdump -p "$elf" | awk '$1 == "NEEDED" { print $2 }'); do
        echo "$requires" | grep -q "^$lib()" || missing="$missing $lib"
    done
done
for name in qt6-qtbase qt6-qtbase-gui qt6-qtcharts qt6-qtsvg qtkeychain-qt6; do
    echo "$requires" | grep -qx "$name" || missing="$missing $name"
done
if [ -n "$missing" ]; then
    echo "packages: the RPM does not require:$missing" >&2
    exit 1
fi
echo "packages: RPM requires $(echo "$requires" | grep -vc '^rpmlib(' ) names/sonames, covering every DT_NEEDED of its programs"

if [ "$(id -u)" = "0" ]; then
    "$SRC/.ci/packages-chroot.sh" "$DEB" "$RPM"
else
    sudo -E "$SRC/.ci/packages-chroot.sh" "$DEB" "$RPM"
fi
