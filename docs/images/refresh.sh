#!/bin/sh
# Regenerates the README's screenshots with the project's own tool (tests/gui/ConsoleShots.cpp): the
# real console against the demo fleet, rendered offscreen, light and dark.
# Usage: docs/images/refresh.sh [BUILD_DIR]   (default: build-ci; builds the tool first)
set -eu
cd "$(dirname "$0")/../.."
BUILD=${1:-build-ci}
cmake --build "$BUILD" --target patchdeck-shots
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
"$BUILD/tests/gui/patchdeck-shots" -o docs/images
"$BUILD/tests/gui/patchdeck-shots" -o docs/images --dark
