"""The settings dialog against the real keyring adapter, config file and simulated gateway."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QMessageBox, QPushButton, QSpinBox
from ui.windows import open_settings_dialog

from aliorders_desktop import config, credentials
from aliorders_desktop.aliexpress.client import AppCredentials, ClientSettings
from aliorders_desktop.aliexpress.gateway import (
    DEMO_APP_KEY,
    DEMO_APP_SECRET,
    GatewayServer,
    OrderDataset,
)
from aliorders_desktop.ui.background import BackgroundTask
from aliorders_desktop.ui.settings import SettingsDialog
from aliorders_desktop.ui.settings.connection_test import TEST_OK

SECRET = "s3cr3t-value-that-must-not-leak"


@pytest.fixture(scope="module")
def gateway() -> Iterator[GatewayServer]:
    server = GatewayServer(OrderDataset(seed=1, orders=50))
    server.start()
    yield server
    server.stop()


def gateway_settings(server: GatewayServer) -> ClientSettings:
    zone = server.config.zone
    return ClientSettings(gateway_url=server.url, query_zone=zone, response_zone=zone, backoff_base=0.05)


def child(dialog: SettingsDialog, kind: type, name: str):
    widget = dialog.findChild(kind, name)
    assert widget is not None, name
    return widget


def status(dialog: SettingsDialog) -> str:
    return child(dialog, QLabel, "accountStatus").text()


def enter(dialog: SettingsDialog, key: str, secret: str) -> None:
    child(dialog, QLineEdit, "appKeyEdit").setText(key)
    child(dialog, QLineEdit, "appSecretEdit").setText(secret)


def click(qtbot, dialog: SettingsDialog, name: str) -> None:
    qtbot.mouseClick(child(dialog, QPushButton, name), Qt.MouseButton.LeftButton)


def test_save_stores_credentials_in_the_keyring(qtbot, isolated_environment) -> None:
    dialog = open_settings_dialog(qtbot)
    assert status(dialog).startswith("Not connected")
    assert child(dialog, QLineEdit, "appSecretEdit").echoMode() == QLineEdit.EchoMode.Password
    assert not child(dialog, QFrame, "keyringWarning").isVisible()

    enter(dialog, "12345678", SECRET)
    with qtbot.waitSignal(dialog.credentialsChanged, timeout=1000):
        click(qtbot, dialog, "settingsSaveButton")

    assert credentials.load_credentials() == AppCredentials("12345678", SECRET)
    assert SECRET in isolated_environment.entries.values()
    assert status(dialog) == "Connected: App Key 1234…, stored in the system keyring."
    assert not dialog.isVisible()  # Save keeps every tab and closes


def test_reopened_dialog_shows_saved_credentials(qtbot) -> None:
    credentials.save_credentials(AppCredentials("12345678", SECRET))
    dialog = open_settings_dialog(qtbot)
    assert child(dialog, QLineEdit, "appKeyEdit").text() == "12345678"
    assert status(dialog).startswith("Connected: App Key 1234…")


@pytest.mark.parametrize(
    ("key", "secret", "named"), [("", SECRET, "App Key"), ("12345678", "  ", "App Secret")]
)
def test_empty_key_or_secret_is_rejected(qtbot, isolated_environment, key, secret, named) -> None:
    dialog = open_settings_dialog(qtbot)
    enter(dialog, key, secret)
    with qtbot.assertNotEmitted(dialog.credentialsChanged):
        click(qtbot, dialog, "settingsSaveButton")
    message = child(dialog, QLabel, "accountMessage")
    assert message.isVisible()
    assert named in message.text()
    assert isolated_environment.entries == {}


def test_connection_test_accepts_good_credentials_in_the_background(qtbot, gateway) -> None:
    dialog = open_settings_dialog(qtbot, client_settings=gateway_settings(gateway))
    enter(dialog, DEMO_APP_KEY, DEMO_APP_SECRET)
    button = child(dialog, QPushButton, "testConnectionButton")
    gateway.config.latency_seconds = 0.3  # long enough to see the GUI carry on meanwhile
    try:
        click(qtbot, dialog, "testConnectionButton")
        assert not button.isEnabled()
        assert button.text() == "Testing…"
        qtbot.waitUntil(lambda: "accepted" in status(dialog), timeout=10000)
    finally:
        gateway.config.latency_seconds = 0.0
    qtbot.waitUntil(button.isEnabled, timeout=2000)
    assert "Test connection" in button.text()
    # Not kept yet: it says what keeps them, never "Connected".
    assert status(dialog) != TEST_OK and "Save keeps them" in status(dialog)
    assert credentials.load_credentials() is None

    click(qtbot, dialog, "settingsSaveButton")
    assert credentials.load_credentials() == AppCredentials(DEMO_APP_KEY, DEMO_APP_SECRET)
    reopened = open_settings_dialog(qtbot, client_settings=gateway_settings(gateway))
    click(qtbot, reopened, "testConnectionButton")
    qtbot.waitUntil(lambda: status(reopened) == TEST_OK, timeout=10000)


def test_without_a_keyring_a_passed_test_keeps_the_credentials_for_the_session(qtbot, gateway) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    dialog = open_settings_dialog(qtbot, client_settings=gateway_settings(gateway))
    enter(dialog, DEMO_APP_KEY, DEMO_APP_SECRET)
    with qtbot.waitSignal(dialog.credentialsChanged, timeout=10000):
        click(qtbot, dialog, "testConnectionButton")
    assert "no keyring to keep them" in status(dialog) and "until you quit aliorders" in status(dialog)
    dialog.reject()  # Cancel: what AliExpress accepted stays in use until aliorders quits
    assert credentials.load_credentials() == AppCredentials(DEMO_APP_KEY, DEMO_APP_SECRET)


def test_connection_test_names_a_wrong_secret_without_showing_it(qtbot, gateway, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    dialog = open_settings_dialog(qtbot, client_settings=gateway_settings(gateway))
    enter(dialog, DEMO_APP_KEY, SECRET)
    click(qtbot, dialog, "testConnectionButton")
    qtbot.waitUntil(lambda: "App Secret does not match" in status(dialog), timeout=10000)
    qtbot.waitUntil(child(dialog, QPushButton, "testConnectionButton").isEnabled, timeout=2000)
    assert "Settings" not in status(dialog)  # the user is there already: it says what to fix
    assert "paste them above" in status(dialog)
    assert SECRET not in status(dialog)
    assert SECRET not in caplog.text


def test_closing_during_a_test_stops_the_worker_thread(qtbot, gateway) -> None:
    dialog = open_settings_dialog(qtbot, client_settings=gateway_settings(gateway))
    enter(dialog, DEMO_APP_KEY, DEMO_APP_SECRET)
    task = dialog.account.findChild(BackgroundTask)
    gateway.config.latency_seconds = 0.5
    try:
        click(qtbot, dialog, "testConnectionButton")
        assert task.is_running()
        dialog.reject()
    finally:
        gateway.config.latency_seconds = 0.0
    assert not task.is_running()
    assert child(dialog, QPushButton, "testConnectionButton").isEnabled()


def test_without_a_keyring_offers_environment_or_session_only(qtbot, tmp_path) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    dialog = open_settings_dialog(qtbot)
    warning = child(dialog, QFrame, "keyringWarning")
    assert warning.isVisible()
    assert credentials.ENV_APP_KEY in " ".join(label.text() for label in warning.findChildren(QLabel))

    enter(dialog, "12345678", SECRET)
    with qtbot.waitSignal(dialog.credentialsChanged, timeout=1000):
        click(qtbot, dialog, "settingsSaveButton")

    assert credentials.load_credentials() == AppCredentials("12345678", SECRET)
    assert "for this session only" in status(dialog)
    config_dir = tmp_path / "config"
    written = [path for path in config_dir.rglob("*") if path.is_file()] if config_dir.exists() else []
    assert not [path for path in written if SECRET.encode() in path.read_bytes()]


def test_environment_credentials_are_shown_read_only(qtbot, monkeypatch) -> None:
    monkeypatch.setenv(credentials.ENV_APP_KEY, "87654321")
    monkeypatch.setenv(credentials.ENV_APP_SECRET, SECRET)
    dialog = open_settings_dialog(qtbot)
    assert child(dialog, QLineEdit, "appKeyEdit").text() == "87654321"
    assert child(dialog, QLineEdit, "appKeyEdit").isReadOnly()
    assert child(dialog, QLineEdit, "appSecretEdit").isReadOnly()
    assert child(dialog, QFrame, "envNote").isVisible()
    assert status(dialog).startswith("Connected: App Key 8765…, from environment variables ALIORDERS_APP_KEY")
    assert SECRET not in status(dialog)


def test_disconnect_removes_the_credentials_after_confirmation(
    qtbot, monkeypatch, isolated_environment
) -> None:
    credentials.save_credentials(AppCredentials("12345678", SECRET))
    dialog = open_settings_dialog(qtbot)
    asked: list[str] = []

    def answer_yes(parent, title, *args, **kwargs) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    with qtbot.waitSignal(dialog.credentialsChanged, timeout=1000):
        click(qtbot, dialog, "disconnectButton")

    assert asked
    assert credentials.load_credentials() is None
    assert isolated_environment.entries == {}
    assert status(dialog).startswith("Not connected")
    assert child(dialog, QLineEdit, "appSecretEdit").text() == ""


def test_demo_mode_shows_the_demo_account_read_only(qtbot) -> None:
    dialog = open_settings_dialog(qtbot, demo=True)
    assert child(dialog, QLineEdit, "appKeyEdit").text() == DEMO_APP_KEY
    assert child(dialog, QLineEdit, "appKeyEdit").isReadOnly()
    assert child(dialog, QFrame, "demoNote").isVisible()
    assert status(dialog).startswith("Demo account")


def test_plain_http_gateway_is_rejected(qtbot) -> None:
    dialog = open_settings_dialog(qtbot)
    dialog.tabs.setCurrentWidget(dialog.advanced)
    child(dialog, QLineEdit, "gatewayUrlEdit").setText("http://example.com/sync")
    with qtbot.assertNotEmitted(dialog.settingsChanged):
        click(qtbot, dialog, "settingsSaveButton")
    message = child(dialog, QLabel, "advancedMessage")
    assert message.isVisible()
    assert "not allowed" in message.text()
    assert not config.settings_path().exists()


def test_advanced_settings_are_saved(qtbot, tmp_path) -> None:
    dialog = open_settings_dialog(qtbot)
    dialog.tabs.setCurrentWidget(dialog.advanced)
    database = tmp_path / "elsewhere" / "orders.db"
    child(dialog, QLineEdit, "gatewayUrlEdit").setText("https://gateway.example.com/sync")
    zones = dialog.findChild(type(dialog.advanced.api_zone_combo), "apiZoneCombo")
    zones.setCurrentIndex(zones.findData("Asia/Shanghai"))
    dialog.findChild(QSpinBox, "concurrencySpin").setValue(2)
    child(dialog, QLineEdit, "databaseEdit").setText(str(database))
    with qtbot.waitSignal(dialog.settingsChanged, timeout=1000):
        click(qtbot, dialog, "settingsSaveButton")

    saved = config.load_settings()
    assert saved.gateway_url == "https://gateway.example.com/sync"
    assert saved.api_zone == "Asia/Shanghai"
    assert saved.database == str(database)
    assert saved.sync_concurrency == 2

    reopened = open_settings_dialog(qtbot)
    assert reopened.findChild(QSpinBox, "concurrencySpin").value() == 2
    assert reopened.findChild(QLineEdit, "databaseEdit").text() == str(database)
    assert reopened.advanced.api_zone_combo.currentData() == "Asia/Shanghai"


def test_theme_choice_is_remembered(qtbot) -> None:
    dialog = open_settings_dialog(qtbot)
    dialog.appearance.theme_combo.setCurrentIndex(dialog.appearance.theme_combo.findData("dark"))
    assert QSettings().value("appearance/theme") != "dark"  # nothing kept before Save
    with qtbot.waitSignal(dialog.themeChanged, timeout=1000) as blocker:
        click(qtbot, dialog, "settingsSaveButton")
    assert blocker.args == ["dark"]
    assert QSettings().value("appearance/theme") == "dark"


def test_screenshots(qtbot, monkeypatch) -> None:
    """Pictures for a person to check the layout: /tmp/settings_*.png."""
    credentials.save_credentials(AppCredentials("34061046", SECRET))
    dialog = open_settings_dialog(qtbot)
    dialog.grab().save("/tmp/settings_account.png")
    dialog.tabs.setCurrentWidget(dialog.sync)
    dialog.grab().save("/tmp/settings_sync.png")
    dialog.tabs.setCurrentWidget(dialog.advanced)
    dialog.grab().save("/tmp/settings_advanced.png")
    dialog.tabs.setCurrentWidget(dialog.appearance)
    dialog.grab().save("/tmp/settings_appearance.png")

    keyring.set_keyring(keyring.backends.fail.Keyring())
    open_settings_dialog(qtbot).grab().save("/tmp/settings_no_keyring.png")
    open_settings_dialog(qtbot, demo=True).grab().save("/tmp/settings_demo.png")
    monkeypatch.setenv(credentials.ENV_APP_KEY, "87654321")
    monkeypatch.setenv(credentials.ENV_APP_SECRET, SECRET)
    open_settings_dialog(qtbot).grab().save("/tmp/settings_environment.png")
    assert Path("/tmp/settings_account.png").stat().st_size > 0


def test_after_a_restart_the_window_says_a_session_only_account_is_gone(qtbot, store_path) -> None:
    from ui.windows import open_window

    keyring.set_keyring(keyring.backends.fail.Keyring())
    dialog = open_settings_dialog(qtbot)
    enter(dialog, "34061046", SECRET)
    click(qtbot, dialog, "settingsSaveButton")
    assert credentials.load_credentials() == AppCredentials("34061046", SECRET)
    window = open_window(qtbot, store_path)
    assert not window.banner.isVisible()  # connected for this session

    credentials.use_for_session(None)  # aliorders quit: the session's credentials went with it
    restarted = open_window(qtbot, store_path)
    text = restarted.banner.text.text()
    assert restarted.banner.isVisible() and "3406…" in text and "auto-sync is off" in text
    assert SECRET not in text
