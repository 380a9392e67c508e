"""The sync service into a workspace: complete, one sync at a time, and sound after a lost connection."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import psycopg
import pytest

from aliorders_desktop import store
from aliorders_desktop.aliexpress.client import AppCredentials, ClientSettings
from aliorders_desktop.aliexpress.gateway import DEMO_APP_KEY, DEMO_APP_SECRET, GatewayServer
from aliorders_desktop.cli import Exit
from aliorders_desktop.store.workspace import ADMIN_ROLE, VIEWER_ROLE
from aliorders_desktop.sync.service import SyncService

sys.path.insert(0, str(Path(__file__).parents[1] / "sync"))
from test_sync_service import expected

Team = Callable[[str | None], str]
FIRST, LAST = date.today() - timedelta(days=99), date.today()


def service_for(gateway: GatewayServer) -> SyncService:
    settings = ClientSettings(gateway_url=gateway.url, backoff_base=0.01, backoff_max=0.05)
    return SyncService(AppCredentials(DEMO_APP_KEY, DEMO_APP_SECRET), settings)


def stored() -> dict[int, str]:
    """Sub-order → status of the orders paid in [FIRST, LAST], as the workspace has them."""
    return {row.sub_order_id: row.status for row in store.iter_rows(store.OrderFilter.for_days(FIRST, LAST))}


def cli(gateway: GatewayServer, database: str, *args: str) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "ALIORDERS_APP_KEY": DEMO_APP_KEY,
        "ALIORDERS_APP_SECRET": DEMO_APP_SECRET,
        "ALIORDERS_GATEWAY_URL": gateway.url,
        "ALIORDERS_DB": database,
    }
    command = [sys.executable, "-m", "aliorders_desktop", *args]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.usefixtures("store")
def test_a_100_day_sync_stores_every_sub_order_once(demo_gateway) -> None:
    service = service_for(demo_gateway)
    result = service.run(FIRST, LAST)
    assert (result.outcome, service.window_count(FIRST, LAST)) == ("completed", 2)
    assert stored() == expected(demo_gateway, FIRST, LAST)
    assert len(stored()) > 2000
    again = service_for(demo_gateway).run(FIRST, LAST)
    assert (again.progress.counts.new, again.progress.counts.updated) == (0, 0)
    assert store.last_successful_sync().id == 2


def test_a_viewer_is_refused_before_anything_is_fetched(demo_gateway, team: Team) -> None:
    store.open_database(team(VIEWER_ROLE))
    with pytest.raises(store.ViewOnlyError, match="may view but not sync"):
        service_for(demo_gateway).run(FIRST, LAST)
    assert store.last_sync_runs() == {}


def test_a_second_sync_is_refused_with_who_and_when(demo_gateway, team: Team) -> None:
    alice, bob = team(ADMIN_ROLE), team(ADMIN_ROLE)
    demo_gateway.config.latency_seconds = 0.05
    first = cli(demo_gateway, alice, "sync", "--from", FIRST.isoformat())
    try:
        store.open_database(bob)
        deadline = time.monotonic() + 30
        while not _syncing() and time.monotonic() < deadline:
            time.sleep(0.05)
        with pytest.raises(store.SyncInProgressError) as refused:
            service_for(demo_gateway).run(FIRST, LAST)
        alice_name = alice.split("://", 1)[1].split(":", 1)[0]
        assert str(refused.value).startswith(f"{alice_name} started a sync at ")
        assert "wait for it to finish" in str(refused.value)
        second = cli(demo_gateway, bob, "sync", "--from", FIRST.isoformat())
        assert second.wait(60) == Exit.SYNC_IN_PROGRESS, second.stderr.read()
    finally:
        demo_gateway.config.latency_seconds = 0
        assert first.wait(120) == Exit.OK, first.stderr.read()
    assert service_for(demo_gateway).run(FIRST, LAST).outcome == "completed"
    runs = store.SyncRun.select().where(store.SyncRun.outcome == store.SyncOutcome.COMPLETED).count()
    assert runs == 2  # alice's and bob's last; the refused ones recorded nothing


def _syncing() -> bool:
    """Another sync holds the lock and has recorded its start (so its time can be named)."""
    return store.sync_running() and store.SyncOutcome.RUNNING in store.last_sync_runs()


@pytest.mark.parametrize("moment", ["between pages", "inside a page"])
def test_a_dropped_connection_keeps_saved_pages_and_a_rerun_completes(
    demo_gateway, team: Team, postgres_url: str, monkeypatch, moment: str
) -> None:
    """The server ends the sync's connection at page 3: pages 1-2 stay, page 3 is not half-saved.

    The run could not record its end: a viewer's status calls it interrupted, the rerun records it so.
    """
    save = store.save_orders  # the real one
    pages = 0
    saved_before_drop = 0

    def save_then_drop(records, now, sync_run):
        nonlocal pages, saved_before_drop
        pages += 1
        if pages != 3:
            saved_before_drop += len(records) if pages < 3 else 0
            return save(records, now, sync_run)
        if moment == "between pages":
            _terminate_other_backends()
            return save(records, now, sync_run)
        with store.db.atomic():
            counts = save(records, now, sync_run)  # written, not yet committed
            _terminate_other_backends()
        return counts

    store.open_database(postgres_url)
    monkeypatch.setattr(store, "save_orders", save_then_drop)
    with pytest.raises(store.ConnectionLostError, match="page in flight was not saved"):
        service_for(demo_gateway).run(FIRST, LAST)
    monkeypatch.undo()
    assert store.count_orders(store.OrderFilter()) == saved_before_drop > 0
    assert set(store.last_sync_runs()) == {store.SyncOutcome.RUNNING}
    assert not store.sync_running()  # the server released the lock with the connection
    viewer = cli(demo_gateway, team(VIEWER_ROLE), "status")
    status, errors = viewer.communicate(timeout=60)
    assert viewer.returncode == Exit.OK, errors
    assert "Last interrupted sync" in status and "saved are kept" in status and "Last running" not in status
    assert set(store.last_sync_runs()) == {store.SyncOutcome.RUNNING}  # the viewer wrote nothing
    assert service_for(demo_gateway).run(FIRST, LAST).outcome == "completed"
    assert len(stored()) > 2000
    interrupted = store.last_sync_runs()[store.SyncOutcome.INTERRUPTED]
    assert (interrupted.finished_at, store.SyncRun.select().count()) == (None, 2)


def _terminate_other_backends() -> None:
    """What an admin's pg_terminate_backend (or a server restart) does to the sync's connection."""
    params = store.db.obj.connect_params
    with psycopg.connect(dbname=store.db.obj.database, autocommit=True, **params) as killer:
        killer.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
