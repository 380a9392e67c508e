"""`aliorders workspace init` and `workspace import`: a local history moves into a workspace once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from store.factory import T0, order_record

from aliorders_desktop import cli, store
from aliorders_desktop.aliexpress.orders import OrderStatus
from aliorders_desktop.store import SaveCounts
from aliorders_desktop.store.workspace import ADMIN_ROLE, VIEWER_ROLE
from aliorders_desktop.workspace_import import import_history

Team = Callable[[str | None], str]
LATER = T0 + timedelta(days=1)


@pytest.fixture
def local(tmp_path: Path) -> Path:
    """A laptop's history: 1,200 orders (more than two import batches), changes and four syncs."""
    path = tmp_path / "laptop.db"
    store.open_database(path)
    records = [order_record() for _ in range(1200)]
    store.save_orders(records, T0)
    store.save_orders([replace(r, status=OrderStatus.CONFIRMED.value) for r in records[:10]], LATER)
    for outcome in (store.SyncOutcome.COMPLETED, store.SyncOutcome.FAILED):
        store.finish_sync_run(
            store.start_sync_run(date(2026, 1, 1), date(2026, 3, 1)), outcome, SaveCounts(), 1
        )
    store.start_sync_run(date(2026, 3, 1), date(2026, 3, 2))  # killed: recorded interrupted by the next
    store.start_sync_run(date(2026, 3, 2), date(2026, 3, 3))  # killed: still "running", not imported
    store.close_database()
    return path


def snapshot() -> tuple[list[store.OrderRow], list[tuple]]:
    """Every order (keys aside) and status change, comparable across databases."""
    rows = store.fetch_rows(store.order_ids(store.OrderFilter(), "sub_order_id", False))
    changes = store.StatusChange.select(store.Order.sub_order_id, store.StatusChange.to_status)
    joined = changes.join(store.Order, on=store.StatusChange.order == store.Order.id)
    return [r._replace(id=0) for r in rows], sorted(joined.tuples())


def test_import_copies_everything_once(local: Path, team: Team) -> None:
    store.open_database(local)
    expected = snapshot()
    store.open_database(team(ADMIN_ROLE))

    first = import_history(local)
    assert first.orders == SaveCounts(new=1200)
    assert (first.status_changes, first.sync_runs) == (1210, 3)
    assert snapshot() == expected
    again = import_history(local)
    assert again.orders == SaveCounts(unchanged=1200)
    assert (again.status_changes, again.sync_runs) == (0, 0)
    assert snapshot() == expected


def test_only_newer_local_rows_replace_workspace_rows(local: Path, team: Team) -> None:
    store.open_database(team(ADMIN_ROLE))
    import_history(local)
    ahead, behind = store.fetch_rows(store.order_ids(store.OrderFilter(), "sub_order_id", False))[10:12]
    later = LATER + timedelta(days=1)
    store.save_orders([_record(ahead, status=OrderStatus.SETTLED.value)], later)  # the workspace moved on
    store.open_database(local)
    store.save_orders([_record(behind, product_title="Renamed")], later)  # the laptop moved on
    store.save_orders([_record(ahead, product_title="Older view")], later)
    store.close_database()

    store.open_database(team(ADMIN_ROLE))
    report = import_history(local)
    assert report.orders == SaveCounts(updated=1, unchanged=1199)
    by_sub = {r.sub_order_id: r for r in store.iter_rows(store.OrderFilter())}
    assert by_sub[behind.sub_order_id].product_title == "Renamed"
    assert by_sub[ahead.sub_order_id].status == OrderStatus.SETTLED.value  # an older view: kept out
    assert by_sub[ahead.sub_order_id].product_title != "Older view"


def _record(row: store.OrderRow, **changes: object):
    fields = {name: getattr(row, name) for name in order_record().__dataclass_fields__}
    return type(order_record())(**(fields | changes))


def test_an_import_holds_the_sync_lock_and_is_refused_while_a_sync_runs(local: Path, team: Team) -> None:
    alice = team(ADMIN_ROLE)
    with psycopg.connect(alice, autocommit=True) as syncing:  # another admin's sync holds the lock
        syncing.execute("UPDATE aliorders_sync_lock SET holder = current_user, pid = pg_backend_pid()")
        store.open_database(alice)
        with pytest.raises(store.SyncInProgressError):
            import_history(local)
        assert store.count_orders(store.OrderFilter()) == 0
        syncing.execute("UPDATE aliorders_sync_lock SET holder = NULL, pid = NULL")

        free_meanwhile = []
        check = "SELECT pid IS NULL FROM aliorders_sync_lock"
        import_history(local, lambda _done: free_meanwhile.append(syncing.execute(check).fetchone()[0]))
    assert free_meanwhile and not any(free_meanwhile)  # no sync could start during the import
    assert store.count_orders(store.OrderFilter()) == 1200


def test_imported_syncs_never_pass_for_the_workspace_s_last_sync(tmp_path: Path, team: Team) -> None:
    def completed(started: datetime) -> store.SyncRun:
        run = store.start_sync_run(date(2026, 1, 1), date(2026, 3, 1), now=started)
        return store.finish_sync_run(run, store.SyncOutcome.COMPLETED, SaveCounts(), 1, now=started)

    laptop = tmp_path / "laptop.db"
    store.open_database(laptop)
    completed(T0)
    store.close_database()
    store.open_database(team(ADMIN_ROLE))
    own = completed(LATER)

    assert import_history(laptop).sync_runs == 1
    assert store.SyncRun.select().count() == 2
    assert store.last_successful_sync().id == own.id
    assert store.last_sync_runs()[store.SyncOutcome.COMPLETED].id == own.id


def test_a_viewer_cannot_import(local: Path, team: Team) -> None:
    store.open_database(team(VIEWER_ROLE))
    with pytest.raises(store.ViewOnlyError):
        import_history(local)


def test_a_missing_or_foreign_file_is_refused(tmp_path: Path, team: Team) -> None:
    store.open_database(team(ADMIN_ROLE))
    with pytest.raises(store.DatabaseUnavailableError, match="no such file"):
        import_history(tmp_path / "nothing.db")
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(store.NotADatabaseError):
        import_history(tmp_path / "notes.txt")


def test_the_cli_sets_up_a_workspace_and_imports(local: Path, postgres_url: str, capsys) -> None:
    assert cli.main(["workspace", "init", "--db", postgres_url]) == cli.Exit.OK
    out = capsys.readouterr().out
    assert "IN ROLE aliorders_viewer" in out and "IN ROLE aliorders_admin" in out
    assert f"aliorders --db postgresql://NAME@{postgres_url.rsplit('@', 1)[1]}\n" in out
    assert cli.main(["--db", postgres_url, "workspace", "init"]) == cli.Exit.OK  # idempotent
    capsys.readouterr()
    assert cli.main(["workspace", "import", "--from", str(local), "--db", postgres_url]) == cli.Exit.OK
    assert "1200 new, 0 updated, 0 unchanged" in capsys.readouterr().out
    assert cli.main(["workspace", "import", "--from", str(local), "--db", postgres_url]) == cli.Exit.OK
    assert "0 new, 0 updated, 1200 unchanged" in capsys.readouterr().out


def test_the_cli_wants_a_postgresql_url(local: Path, capsys) -> None:
    assert cli.main(["workspace", "init", "--db", str(local)]) == cli.Exit.USAGE
    assert "lives on PostgreSQL" in capsys.readouterr().err
