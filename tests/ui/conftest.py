"""Window tests keep their QSettings (geometry, columns, theme) in the test's own folder."""

from __future__ import annotations

from pathlib import Path

import pytest
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


def open_window(qtbot, database: Path) -> MainWindow:
    session = AppSession(app=QApplication.instance(), database=str(database))
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
