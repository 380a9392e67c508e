"""The summary of what a sync changed never covers the window the user works in: while a tray
message would sit over it (over the footer's totals, on a laptop's screen), the summary shows in
the window's status bar instead."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

from aliorders_desktop.store import Change, ChangeSum, SyncChanges
from aliorders_desktop.ui import change_notice
from aliorders_desktop.ui.tray import AppTray

CHANGES = SyncChanges(7, {Change.NEW: [ChangeSum("USD", 5, 320)], Change.SETTLED: [ChangeSum("USD", 2, 110)]})


@pytest.fixture
def tray_messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda _tray, _title, text, *_: shown.append(text))
    return shown


def app_tray(window: QMainWindow) -> AppTray:
    return AppTray(QIcon(), QAction("Sync", window), window)


def working_window(qtbot, maximized: bool) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(800, 500)
    window.showMaximized() if maximized else window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.mark.usefixtures("store_path")
def test_over_a_window_filling_the_screen_the_summary_shows_in_its_status_bar(qtbot, tray_messages) -> None:
    window = working_window(qtbot, maximized=True)
    notifier = change_notice.ChangeNotifier(app_tray(window), window=window)
    notifier._on_changes(CHANGES)
    assert tray_messages == []
    assert window.statusBar().currentMessage() == (
        "What the sync changed: 5 new orders · ≈ 3.20 USD; 2 orders settled · 1.10 USD"
    )


@pytest.mark.usefixtures("store_path")
def test_a_window_clear_of_the_tray_icon_or_in_the_background_gets_the_tray_message(
    qtbot, tray_messages, monkeypatch
) -> None:
    window = working_window(qtbot, maximized=False)
    tray = app_tray(window)
    notifier = change_notice.ChangeNotifier(tray, window=window)
    screen = window.screen().geometry()
    far_corner = QRect(screen.left(), screen.top(), 24, 24)  # the window sits by the other corner
    monkeypatch.setattr(QSystemTrayIcon, "geometry", lambda _tray: far_corner)
    window.move(
        screen.right() - window.frameGeometry().width(), screen.bottom() - window.frameGeometry().height()
    )
    notifier._on_changes(CHANGES)
    assert len(tray_messages) == 1
    by_the_icon = QRect(screen.right() - 24, screen.bottom() - 24, 24, 24)
    monkeypatch.setattr(QSystemTrayIcon, "geometry", lambda _tray: by_the_icon)
    notifier._on_changes(CHANGES)
    assert len(tray_messages) == 1 and window.statusBar().currentMessage().startswith("What the sync")
    window.showMinimized()
    notifier._on_changes(CHANGES)
    assert len(tray_messages) == 2
