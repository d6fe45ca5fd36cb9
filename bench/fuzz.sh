#!/usr/bin/env bash
# The long schema-fuzz campaign: draws N schemas (SchemaDrawer, seeds FIRST …
# FIRST+N-1) and runs each through the engine with the properties of
# SchemaFuzzTests (generates or refuses naming the field; same seed, same bytes;
# shards concatenate; references resolve; unique holds; the clean SQLite script
# loads with foreign keys on).
#
#   bench/fuzz.sh N [FIRST_SEED] [BATCH]        e.g. nice bench/fuzz.sh 100000
#
# Seeds run in batches, each in its own `swift test` process, so a trap or a hang
# in the engine is recorded as a crash (with its reproducer) instead of ending
# the campaign; the seeds before it are run again in a batch of their own and the
# campaign goes on after it. Failing and crashing schemas are written to
# bench/fuzz-failures/<seed>.json (the case: seed, reality, format, shards,
# schema, and what failed); SchemaDrawer.draw(seed:) gives the same case back.
set -u
N=${1:-100000}
FIRST=${2:-1000000}
BATCH=${3:-1000}
TIMEOUT=${DOPPEL_FUZZ_BATCH_TIMEOUT:-900}
root=$(cd "$(dirname "$0")/.." && pwd)
failures="$root/bench/fuzz-failures"
# Batch tallies stay in $DOPPEL_FUZZ_WORK (default a fresh temporary directory): a campaign
# stopped early (Ctrl-C, kill) still prints what its finished batches found.
work=${DOPPEL_FUZZ_WORK:-$(mktemp -d)}
mkdir -p "$work"
echo "batch results in $work" >&2
cd "$root" || exit 1
mkdir -p "$failures"
swift build --build-tests >"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }

started=$(date +%s)
summarize() {
    elapsed=$(( $(date +%s) - started ))
    echo >&2
    # Failing (non-crashing) cases were written by the batches themselves.
    cp "$work"/failures/*.json "$failures"/ 2>/dev/null
    python3 - "$work" "$elapsed" <<'PY'
import glob, json, os, platform, sys
work, elapsed = sys.argv[1], int(sys.argv[2])
total = {"drawn": 0, "generated": 0, "refused_total": 0, "failed": 0}
refused, failures = {}, []
for path in glob.glob(os.path.join(work, "summary-*.json")):
    s = json.load(open(path))
    for k in total: total[k] += s.get(k, 0)
    for k, v in s.get("refused", {}).items(): refused[k] = refused.get(k, 0) + v
    failures += s.get("failures", [])
crashes = [l.rstrip("\n").split("\t") for l in open(os.path.join(work, "crashes.tsv")) if l.strip()]
total["drawn"] += len(crashes)
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.machine())
print(f"machine: {cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}")
print(f"drawn {total['drawn']}, generated {total['generated']}, refused {total['refused_total']}, "
      f"failed {total['failed']}, crashes {len(crashes)}, time {elapsed} s")
print("refused by reason (a schema with several problems counts under each):")
for k, v in sorted(refused.items(), key=lambda kv: -kv[1]): print(f"  {v:7d}  {k}")
for f in failures[:20]: print("FAILED", f)
for seed, what in crashes: print(f"CRASH seed {seed}: {what}")
PY
}
trap 'summarize; exit 130' INT TERM
seed=$FIRST
end=$((FIRST + N))
crash_at=""
: >"$work/crashes.tsv"
while [ "$seed" -lt "$end" ]; do
    count=$(( end - seed < BATCH ? end - seed : BATCH ))
    if [ -n "$crash_at" ] && [ "$crash_at" -ge "$seed" ] && [ "$crash_at" -lt $((seed + count)) ]; then
        count=$((crash_at - seed))
        if [ "$count" -eq 0 ]; then seed=$((crash_at + 1)); crash_at=""; continue; fi
    fi
    rm -f "$work/inflight"
    DOPPEL_FUZZ_FROM=$seed DOPPEL_FUZZ_COUNT=$count DOPPEL_FUZZ_OUT="$work" \
        timeout "$TIMEOUT" swift test --skip-build --filter SchemaFuzzCampaignTests >"$work/batch.log" 2>&1
    status=$?
    if [ -f "$work/summary-$seed.json" ]; then
        seed=$((seed + count))
        printf '\r%d of %d drawn' $((seed - FIRST)) "$N" >&2
        continue
    fi
    if [ ! -f "$work/inflight" ]; then
        echo "batch from seed $seed died before its first case (exit $status):" >&2
        tail -30 "$work/batch.log" >&2
        exit 1
    fi
    dead=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["seed"])' "$work/inflight")
    what=crash; [ "$status" -eq 124 ] && what="hang (no answer in ${TIMEOUT}s)"
    python3 - "$work/inflight" "$failures/$dead.json" "$what" "$work/batch.log" <<'PY'
import json, sys
case = json.load(open(sys.argv[1]))
log = open(sys.argv[4], errors="replace").read()
case["failure"] = f"{sys.argv[3]}: " + log[-1500:]
json.dump(case, open(sys.argv[2], "w"), indent=2)
PY
    printf '%s\t%s\n' "$dead" "$what" >>"$work/crashes.tsv"
    echo "seed $dead: $what, reproducer bench/fuzz-failures/$dead.json" >&2
    crash_at=$dead
done
summarize
