"""Window tests keep their QSettings (geometry, columns, theme) in the test's own folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from aliorders_desktop import config, credentials
from aliorders_desktop.aliexpress.client import AppCredentials
from aliorders_desktop.aliexpress.gateway import DEMO_APP_KEY, DEMO_APP_SECRET, GatewayServer
from aliorders_desktop.ui.main_window import MainWindow
from aliorders_desktop.ui.session import AppSession

SYNC_TIMEOUT = 60_000


@pytest.fixture(autouse=True)
def private_qsettings(qapp, tmp_path: Path) -> None:
    QCoreApplication.setOrganizationName("aliorders-tests")
    QCoreApplication.setApplicationName("aliorders-tests")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))


@pytest.fixture
def connected(demo_gateway: GatewayServer) -> GatewayServer:
    """A saved account pointing at the simulated gateway, as Settings would leave it."""
    credentials.save_credentials(AppCredentials(DEMO_APP_KEY, DEMO_APP_SECRET))
    config.save_settings(config.Settings(gateway_url=demo_gateway.url, api_zone=demo_gateway.config.zone))
    return demo_gateway


_open_windows: list[MainWindow] = []


@pytest.fixture(autouse=True)
def windows_closed_after_test() -> Iterator[None]:
    """Close every window `open_window` opened, as the app closes its windows before they go.

    Not `qtbot.addWidget`: pytest-qt holds widgets weakly, and a window that only a test's local
    variable held would be destroyed with its worker threads still running, which Qt aborts on.
    """
    yield
    while _open_windows:
        window = _open_windows.pop()
        if shiboken6.isValid(window):  # a database switch deletes the window it replaces
            window.close()


def open_window(qtbot, database: Path, preset: str | None = None) -> MainWindow:
    """A window on `database`, shown, on the date preset given (default: what it restored)."""
    session = AppSession(app=QApplication.instance(), database=str(database))
    window = MainWindow(session)
    _open_windows.append(window)
    window.show()
    qtbot.waitExposed(window)
    if preset:
        window.filters.dates.set_preset(preset)
    return window
