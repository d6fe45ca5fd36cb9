#!/usr/bin/env bash
# Instruction counts of the engine (doppel-bench, release build, one thread, CSV to /dev/null):
# the standard table at 200,000 rows and the relational case at 200,000 items. Counted by
# valgrind (cachegrind's "I refs", user-space instructions), because this VM exposes no
# hardware counters to perf. Counts hardly move with load, so they compare changes on a busy
# machine where wall-clock times cannot; they are not a speed.
#
#   bench/instructions.sh [BIN] [RUNS]     (BIN: default .build/release/doppel-bench; RUNS: 3)
#
# Prints NAME MEDIAN (each run). Needs valgrind.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-.build/release/doppel-bench}
RUNS=${2:-3}
for c in "standard:--schema bench/standard.json --rows 200000" "relational:--relational --rows 200000"; do
  name=${c%%:*}; args=${c#*:}
  for _ in $(seq "$RUNS"); do
    # shellcheck disable=SC2086
    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null "$BIN" $args \
      --seed 42 --threads 1 --format csv --out /dev/null 2>&1 | awk '/I +refs/ {gsub(",", "", $4); print $4}'
  done | sort -n | awk -v n="$name" '{a[NR] = $1; s = s " " $1} END {printf "%s %d (%s )\n", n, a[int((NR + 1) / 2)], s}'
done
