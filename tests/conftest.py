"""Test-wide isolation: offscreen Qt, a private keyring and private folders for every test."""

from __future__ import annotations

import os
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import keyring.backend
import keyring.errors
import pytest
from ui.windows import close_open_windows


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A secure-looking keyring (priority 1) that lives in a dict, so tests never touch the system."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path, monkeypatch) -> MemoryKeyring:
    """Point config, data and keyring at throwaway places and drop credentials from the environment."""
    monkeypatch.setenv("ALIORDERS_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("ALIORDERS_DATA_DIR", str(tmp_path / "data"))
    for name in ("ALIORDERS_APP_KEY", "ALIORDERS_APP_SECRET", "ALIORDERS_DB", "ALIORDERS_GATEWAY_URL"):
        monkeypatch.delenv(name, raising=False)
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    from aliorders_desktop import credentials

    credentials.use_for_session(None)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def windows_closed_after_test() -> Iterator[None]:
    """Every window and dialog `ui.windows` opened is closed after the test: closing stops its
    worker threads before it can be destroyed."""
    yield
    close_open_windows()


@pytest.fixture
def demo_gateway():
    """A simulated gateway whose clock reads the real present: 3,000 orders over the last 120 days."""
    from aliorders_desktop.aliexpress.gateway import GatewayServer, OrderDataset

    with GatewayServer(OrderDataset(seed=11, orders=3000, days=120)) as server:
        yield server


@pytest.fixture
def store_path(tmp_path):
    """A fresh SQLite database, opened for the test and closed after it."""
    from aliorders_desktop import store

    path = tmp_path / "orders.db"
    store.open_database(path)
    yield path
    store.close_database()


# PostgreSQL for the team-workspace tests: `postgres_url` is a fresh database on a real server (the
# one ALIORDERS_TEST_POSTGRES names, or a throwaway cluster), or the test is skipped with the reason.
from postgres.support import postgres_server, postgres_url  # noqa: E402, F401 - fixtures for every test
