"""Test-wide isolation: offscreen Qt, a private keyring and private folders for every test."""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import keyring.backend
import keyring.errors
import pytest
import time_machine
from clock_site.clock_shift import OFFSET_ENV, shift_clock
from ui.windows import close_open_windows

CLOCK_ENV = "ALIORDERS_TEST_CLOCK"
"""Local wall-clock time the suite starts at, e.g. 2026-03-08T00:30 (with TZ=America/Los_Angeles:
half an hour before clocks spring forward), so CI can prove no test depends on the hour."""
CLOCK_SITE = Path(__file__).parent / "clock_site"


def pytest_configure(config: pytest.Config) -> None:
    """Collect garbage on the main thread only (see `windows_closed_after_test`), and move this
    process and every process a test starts to `ALIORDERS_TEST_CLOCK`, if it is set."""
    gc.disable()
    wanted = os.environ.get(CLOCK_ENV)
    if not wanted or OFFSET_ENV in os.environ:
        return
    start = datetime.fromisoformat(wanted)
    start = start if start.tzinfo else start.astimezone()  # a naive time is local, as TZ says
    os.environ[OFFSET_ENV] = str(start.timestamp() - time.time())
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(CLOCK_SITE), os.environ.get("PYTHONPATH")]))
    shift_clock()


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
    """Point config, data, login start and keyring at throwaway places and drop credentials from
    the environment."""
    monkeypatch.setenv("ALIORDERS_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("ALIORDERS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))  # login start's folder
    for name in ("ALIORDERS_APP_KEY", "ALIORDERS_APP_SECRET", "ALIORDERS_DB", "ALIORDERS_GATEWAY_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANGUAGE", "en")  # English whatever the machine's locale, unless a test chooses
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    from aliorders_desktop import credentials, i18n, languages

    credentials.use_for_session(None)
    yield backend
    keyring.set_keyring(previous)
    i18n.set_language(languages.SOURCE_LANGUAGE)


@pytest.fixture(autouse=True)
def windows_closed_after_test() -> Iterator[None]:
    """Every window and dialog `ui.windows` opened is closed after the test: closing stops its
    worker threads before it can be destroyed. Then the test's garbage is collected here, on the
    GUI thread, as the app's `GuiThreadCollector` does (automatic collection is off)."""
    yield
    close_open_windows()
    gc.collect()


@pytest.fixture
def frozen_clock() -> Iterator[time_machine.Traveller]:
    """Midday of an ordinary June day, local time, for tests that reason about "today": the clock
    still ticks, so timeouts work, but "an hour ago" is always today."""
    with time_machine.travel(datetime(2026, 6, 17, 12, 0).astimezone(), tick=True) as traveller:
        yield traveller


@pytest.fixture
def demo_gateway(request: pytest.FixtureRequest):
    """A simulated gateway whose clock reads the real present: 3,000 orders over the last 120 days.

    Parametrized indirectly (`@pytest.mark.parametrize("demo_gateway", ["405", "error_response"],
    indirect=True)`), the parameter is how it says a query found no orders (`empty_style`): a whole
    sync is then tested under each form the live gateway is known to send.
    """
    from aliorders_desktop.aliexpress.gateway import GatewayConfig, GatewayServer, OrderDataset

    config = GatewayConfig(empty_style=getattr(request, "param", "405"))
    with GatewayServer(OrderDataset(seed=11, orders=3000, days=120), config) as server:
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
