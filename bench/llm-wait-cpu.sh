#!/usr/bin/env bash
# The daemon's CPU while it waits on a model that takes its time: a fake
# OpenAI-compatible server (Python's http.server) that answers after WAIT
# seconds (default 70), and doppeld's utime+stime from /proc/PID/stat over
# the 60 s in between. Issue 16 measured URLSession's wait at 0.83 of a core.
# Usage: bench/llm-wait-cpu.sh [SECONDS]   (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_MEASURED=${1:-60}
WAIT=$((SECONDS_MEASURED + 10))
WORK=$(mktemp -d /tmp/doppel-llm-wait.XXXXXX)
PORT=${PORT:-8091}
cat > "$WORK/slow.py" <<PY
import http.server, json, time
class Slow(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        time.sleep($WAIT)
        body = json.dumps({"choices": [{"message": {"role": "assistant", "content": "{}"}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *a): pass
http.server.ThreadingHTTPServer(("127.0.0.1", $PORT), Slow).serve_forever()
PY
python3 "$WORK/slow.py" & SERVER=$!
nice swift build >/dev/null
BIN=$(swift build --show-bin-path)
"$BIN/doppeld" --socket "$WORK/d.sock" --idle-timeout 0 --llm-base-url "http://127.0.0.1:$PORT/v1" --llm-model slow \
    --llm-timeout $((WAIT + 30)) --llm-cache off --llm-max-retries 0 2>"$WORK/daemon.log" & DAEMON=$!
trap 'kill $DAEMON $SERVER 2>/dev/null; wait 2>/dev/null' EXIT
for _ in $(seq 1 100); do [ -S "$WORK/d.sock" ] && break; sleep 0.1; done
python3 - "$WORK/d.sock" "$DAEMON" "$SECONDS_MEASURED" <<'PY'
import os, sys, time
sys.path.insert(0, "clients/python")
from doppel_client import DoppelClient
path, pid, span = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
tick = os.sysconf("SC_CLK_TCK")
def cpu():
    f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(f[11]) + int(f[12])) / tick
c = DoppelClient(path, timeout=600)
c._send({"jsonrpc": "2.0", "id": 1, "method": "tickets.generate", "params": {"product": "Acme", "count": 2}})
time.sleep(2)
before, start = cpu(), time.monotonic()
time.sleep(span)
used, wall = cpu() - before, time.monotonic() - start
print(f"doppeld CPU while waiting on the model: {used:.2f} CPU-s in {wall:.1f} s = {100 * used / wall:.2f} % of a core")
PY
