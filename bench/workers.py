#!/usr/bin/env python3
"""Worker start-up cost: a small generate on a fresh daemon (its first job starts
a worker process) against the same request on a warm worker, and the daemon's own
figure for a worker's start (status.workers.startupMs: spawn to its first message).

    python3 bench/workers.py BIN_DIR [RUNS] [WARM]

Each run starts doppeld on a private socket, times one 10-row inline generate
(cold: includes the worker's spawn and start), then WARM more (warm), reads status,
and stops the daemon. Prints every run, then medians.
"""
import json, os, socket, statistics, struct, subprocess, sys, tempfile, time

SCHEMA = {"name": "t", "entities": [{"name": "people", "rows": 10, "fields": [
    {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": True},
    {"name": "name", "type": "string", "kind": "person.full_name"}]}]}


def call(sock, ident, method, params=None):
    msg = {"jsonrpc": "2.0", "id": ident, "method": method}
    if params is not None:
        msg["params"] = params
    body = json.dumps(msg).encode()
    sock.sendall(struct.pack(">I", len(body)) + body)
    while True:
        head = b""
        while len(head) < 4:
            head += sock.recv(4 - len(head))
        (n,) = struct.unpack(">I", head)
        data = b""
        while len(data) < n:
            data += sock.recv(n - len(data))
        reply = json.loads(data)
        if reply.get("id") == ident:
            return reply


def one_run(bin_dir, warm_count):
    work = tempfile.mkdtemp(prefix="doppel-workers-")
    os.chmod(work, 0o700)
    path = os.path.join(work, "d.sock")
    env = dict(os.environ, XDG_STATE_HOME=work, XDG_DATA_HOME=work, XDG_CACHE_HOME=work)
    daemon = subprocess.Popen([os.path.join(bin_dir, "doppeld"), "--socket", path, "--idle-timeout", "0"],
                              stderr=subprocess.DEVNULL, env=env)
    try:
        for _ in range(200):
            if os.path.exists(path):
                break
            time.sleep(0.01)
        sock = socket.socket(socket.AF_UNIX)
        sock.connect(path)
        call(sock, 0, "initialize", {"protocol": "1.0", "client": {"name": "bench", "version": "0"}})
        params = {"schema": SCHEMA, "seed": 1, "output_format": "csv"}
        t = time.perf_counter()
        assert "result" in call(sock, 1, "generate", params)
        cold = (time.perf_counter() - t) * 1000
        warm = []
        for i in range(warm_count):
            t = time.perf_counter()
            assert "result" in call(sock, 2 + i, "generate", params)
            warm.append((time.perf_counter() - t) * 1000)
        workers = call(sock, 10_000, "status")["result"]["workers"]
        sock.close()
        return cold, statistics.median(warm), workers["startupMs"], workers["started"]
    finally:
        daemon.terminate()
        daemon.wait()


def main():
    bin_dir = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    warm = int(sys.argv[3]) if len(sys.argv) > 3 else 50
    print(f"machine: {os.cpu_count()} cores, load {open('/proc/loadavg').read().split()[:3]}")
    rows = []
    for r in range(runs):
        cold, warm_p50, startup, started = one_run(bin_dir, warm)
        rows.append((cold, warm_p50, startup))
        print(f"run={r + 1} cold_generate_ms={cold:.2f} warm_generate_p50_ms={warm_p50:.3f} "
              f"worker_startup_ms={startup} workers_started={started}")
    med = [statistics.median(c) for c in zip(*rows)]
    print(f"median: cold_generate_ms={med[0]:.2f} warm_generate_p50_ms={med[1]:.3f} worker_startup_ms={med[2]:.2f}")


if __name__ == "__main__":
    main()
