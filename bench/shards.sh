#!/usr/bin/env bash
# Shards that cost 1/N (issue 14): bench/shop.json with --rows ROWS (the fact table,
# order_items; the other tables keep the plan's ratios), CSV files, release builds.
#
#   bench/shards.sh [RUNS] [ROWS]
#
# Per round, on one warm daemon: the unsharded run; the 8 shards under GNU parallel
# (`parallel --halt now,fail=1`, 8 `doppel` processes at once); and each shard K/8 alone,
# one after another. Then the unsharded run on a daemon pinned to 1 core and to 2 cores
# (`taskset`). Checks that the concatenated shards equal the unsharded files.
# Targets: parallel 8 shards ≤ 1.15 × unsharded; one shard ≤ whole/8 × 1.2 + 50 ms;
# 2 cores faster than 1 in proportion.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
ROWS=${2:-1000000}
for product in doppeld doppel; do swift build -c release --product "$product" >/dev/null; done
BIN=$(swift build -c release --show-bin-path)
work=$(mktemp -d /tmp/doppel-shard-bench.XXXXXX)
chmod 700 "$work"
daemon=""
cleanup() { [ -n "$daemon" ] && kill "$daemon" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
start_daemon() { # $1 socket, $2 cpu list or ""
    if [ -n "$2" ]; then taskset -c "$2" "$BIN/doppeld" --socket "$1" --idle-timeout 0 2>>"$work/doppeld.log" &
    else "$BIN/doppeld" --socket "$1" --idle-timeout 0 2>>"$work/doppeld.log" &
    fi
    daemon=$!
    for _ in $(seq 200); do [ -S "$1" ] && break; sleep 0.05; done
}
stop_daemon() { kill "$daemon"; wait "$daemon" 2>/dev/null || true; daemon=""; }
now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
gen() { # socket outdir [extra…]
    local sock=$1 out=$2; shift 2
    "$BIN/doppel" generate --socket "$sock" --schema bench/shop.json --rows "$ROWS" --seed 42 --format csv --out "$out" "$@" >/dev/null
}
export BIN ROWS

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(uname -r)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); rounds: $RUNS; date: $(date -u +%FT%TZ)"
sock="$work/d.sock"
start_daemon "$sock" ""
gen "$sock" "$work/warm"
total=$(cat "$work"/warm/*.csv | wc -l); files=$(ls "$work"/warm/*.csv | wc -l)
echo "rows per run: $((total - files)) in $files tables"
rm -rf "$work/warm"
: >"$work/times"
for run in $(seq "$RUNS"); do
    rm -rf "$work/whole" "$work"/part-*
    t0=$(now); gen "$sock" "$work/whole"; t1=$(now)
    echo "whole $(echo "$t1 - $t0" | bc -l)" >>"$work/times"
    t0=$(now)
    seq 1 8 | SOCK=$sock parallel --halt now,fail=1 "$BIN/doppel generate --socket $sock --schema bench/shop.json --rows $ROWS --seed 42 --format csv --shard {}/8 --out $work/part-{} >/dev/null"
    t1=$(now)
    echo "parallel8 $(echo "$t1 - $t0" | bc -l)" >>"$work/times"
    for f in "$work"/whole/*.csv; do
        name=$(basename "$f")
        cat $(for k in $(seq 1 8); do echo "$work/part-$k/$name"; done) | cmp -s - "$f" || { echo "shards differ from the whole: $name" >&2; exit 1; }
    done
    rm -rf "$work"/part-*
    for k in 1 4 8; do
        t0=$(now); gen "$sock" "$work/one-$k" --shard "$k/8"; t1=$(now)
        echo "shard$k $(echo "$t1 - $t0" | bc -l)" >>"$work/times"
        rm -rf "$work/one-$k"
    done
    echo "round $run done; load $(cut -d' ' -f1 /proc/loadavg)"
done
stop_daemon
for cpus in 0 0,1; do
    start_daemon "$work/p.sock" "$cpus"
    gen "$work/p.sock" "$work/warm"; rm -rf "$work/warm"
    for run in $(seq "$RUNS"); do
        rm -rf "$work/pinned"
        t0=$(now); gen "$work/p.sock" "$work/pinned"; t1=$(now)
        echo "cores$cpus $(echo "$t1 - $t0" | bc -l)" >>"$work/times"
    done
    stop_daemon
done
python3 - "$work/times" <<'PY'
import statistics, sys
t = {}
for line in open(sys.argv[1]):
    k, v = line.split()
    t.setdefault(k, []).append(float(v))
m = {k: statistics.median(v) for k, v in t.items()}
for k, v in t.items():
    print(f"{k:10} median {m[k]:7.3f} s  (runs: {' '.join(f'{x:.3f}' for x in v)})")
w = m["whole"]
print(f"8 shards under GNU parallel / unsharded: {m['parallel8'] / w:.2f}x (target <= 1.15)")
bound = w / 8 * 1.2 + 0.05
for k in (1, 4, 8):
    s = m[f"shard{k}"]
    print(f"shard {k}/8: {s:.3f} s = {s / w * 100:.1f} % of the whole; bound (whole/8)*1.2 + 50 ms = {bound:.3f} s -> {'met' if s <= bound else 'NOT met'}")
print(f"taskset: 1 core {m['cores0']:.3f} s, 2 cores {m['cores0,1']:.3f} s: speed-up {m['cores0'] / m['cores0,1']:.2f}x")
PY
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
