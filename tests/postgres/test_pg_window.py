"""Two people on one workspace: an admin who syncs and a viewer whose window follows along.

Each process has one open database, so the viewer's window runs here and the admin's sync runs as
a second aliorders process (the same engine as the window's Sync button). The window follows the
workspace through its own `WorkspaceWatcher` (`window.workspace`).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLabel
from store.factory import T0, order_record

from aliorders_desktop import store
from aliorders_desktop.aliexpress.gateway import DEMO_APP_KEY, DEMO_APP_SECRET, GatewayServer
from aliorders_desktop.store.workspace import ADMIN_ROLE, VIEWER_ROLE
from aliorders_desktop.ui.main_window import MainWindow
from aliorders_desktop.ui.session import AppSession
from aliorders_desktop.ui.workspace_watch import WorkspaceWatcher

NOTE_NAME = "workspaceNote"

Team = Callable[[str | None], str]
Opened = tuple[MainWindow, WorkspaceWatcher]


@pytest.fixture
def open_window(qtbot) -> Iterator[Callable[[str], Opened]]:
    """Open the workspace as `url`'s user and show its window, as the app does at start.

    The windows are closed after the test (held strongly: pytest-qt's weak hold would let a
    window be destroyed with its worker threads running).
    """
    windows: list[MainWindow] = []

    def opened(url: str) -> Opened:
        store.open_database(url)
        window = MainWindow(AppSession(app=QApplication.instance(), database=store.database_location()))
        windows.append(window)
        window.filters.dates.set_preset("last30")
        window.show()
        qtbot.waitExposed(window)
        return window, window.workspace

    yield opened
    for window in windows:
        window.close()


def row_menu_items(window: MainWindow) -> dict[str, bool]:
    """Right-click the first row; returns each row-menu item's name and whether it is shown."""
    point = window.table.visualRect(window.model.index(0, 0)).center()
    window.table.customContextMenuRequested.emit(QPoint(point))
    return {a.objectName(): a.isVisible() for a in window.row_menu.actions() if a.objectName()}


def test_each_user_sees_only_what_they_may_do(qtbot, team: Team, open_window) -> None:
    admin_url, viewer_url = team(ADMIN_ROLE), team(VIEWER_ROLE)
    store.open_database(admin_url)
    store.save_orders([order_record() for _ in range(3)], T0)
    window, _ = open_window(admin_url)
    window.filters.dates.set_preset("all")
    assert window.sync_action.isVisible()
    assert row_menu_items(window)["deleteOrders"] is True
    assert not window.findChild(QLabel, NOTE_NAME).isVisible()
    window.close()

    window, _ = open_window(viewer_url)
    window.filters.dates.set_preset("all")
    assert window.model.rowCount() == 3
    assert not window.sync_action.isVisible()
    assert not window.findChild(object, "syncButton").isVisible()
    items = row_menu_items(window)
    assert "deleteOrders" not in items and items["copyOrderId"] is True
    note = window.findChild(QLabel, NOTE_NAME)
    assert note.isVisible() and "syncing is done by the workspace admin (no sync yet)" in note.text()


def test_the_viewers_window_shows_an_admins_sync_without_a_restart(
    qtbot, team: Team, open_window, demo_gateway: GatewayServer
) -> None:
    admin_url, viewer_url = team(ADMIN_ROLE), team(VIEWER_ROLE)
    window, watcher = open_window(viewer_url)
    qtbot.waitUntil(lambda: watcher.listening, timeout=10_000)
    assert window.model.rowCount() == 0

    admin = _admin_sync(demo_gateway, admin_url, date.today() - timedelta(days=89))
    try:
        qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=60_000)
        assert admin.poll() is None  # mid-sync, page by page, not once the admin's sync has ended
    finally:
        assert admin.wait(120) == 0, admin.stderr.read()
    everything = store.count_orders(window.model.order_filter)
    qtbot.waitUntil(lambda: window.model.rowCount() == everything > 0, timeout=10_000)
    note = window.findChild(QLabel, NOTE_NAME)
    qtbot.waitUntil(lambda: "last sync" in note.text(), timeout=10_000)


def _admin_sync(gateway: GatewayServer, url: str, first: date) -> subprocess.Popen[str]:
    gateway.config.latency_seconds = 0.02  # a sync that takes a moment, as a real one does
    env = {
        **os.environ,
        "ALIORDERS_APP_KEY": DEMO_APP_KEY,
        "ALIORDERS_APP_SECRET": DEMO_APP_SECRET,
        "ALIORDERS_GATEWAY_URL": gateway.url,
    }
    command = [sys.executable, "-m", "aliorders_desktop", "--db", url, "sync", "--from", first.isoformat()]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_viewer_is_told_which_days_nobody_synced_without_a_sync_button(
    qtbot, team: Team, open_window
) -> None:
    admin_url, viewer_url = team(ADMIN_ROLE), team(VIEWER_ROLE)
    store.open_database(admin_url)
    today = date.today()
    store.finish_sync_run(
        store.start_sync_run(today - timedelta(days=9), today), "completed", store.SaveCounts(), 1
    )
    window, _ = open_window(viewer_url)  # the last 30 days
    notice = window.coverage
    assert notice.isVisible() and not notice.sync_button.isVisible()
    assert "Nobody in this workspace ever synced" in notice.text.text()
