#!/bin/sh
# Installs the DEB into a clean Debian 12 root and runs it there; then does the same with the RPM's
# files. Called by .ci/packages.sh (see there what is and is not verified). Needs root.
# The clean root is made once with debootstrap and kept as a tarball; each run starts from a fresh
# copy of it, so nothing from an earlier run (or from the build machine) can satisfy a dependency.
# Downloaded .debs are kept between runs in $CACHE (apt still decides what to install).
# Usage: .ci/packages-chroot.sh DEB RPM
set -eu
DEB=$(readlink -f "$1")
RPM=$(readlink -f "$2")
BASE=${PATCHDECK_BOOKWORM_TARBALL:-/var/tmp/patchdeck-bookworm-clean.tar}
ROOT=${PATCHDECK_BOOKWORM_ROOT:-/var/tmp/patchdeck-bookworm-check}
CACHE=/var/tmp/patchdeck-bookworm-apt-cache
LOG=/var/tmp/patchdeck-packages.log

if [ ! -s "$BASE" ]; then
    echo "packages: creating the clean Debian 12 root $BASE (once)"
    fresh=$(mktemp -d /var/tmp/patchdeck-bookworm-base.XXXXXX)
    chmod 755 "$fresh" # it becomes the root directory: mktemp's 0700 would lock every user out
    debootstrap --variant=minbase bookworm "$fresh" http://deb.debian.org/debian >"$LOG" 2>&1 \
        || { tail -20 "$LOG"; exit 1; }
    tar -C "$fresh" -cf "$BASE.part" . && mv "$BASE.part" "$BASE"
    rm -rf "$fresh"
fi

xvfb_pid=""
cleanup() {
    if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
    busy=""
    for m in tmp/.X11-unix var/cache/apt/archives proc; do
        umount "$ROOT/$m" 2>/dev/null || true
        if mountpoint -q "$ROOT/$m"; then busy="$busy $m"; fi
    done
    # Never delete through a mount that is still there (the host's X socket dir, the apt cache).
    if [ -n "$busy" ]; then
        echo "packages: still mounted in $ROOT:$busy; left in place" >&2
    elif [ "${PATCHDECK_PACKAGES_KEEP:-0}" != "1" ]; then
        rm -rf --one-file-system "$ROOT"
    fi
}
trap cleanup EXIT INT TERM
rm -rf "$ROOT"
mkdir -p "$ROOT" "$CACHE/partial"
tar -C "$ROOT" -xf "$BASE"
chmod 755 "$ROOT"
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
mount -t proc proc "$ROOT/proc"
mount --bind "$CACHE" "$ROOT/var/cache/apt/archives"
cp "$DEB" "$RPM" "$ROOT/tmp/"

# An X server on the host for the xcb check (its socket is bind-mounted into the root).
display=""
if command -v Xvfb >/dev/null 2>&1; then
    mkdir -p "$ROOT/tmp/.X11-unix" /tmp/.X11-unix
    Xvfb -displayfd 1 -screen 0 1024x768x24 -nolisten tcp >"$LOG.display" 2>/dev/null &
    xvfb_pid=$!
    timeout 20 sh -c "until [ -s '$LOG.display' ]; do sleep 0.1; done" && display=":$(head -n1 "$LOG.display")"
    mount --bind /tmp/.X11-unix "$ROOT/tmp/.X11-unix"
fi

in_root() { chroot "$ROOT" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

echo "packages: apt-get install ./$(basename "$DEB") into a clean Debian 12 root (Depends only, no Recommends)"
in_root sh -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends /tmp/$(basename "$DEB")" \
    >"$LOG" 2>&1 || { tail -30 "$LOG"; exit 1; }
# shellcheck disable=SC2016 # dpkg-query expands it
echo "packages: installed $(in_root dpkg-query -W -f='${binary:Package}\n' | wc -l) packages in the root"

# The checks, run as an ordinary user in the root (what a user does after installing).
in_root sh -c 'id checker >/dev/null 2>&1 || useradd -m checker'
cat >"$ROOT/tmp/run-checks.sh" <<'EOF'
#!/bin/sh
# $1: what is being checked (DEB or RPM files); $2: the X display or empty.
set -eu
what=$1
display=$2
export HOME=$(mktemp -d) XDG_RUNTIME_DIR=$(mktemp -d)
cd "$HOME"
fail() { echo "packages: $what: FAILED: $*" >&2; exit 1; }
plugins=/usr/lib/x86_64-linux-gnu/qt6/plugins

# Every program and the plugins the package depends on find all their libraries.
for f in /usr/bin/patchdeck /usr/bin/patchdeck-sim $plugins/sqldrivers/libqsqlite.so \
         $plugins/iconengines/libqsvgicon.so $plugins/imageformats/libqsvg.so $plugins/platforms/libqxcb.so; do
    [ -e "$f" ] || fail "$f is missing"
    ! ldd "$f" | grep "not found" || fail "$f has unresolved libraries"
done

version=$(QT_QPA_PLATFORM=offscreen patchdeck --version) || fail "patchdeck --version exited $?"
echo "$version" | grep -q "PatchDeck" || fail "patchdeck --version printed: $version"

# The local store: an empty file is opened through QSQLITE, which writes its schema into it.
: >store.sqlite
patchdeck export journal --store store.sqlite --format csv -o journal.csv 2>err.txt \
    || fail "export journal (SQLite store): $(cat err.txt)"
head -c 15 store.sqlite | grep -q "SQLite format 3" || fail "the store was not written by SQLite"

# patchdeck-sim and an export against it.
patchdeck-sim --listen 127.0.0.1:0 --static-token check-token --computers 40 >sim.out 2>sim.err &
sim=$!
trap 'kill $sim 2>/dev/null || true' EXIT
timeout 30 sh -c 'until grep -qs "^listening on" sim.out; do sleep 0.1; done' || fail "patchdeck-sim did not start: $(cat sim.err)"
url=$(sed -n 's/^listening on //p' sim.out)
PATCHDECK_TOKEN=check-token patchdeck export computers --server "$url" --format csv -o computers.csv 2>err.txt \
    || fail "export computers: $(cat err.txt)"
rows=$(($(wc -l <computers.csv) - 1))
[ "$rows" -eq 40 ] || fail "export computers wrote $rows rows, expected 40"

# The console itself, offscreen and (when the host has an X server) on X11 through the xcb plugin:
# it must still be running when timeout stops it, with no plugin or driver failures in its log.
launch() {
    rc=0
    env "$@" QT_DEBUG_PLUGINS=1 timeout 10 patchdeck --demo >launch.log 2>&1 || rc=$?
    [ "$rc" -eq 124 ] || fail "patchdeck --demo ($*) exited $rc: $(tail -5 launch.log)"
    # A plugin file (an absolute path) that cannot load is a failure; Qt's first probe for OpenSSL by
    # bare name ("crypto", "ssl") fails on any system without libssl-dev and is followed by the
    # versioned libcrypto.so.3, which must then load.
    ! grep -Ei '"/[^"]*" cannot load|could not (load|find)|driver not loaded|QSQLITE.*not installed' launch.log \
        || fail "patchdeck --demo ($*) reported a load failure"
    grep -q 'libcrypto.so.[0-9.]*" loaded library' launch.log \
        || fail "patchdeck --demo ($*) did not load OpenSSL (TLS to a real server)"
    grep -q "sqldrivers/libqsqlite.so" launch.log && grep -q "iconengines/libqsvgicon.so" launch.log \
        || fail "patchdeck --demo ($*) did not look at the SQLite and SVG plugins"
}
launch QT_QPA_PLATFORM=offscreen
checked="--version, export journal (SQLite), export computers (40 rows from patchdeck-sim), --demo offscreen 10 s"
if [ -n "$display" ]; then
    launch QT_QPA_PLATFORM=xcb DISPLAY="$display"
    checked="$checked, --demo on X11 (xcb) 10 s"
fi
echo "packages: $what: OK: $version; $checked"
EOF
chmod 755 "$ROOT/tmp/run-checks.sh"
in_root su checker -c "/tmp/run-checks.sh DEB '$display'"

# The RPM's files in the same root: the DEB goes (its dependencies stay), the RPM payload is unpacked
# over /, and the same checks run against those files.
in_root dpkg -r patchdeck >/dev/null
[ ! -e "$ROOT/usr/bin/patchdeck" ] || { echo "packages: dpkg -r left /usr/bin/patchdeck" >&2; exit 1; }
(cd "$ROOT" && rpm2cpio "$RPM" | cpio -idm --quiet)
in_root su checker -c "/tmp/run-checks.sh RPM '$display'"
