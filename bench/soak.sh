#!/usr/bin/env bash
# A bounded soak: starts doppeld (release) on a private socket with
# --workers 2, runs bench/soak.py against it (many connections pinging and
# generating, plus clients that stall mid-stream), prints its tally and the
# daemon's peak RSS, and fails if any request went unanswered or was answered twice.
#
#   bench/soak.sh                 # 32 connections, 2 stallers, 30 s
#   CONNECTIONS=64 SECONDS=120 STALLERS=4 bench/soak.sh
#   BUILD=debug bench/soak.sh     # the debug build (no release build needed)
#   BIN=/path/to/bin bench/soak.sh  # a doppeld built elsewhere
set -euo pipefail
cd "$(dirname "$0")/.."
CONNECTIONS=${CONNECTIONS:-32}
SECONDS_=${SECONDS:-30}
STALLERS=${STALLERS:-2}
BUILD=${BUILD:-release}
if [ -z "${BIN:-}" ]; then  # BIN=DIR: use the doppeld in DIR as it is (e.g. another branch's build)
    swift build -c "$BUILD" --product doppeld >/dev/null
    BIN=$(swift build -c "$BUILD" --show-bin-path)
fi
work=$(mktemp -d /tmp/doppel-soak.XXXXXX)
chmod 700 "$work"
"$BIN/doppeld" --socket "$work/d.sock" --workers 2 --idle-timeout 0 --enable-debug-methods \
    --log-file "$work/daemon.log" &
daemon_pid=$!
cleanup() { kill "$daemon_pid" 2>/dev/null || true; wait "$daemon_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
for _ in $(seq 100); do [ -S "$work/d.sock" ] && break; sleep 0.1; done
status=0
python3 bench/soak.py "$work/d.sock" --connections "$CONNECTIONS" --seconds "$SECONDS_" --stallers "$STALLERS" || status=$?
echo "daemon peak RSS: $(grep VmHWM /proc/$daemon_pid/status | awk '{print $2, $3}')"
kill -0 "$daemon_pid" || { echo "FAIL: doppeld died"; status=1; }
grep -c "accept failed" "$work/daemon.log" | sed 's/^/accept failures logged: /' || true
exit $status
