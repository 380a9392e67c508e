"""Settings → Advanced → Database: test a workspace in the background, then switch; switch back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from ui.windows import open_settings_dialog

from aliorders_desktop import config, database_password
from aliorders_desktop.store.workspace import VIEWER_ROLE
from aliorders_desktop.ui.settings import SettingsDialog

Team = Callable[[str | None], str]


def dialog_on_advanced(qtbot) -> SettingsDialog:
    dialog = open_settings_dialog(qtbot)
    dialog.tabs.setCurrentWidget(dialog.advanced)
    return dialog


def split(url: str) -> tuple[str, str]:
    """The URL without its password, and the password."""
    scheme, rest = url.split("://", 1)
    credentials, host = rest.split("@", 1)
    user, password = credentials.split(":", 1)
    return f"{scheme}://{user}@{host}", password


def click(qtbot, dialog: SettingsDialog, name: str) -> None:
    qtbot.mouseClick(dialog.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def test_a_workspace_is_tested_then_saved_and_the_local_file_kept(qtbot, team: Team, tmp_path: Path) -> None:
    local = tmp_path / "mine.db"
    config.save_settings(config.Settings(database=str(local)))
    url, password = split(team(VIEWER_ROLE))
    dialog = dialog_on_advanced(qtbot)
    dialog.advanced.database.workspace_radio.setChecked(True)
    dialog.findChild(QLineEdit, "workspaceUrlEdit").setText(url)
    dialog.findChild(QLineEdit, "workspacePasswordEdit").setText("wrong")
    status = dialog.findChild(QLabel, "workspaceStatus")

    click(qtbot, dialog, "settingsSaveButton")
    qtbot.waitUntil(lambda: "Nothing was changed" in status.text(), timeout=15_000)
    assert "refused the user name or password" in status.text()
    assert config.load_settings().database == str(local)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=5000)
    assert dialog.isVisible()  # refused: Settings stays open on the reason

    dialog.findChild(QLineEdit, "workspacePasswordEdit").setText(password)
    with qtbot.waitSignal(dialog.settingsChanged, timeout=15_000):
        click(qtbot, dialog, "settingsSaveButton")
    assert "view only: syncing is done by the workspace admin" in status.text()
    assert config.load_settings().database == url  # no password in settings.json
    assert password not in config.settings_path().read_text()
    assert database_password.saved_password(url) == password
    assert str(local) in dialog.advanced.message.text()

    reopened = dialog_on_advanced(qtbot)
    assert reopened.advanced.database.workspace_radio.isChecked()
    assert reopened.findChild(QLineEdit, "databaseEdit").text() == str(local)
    reopened.advanced.database.local_radio.setChecked(True)
    with qtbot.waitSignal(reopened.settingsChanged, timeout=1000):
        click(qtbot, reopened, "settingsSaveButton")
    assert config.load_settings().database == str(local)


def test_the_test_button_names_the_problem_without_saving(qtbot) -> None:
    dialog = dialog_on_advanced(qtbot)
    dialog.advanced.database.workspace_radio.setChecked(True)
    dialog.findChild(QLineEdit, "workspaceUrlEdit").setText("postgresql://bob:secret@db.example.com/x")
    click(qtbot, dialog, "testWorkspaceButton")
    assert "Password field" in dialog.findChild(QLabel, "workspaceStatus").text()
    dialog.findChild(QLineEdit, "workspaceUrlEdit").setText("postgresql://bob@127.0.0.1:9/x")
    click(qtbot, dialog, "testWorkspaceButton")
    status = dialog.findChild(QLabel, "workspaceStatus")
    qtbot.waitUntil(lambda: "cannot be reached" in status.text(), timeout=15_000)
    assert not config.settings_path().exists()
