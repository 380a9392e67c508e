"""Settings ▸ Sync against the real settings file: what is chosen is saved on Save and read back."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox
from ui.windows import open_settings_dialog

from aliorders_desktop import config
from aliorders_desktop.ui.settings import SettingsDialog


def sync_widgets(dialog: SettingsDialog) -> tuple[QComboBox, QSpinBox, QSpinBox]:
    dialog.tabs.setCurrentWidget(dialog.sync)
    interval = dialog.findChild(QComboBox, "autoSyncCombo")
    recheck = dialog.findChild(QSpinBox, "recheckDaysSpin")
    concurrency = dialog.findChild(QSpinBox, "concurrencySpin")
    assert interval and recheck and concurrency
    assert concurrency.parent() is dialog.sync  # moved here from Advanced
    return interval, recheck, concurrency


def test_defaults_are_every_30_minutes_the_last_30_days_and_4_requests(qtbot) -> None:
    interval, recheck, concurrency = sync_widgets(open_settings_dialog(qtbot))
    assert interval.currentText() == "Every 30 minutes"
    assert [interval.itemText(i) for i in range(interval.count())] == [
        "Off",
        "Every 15 minutes",
        "Every 30 minutes",
        "Every hour",
        "Every 3 hours",
    ]
    assert (recheck.value(), concurrency.value()) == (30, 4)


def test_the_choices_are_saved_on_save_and_shown_again(qtbot) -> None:
    dialog = open_settings_dialog(qtbot)
    interval, recheck, concurrency = sync_widgets(dialog)
    interval.setCurrentIndex(interval.findData(180))
    recheck.setValue(7)
    concurrency.setValue(2)
    assert config.load_settings().auto_sync_minutes == 30  # nothing kept before Save
    with qtbot.waitSignal(dialog.settingsChanged, timeout=1000):
        dialog.save_button.click()
    saved = config.load_settings()
    assert (saved.auto_sync_minutes, saved.recheck_days, saved.sync_concurrency) == (180, 7, 2)

    reopened = open_settings_dialog(qtbot)
    interval, recheck, concurrency = sync_widgets(reopened)
    assert (interval.currentData(), recheck.value(), concurrency.value()) == (180, 7, 2)
    interval.setCurrentIndex(interval.findData(0))
    reopened.reject()
    assert config.load_settings().auto_sync_minutes == 180  # Cancel keeps nothing


def test_a_settings_file_that_cannot_be_written_says_so(qtbot) -> None:
    dialog = open_settings_dialog(qtbot)
    interval, _, _ = sync_widgets(dialog)
    config.settings_path().mkdir(parents=True)  # a folder where the file should be
    interval.setCurrentIndex(interval.findData(60))
    with qtbot.assertNotEmitted(dialog.settingsChanged):
        dialog.save_button.click()
    assert dialog.isVisible() and dialog.tabs.currentWidget() is dialog.sync
    message = dialog.findChild(QLabel, "syncMessage")
    assert message.isVisible() and message.text().startswith("Could not save the settings")


def test_a_settings_file_from_before_auto_sync_keeps_loading(qtbot) -> None:
    path = config.settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"gateway_url": "https://gateway.example.com/sync", "sync_concurrency": 6}))
    settings = config.load_settings()
    assert settings.gateway_url == "https://gateway.example.com/sync"
    assert (settings.auto_sync_minutes, settings.recheck_days, settings.sync_concurrency) == (30, 30, 6)


@pytest.mark.parametrize(
    ("saved", "minutes", "days"),
    [
        ({"auto_sync_minutes": 7, "recheck_days": 0}, 30, 1),
        ({"auto_sync_minutes": "x", "recheck_days": 5000}, 30, 365),
    ],
)
def test_hand_edited_values_fall_back_to_what_the_tab_offers(saved, minutes, days) -> None:
    path = config.settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(saved))
    settings = config.load_settings()
    assert (settings.auto_sync_minutes, settings.recheck_days) == (minutes, days)
