#!/usr/bin/env bash
# The whole CLI call against the in-process engine and the peers, in one run (issue 12):
#
#   doppel generate --schema bench/standard.json --rows 1000000 --format csv --out DIR
#
# against doppel-bench (the engine in-process, same schema, same seed), Mimesis and Faker
# `--no-weighting` (shared/bench) and DuckDB generating the same table with SQL
# (bench/duckdb_standard.py). Each round runs every figure once, in turn, so load from
# other processes falls on all of them alike; medians over RUNS rounds. Then, on a fresh
# daemon, 5M rows through the CLI with the peak RSS (VmHWM) of the daemon and its workers, and the relational
# schema (bench/relational.json: 50k customers → 250k orders → 1M order_items) through the CLI.
#
#   bench/cli.sh [RUNS] [PEER_ROWS]
#
# Needs a virtualenv with duckdb, faker==40.54.0, mimesis==22.2.0 at $DOPPEL_BENCH_VENV
# (default /tmp/scale-venv): python3 -m venv V && V/bin/pip install duckdb faker==40.54.0 mimesis==22.2.0
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
PEER_ROWS=${2:-100000}
ROWS=${ROWS:-1000000}
PY=${DOPPEL_BENCH_VENV:-/tmp/scale-venv}/bin/python
PEERS=${PEERS_DIR:-../shared/bench}
[ -d "$PEERS" ] || PEERS=/work/shared/bench
for product in doppeld doppel doppel-bench; do swift build -c release --product "$product" >/dev/null; done
BIN=$(swift build -c release --show-bin-path)
work=$(mktemp -d /tmp/doppel-cli-bench.XXXXXX)
chmod 700 "$work"
daemon=""
cleanup() { [ -n "$daemon" ] && kill "$daemon" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

start_daemon() { # $1 socket
    "$BIN/doppeld" --socket "$1" --idle-timeout 0 2>"$work/doppeld.log" &
    daemon=$!
    for _ in $(seq 200); do [ -S "$1" ] && break; sleep 0.05; done
}
stop_daemon() { kill "$daemon"; wait "$daemon" 2>/dev/null || true; daemon=""; }
now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
rate() { grep -o 'rows_per_s=[0-9]*' | cut -d= -f2; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(uname -r)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); rounds: $RUNS; date: $(date -u +%FT%TZ)"
sock="$work/d.sock"
start_daemon "$sock"
"$BIN/doppel" generate --socket "$sock" --schema bench/standard.json --rows 1000 --seed 1 --format csv --out "$work/warm" >/dev/null

# Each timed run starts with the previous runs' files flushed (`sync`, untimed), so no run pays for
# another's writeback; the CLI and the in-process engine swap order every round.
cli_run() {
    rm -rf "$work/cli"
    sync
    t0=$(now)
    "$BIN/doppel" generate --socket "$sock" --schema bench/standard.json --rows "$ROWS" --seed 42 --format csv --out "$work/cli" >/dev/null
    t1=$(now)
    echo "cli $(echo "$ROWS / ($t1 - $t0)" | bc -l)" >>"$work/rates"
}
# Both timed by the same stopwatch, around the whole process (doppel-bench's own rows_per_s leaves
# out its process start).
inproc_run() {
    rm -f "$work/bench.csv"
    sync
    t0=$(now)
    "$BIN/doppel-bench" --schema bench/standard.json --rows "$ROWS" --seed 42 --out "$work/bench.csv" >/dev/null
    t1=$(now)
    echo "inproc $(echo "$ROWS / ($t1 - $t0)" | bc -l)" >>"$work/rates"
}
: >"$work/rates"
for run in $(seq "$RUNS"); do
    if [ $((run % 2)) = 1 ]; then cli_run; inproc_run; else inproc_run; cli_run; fi
    cmp -s "$work/cli/people.csv" "$work/bench.csv" || { echo "CLI and in-process outputs differ" >&2; exit 1; }
    sync
    echo "duckdb $("$PY" bench/duckdb_standard.py --rows "$ROWS" --out "$work/duck.csv" | rate)" >>"$work/rates"
    echo "mimesis $("$PY" "$PEERS/mimesis_bench.py" --rows "$PEER_ROWS" --seed 42 --today 2025-01-01 --out "$work/m.csv" | rate)" >>"$work/rates"
    echo "faker-fast $("$PY" "$PEERS/faker_bench.py" --rows "$PEER_ROWS" --seed 42 --today 2025-01-01 --no-weighting --out "$work/f.csv" | rate)" >>"$work/rates"
    echo "round $run: $(grep -c . "$work/rates") figures; load $(cut -d' ' -f1 /proc/loadavg)"
done
stop_daemon

for what in cli inproc duckdb mimesis faker-fast; do
    printf '%-11s %12.0f rows/s (runs: %s)\n' "$what" "$(awk -v w=$what '$1 == w {print $2}' "$work/rates" | median)" \
        "$(awk -v w=$what '$1 == w {printf "%.0f ", $2}' "$work/rates")"
done
python3 - "$work/rates" <<'PY'
import statistics, sys
rates = {}
for line in open(sys.argv[1]):
    k, v = line.split()
    rates.setdefault(k, []).append(float(v))
m = {k: statistics.median(v) for k, v in rates.items()}
print(f"CLI / in-process: {m['cli'] / m['inproc']:.2f}x (target >= 0.95)")
print(f"CLI / Mimesis: {m['cli'] / m['mimesis']:.0f}x (target >= 150); in-process / Mimesis: {m['inproc'] / m['mimesis']:.0f}x")
print(f"CLI / Faker --no-weighting: {m['cli'] / m['faker-fast']:.0f}x; CLI / DuckDB: {m['cli'] / m['duckdb']:.1f}x")
PY

# 5M rows through the CLI on a fresh daemon: its peak RSS.
start_daemon "$work/big.sock"
t0=$(now)
"$BIN/doppel" generate --socket "$work/big.sock" --schema bench/standard.json --rows $((5 * ROWS)) --seed 42 --format csv --out "$work/big" >/dev/null
t1=$(now)
# Peak RSS of the daemon and of each worker process it started (children that are still warm).
workers_hwm=0
for child in $(pgrep -P "$daemon"); do
    workers_hwm=$((workers_hwm + $(awk '/VmHWM/ {print int($2/1024)}' "/proc/$child/status")))
done
daemon_hwm=$(awk '/VmHWM/ {print int($2/1024)}' /proc/$daemon/status)
echo "5M rows via CLI: $(echo "5 * $ROWS / ($t1 - $t0)" | bc -l | cut -d. -f1) rows/s; peak RSS daemon $daemon_hwm MB + workers $workers_hwm MB = $((daemon_hwm + workers_hwm)) MB"
rm -rf "$work/big"
# The relational schema through the CLI (same daemon), 1.3M rows in three files.
rel=()
for run in $(seq "$RUNS"); do
    rm -rf "$work/rel"
    sync
    t0=$(now)
    "$BIN/doppel" generate --socket "$work/big.sock" --schema bench/relational.json --seed 42 --format csv --out "$work/rel" >/dev/null
    t1=$(now)
    rel+=("$(echo "1300000 / ($t1 - $t0)" | bc -l)")
done
echo "relational 1M items (1.3M rows) via CLI: $(printf '%s\n' "${rel[@]}" | median | cut -d. -f1) rows/s median (runs: $(printf '%.0f ' "${rel[@]}"))"
stop_daemon
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
