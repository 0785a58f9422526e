#!/bin/sh
# Every C++ source and header is formatted by .clang-format (the tree was reformatted once at a
# 120-column limit, the one the code followed). Since then the whole tree is checked: it costs a few
# seconds and catches a badly formatted changed line the same as a line-range check would.
# Fix with: git ls-files '*.cpp' '*.h' | xargs clang-format -i
set -eu
cd "$(dirname "$0")/.."
if ! git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror 2>/tmp/patchdeck-format.log; then
    head -40 /tmp/patchdeck-format.log
    echo "format-check: files above are not clang-formatted (git ls-files '*.cpp' '*.h' | xargs clang-format -i)" >&2
    exit 1
fi
echo "format-check: $(git ls-files '*.cpp' '*.h' | wc -l) files formatted"
