#!/usr/bin/env bash
# Ping round trips and throughput of doppeld, side by side with the C Unix-socket
# floor (../shared/bench/uds_rtt.c, same framing) measured in the same run, and
# the whole-process time of `doppel ping` against a warm daemon.
#
#   bench/run.sh            # RUNS=5 N=100000 by default
#   RUNS=3 N=50000 bench/run.sh
#
# Prints every raw line, then the medians over RUNS runs for each placement:
# unpinned (the scheduler decides), same core, and cross core (taskset).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
RUNS=${RUNS:-5}
PEER=${PEER:-../shared/bench/uds_rtt.c}

for product in doppeld doppel doppel-rpc-bench; do
    swift build -c release --product "$product" >/dev/null
done
BIN=$(swift build -c release --show-bin-path)
work=$(mktemp -d /tmp/doppel-bench.XXXXXX)
chmod 700 "$work"
daemon_pid=""
cleanup() {
    [ -n "$daemon_pid" ] && kill "$daemon_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
gcc -O2 -o "$work/uds_rtt" "$PEER"
raw="$work/raw.txt"

start_daemon() { # $1 socket, $2 cpu or -1
    if [ "$2" -ge 0 ]; then taskset -c "$2" "$BIN/doppeld" --socket "$1" --idle-timeout 0 2>/dev/null &
    else "$BIN/doppeld" --socket "$1" --idle-timeout 0 2>/dev/null &
    fi
    daemon_pid=$!
    for _ in $(seq 100); do [ -S "$1" ] && break; sleep 0.05; done
}
stop_daemon() { kill "$daemon_pid"; wait "$daemon_pid" 2>/dev/null || true; daemon_pid=""; }
on_cpu() { # $1 cpu or -1, rest: command
    local cpu=$1; shift
    if [ "$cpu" -ge 0 ]; then taskset -c "$cpu" "$@"; else "$@"; fi
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(uname -r)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for placement in "unpinned -1 -1" "same-core 0 0" "cross-core 0 1"; do
    set -- $placement
    name=$1 server=$2 client=$3
    start_daemon "$work/$name.sock" "$server"
    for run in $(seq "$RUNS"); do
        echo "placement=$name run=$run peer=c $("$work/uds_rtt" "$N" "$work/c.sock" "$server" "$client")" | tee -a "$raw"
        echo "placement=$name run=$run peer=doppel $(on_cpu "$client" "$BIN/doppel-rpc-bench" "$work/$name.sock" sequential "$N")" | tee -a "$raw"
    done
    stop_daemon
done

start_daemon "$work/concurrent.sock" -1
for run in $(seq "$RUNS"); do
    echo "placement=unpinned run=$run peer=doppel $("$BIN/doppel-rpc-bench" "$work/concurrent.sock" concurrent 8 20000)" | tee -a "$raw"
done
echo "doppel ping as a whole process (hyperfine, warm daemon):"
hyperfine -N --warmup 20 --runs 300 --export-json "$work/hyperfine.json" \
    "$BIN/doppel ping --socket $work/concurrent.sock" | grep -E 'Time|Range'
stop_daemon

python3 - "$raw" "$work/hyperfine.json" <<'PY'
import json, statistics, sys
rows = [dict(kv.split("=", 1) for kv in line.split() if "=" in kv) for line in open(sys.argv[1])]
def med(rows, key): return statistics.median(float(r[key]) for r in rows)
print("\nmedians over runs:")
for placement in ["unpinned", "same-core", "cross-core"]:
    c = [r for r in rows if r["placement"] == placement and r["peer"] == "c"]
    d = [r for r in rows if r["placement"] == placement and r["peer"] == "doppel" and r.get("mode") == "sequential"]
    if c and d:
        print(f"  {placement:10}  C p50 {med(c,'p50_us'):6.2f} us  p99 {med(c,'p99_us'):6.2f} us | "
              f"doppeld ping p50 {med(d,'p50_us'):6.2f} us  p99 {med(d,'p99_us'):6.2f} us | "
              f"ratio p50 {med(d,'p50_us')/med(c,'p50_us'):.2f}x")
conc = [r for r in rows if r.get("mode") == "concurrent"]
print(f"  8 clients: {med(conc,'req_per_s'):,.0f} requests/s (median)")
h = json.load(open(sys.argv[2]))["results"][0]
print(f"  doppel ping whole process: median {h['median']*1000:.2f} ms (mean {h['mean']*1000:.2f} ms)")
PY
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
