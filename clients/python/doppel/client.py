"""A typed client for every method of the Doppel daemon."""
from __future__ import annotations

import socket
import threading
import time
from typing import Any, Callable, Dict, Iterator, List, Mapping, Optional, Union

from . import wire

Json = Any
Notification = Callable[[str, Dict[str, Any]], None]


class DoppelError(Exception):
    """A JSON-RPC error from the daemon: `code`, `message`, `data` (with a stable `kind`)."""

    def __init__(self, error: Mapping[str, Any]) -> None:
        self.code: Optional[int] = error.get("code")
        self.message: str = error.get("message", "")
        self.data: Dict[str, Any] = error.get("data") or {}
        self.kind: Optional[str] = self.data.get("kind")
        super().__init__(f"{self.message} (code {self.code}, kind {self.kind})")


class DoppelTimeout(TimeoutError):
    """No reply within the timeout; the request was cancelled with `$/cancel`."""


class Client:
    """One connection to `doppeld`.

    Calls on one client are sequential (a lock makes that safe across
    threads); open several clients for parallel work. A call that times out,
    or is interrupted with Ctrl-C, sends `$/cancel` for its request, so the
    daemon stops the work, and then raises.

        with doppel.Client() as c:
            rows = c.generate(schema=..., rows=100, output_format="json")
    """

    def __init__(self, path: Optional[str] = None, *, timeout: Optional[float] = 60,
                 autostart: bool = True, daemon: Optional[str] = None) -> None:
        """Connects to the daemon at `path` (see `wire.socket_path`), starting
        `doppeld` there when nothing listens and `autostart` is true.
        `timeout` is the default seconds to wait for each reply (None: for ever)."""
        self.path = wire.socket_path(path)
        self.timeout = timeout
        self._lock = threading.Lock()
        self._next_id = 1
        try:
            self._sock = self._connect()
        except OSError as first:
            if not autostart:
                raise ConnectionError(f"no doppeld at {self.path} ({first.strerror}); start it with `doppel daemon start`") from first
            said = wire.start_daemon(self.path, daemon)
            try:
                self._sock = self._connect()
            except OSError as e:
                raise ConnectionError(f"started doppeld but cannot connect to {self.path} ({e.strerror}): {said}") from e
        self._reader = wire.FrameReader(self._sock)
        self.server: Dict[str, Any] = self.call("initialize", {"client": {"name": "doppel-python", "version": "0.1.0"},
                                                              "protocol": "1.0"})

    def _connect(self) -> socket.socket:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.connect(self.path)
        except OSError:
            sock.close()
            raise
        return sock

    def __enter__(self) -> "Client":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        self._sock.close()

    # The protocol ---------------------------------------------------------

    def call(self, method: str, params: Optional[Mapping[str, Any]] = None, *,
             timeout: Union[float, None, str] = "default", on_notification: Optional[Notification] = None) -> Json:
        """Sends one request and returns its result (raises `DoppelError`, `DoppelTimeout`).
        `$/progress` and `$/chunk` notifications for it go to `on_notification(method, params)`."""
        with self._lock:
            request_id = self._send(method, params)
            return self._await(request_id, self._deadline(timeout), on_notification)

    def stream(self, method: str, params: Optional[Mapping[str, Any]] = None, *,
               timeout: Union[float, None, str] = "default") -> "Stream":
        """Calls `method` with `stream: true`; iterate the returned `Stream` for
        the items of its `$/chunk` notifications as they arrive, then read
        `.result`. Leaving the loop early (break, Ctrl-C) cancels the request."""
        return Stream(self, method, dict(params or {}, stream=True), self._deadline(timeout))

    def cancel(self, request_id: Union[int, str]) -> None:
        """Asks the daemon to stop request `request_id` (it answers it with −32800)."""
        self._sock.sendall(wire.encode({"jsonrpc": "2.0", "method": "$/cancel", "params": {"id": request_id}}))

    def _deadline(self, timeout: Union[float, None, str]) -> Optional[float]:
        seconds = self.timeout if timeout == "default" else timeout
        return None if seconds is None or seconds == 0 else time.monotonic() + float(seconds)

    def _send(self, method: str, params: Optional[Mapping[str, Any]]) -> int:
        request_id = self._next_id
        self._next_id += 1
        message: Dict[str, Any] = {"jsonrpc": "2.0", "id": request_id, "method": method}
        if params is not None:
            message["params"] = dict(params)
        self._sock.sendall(wire.encode(message))
        return request_id

    def _next_message(self, request_id: int, deadline: Optional[float]) -> Dict[str, Any]:
        """The next message about `request_id`; cancels it on timeout or Ctrl-C."""
        try:
            while True:
                if deadline is not None:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        raise socket.timeout()
                    self._sock.settimeout(left)
                else:
                    self._sock.settimeout(None)
                message = self._reader.read()
                about = message.get("id") if "id" in message else (message.get("params") or {}).get("id")
                if about == request_id:
                    return message
        except socket.timeout:
            self._abandon(request_id)
            raise DoppelTimeout(f"no reply from doppeld within the timeout; request {request_id} cancelled") from None
        except KeyboardInterrupt:
            self._abandon(request_id)
            raise

    def _abandon(self, request_id: int) -> None:
        """Cancels a request and reads up to its reply, so the connection stays usable."""
        try:
            self.cancel(request_id)
            self._sock.settimeout(10)
            while True:
                message = self._reader.read()
                if message.get("id") == request_id:
                    return
        except (OSError, ValueError):
            pass
        finally:
            self._sock.settimeout(None)

    def _await(self, request_id: int, deadline: Optional[float], on_notification: Optional[Notification]) -> Json:
        while True:
            message = self._next_message(request_id, deadline)
            if "id" not in message:
                if on_notification:
                    on_notification(message.get("method", ""), message.get("params") or {})
                continue
            if "error" in message:
                raise DoppelError(message["error"])
            return message.get("result")

    # Methods --------------------------------------------------------------

    def ping(self) -> Dict[str, Any]:
        return self.call("ping")

    def status(self) -> Dict[str, Any]:
        return self.call("status")

    def shutdown(self) -> Dict[str, Any]:
        return self.call("shutdown")

    def kinds_list(self) -> List[Dict[str, Any]]:
        """Every field kind: {kind, group, type, summary, options, locales, distinct_values}."""
        return self.call("kinds.list")["kinds"]

    def schema_validate(self, text: str) -> Dict[str, Any]:
        """Problems of a schema's text: {valid, errors, warnings, problems: [{pointer, line, column, message, suggestion?}]}."""
        return self.call("schema.validate", {"text": text})

    def schema_jsonschema(self) -> Dict[str, Any]:
        return self.call("schema.jsonschema")

    def schema_plan(self, prompt: str, *, planner: Optional[str] = None, seed: Optional[int] = None,
                    **extra: Any) -> Dict[str, Any]:
        return self.call("schema.plan", _params(prompt=prompt, planner=planner, seed=seed, **extra))

    def generate(self, *, prompt: Optional[str] = None, schema: Optional[Mapping[str, Any]] = None,
                 rows: Optional[int] = None, seed: Optional[int] = None, reality: Optional[int] = None,
                 output_format: Optional[str] = None, out_dir: Optional[str] = None,
                 timeout: Union[float, None, str] = "default", **extra: Any) -> Dict[str, Any]:
        """Datasets from a prompt or a schema; see PROTOCOL.md `generate` for every param."""
        return self.call("generate", _params(prompt=prompt, schema=schema, rows=rows, seed=seed, reality=reality,
                                             output_format=output_format, out_dir=out_dir, **extra), timeout=timeout)

    def generate_stream(self, *, timeout: Union[float, None, str] = "default", **params: Any) -> "Stream":
        """`generate` with `stream: true`: yields {"dataset", "text"} pieces as they are made."""
        return self.stream("generate", _params(**params), timeout=timeout)

    def generate_data(self, prompt: str, *, rows: Optional[int] = None, **extra: Any) -> Dict[str, Any]:
        return self.call("generate_data", _params(prompt=prompt, rows=rows, **extra))

    def datasets_list(self) -> Dict[str, Any]:
        return self.call("datasets.list")

    def datasets_get(self, id: str) -> Dict[str, Any]:
        return self.call("datasets.get", {"id": id})

    def datasets_delete(self, id: str) -> Dict[str, Any]:
        return self.call("datasets.delete", {"id": id})

    def feedback_generate(self, product_type: str, sentiment_mix: Union[str, Mapping[str, Any]], count: int,
                          **extra: Any) -> Dict[str, Any]:
        return self.call("feedback.generate", _params(productType=product_type, sentimentMix=sentiment_mix,
                                                      feedbackCount=count, **extra))

    def tickets_generate(self, product: str, count: int, **extra: Any) -> Dict[str, Any]:
        return self.call("tickets.generate", _params(product=product, count=count, **extra))

    def interviews_generate(self, role: str, level: str, count: int, **extra: Any) -> Dict[str, Any]:
        return self.call("interviews.generate", _params(role=role, level=level, count=count, **extra))

    def conversations_generate(self, prompt: str, count: int, turns: int, **extra: Any) -> Dict[str, Any]:
        return self.call("conversations.generate", _params(prompt=prompt, count=count, turns=turns, **extra))

    def synth_data_generate(self, examples: List[Any], **extra: Any) -> Dict[str, Any]:
        return self.call("synth_data.generate", _params(examples=examples, **extra))

    def text_stream(self, method: str, *, timeout: Union[float, None, str] = "default", **params: Any) -> "Stream":
        """A text method (`feedback.generate`, `tickets.generate`, …) with its items as they are made."""
        return self.stream(method, _params(**params), timeout=timeout)


class Stream:
    """The items of a streamed request, as they arrive; `.result` once iterated to the end."""

    def __init__(self, client: Client, method: str, params: Dict[str, Any], deadline: Optional[float]) -> None:
        self._client = client
        self._method = method
        self._params = params
        self._deadline = deadline
        self.result: Optional[Dict[str, Any]] = None
        self.progress: Optional[Dict[str, Any]] = None

    def __iter__(self) -> Iterator[Any]:
        client = self._client
        with client._lock:
            request_id = client._send(self._method, self._params)
            finished = False
            try:
                while True:
                    message = client._next_message(request_id, self._deadline)
                    if "id" in message:
                        finished = True
                        if "error" in message:
                            raise DoppelError(message["error"])
                        self.result = message.get("result")
                        return
                    params = message.get("params") or {}
                    if message.get("method") == "$/chunk":
                        yield from params.get("items", [])
                    elif message.get("method") == "$/progress":
                        self.progress = params
            except (DoppelTimeout, KeyboardInterrupt):
                finished = True  # already cancelled and drained by _next_message
                raise
            finally:
                # The loop was left early (break, an exception in the caller's body): stop the work.
                if not finished:
                    client._abandon(request_id)


def _params(**values: Any) -> Dict[str, Any]:
    """The params that were given (None means "not given")."""
    return {k: v for k, v in values.items() if v is not None}
