"""Settings → Advanced → Database takes effect at once: the window reopens on the chosen database,
and a database that cannot be opened leaves the current one (and the saved setting) as they were."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton
from store.factory import order_record
from ui.windows import SYNC_TIMEOUT

from aliorders_desktop import config, store
from aliorders_desktop.ui.main_window import MainWindow
from aliorders_desktop.ui.session import AppSession
from aliorders_desktop.ui.settings import SettingsDialog


@pytest.fixture
def session_window(qtbot) -> Iterator[Callable[[Path], MainWindow]]:
    """Opens the app's window on a database as `run_app` does; closes whichever window is left.

    The session, not pytest-qt, owns these windows: a switch deletes the window it replaces.
    """
    sessions: list[AppSession] = []

    def open_on(database: Path) -> MainWindow:
        session = AppSession(app=QApplication.instance(), database=str(database))
        window = MainWindow(session)
        session.windows.append(window)
        sessions.append(session)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield open_on
    for session in sessions:
        for window in session.windows:
            window.close()


@pytest.fixture
def window(session_window, store_path: Path, frozen_clock) -> MainWindow:
    """A window on a local database holding three orders paid an hour ago (today, on this clock)."""
    recent = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)
    store.save_orders([order_record(paid_at=recent) for _ in range(3)], recent)
    config.save_settings(config.Settings(database=str(store_path)))
    return session_window(store_path)


def choose_database_in_settings(window: MainWindow, path: Path) -> None:
    """Open Settings from the window, type `path` on the Advanced tab, Save, and close the dialog."""

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.findChild(QLineEdit, "databaseEdit").setText(str(path))
        dialog.findChild(QPushButton, "settingsSaveButton").click()  # keeps every tab and closes

    QTimer.singleShot(0, fill_in)
    window.open_settings()


def current_window(window: MainWindow) -> MainWindow:
    return window.session.windows[-1]


def stored_orders(path: Path) -> int:
    with closing(sqlite3.connect(path)) as raw:
        return raw.execute("SELECT COUNT(*) FROM orders").fetchone()[0]


def test_choosing_another_file_reopens_the_window_on_it_and_keeps_the_first(
    qtbot, window: MainWindow, store_path: Path, tmp_path: Path
) -> None:
    assert window.model.rowCount() == 3
    other = tmp_path / "elsewhere" / "team-copy.db"

    choose_database_in_settings(window, other)

    switched = current_window(window)
    assert switched is not window and not window.isVisible() and switched.isVisible()
    assert str(other.resolve()) in switched.status.database_label.text()
    assert switched.model.rowCount() == 0
    assert store.database_location() == str(other.resolve())
    assert config.load_settings().database == str(other)
    assert stored_orders(store_path) == 3  # the first database is untouched, ready to switch back

    choose_database_in_settings(switched, store_path)

    back = current_window(window)
    assert back.model.rowCount() == 3
    assert window.session.windows == [back]


def test_a_database_that_cannot_be_opened_changes_nothing(
    qtbot, window: MainWindow, store_path: Path, tmp_path: Path, monkeypatch
) -> None:
    not_a_database = tmp_path / "notes.db"
    not_a_database.write_bytes(b"shopping list: milk, eggs\n" * 100)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))

    choose_database_in_settings(window, not_a_database)

    assert len(shown) == 1 and "notes.db" in shown[0] and f"stays on {store_path.resolve()}" in shown[0]
    reopened = current_window(window)
    assert reopened.model.rowCount() == 3
    assert store.database_location() == str(store_path.resolve())
    assert config.load_settings().database == str(store_path)  # the next start opens it too
    assert not_a_database.read_bytes() == b"shopping list: milk, eggs\n" * 100


@pytest.mark.parametrize("switch_now", [True, False])
def test_a_running_sync_is_stopped_only_if_the_user_agrees(
    qtbot, session_window, connected, store_path: Path, tmp_path: Path, monkeypatch, switch_now: bool
) -> None:
    connected.config.latency_seconds = 0.05
    config.save_settings(config.Settings(database=str(store_path), gateway_url=connected.url))
    window = session_window(store_path)
    window.filters.dates.set_preset("last90")
    window.start_sync()
    qtbot.waitUntil(lambda: store.count_orders(store.OrderFilter()) > 0, timeout=SYNC_TIMEOUT)
    answer = QMessageBox.StandardButton.Yes if switch_now else QMessageBox.StandardButton.No
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or answer)
    other = tmp_path / "other.db"

    choose_database_in_settings(window, other)

    assert asked and "every page a sync has saved so far is kept" in asked[0]
    if switch_now:
        assert not window.sync_task.is_running()
        assert current_window(window).model.rowCount() == 0
        store.open_database(store_path)
        assert store.last_sync_runs().get(store.SyncOutcome.CANCELLED) is not None
    else:
        assert window.sync_task.is_running() and window.session.windows == [window]
        assert "next start" in window.statusBar().currentMessage()
        assert config.load_settings().database == str(other)
        with qtbot.waitSignal(window.sync_task.finished, timeout=SYNC_TIMEOUT):
            window.sync_task.cancel()
