#!/usr/bin/env bash
# Reality benchmark: generation at level 10 against level 0 (target: no more than 1.5x slower),
# with and without the defect record (--manifest), for the standard table and the relational
# case, all with doppel-bench (in-process engine, release build) in one run; then the measured
# defect rates per level (docs/REALITY.md).
#
#   bench/reality.sh [RUNS] [ROWS]
#
# RUNS (default 5): rounds; each round runs every configuration once, in turn, so load from
# other processes falls on all of them alike; medians are reported. ROWS (default 1000000).
# Wall time is what a user waits; CPU time (user + sys) is steadier on a shared machine.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
ROWS=${2:-1000000}
TMP=$(mktemp -d /tmp/doppel-reality-bench.XXXXXX)
trap 'rm -rf "$TMP"' EXIT

swift build -c release --product doppel-bench >/dev/null
BIN=.build/release/doppel-bench
mkdir -p "$TMP/m"

NAMES=(
  "standard csv, level 0"
  "standard csv, level 5"
  "standard csv, level 10"
  "standard csv, level 10 + manifest"
  "relational csv, level 0"
  "relational csv, level 10"
  "relational csv, level 10 + manifest"
)
ARGS=(
  "--standard --rows $ROWS --seed 42 --out $TMP/o.csv"
  "--standard --rows $ROWS --seed 42 --reality 5 --out $TMP/o.csv"
  "--standard --rows $ROWS --seed 42 --reality 10 --out $TMP/o.csv"
  "--standard --rows $ROWS --seed 42 --reality 10 --manifest $TMP/m --out $TMP/o.csv"
  "--relational --rows $ROWS --seed 42 --out $TMP/o.csv"
  "--relational --rows $ROWS --seed 42 --reality 10 --out $TMP/o.csv"
  "--relational --rows $ROWS --seed 42 --reality 10 --manifest $TMP/m --out $TMP/o.csv"
)

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); rounds: $RUNS (median); rows: $ROWS; date: $(date -u +%FT%TZ)"
for _ in $(seq "$RUNS"); do
  for i in "${!NAMES[@]}"; do
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %U %S" -o "$TMP/time" "$BIN" ${ARGS[$i]} >"$TMP/out"
    d=$(grep -o 'defects=[0-9]*' "$TMP/out" | sed 's/defects=//' || true)
    echo "$i $(awk '{printf "%s %.2f", $1, $2 + $3}' "$TMP/time") ${d:--}" >>"$TMP/results"
  done
done

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf '%-40s %8s %8s %10s\n' "what" "wall s" "cpu s" "defects"
for i in "${!NAMES[@]}"; do
  w=$(awk -v i="$i" '$1 == i {print $2}' "$TMP/results" | median)
  c=$(awk -v i="$i" '$1 == i {print $3}' "$TMP/results" | median)
  d=$(awk -v i="$i" '$1 == i {print $4}' "$TMP/results" | tail -1)
  printf '%-40s %8s %8s %10s\n' "${NAMES[$i]}" "$w" "$c" "$d"
  echo "$i $w $c" >>"$TMP/medians"
done
awk '
  {w[$1] = $2; c[$1] = $3}
  END {
    printf "ratio standard level 10 / level 0:              wall %.2fx, cpu %.2fx (target <= 1.5x)\n", w[2] / w[0], c[2] / c[0]
    printf "ratio standard level 10 + manifest / level 0:   wall %.2fx, cpu %.2fx\n", w[3] / w[0], c[3] / c[0]
    printf "ratio relational level 10 / level 0:            wall %.2fx, cpu %.2fx\n", w[5] / w[4], c[5] / c[4]
    printf "ratio relational level 10 + manifest / level 0: wall %.2fx, cpu %.2fx\n", w[6] / w[4], c[6] / c[4]
  }' "$TMP/medians"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

# Instructions and cycles (1 thread) are much steadier than time on a shared machine.
if command -v perf >/dev/null && perf stat -e instructions true >/dev/null 2>&1; then
  echo
  echo "perf stat, 1 thread, standard csv ($ROWS rows):"
  for i in 0 2 3; do
    # shellcheck disable=SC2086
    perf stat -x, -e instructions,cycles "$BIN" ${ARGS[$i]} --threads 1 2>"$TMP/stat" >/dev/null
    awk -F, -v name="${NAMES[$i]}" '{v[$3] = $1} END {printf "%-40s instructions %6.2f G  cycles %6.2f G\n", name, v["instructions"] / 1e9, v["cycles"] / 1e9}' "$TMP/stat"
  done
fi
echo
echo "measured rates (doppel-bench --rates --mix --rows 100000):"
"$BIN" --rates --mix --rows 100000
