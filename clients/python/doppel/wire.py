"""The wire protocol: framing, the socket's location, starting the daemon.

Frames are a 4-byte big-endian length, then that many bytes of UTF-8
JSON-RPC 2.0 (protocol/PROTOCOL.md).
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import struct
import subprocess
from typing import Any, Mapping, Optional

#: The daemon refuses frames above this; so does the client.
MAX_FRAME = 16 * 1024 * 1024


def socket_path(explicit: Optional[str] = None, env: Mapping[str, str] = os.environ) -> str:
    """The daemon's socket, by the same rule as `doppel`: explicit path,
    $DOPPEL_SOCKET, $XDG_RUNTIME_DIR/doppel/doppel.sock, else
    ${TMPDIR:-/tmp}/doppel-<uid>/doppel.sock."""
    if explicit:
        return explicit
    if env.get("DOPPEL_SOCKET"):
        return env["DOPPEL_SOCKET"]
    if env.get("XDG_RUNTIME_DIR"):
        return os.path.join(env["XDG_RUNTIME_DIR"], "doppel", "doppel.sock")
    return os.path.join(env.get("TMPDIR") or "/tmp", f"doppel-{os.getuid()}", "doppel.sock")


def encode(message: Mapping[str, Any]) -> bytes:
    body = json.dumps(message, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    if len(body) > MAX_FRAME:
        raise ValueError(f"request of {len(body)} bytes is larger than the {MAX_FRAME}-byte frame limit")
    return struct.pack(">I", len(body)) + body


class FrameReader:
    """Reads whole frames from a socket; keeps partial input across timeouts."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = bytearray()

    def read(self) -> Any:
        while True:
            if len(self.buffer) >= 4:
                (n,) = struct.unpack(">I", self.buffer[:4])
                if n == 0 or n > MAX_FRAME:
                    raise ConnectionError(f"bad frame length {n} from doppeld")
                if len(self.buffer) >= 4 + n:
                    body = bytes(self.buffer[4:4 + n])
                    del self.buffer[:4 + n]
                    return json.loads(body.decode("utf-8"))
            chunk = self.sock.recv(1 << 20)
            if not chunk:
                raise ConnectionError("doppeld closed the connection")
            self.buffer += chunk


def find_daemon(env: Mapping[str, str] = os.environ) -> Optional[str]:
    """The `doppeld` executable: $DOPPELD, else on $PATH."""
    return env.get("DOPPELD") or shutil.which("doppeld")


def start_daemon(path: str, executable: Optional[str] = None, timeout: float = 30) -> str:
    """Runs `doppeld --detach --socket PATH`, which returns once the daemon listens
    or exits 1 saying why; returns what it said (a daemon that another client
    started in the meantime is fine: the caller simply connects)."""
    exe = executable or find_daemon()
    if not exe:
        raise ConnectionError(f"no doppeld at {path}, and no doppeld executable to start one "
                              "(put it on PATH or set DOPPELD)")
    directory = os.path.dirname(path)
    if directory:
        os.makedirs(directory, mode=0o700, exist_ok=True)
    done = subprocess.run([exe, "--detach", "--socket", path], stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout, text=True)
    return (done.stderr or done.stdout).strip()
