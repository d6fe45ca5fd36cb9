#!/usr/bin/env bash
# Reality benchmark: generation at level 10 against level 0 (target: no more than 1.5x slower),
# with and without the defect record (--manifest), for the standard table and the relational
# case, all with doppel-bench (in-process engine, release build) in one run; then the measured
# defect rates per level (docs/REALITY.md).
#
#   bench/reality.sh [RUNS] [ROWS]
#
# RUNS (default 5): runs per figure, the median is reported. ROWS (default 1000000).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
ROWS=${2:-1000000}
TMP=$(mktemp -d /tmp/doppel-reality-bench.XXXXXX)
trap 'rm -rf "$TMP"' EXIT

swift build -c release --product doppel-bench >/dev/null
BIN=.build/release/doppel-bench

# measure NAME CMD... → median wall seconds and median CPU seconds (user+sys) over RUNS runs.
measure() {
  local name=$1; shift
  local walls=() cpus=()
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %U %S" -o "$TMP/time" "$@" >"$TMP/out" || { cat "$TMP/out" >&2; exit 1; }
    walls+=("$(awk '{print $1}' "$TMP/time")")
    cpus+=("$(awk '{printf "%.2f", $2 + $3}' "$TMP/time")")
  done
  local mw mc
  mw=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  mc=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  local defects; defects=$(grep -o 'defects=[0-9]*' "$TMP/out" | sed 's/defects=//' || true)
  printf '%-44s %8s %8s %10s\n' "$name" "$mw" "$mc" "${defects:--}"
  echo "$name|$mw|$mc" >>"$TMP/results"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); runs per figure: $RUNS (median); rows: $ROWS; date: $(date -u +%FT%TZ)"
printf '%-44s %8s %8s %10s\n' "what" "wall s" "cpu s" "defects"
mkdir -p "$TMP/m"
measure "standard csv, level 0"                 "$BIN" --standard --rows "$ROWS" --seed 42 --out "$TMP/s0.csv"
measure "standard csv, level 10"                "$BIN" --standard --rows "$ROWS" --seed 42 --reality 10 --out "$TMP/s10.csv"
measure "standard csv, level 10 + manifest"     "$BIN" --standard --rows "$ROWS" --seed 42 --reality 10 --manifest "$TMP/m" --out "$TMP/s10m.csv"
measure "standard csv, level 5"                 "$BIN" --standard --rows "$ROWS" --seed 42 --reality 5 --out "$TMP/s5.csv"
measure "relational csv, level 0"               "$BIN" --relational --rows "$ROWS" --seed 42 --out "$TMP/r0.csv"
measure "relational csv, level 10"              "$BIN" --relational --rows "$ROWS" --seed 42 --reality 10 --out "$TMP/r10.csv"
measure "relational csv, level 10 + manifest"   "$BIN" --relational --rows "$ROWS" --seed 42 --reality 10 --manifest "$TMP/m" --out "$TMP/r10m.csv"

awk -F'|' '
  {w[$1]=$2; c[$1]=$3}
  END {
    printf "ratio standard level 10 / level 0: wall %.2fx, cpu %.2fx (target <= 1.5x)\n", w["standard csv, level 10"]/w["standard csv, level 0"], c["standard csv, level 10"]/c["standard csv, level 0"]
    printf "ratio standard level 10 + manifest / level 0: wall %.2fx, cpu %.2fx\n", w["standard csv, level 10 + manifest"]/w["standard csv, level 0"], c["standard csv, level 10 + manifest"]/c["standard csv, level 0"]
    printf "ratio relational level 10 / level 0: wall %.2fx, cpu %.2fx\n", w["relational csv, level 10"]/w["relational csv, level 0"], c["relational csv, level 10"]/c["relational csv, level 0"]
    printf "ratio relational level 10 + manifest / level 0: wall %.2fx, cpu %.2fx\n", w["relational csv, level 10 + manifest"]/w["relational csv, level 0"], c["relational csv, level 10 + manifest"]/c["relational csv, level 0"]
  }' "$TMP/results"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "measured rates (doppel-bench --rates --mix --rows 100000):"
"$BIN" --rates --mix --rows 100000
