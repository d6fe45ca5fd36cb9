#!/usr/bin/env python3
"""A small Doppel client: the wire protocol in Python's standard library.

Frames are a 4-byte big-endian length, then that many bytes of UTF-8 JSON
(JSON-RPC 2.0). See protocol/PROTOCOL.md. The daemon must be running
(`doppel daemon start`, or any `doppel` command starts it).

    from doppel_client import DoppelClient
    with DoppelClient() as c:
        print(c.call("ping"))
        items, result = c.stream("feedback.generate", {"productType": "saas", "feedbackCount": 20,
                                                       "sentimentMix": "balanced"})

As a command: `python3 doppel_client.py [--socket PATH] METHOD [PARAMS_JSON]`
prints the result as JSON (exit 1 with the error on stderr).
"""
import json
import os
import socket
import struct
import sys

MAX_FRAME = 16 * 1024 * 1024


class DoppelError(Exception):
    """A JSON-RPC error from the daemon: `code`, `message`, `data` (with a stable `kind`)."""

    def __init__(self, error):
        self.code = error.get("code")
        self.message = error.get("message", "")
        self.data = error.get("data") or {}
        self.kind = self.data.get("kind")
        super().__init__(f"{self.message} (code {self.code}, kind {self.kind})")


def socket_path(explicit=None, env=os.environ):
    """The daemon's socket, by the same rule as `doppel`: flag, $DOPPEL_SOCKET,
    $XDG_RUNTIME_DIR/doppel/doppel.sock, else ${TMPDIR:-/tmp}/doppel-<uid>/doppel.sock."""
    if explicit:
        return explicit
    if env.get("DOPPEL_SOCKET"):
        return env["DOPPEL_SOCKET"]
    if env.get("XDG_RUNTIME_DIR"):
        return os.path.join(env["XDG_RUNTIME_DIR"], "doppel", "doppel.sock")
    return os.path.join(env.get("TMPDIR") or "/tmp", f"doppel-{os.getuid()}", "doppel.sock")


class DoppelClient:
    """One connection; calls are sequential (the protocol allows more in flight, this client keeps it simple)."""

    def __init__(self, path=None, timeout=None):
        self.path = socket_path(path)
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(timeout)
        try:
            self.sock.connect(self.path)
        except OSError as e:
            self.sock.close()
            raise ConnectionError(f"no doppeld at {self.path} ({e.strerror}); start it with `doppel daemon start`") from e
        self.next_id = 1

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self.sock.close()

    def _send(self, message):
        body = json.dumps(message, separators=(",", ":")).encode("utf-8")
        self.sock.sendall(struct.pack(">I", len(body)) + body)

    def _read_exact(self, n):
        chunks = []
        while n > 0:
            chunk = self.sock.recv(min(n, 1 << 20))
            if not chunk:
                raise ConnectionError("doppeld closed the connection")
            chunks.append(chunk)
            n -= len(chunk)
        return b"".join(chunks)

    def _receive(self):
        (n,) = struct.unpack(">I", self._read_exact(4))
        if n == 0 or n > MAX_FRAME:
            raise ConnectionError(f"bad frame length {n}")
        return json.loads(self._read_exact(n).decode("utf-8"))

    def call(self, method, params=None, on_notification=None):
        """Sends one request and returns its result; notifications for it
        (`$/progress`, `$/chunk`) go to `on_notification(method, params)`."""
        request_id = self.next_id
        self.next_id += 1
        message = {"jsonrpc": "2.0", "id": request_id, "method": method}
        if params is not None:
            message["params"] = params
        self._send(message)
        while True:
            reply = self._receive()
            if "id" not in reply:
                if on_notification and reply.get("params", {}).get("id") == request_id:
                    on_notification(reply.get("method"), reply.get("params"))
                continue
            if reply["id"] != request_id:
                continue
            if "error" in reply:
                raise DoppelError(reply["error"])
            return reply.get("result")

    def stream(self, method, params):
        """Calls `method` with `stream: true` and returns the items of its `$/chunk`
        notifications in order, followed by the final result's own items if any."""
        chunks = []

        def collect(name, p):
            if name == "$/chunk":
                chunks.append((p["seq"], p["items"]))

        result = self.call(method, dict(params, stream=True), on_notification=collect)
        items = [item for _, part in sorted(chunks, key=lambda c: c[0]) for item in part]
        return items, result


def main(argv):
    args = list(argv)
    path = None
    if len(args) >= 2 and args[0] == "--socket":
        path, args = args[1], args[2:]
    if not args or args[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0 if args else 2
    params = json.loads(args[1]) if len(args) > 1 else None
    try:
        with DoppelClient(path) as client:
            print(json.dumps(client.call(args[0], params), indent=2))
    except DoppelError as e:
        print(json.dumps({"code": e.code, "message": e.message, "data": e.data}), file=sys.stderr)
        return 1
    except ConnectionError as e:
        print(str(e), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
