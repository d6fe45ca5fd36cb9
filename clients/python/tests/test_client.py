"""The package against the real daemon (run by .ci/clients.sh; DOPPEL_SOCKET names
a private daemon started with --enable-debug-methods)."""
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time

import pytest

import doppel
from doppel.data import seed_for


@pytest.fixture
def client():
    with doppel.Client(autostart=False) as c:
        yield c


def test_every_method_answers(client):
    assert client.ping() == {"pong": True}
    assert "methods" in client.status()
    kinds = client.kinds_list()
    assert any(k["kind"] == "internet.email" for k in kinds)
    assert client.schema_jsonschema()["$schema"].endswith("2020-12/schema")
    bad = client.schema_validate('{"entities": [{"name": "u", "fields": [{"name": "m", "kind": "internet.emial"}]}]}')
    assert bad["valid"] is False and bad["problems"][0]["suggestion"] == "internet.email"
    plan = client.schema_plan("customers (id, name, email)")
    assert plan["planner"] == "builtin"
    out = client.generate(schema=plan["schema"], rows=3, seed=1, output_format="json")
    assert len(out["datasets"]["customers"]["content"]) == 3
    assert len(client.feedback_generate("saas", "balanced", 4)["data"]) == 4
    assert len(client.tickets_generate("a crm", 3)) == 3
    assert "datasets" in client.datasets_list()


def test_errors_carry_the_stable_kind(client):
    with pytest.raises(doppel.DoppelError) as e:
        client.call("schema.validate", {"schema": {}})
    assert e.value.code == -32602 and e.value.kind == "INVALID_PARAMS"
    with pytest.raises(doppel.DoppelError) as e:
        client.call("no.such.method")
    assert e.value.code == -32601


def test_streamed_items_come_as_an_iterator(client):
    stream = client.stream("debug.sleep", {"seconds": 0.35})
    items = list(stream)
    assert len(items) >= 2 and all("elapsedMs" in i for i in items)
    assert stream.result["sleptMs"] >= 350
    pieces = client.generate_stream(schema={"entities": [{"name": "t", "fields": [{"name": "id", "kind": "id.sequence"}]}]},
                                    rows=5, output_format="jsonl")
    text = "".join(p["text"] for p in pieces)
    assert text.splitlines() == ['{"id":%d}' % i for i in range(1, 6)]


def test_leaving_a_stream_early_cancels_it(client):
    for _ in client.stream("debug.sleep", {"seconds": 30}):
        break
    assert client.ping() == {"pong": True}
    assert client.status()["methods"]["debug.sleep"]["cancelled"] >= 1


def test_a_timeout_cancels_the_request(client):
    before = client.status()["methods"].get("debug.sleep", {}).get("cancelled", 0)
    with pytest.raises(doppel.DoppelTimeout):
        client.call("debug.sleep", {"seconds": 30}, timeout=0.3)
    assert client.ping() == {"pong": True}
    assert cancelled_count(client, at_least=before + 1) == before + 1


def test_ctrl_c_sends_cancel(client):
    # Python leaves SIGINT ignored when its launcher did (a job started with `&` by a
    # non-interactive shell): Ctrl-C is what the test sends, so it restores Ctrl-C first.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        before = client.status()["methods"].get("debug.sleep", {}).get("cancelled", 0)
        threading.Timer(0.3, lambda: os.kill(os.getpid(), signal.SIGINT)).start()
        started = time.monotonic()
        with pytest.raises(KeyboardInterrupt):
            client.call("debug.sleep", {"seconds": 30}, timeout=None)
        assert time.monotonic() - started < 20
        assert cancelled_count(client, at_least=before + 1) == before + 1
    finally:
        signal.signal(signal.SIGINT, previous)


def cancelled_count(client, at_least, wait=5.0):
    """`debug.sleep`'s cancelled count, once it reaches `at_least` or `wait` seconds pass:
    the daemon records a cancel when its request ends, a moment after the client has
    sent `$/cancel` and moved on."""
    deadline = time.monotonic() + wait
    while True:
        count = client.status()["methods"].get("debug.sleep", {}).get("cancelled", 0)
        if count >= at_least or time.monotonic() > deadline:
            return count
        time.sleep(0.05)


def test_autostart_starts_a_daemon_on_a_fresh_socket(tmp_path):
    path = f"/tmp/doppel-py-{os.getpid()}/d.sock"
    try:
        with doppel.Client(path) as c:
            assert c.ping() == {"pong": True}
            assert c.server["server"]["name"] == "doppeld"
            c.shutdown()
    finally:
        subprocess.run(["rm", "-rf", os.path.dirname(path)])
    with pytest.raises(ConnectionError):
        doppel.Client(path, autostart=False)


def test_seeds_come_from_the_node_id_and_shift():
    assert seed_for("tests/a.py::test_x") == seed_for("tests/a.py::test_x")
    assert seed_for("tests/a.py::test_x") != seed_for("tests/a.py::test_y")
    assert seed_for("n", 5) == (seed_for("n") + 5) % (1 << 53)


def test_doppel_seed_option_changes_the_data(tmp_path):
    """The plugin in a child pytest: same node id, same data; --doppel-seed shifts it."""
    (tmp_path / "test_probe.py").write_text(textwrap.dedent('''
        def test_probe(doppel_data):
            rows = doppel_data({"entities": [{"name": "t", "fields": [{"name": "n", "kind": "number.integer"}]}]}, rows=5)
            print("ROWS", [r["n"] for r in rows["t"]])
    '''))
    def run(*args):
        done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider", str(tmp_path), *args],
                              capture_output=True, text=True, cwd=tmp_path)
        assert done.returncode == 0, done.stdout + done.stderr
        return [line for line in done.stdout.splitlines() if line.startswith("ROWS")]
    first, again, shifted = run(), run(), run("--doppel-seed", "7")
    assert first == again
    assert first != shifted
