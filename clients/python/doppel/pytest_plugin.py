"""pytest plugin: a warm daemon for the session, and data factories per test.

Loaded automatically (entry point `pytest11`) once the package is installed.

    def test_signup(doppel_data):
        users = doppel_data("users (id, name, email)", rows=5)["users"]
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from .client import Client
from .data import DataFactory


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("doppel", "Doppel synthetic data")
    group.addoption("--doppel-seed", type=int, default=0, metavar="N",
                    help="shift every doppel_data seed by N (default 0: each test's seed comes from its node id)")
    group.addoption("--doppel-socket", default=None, metavar="PATH",
                    help="the daemon's socket (default: $DOPPEL_SOCKET, then doppel's own rule)")
    group.addoption("--doppel-no-autostart", action="store_true", default=False,
                    help="fail instead of starting doppeld when none is running")


@pytest.fixture(scope="session")
def doppel(pytestconfig: pytest.Config) -> Iterator[Client]:
    """One connection to a warm daemon for the whole session (started if needed)."""
    client = Client(pytestconfig.getoption("doppel_socket"), autostart=not pytestconfig.getoption("doppel_no_autostart"))
    try:
        yield client
    finally:
        client.close()


@pytest.fixture
def doppel_data(doppel: Client, request: pytest.FixtureRequest, tmp_path: Path, pytestconfig: pytest.Config) -> DataFactory:
    """`doppel_data(source, rows=10, seed=None, reality=0)` → `{table: [row dicts]}`;
    `doppel_data.files(source, …, format="csv")` → `{table: path}` in the test's `tmp_path`.
    The seed comes from the test's node id, so the test sees the same data on every run."""
    return DataFactory(doppel, request.node.nodeid, tmp_path, pytestconfig.getoption("doppel_seed"))
