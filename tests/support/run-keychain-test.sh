#!/bin/sh
# Runs a keychain test in a throwaway session: a fresh HOME and runtime directory, and
#   keyring            a private D-Bus session bus with a real, unlocked gnome-keyring Secret Service
#   no-secret-service  a private D-Bus session bus on which no service can be activated
#   no-bus             no D-Bus session bus at all
# gnome-keyring needs a non-empty password in a fresh HOME before it accepts writes headless.
set -eu
mode="$1"
shift
scratch="$(mktemp -d "${TMPDIR:-/tmp}/patchdeck-keychain.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -p "$scratch/home" "$scratch/run"
chmod 700 "$scratch/run"
export HOME="$scratch/home"
export XDG_RUNTIME_DIR="$scratch/run"
export XDG_DATA_HOME="$HOME/.local/share"
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_CACHE_HOME="$HOME/.cache"
export PATCHDECK_KEYCHAIN_MODE="$mode"
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL 2>/dev/null || true
case "$mode" in
keyring)
    dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$0" "$@"' "$@"
    ;;
no-secret-service)
    config="$scratch/session.conf"
    cat > "$config" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=$scratch/run</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
    dbus-run-session --config-file="$config" -- "$@"
    ;;
no-bus)
    "$@"
    ;;
*)
    echo "run-keychain-test.sh: unknown mode $mode" >&2
    exit 2
    ;;
esac
