"""Auto-sync driven through the window's schedule on a stopped clock: each test moves the clock and
calls the minute tick itself, and the syncs it starts run for real against the simulated gateway."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest
from ui.windows import SYNC_TIMEOUT, open_settings_dialog, open_window

from aliorders_desktop import config, credentials, store
from aliorders_desktop.aliexpress.client import AppCredentials, ClientSettings
from aliorders_desktop.aliexpress.gateway import DEMO_APP_KEY, DEMO_APP_SECRET
from aliorders_desktop.store.models import SyncRun
from aliorders_desktop.store.sync_lock_file import SyncLockFile
from aliorders_desktop.store.workspace import Permissions
from aliorders_desktop.ui.formats import local_time
from aliorders_desktop.ui.main_window import MainWindow
from aliorders_desktop.ui.main_window.auto_sync import AutoSyncState, Schedule

INTERVAL = timedelta(minutes=30)
CLOSED_PORT_URL = "http://127.0.0.1:9"
"""Nothing listens on the discard port: every request fails at once with "connection refused"."""


def save_settings(**changes) -> None:
    config.save_settings(replace(config.load_settings(), **changes))


def tick(qtbot, window: MainWindow) -> bool:
    """One minute tick of the schedule, and the sync it started run to its end; whether one ran."""
    runs = SyncRun.select().count()
    window.auto_sync.tick()
    if window.sync_task.is_running():
        qtbot.waitUntil(lambda: not window.sync_task.is_running(), timeout=SYNC_TIMEOUT)
    return SyncRun.select().count() > runs


def record_completed_sync(first: date, last: date, started: datetime, finished: datetime) -> None:
    run = store.start_sync_run(first, last, now=started)
    store.finish_sync_run(run, store.SyncOutcome.COMPLETED, store.SaveCounts(), 0, now=finished)


def local(day: date, hour: int, minute: int) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone()


def status_text(window: MainWindow) -> str:
    return window.status.last_sync_label.text()


def last_completed() -> store.SyncRun:
    run = store.last_successful_sync()
    assert run is not None
    return run


def fail_fast(monkeypatch, window: MainWindow, gateway_url: str) -> None:
    """Let a sync fail on its first answer instead of retrying for seconds."""
    monkeypatch.setattr(
        window.session,
        "client_settings",
        lambda: ClientSettings(gateway_url=gateway_url, max_attempts=1, backoff_base=0.01),
    )


@pytest.fixture
def window(qtbot, frozen_clock, connected, store_path) -> MainWindow:
    return open_window(qtbot, store_path)


def test_the_first_sync_fetches_the_last_n_days_and_the_next_is_due_one_interval_later(
    qtbot, frozen_clock, connected, store_path
) -> None:
    save_settings(recheck_days=10)
    window = open_window(qtbot, store_path)
    assert window.auto_sync.schedule().state is AutoSyncState.SCHEDULED

    assert tick(qtbot, window)
    run = last_completed()
    assert (run.range_start, run.range_end) == (date.today() - timedelta(days=9), date.today())
    synced = run.finished_at.astimezone()
    assert status_text(window) == f"Synced {synced:%H:%M} · next at {synced + INTERVAL:%H:%M}"

    frozen_clock.shift(INTERVAL - timedelta(minutes=1))
    assert not tick(qtbot, window)
    frozen_clock.shift(timedelta(minutes=2))
    assert tick(qtbot, window)
    assert last_completed().id != run.id


def test_the_range_reaches_back_to_the_last_completed_sync(
    qtbot, frozen_clock, connected, store_path
) -> None:
    today = date.today()
    old_range_end = today - timedelta(days=45)  # synced by hand, days after it were never fetched
    synced_on = today - timedelta(days=40)
    first = today - timedelta(days=50)
    record_completed_sync(first, old_range_end, local(synced_on, 9, 0), local(synced_on, 9, 5))
    window = open_window(qtbot, store_path)
    assert tick(qtbot, window)
    assert (last_completed().range_start, last_completed().range_end) == (old_range_end, today)

    frozen_clock.shift(timedelta(days=2))  # the computer slept: back to the last sync, not 1 day
    save_settings(recheck_days=1)
    window.auto_sync.reload_settings()
    assert tick(qtbot, window)
    assert last_completed().range_start == today


def test_off_never_syncs_and_says_so(qtbot, frozen_clock, connected, store_path) -> None:
    save_settings(auto_sync_minutes=0)
    window = open_window(qtbot, store_path)
    frozen_clock.shift(timedelta(days=1))
    assert not tick(qtbot, window)
    assert status_text(window) == "Never synced · auto-sync off"


def test_a_sync_by_another_process_skips_the_turn_quietly_and_the_next_tick_syncs(
    qtbot, window: MainWindow, store_path
) -> None:
    cli = SyncLockFile(store_path)  # what `aliorders sync` holds while it runs
    assert cli.acquire()
    try:
        assert not tick(qtbot, window)
        assert not window.banner.isVisible()
        assert window.auto_sync.schedule().state is AutoSyncState.SCHEDULED
    finally:
        cli.release()
    assert tick(qtbot, window)


def test_it_waits_for_a_running_sync_and_one_by_hand_resets_the_timer(
    qtbot, connected, window: MainWindow
) -> None:
    connected.config.latency_seconds = 0.2  # slow enough to cancel before it completes
    window.filters.dates.set_preset("last30")
    with qtbot.waitSignal(window.sync_task.finished, timeout=SYNC_TIMEOUT):
        window.start_sync()
        window.auto_sync.tick()  # due (never synced), but this window's sync is running
        window.cancel_sync()
    assert store.SyncOutcome.CANCELLED in store.last_sync_runs()
    assert tick(qtbot, window)  # still due: it waited, and now syncs
    assert last_completed().range_start == date.today() - timedelta(days=29)

    connected.config.latency_seconds = 0.0
    window.filters.dates.set_preset("today")
    with qtbot.waitSignal(window.sync_task.finished, timeout=SYNC_TIMEOUT):
        window.start_sync()
    by_hand = last_completed()
    assert (by_hand.range_start, by_hand.range_end) == (date.today(), date.today())

    assert not tick(qtbot, window)
    assert window.auto_sync.schedule().next_at == by_hand.finished_at + INTERVAL


def test_offline_pauses_quietly_backs_off_and_a_success_resumes(
    qtbot, frozen_clock, connected, window: MainWindow, monkeypatch
) -> None:
    fail_fast(monkeypatch, window, CLOSED_PORT_URL)
    for backoff in (1, 2, 4, 4):
        assert tick(qtbot, window)
        failed_at = datetime.now(UTC)
        schedule = window.auto_sync.schedule()
        assert schedule.state is AutoSyncState.OFFLINE
        assert abs(schedule.next_at - (failed_at + INTERVAL * backoff)) < timedelta(seconds=5)
        assert not window.banner.isVisible() and window.status.currentMessage() == ""
        assert status_text(window) == (
            f"Never synced · auto-sync paused: no connection · next try {schedule.next_at.astimezone():%H:%M}"
        )
        frozen_clock.shift(INTERVAL * backoff - timedelta(minutes=1))
        assert not tick(qtbot, window)
        frozen_clock.shift(timedelta(minutes=2))

    fail_fast(monkeypatch, window, connected.url)  # back online
    assert tick(qtbot, window)
    assert window.auto_sync.schedule() == Schedule(
        AutoSyncState.SCHEDULED, last_completed().finished_at + INTERVAL
    )


def test_three_failures_in_a_row_pause_with_a_note(
    qtbot, frozen_clock, connected, window: MainWindow, monkeypatch
) -> None:
    connected.config.server_error_rate = 1.0  # AliExpress answers every request with HTTP 5xx
    fail_fast(monkeypatch, window, connected.url)
    for failures in (1, 2, 3):
        assert tick(qtbot, window)
        assert not window.banner.isVisible()
        state = window.auto_sync.schedule().state
        assert state is (AutoSyncState.FAILING if failures == 3 else AutoSyncState.SCHEDULED)
        frozen_clock.shift(INTERVAL * 4)
    next_try = window.auto_sync.schedule().next_at
    assert status_text(window) == (
        f"Never synced · auto-sync paused after repeated failures · next try {next_try.astimezone():%H:%M}"
    )


def test_a_refused_secret_shows_its_banner_and_pauses_until_the_account_changes(
    qtbot, frozen_clock, window: MainWindow
) -> None:
    credentials.save_credentials(AppCredentials(DEMO_APP_KEY, "wrong"))
    assert tick(qtbot, window)
    assert window.banner.isVisible() and "App Secret" in window.banner.text.text()
    assert window.auto_sync.schedule().state is AutoSyncState.REFUSED
    assert status_text(window) == (
        "Never synced · auto-sync paused until the account is changed in Settings or you sync by hand"
    )
    frozen_clock.shift(INTERVAL * 10)
    assert not tick(qtbot, window)
    window.auto_sync.reload_settings()  # Settings closed with the same account: still paused
    assert not tick(qtbot, window)

    credentials.save_credentials(AppCredentials(DEMO_APP_KEY, DEMO_APP_SECRET))
    window.auto_sync.reload_settings()
    assert window.auto_sync.schedule().state is AutoSyncState.SCHEDULED
    assert tick(qtbot, window)
    assert store.last_successful_sync() is not None


def test_a_sync_by_hand_lifts_the_pause_for_a_refused_secret(qtbot, window: MainWindow) -> None:
    credentials.save_credentials(AppCredentials(DEMO_APP_KEY, "wrong"))
    assert tick(qtbot, window)
    credentials.save_credentials(AppCredentials(DEMO_APP_KEY, DEMO_APP_SECRET))
    with qtbot.waitSignal(window.sync_task.finished, timeout=SYNC_TIMEOUT):
        window.auto_sync.sync_now()
    assert window.auto_sync.schedule().state is AutoSyncState.SCHEDULED
    assert last_completed().range_start == date.today() - timedelta(days=config.DEFAULT_RECHECK_DAYS - 1)


def test_a_cancelled_automatic_sync_waits_an_interval(
    qtbot, frozen_clock, connected, window: MainWindow
) -> None:
    connected.config.latency_seconds = 0.2  # slow enough to cancel before it completes
    window.auto_sync.tick()
    assert window.sync_task.is_running()
    with qtbot.waitSignal(window.sync_task.finished, timeout=SYNC_TIMEOUT):
        window.cancel_sync()
    assert store.SyncOutcome.CANCELLED in store.last_sync_runs()
    assert not tick(qtbot, window)
    frozen_clock.shift(INTERVAL + timedelta(minutes=1))
    assert tick(qtbot, window)


def test_paused_by_the_user_until_resumed(qtbot, frozen_clock, window: MainWindow) -> None:
    with qtbot.waitSignal(window.auto_sync.pausedChanged) as paused:
        window.auto_sync.set_paused(True)
    assert paused.args == [True] and window.auto_sync.paused
    frozen_clock.shift(timedelta(hours=5))
    assert not tick(qtbot, window)
    assert status_text(window) == "Never synced · auto-sync paused"
    with qtbot.waitSignal(window.auto_sync.pausedChanged) as resumed:
        window.auto_sync.set_paused(False)
    assert resumed.args == [False]
    assert tick(qtbot, window)


def test_never_for_a_workspace_viewer(qtbot, frozen_clock, window: MainWindow) -> None:
    window.workspace.permissionsChanged.emit(Permissions(can_sync=False, can_delete=False, user="bob"))
    frozen_clock.shift(timedelta(days=1))
    assert not tick(qtbot, window)
    assert window.auto_sync.schedule().state is AutoSyncState.UNAVAILABLE
    assert status_text(window) == "Never synced"


def test_never_without_an_account_and_asks_for_none(qtbot, frozen_clock, store_path) -> None:
    window = open_window(qtbot, store_path)
    with qtbot.assertNotEmitted(window.sync.accountNeeded):
        assert not tick(qtbot, window)
    assert status_text(window) == "Never synced"


def test_the_status_bar_says_when_data_was_synced_as_the_days_go_by(
    qtbot, frozen_clock, connected, store_path
) -> None:
    yesterday = date.today() - timedelta(days=1)
    record_completed_sync(yesterday, yesterday, local(yesterday, 18, 1), local(yesterday, 18, 3))
    save_settings(auto_sync_minutes=0)
    window = open_window(qtbot, store_path)
    assert status_text(window) == "Synced yesterday 18:03 · auto-sync off"

    frozen_clock.shift(timedelta(days=2))
    window.auto_sync.tick()
    synced = local_time(local(yesterday, 18, 3))
    assert status_text(window) == f"Synced {synced} (2 days ago) · auto-sync off"

    save_settings(auto_sync_minutes=60)
    window.auto_sync.reload_settings()
    assert status_text(window) == f"Synced {synced} (2 days ago) · next sync due now"


def test_the_next_sync_tomorrow_is_named_with_its_day(qtbot, frozen_clock, connected, store_path) -> None:
    today = date.today()
    record_completed_sync(today, today, local(today, 23, 0), local(today, 23, 10))
    save_settings(auto_sync_minutes=180)
    frozen_clock.move_to(local(today, 23, 30))
    window = open_window(qtbot, store_path)
    assert status_text(window) == "Synced 23:10 · next at tomorrow 02:10"


def test_it_waits_while_settings_is_open(qtbot, window: MainWindow) -> None:
    settings = open_settings_dialog(qtbot)
    settings.hide()
    settings.setModal(True)  # as the window opens it
    settings.show()
    assert not tick(qtbot, window)
    settings.close()
    assert tick(qtbot, window)
