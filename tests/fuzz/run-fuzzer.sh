#!/bin/sh
# One fuzz test: replay the regression inputs, then fuzz for SECONDS from the seed folders.
#   run-fuzzer.sh FUZZER SECONDS REGRESSIONS_DIR FINDINGS_DIR [--writes-seed] [SEED_DIR...]
# --writes-seed: the fuzzer writes its own seed (PATCHDECK_FUZZ_WRITE_SEED) into the corpus first.
# Exit status: non-zero on any finding (crash, sanitizer report, leak, timeout, out of memory).
set -eu
fuzzer=$1 seconds=$2 regressions=$3 findings=$4
shift 4
name=$(basename "$fuzzer")
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT INT TERM
mkdir -p "$findings"

if [ "${1:-}" = "--writes-seed" ]; then
    shift
    PATCHDECK_FUZZ_WRITE_SEED="$corpus/written-seed" "$fuzzer" || { echo "$name: could not write its seed"; exit 1; }
fi

# Crashers found before: each must now run clean.
if [ -d "$regressions" ] && [ -n "$(find "$regressions" -type f ! -name '.*' | head -1)" ]; then
    find "$regressions" -type f ! -name '.*' -exec "$fuzzer" -runs=1 {} +
    echo "$name: regression inputs replayed clean"
fi

# Seed folders are read, never written: new inputs go to the temporary corpus.
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$findings/$name-" "$corpus" "$@" 2>&1 |
    grep -E '^(INFO: seed corpus|#[0-9]+ *DONE|Done |stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==|SUMMARY|.*ERROR|.*Test unit written)' || true
# The pipeline hides the fuzzer's exit status; a finding always leaves an artifact.
if ls "$findings/$name-"* >/dev/null 2>&1; then
    echo "$name: FINDINGS in $findings:"
    ls "$findings/$name-"*
    exit 1
fi
