"""Opening the app's windows and dialogs in tests, and closing them afterwards as the app would.

Imported as `ui.windows` everywhere (conftest included), so there is one registry of open windows.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QApplication, QWidget

from aliorders_desktop.ui.main_window import MainWindow
from aliorders_desktop.ui.session import AppSession
from aliorders_desktop.ui.settings import SettingsDialog

SYNC_TIMEOUT = 60_000

_open_windows: list[QWidget] = []


def open_window(qtbot, database: Path, preset: str | None = None) -> MainWindow:
    """A window on `database`, shown, on the date preset given (default: what it restored).

    Not `qtbot.addWidget`: pytest-qt holds widgets weakly, and a window that only a test's local
    variable held would be destroyed with its worker threads still running, which Qt aborts on.
    `close_open_windows` (run after every window test) closes it instead.
    """
    session = AppSession(app=QApplication.instance(), database=str(database))
    window = MainWindow(session)
    _open_windows.append(window)
    window.show()
    qtbot.waitExposed(window)
    if preset:
        window.filters.dates.set_preset(preset)
    return window


def open_settings_dialog(qtbot, **kwargs) -> SettingsDialog:
    """Settings, shown on its own (not modal), and closed after the test like `open_window`'s
    windows: closing stops the connection checks it runs in the background."""
    dialog = SettingsDialog(**kwargs)
    _open_windows.append(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def close_open_windows() -> None:
    """Close every window and dialog opened here, as the app closes them before they go."""
    while _open_windows:
        window = _open_windows.pop()
        if shiboken6.isValid(window):  # a database switch deletes the window it replaces
            window.close()
