#!/usr/bin/env python3
"""Time how long doppeld takes to answer a `ping` whose params object has N members.

The reply time is dominated by parsing the frame, so it shows whether parsing a
JSON object is linear in its members. The peer is Python's json.loads on the
same bytes, measured in the same run.

usage: bench/json_keys.py DOPPELD RUNS N [N ...]   (prints one line per N)
"""
import json, os, socket, statistics, struct, subprocess, sys, tempfile, time

def frame(obj_bytes):
    return struct.pack(">I", len(obj_bytes)) + obj_bytes

def read_reply(s):
    def exact(n):
        buf = b""
        while len(buf) < n:
            chunk = s.recv(n - len(buf))
            if not chunk:
                raise EOFError("daemon closed the connection")
            buf += chunk
        return buf
    (n,) = struct.unpack(">I", exact(4))
    return json.loads(exact(n))

def main():
    doppeld, runs, sizes = sys.argv[1], int(sys.argv[2]), [int(a) for a in sys.argv[3:]]
    tmp = tempfile.mkdtemp(prefix="doppel-jsonkeys-")
    sock = os.path.join(tmp, "d.sock")
    daemon = subprocess.Popen([doppeld, "--socket", sock, "--data-dir", os.path.join(tmp, "data")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):
            if os.path.exists(sock):
                break
            time.sleep(0.05)
        for n in sizes:
            params = "{" + ",".join('"k%d":%d' % (i, i) for i in range(n)) + "}"
            body = ('{"jsonrpc":"2.0","id":1,"method":"ping","params":%s}' % params).encode()
            daemon_times, peer_times = [], []
            for _ in range(runs):
                s = socket.socket(socket.AF_UNIX)
                s.connect(sock)
                t = time.perf_counter()
                s.sendall(frame(body))
                reply = read_reply(s)
                daemon_times.append(time.perf_counter() - t)
                s.close()
                assert reply.get("id") == 1, reply
                t = time.perf_counter()
                json.loads(body)
                peer_times.append(time.perf_counter() - t)
            print("keys=%d bytes=%d doppeld_median_s=%.4f json.loads_median_s=%.4f runs=%d"
                  % (n, len(body), statistics.median(daemon_times), statistics.median(peer_times), runs), flush=True)
    finally:
        daemon.terminate()
        daemon.wait()

main()
