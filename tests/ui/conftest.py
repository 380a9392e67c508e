"""Window tests keep their QSettings (geometry, columns, theme) in the test's own folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from aliorders_desktop import config, credentials
from aliorders_desktop.aliexpress.client import AppCredentials
from aliorders_desktop.aliexpress.gateway import DEMO_APP_KEY, DEMO_APP_SECRET, GatewayServer
from aliorders_desktop.ui import language


@pytest.fixture(scope="session", autouse=True)
def english_catalogue(qapp) -> None:
    """The window in English, as a user gets it: counted texts in their singular and plural forms.

    Numbers and dates follow Qt's C locale (plain "1234.50", no symbols), which the assertions
    are written for, whatever the machine's language; `test_languages` covers the other locales."""
    QLocale.setDefault(QLocale.c())
    language.install_translators(qapp, "en")


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
