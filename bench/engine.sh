#!/usr/bin/env bash
# Engine benchmark: the standard table to CSV with doppel-bench (in-process engine,
# release build), side by side in one run with Python Faker (--no-weighting and
# default) and Mimesis generating the same table (shared/bench/*.py), plus the
# relational case customers → orders → order_items.
#
#   bench/engine.sh [RUNS] [PEER_ROWS]
#
# RUNS (default 3): runs per measurement; the median is reported.
# PEER_ROWS (default 100000): rows the Python peers generate (their rate is per row,
# and a million rows of Faker takes minutes); Doppel runs 1,000,000 and 5,000,000.
# Peak RSS comes from /usr/bin/time -v. Needs: pip install faker==40.54.0 mimesis==22.2.0
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
PEER_ROWS=${2:-100000}
PEERS=${PEERS_DIR:-../shared/bench}
[ -d "$PEERS" ] || PEERS=/work/shared/bench
TMP=$(mktemp -d /tmp/doppel-bench.XXXXXX)
trap 'rm -rf "$TMP"' EXIT

swift build -c release --product doppel-bench >/dev/null
BIN=.build/release/doppel-bench

# measure NAME ROWS CMD... → runs CMD RUNS times, prints NAME rows median_rows_per_s median_seconds max_rss_mb
measure() {
  local name=$1 rows=$2; shift 2
  local rates=() secs=() rss=0
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -v "$@" >"$TMP/out" 2>"$TMP/time" || { cat "$TMP/time" >&2; exit 1; }
    local line; line=$(grep -o 'rows=[0-9]* seconds=[0-9.]* rows_per_s=[0-9]*' "$TMP/out" | tail -1)
    rates+=("$(sed 's/.*rows_per_s=//' <<<"$line")")
    secs+=("$(sed 's/.*seconds=\([0-9.]*\).*/\1/' <<<"$line")")
    local r; r=$(awk '/Maximum resident set size/ {print $6}' "$TMP/time")
    (( r > rss )) && rss=$r
  done
  local mr ms
  mr=$(printf '%s\n' "${rates[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  ms=$(printf '%s\n' "${secs[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '%-34s %10s %12s %8s %8s\n' "$name" "$rows" "$mr" "$ms" "$((rss / 1024))"
  echo "$name $mr" >>"$TMP/rates"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); runs per figure: $RUNS (median); date: $(date -u +%FT%TZ)"
printf '%-34s %10s %12s %8s %8s\n' "what" "rows" "rows/s" "seconds" "RSS MB"
measure "doppel standard csv 1M"            1000000 "$BIN" --standard --rows 1000000 --seed 42 --out "$TMP/d1.csv"
measure "doppel standard csv 5M"            5000000 "$BIN" --standard --rows 5000000 --seed 42 --out "$TMP/d5.csv"
measure "doppel standard csv 1M, 1 thread"  1000000 "$BIN" --standard --rows 1000000 --seed 42 --threads 1 --out "$TMP/d1t.csv"
measure "doppel relational csv (1M items)"  1300000 "$BIN" --relational --rows 1000000 --seed 42 --out "$TMP/rel.csv"
measure "doppel relational sqlite (1M items)" 1300000 "$BIN" --relational --rows 1000000 --seed 42 --format sql --out "$TMP/rel.sql"
measure "mimesis standard csv"              "$PEER_ROWS" python3 "$PEERS/mimesis_bench.py" --rows "$PEER_ROWS" --seed 42 --today 2025-01-01 --out "$TMP/m.csv"
measure "faker --no-weighting standard csv" "$PEER_ROWS" python3 "$PEERS/faker_bench.py" --rows "$PEER_ROWS" --seed 42 --today 2025-01-01 --no-weighting --out "$TMP/f.csv"
measure "faker standard csv"                "$((PEER_ROWS / 5))" python3 "$PEERS/faker_bench.py" --rows "$((PEER_ROWS / 5))" --seed 42 --today 2025-01-01 --out "$TMP/fw.csv"

awk '
  /^doppel standard csv 1M / {d=$NF}
  /^mimesis/ {m=$NF}
  /^faker --no-weighting/ {f=$NF}
  /^faker standard/ {fw=$NF}
  END {
    printf "ratio doppel/mimesis: %.0fx (target >= 50x)\n", d/m
    printf "ratio doppel/faker --no-weighting: %.0fx (target >= 75x)\n", d/f
    printf "ratio doppel/faker default: %.0fx\n", d/fw
  }' "$TMP/rates"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
