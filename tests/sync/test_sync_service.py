"""The sync service end to end: simulated gateway over HTTP into a real SQLite file."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import threading
from datetime import UTC, date, datetime, timedelta

import pytest

from aliorders_desktop import store
from aliorders_desktop.aliexpress.client import AppCredentials, ClientSettings
from aliorders_desktop.aliexpress.errors import CredentialsError
from aliorders_desktop.aliexpress.gateway import DEMO_APP_KEY, DEMO_APP_SECRET, GatewayServer
from aliorders_desktop.days import local_zone
from aliorders_desktop.sync.planner import range_bounds
from aliorders_desktop.sync.service import SyncService

GOOD = AppCredentials(DEMO_APP_KEY, DEMO_APP_SECRET)


def service_for(gateway: GatewayServer, credentials: AppCredentials = GOOD) -> SyncService:
    settings = ClientSettings(gateway_url=gateway.url, backoff_base=0.01, backoff_max=0.05, max_attempts=10)
    return SyncService(credentials, settings)


def expected(gateway: GatewayServer, first: date, last: date) -> dict[int, str]:
    """Sub-order → status the gateway reports now, for orders paid in [first, last] local days."""
    start, end = range_bounds(first, last, local_zone())
    lo, hi = int(start.timestamp() * 1000), int(end.timestamp() * 1000)
    now_ms = gateway.clock.now_ms()
    return {
        o.sub_order_id: o.status_at(now_ms).value
        for o in gateway.dataset.sub_orders
        if lo <= o.paid_ms < hi and o.paid_ms <= now_ms
    }


def stored(first: date, last: date) -> dict[int, str]:
    f = store.OrderFilter.for_days(first, last)
    return {row.sub_order_id: row.status for row in store.iter_rows(f)}


EMPTY_FORMS = pytest.mark.parametrize("demo_gateway", ["405", "error_response"], indirect=True)
"""Most status × window queries of a small publisher are empty: each way of saying so must pass."""


@EMPTY_FORMS
def test_a_100_day_sync_stores_every_sub_order_once_with_its_status(demo_gateway, store_path) -> None:
    last = date.today()
    first = last - timedelta(days=99)
    service = service_for(demo_gateway)
    result = service.run(first, last)
    assert result.outcome == "completed"
    assert service.window_count(first, last) == 2
    want = expected(demo_gateway, first, last)
    assert len(want) > 2000
    assert stored(first, last) == want
    again = service_for(demo_gateway).run(first, last)
    assert again.progress.counts.new == 0 and again.progress.counts.updated == 0


def test_progress_is_reported_per_page_and_planned_pages_grow(demo_gateway, store_path) -> None:
    seen = []
    service_for(demo_gateway).run(
        date.today() - timedelta(days=30),
        date.today(),
        progress=lambda p: seen.append((p.pages_done, p.pages_planned)),
    )
    assert [done for done, _ in seen] == list(range(1, len(seen) + 1))
    assert seen[-1][0] == seen[-1][1]


@EMPTY_FORMS
def test_faults_do_not_lose_or_duplicate_orders(demo_gateway, store_path) -> None:
    demo_gateway.config.throttle_rate = 0.05
    demo_gateway.config.server_error_rate = 0.10
    demo_gateway.config.truncated_rate = 0.05
    demo_gateway.config.system_error_rate = 0.05
    first, last = date.today() - timedelta(days=60), date.today()
    assert service_for(demo_gateway).run(first, last).outcome == "completed"
    assert stored(first, last) == expected(demo_gateway, first, last)


def test_cancel_keeps_the_pages_already_saved(demo_gateway, store_path) -> None:
    cancel = threading.Event()
    saved = []

    def stop_after_three(progress) -> None:
        saved.append(progress.counts.new)
        if progress.pages_done == 3:
            cancel.set()

    result = service_for(demo_gateway).run(
        date.today() - timedelta(days=99), date.today(), cancel=cancel, progress=stop_after_three
    )
    assert result.outcome == "cancelled"
    assert len(saved) == 3 and saved[-1] > 50  # full pages came first
    assert store.count_orders(store.OrderFilter()) == saved[-1]
    run = store.last_sync_runs()[store.SyncOutcome.CANCELLED]
    assert run.pages == 3 and run.new_count == saved[-1]


def test_refused_credentials_are_recorded_and_raised(demo_gateway, store_path) -> None:
    with pytest.raises(CredentialsError):
        service_for(demo_gateway, AppCredentials(DEMO_APP_KEY, "wrong")).run(date.today(), date.today())
    failed = store.last_sync_runs()[store.SyncOutcome.FAILED]
    assert "App Secret" in failed.error
    assert store.last_successful_sync() is None


ANOTHER_SYNC = """
import sys, time
from datetime import date
from aliorders_desktop import store
store.open_database(sys.argv[1])
with store.sync_lock():
    store.start_sync_run(date.today(), date.today())
    print("syncing", flush=True)
    time.sleep(600)
"""
"""Another aliorders process in the middle of a sync of the database named by its argument."""


def test_a_sync_is_refused_while_another_process_syncs_and_runs_once_that_process_is_killed(
    demo_gateway, store_path
) -> None:
    other = subprocess.Popen(
        [sys.executable, "-c", ANOTHER_SYNC, str(store_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert other.stdout.readline() == "syncing\n"
        assert store.sync_running()
        started = store.last_sync_runs()[store.SyncOutcome.RUNNING].started_at.astimezone()
        with pytest.raises(store.SyncInProgressError) as refused:
            service_for(demo_gateway).run(date.today(), date.today())
        assert str(refused.value) == (
            f"Another aliorders window or `aliorders sync` on this computer started syncing "
            f"{store_path.resolve()} at {started:%H:%M}; wait for it to finish, then sync again."
        )
    finally:
        other.send_signal(signal.SIGKILL)
        other.wait(10)
    assert not store.sync_running()  # the OS released the dead process's lock
    assert service_for(demo_gateway).run(date.today(), date.today()).outcome == "completed"
    runs = store.last_sync_runs()
    assert set(runs) == {store.SyncOutcome.INTERRUPTED, store.SyncOutcome.COMPLETED}
    assert runs[store.SyncOutcome.INTERRUPTED].finished_at is None


def test_status_changes_of_older_orders_arrive_when_syncing_only_recent_days(store_path) -> None:
    from aliorders_desktop.aliexpress.gateway import OrderDataset

    now = datetime.now(UTC)
    with GatewayServer(OrderDataset(seed=5, orders=3000, days=120, now=now - timedelta(days=30))) as gateway:
        today = date.today()
        first, last = today - timedelta(days=129), today - timedelta(days=30)
        service_for(gateway).run(first, last)
        before = stored(first, last)
        assert before == expected(gateway, first, last)
        gateway.clock.advance(timedelta(days=30))
        service_for(gateway).run(today - timedelta(days=29), today)
        after = stored(first, last)
    want = expected(gateway, first, last)
    assert after == want
    changed = {sub_id for sub_id in want if want[sub_id] != before.get(sub_id)}
    assert len(changed) > 100
    history = store.status_history(store.Order.get(store.Order.sub_order_id == next(iter(changed))).id)
    assert len(history) == 2


def test_database_stays_consistent(demo_gateway, store_path) -> None:
    service_for(demo_gateway).run(date.today() - timedelta(days=10), date.today())
    store.close_database()
    with sqlite3.connect(store_path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    store.open_database(store_path)


def test_a_gateway_address_that_cannot_be_used_is_refused_before_any_request(store_path) -> None:
    from aliorders_desktop.aliexpress.errors import ConfigurationError

    settings = ClientSettings(gateway_url="http://example.com/sync")
    with pytest.raises(ConfigurationError, match="not allowed"):
        SyncService(GOOD, settings).run(date.today(), date.today())
    assert "not allowed" in store.last_sync_runs()[store.SyncOutcome.FAILED].error
