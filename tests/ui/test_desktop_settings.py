"""Settings ▸ Desktop: the choices are kept on Save, start at login shows the system's real state,
and settings files written before these options existed keep loading."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox
from ui.windows import open_settings_dialog

from aliorders_desktop import autostart, config
from aliorders_desktop.ui.settings.desktop_page import DesktopPage


@pytest.fixture
def login_folder(tmp_path: Path) -> Path:
    return tmp_path / "autostart"


def page(qtbot, login_folder: Path, *, tray: bool = True) -> DesktopPage:
    shown = DesktopPage(tray_available=lambda: tray, login_start=autostart.XdgAutostart(login_folder))
    qtbot.addWidget(shown)
    return shown


def box(desktop: DesktopPage, name: str) -> QCheckBox:
    return desktop.findChild(QCheckBox, name)


def test_the_defaults_keep_running_in_the_tray_and_tell_about_everything(qtbot, login_folder) -> None:
    desktop = page(qtbot, login_folder)
    checked = {
        name: box(desktop, name).isChecked()
        for name in (
            "keepInTrayCheck",
            "startAtLoginCheck",
            "notifyNewCheck",
            "notifySettledCheck",
            "notifyInvalidCheck",
        )
    }
    assert checked == {
        "keepInTrayCheck": True,
        "startAtLoginCheck": False,  # off until asked for
        "notifyNewCheck": True,
        "notifySettledCheck": True,
        "notifyInvalidCheck": True,
    }


def test_choices_are_saved_on_apply_and_shown_again(qtbot, login_folder) -> None:
    desktop = page(qtbot, login_folder)
    box(desktop, "keepInTrayCheck").setChecked(False)
    box(desktop, "notifySettledCheck").setChecked(False)
    assert config.load_settings().keep_in_tray  # nothing kept before Save
    assert desktop.apply()
    saved = config.load_settings()
    assert (saved.keep_in_tray, saved.notify_new, saved.notify_settled, saved.notify_invalid) == (
        False,
        True,
        False,
        True,
    )
    again = page(qtbot, login_folder)
    assert not box(again, "keepInTrayCheck").isChecked() and not box(again, "notifySettledCheck").isChecked()


def test_start_at_login_writes_and_removes_the_systems_entry(qtbot, login_folder) -> None:
    desktop = page(qtbot, login_folder)
    box(desktop, "startAtLoginCheck").setChecked(True)
    assert desktop.apply()
    entry = login_folder / "aliorders.desktop"
    assert entry.is_file() and "Exec=" in entry.read_text(encoding="utf-8")
    assert box(page(qtbot, login_folder), "startAtLoginCheck").isChecked()  # read back from the entry
    box(desktop, "startAtLoginCheck").setChecked(False)
    assert desktop.apply()
    assert not entry.exists()
    entry.parent.mkdir(exist_ok=True)
    entry.write_text("[Desktop Entry]\n", encoding="utf-8")  # made by hand, or by another copy
    assert box(page(qtbot, login_folder), "startAtLoginCheck").isChecked()


def test_a_login_entry_that_cannot_be_written_is_explained_and_left_off(qtbot, tmp_path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("", encoding="utf-8")
    desktop = page(qtbot, blocked)
    start = box(desktop, "startAtLoginCheck")
    start.setChecked(True)
    assert not desktop.apply()
    assert not start.isChecked()
    assert desktop.message.isVisibleTo(desktop)
    assert desktop.message.text().startswith("Start at login could not be changed: ")


def test_without_a_tray_the_option_is_off_and_explained(qtbot, login_folder) -> None:
    desktop = page(qtbot, login_folder, tray=False)
    keep = box(desktop, "keepInTrayCheck")
    assert not keep.isChecked() and not keep.isEnabled()
    texts = [label.text() for label in desktop.findChildren(type(desktop.message))]
    assert "This desktop shows no tray icons, so closing the window quits aliorders." in texts
    assert "The messages are shown by the tray icon, which this desktop does not have." in texts
    assert not box(desktop, "notifyNewCheck").isEnabled()
    box(desktop, "notifyNewCheck").setChecked(False)
    assert desktop.apply()
    assert config.load_settings().keep_in_tray  # the choice stays for a desktop with a tray


def test_a_settings_file_from_before_keeps_loading(tmp_path) -> None:
    config.settings_path().parent.mkdir(parents=True)
    config.settings_path().write_text(json.dumps({"api_zone": "Asia/Shanghai", "sync_concurrency": 2}))
    saved = config.load_settings()
    assert (saved.api_zone, saved.sync_concurrency) == ("Asia/Shanghai", 2)
    assert saved.keep_in_tray and saved.notify_new and saved.notify_settled and saved.notify_invalid


def test_the_settings_dialog_has_a_desktop_tab(qtbot) -> None:
    dialog = open_settings_dialog(qtbot)
    tabs = [dialog.tabs.tabText(n) for n in range(dialog.tabs.count())]
    assert tabs[-1] == "Desktop"
    assert dialog.tabs.widget(dialog.tabs.count() - 1).objectName() == "desktopTab"
