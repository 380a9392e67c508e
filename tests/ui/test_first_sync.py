"""After connecting an account, the first sync asks how much history to fetch and fetches it."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui.windows import SYNC_TIMEOUT, open_window

from aliorders_desktop import credentials, store
from aliorders_desktop.aliexpress.client import AppCredentials
from aliorders_desktop.aliexpress.gateway import DEMO_APP_KEY, DEMO_APP_SECRET
from aliorders_desktop.days import local_zone
from aliorders_desktop.sync.planner import plan_queries
from aliorders_desktop.ui.first_sync import FirstSyncDialog
from aliorders_desktop.ui.formats import number


def test_connecting_offers_the_first_syncs_range_with_its_fewest_calls_and_syncs_it(
    qtbot, frozen_clock, connected, store_path, monkeypatch
) -> None:
    credentials.delete_credentials()  # `connected` saved an account; the window starts without one
    window = open_window(qtbot, store_path, preset="last7")
    assert not window.auto_sync.has_account()

    def connect_in_settings(_window, account: bool = False) -> bool:
        credentials.save_credentials(AppCredentials(DEMO_APP_KEY, DEMO_APP_SECRET))
        return False

    monkeypatch.setattr(window.session, "open_settings", connect_in_settings)
    today = date.today()
    since = today - timedelta(days=199)
    seen: dict[str, str] = {}

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FirstSyncDialog)
        dialog.since_date.setDate(since)
        assert dialog.since.isChecked()
        seen["estimate"] = dialog.estimate.text()
        dialog.sync_button.click()

    QTimer.singleShot(0, choose)
    with qtbot.waitSignal(window.sync_task.finished, timeout=SYNC_TIMEOUT):
        window.open_account_settings()

    fewest = len(plan_queries(since, today, local_zone(), ZoneInfo(connected.config.zone)))
    assert f"at least {number(fewest)} calls" in seen["estimate"]
    run = store.last_successful_sync()
    assert (run.range_start, run.range_end) == (since, today)
    assert window.filters.dates.range() == (since, today)
    assert not window.coverage.isVisible()


def test_no_question_once_something_was_synced(qtbot, frozen_clock, connected, store_path, monkeypatch):
    window = open_window(qtbot, store_path, preset="last7")
    with qtbot.waitSignal(window.sync_task.finished, timeout=SYNC_TIMEOUT):
        window.sync.start()
    asked = []
    monkeypatch.setattr(FirstSyncDialog, "exec", lambda dialog: asked.append(dialog) or 0)
    window.offer_first_sync()
    assert asked == []
