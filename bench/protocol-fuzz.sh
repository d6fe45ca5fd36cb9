#!/usr/bin/env bash
# The protocol campaign (issue 11, point 6), longer than CI runs it: N seeds of
# ProtocolFuzzEndToEndTests against a real doppeld (debug build), ROUNDS
# campaigns per seed on one daemon, then the figures added up by class.
#
#   bench/protocol-fuzz.sh N [ROUNDS] [FIRST_SEED]     e.g. bench/protocol-fuzz.sh 50 4
#
# Seeds are FIRST_SEED (default 1000) .. FIRST_SEED+N-1, so a run reproduces. A failing
# seed's inputs are saved to ${TMPDIR:-/tmp}/doppel-protocol-fuzz-<seed>.txt; rerun one with
# DOPPEL_PROTOCOL_FUZZ_SEEDS=<seed> swift test --filter ProtocolFuzzEndToEndTests.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:?usage: bench/protocol-fuzz.sh N [ROUNDS] [FIRST_SEED]}
rounds=${2:-1}
first=${3:-1000}
seeds=$(seq "$first" $((first + n - 1)) | tr '\n' ' ')
log=$(mktemp "${TMPDIR:-/tmp}/doppel-protocol-fuzz-XXXXXX.log")
swift build --build-tests >/dev/null
start=$(date +%s)
status=0
DOPPEL_PROTOCOL_FUZZ_SEEDS="$seeds" DOPPEL_PROTOCOL_FUZZ_ROUNDS="$rounds" \
    swift test --skip-build --no-parallel --filter 'ProtocolFuzzEndToEndTests/framesAndParams' >"$log" 2>&1 || status=$?
elapsed=$(( $(date +%s) - start ))
python3 - "$log" "$n" "$rounds" "$elapsed" "$status" <<'PY'
import collections, json, sys
log, n, rounds, elapsed, status = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
sent, replies, codes = collections.Counter(), collections.Counter(), collections.Counter()
crashes = failures = seeds = 0
for line in open(log, errors="replace"):
    if line.startswith("protocol-fuzz-figures "):
        f = json.loads(line.split(" ", 1)[1])
        seeds += 1
        sent.update(f["sent"]); replies.update(f["replies"]); codes.update(f["codes"])
        crashes += f["crashes"]; failures += f["failures"]
print(f"seeds {seeds}/{n}, rounds per seed {rounds}, {elapsed} s, swift test exit {status}")
print(f"frames sent {sum(sent.values())}, replies {sum(replies.values())}, crashes {crashes}, property failures {failures}")
print("| class | frames sent | replies |")
print("|---|---:|---:|")
for k in sorted(sent):
    print(f"| {k} | {sent[k]:,} | {replies[k]:,} |")
print("replies by code: " + ", ".join(f"{k}: {v:,}" for k, v in sorted(codes.items(), key=lambda kv: kv[0])))
if seeds < n or status != 0:
    print(f"see {log}")
PY
exit "$status"
