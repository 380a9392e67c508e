"""The window says which days of the range on screen no sync fetched, and fetches exactly them."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from ui.windows import SYNC_TIMEOUT, open_window

from aliorders_desktop import store
from aliorders_desktop.ui.formats import day


def test_days_never_synced_are_named_and_one_click_fetches_exactly_them(
    qtbot, frozen_clock, connected, store_path
) -> None:
    window = open_window(qtbot, store_path)
    today = date.today()
    recent = today - timedelta(days=29)
    window.filters.dates.set_range(recent, today)
    with qtbot.waitSignal(window.sync_task.finished, timeout=SYNC_TIMEOUT):
        window.sync.start()
    assert not window.coverage.isVisible()

    first = today - timedelta(days=119)
    window.filters.dates.set_range(first, today)
    notice = window.coverage
    assert notice.isVisible()
    assert f"{day(first)} – {day(recent - timedelta(days=1))}" in notice.text.text()
    assert notice.sync_button.isVisible()

    with qtbot.waitSignal(window.sync_task.finished, timeout=SYNC_TIMEOUT):
        qtbot.mouseClick(notice.sync_button, Qt.MouseButton.LeftButton)
    latest = store.SyncRun.select().order_by(store.SyncRun.id.desc()).first()
    assert (latest.range_start, latest.range_end) == (first, recent - timedelta(days=1))
    assert latest.outcome == store.SyncOutcome.COMPLETED
    assert not notice.isVisible()
    assert store.unsynced_ranges(first, today) == []


def test_without_an_account_nothing_is_offered(qtbot, frozen_clock, store_path) -> None:
    window = open_window(qtbot, store_path, preset="last90")
    assert not window.coverage.isVisible()
