#!/usr/bin/env python3
"""A bounded soak of a running doppeld: many connections pinging and generating
for SECONDS, with a few clients that start streams and stop reading; checks that
every request gets exactly one reply.

    python3 bench/soak.py SOCKET [--connections 32] [--seconds 30] [--stallers 2]

Each mixed connection keeps up to 32 requests in flight: mostly `ping`, every
10th a small inline `generate`, every 50th `debug.sleep` (the daemon needs
--enable-debug-methods), every 100th a streamed `generate`. A reply is an
answer (a result, or an error with a documented code: 1002 OVERLOADED counts as
an answer). Exit status 1 if any request got no reply or two.
"""
import argparse, json, socket, struct, sys, threading, time

SMALL = {"entities": [{"name": "users", "rows": 50, "fields": [
    {"name": "id", "type": "integer", "primary_key": True},
    {"name": "email", "type": "string", "kind": "internet.email"}]}]}
BIG = {"entities": [{"name": "events", "rows": 2000000, "fields": [
    {"name": "id", "type": "integer", "primary_key": True},
    {"name": "note", "type": "text", "kind": "text.sentence"}]}]}


def frame(obj):
    payload = json.dumps(obj).encode()
    return struct.pack(">I", len(payload)) + payload


class Reader:
    def __init__(self, sock):
        self.sock, self.buf = sock, b""

    def next(self, timeout):
        self.sock.settimeout(timeout)
        while True:
            if len(self.buf) >= 4:
                n = struct.unpack(">I", self.buf[:4])[0]
                if len(self.buf) >= 4 + n:
                    msg, self.buf = self.buf[4:4 + n], self.buf[4 + n:]
                    return json.loads(msg)
            chunk = self.sock.recv(1 << 16)
            if not chunk:
                raise EOFError("the daemon closed the connection")
            self.buf += chunk


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.sent = self.answered = self.missing = self.duplicates = self.chunks = 0
        self.codes = {}
        self.examples = {}
        self.failures = []

    def add(self, **kw):
        with self.lock:
            for k, v in kw.items():
                setattr(self, k, getattr(self, k) + v)

    def code(self, c, message):
        with self.lock:
            self.codes[c] = self.codes.get(c, 0) + 1
            self.examples.setdefault(c, message[:160])


def mixed(path, deadline, tally, n):
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.connect(path)
    reader = Reader(sock)
    window = threading.Semaphore(32)
    outstanding, lock, done_sending = {}, threading.Lock(), threading.Event()

    def receive():
        while True:
            with lock:
                if done_sending.is_set() and not outstanding:
                    return
            try:
                msg = reader.next(30)
            except Exception as e:  # timeout or EOF: whatever is outstanding is missing
                with lock:
                    tally.add(missing=len(outstanding))
                    tally.failures.append(f"connection {n}: {e!r} with {len(outstanding)} outstanding")
                    outstanding.clear()
                return
            if "method" in msg:
                tally.add(chunks=1 if msg["method"] == "$/chunk" else 0)
                continue
            with lock:
                if outstanding.pop(msg.get("id"), None) is None:
                    tally.add(duplicates=1)
                    continue
            if "error" in msg:
                tally.code(msg["error"]["code"], msg["error"].get("message", ""))
            tally.add(answered=1)
            window.release()

    receiver = threading.Thread(target=receive)
    receiver.start()
    i = 0
    while time.time() < deadline and receiver.is_alive():
        if not window.acquire(timeout=1):
            continue
        if i % 100 == 99:
            req = {"method": "generate", "params": {"schema": SMALL, "stream": True, "seed": i}}
        elif i % 50 == 49:
            req = {"method": "debug.sleep", "params": {"seconds": 0.01}}
        elif i % 10 == 9:
            req = {"method": "generate", "params": {"schema": SMALL, "seed": i}}
        else:
            req = {"method": "ping"}
        req["id"] = i
        with lock:
            outstanding[i] = req["method"]
        try:
            sock.sendall(frame(req))
        except OSError as e:
            tally.failures.append(f"connection {n}: send failed: {e!r}")
            break
        tally.add(sent=1)
        i += 1
    done_sending.set()
    receiver.join()
    sock.close()


def staller(path, deadline, tally):
    """Starts a large stream and never reads; closes at the end."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.connect(path)
    sock.sendall(frame({"id": 1, "method": "generate", "params": {"schema": BIG, "stream": True}}))
    while time.time() < deadline:
        time.sleep(0.2)
    sock.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("socket")
    ap.add_argument("--connections", type=int, default=32)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--stallers", type=int, default=2)
    a = ap.parse_args()
    tally = Tally()
    deadline = time.time() + a.seconds
    threads = [threading.Thread(target=staller, args=(a.socket, deadline, tally)) for _ in range(a.stallers)]
    threads += [threading.Thread(target=mixed, args=(a.socket, deadline, tally, n)) for n in range(a.connections)]
    started = time.time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.time() - started
    print(json.dumps({"connections": a.connections, "stallers": a.stallers, "seconds": round(elapsed, 1),
                      "sent": tally.sent, "answered": tally.answered, "missing": tally.missing,
                      "duplicates": tally.duplicates, "chunks": tally.chunks,
                      "errorCodes": tally.codes, "errorExamples": tally.examples, "repliesPerSecond": round(tally.answered / elapsed)}))
    for f in tally.failures[:10]:
        print("FAIL:", f, file=sys.stderr)
    ok = tally.missing == 0 and tally.duplicates == 0 and not tally.failures and tally.sent == tally.answered
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
