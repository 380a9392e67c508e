"""Schema 3 on PostgreSQL: indexes in the window's sort order, the same for fresh and upgraded
workspaces, and an older workspace that only its owner may upgrade."""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable, Iterator
from datetime import timedelta

import psycopg
import pytest
from postgres.support import scratch_database
from store.factory import T0, order_record
from store.test_schema import BASIS_INDEXES

from aliorders_desktop import cli, store
from aliorders_desktop.aliexpress.orders import OrderStatus
from aliorders_desktop.store import SCHEMA_VERSION, OrderFilter, migrations, workspace
from aliorders_desktop.store.workspace import ADMIN_ROLE, VIEWER_ROLE

Team = Callable[[str | None], str]


def create_at_schema_2(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Create a workspace as schema 2 did: the same tables, without steps 3 to 6."""
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "SCHEMA_VERSION", 2)
        patch.setattr(migrations, "install_sort_indexes", lambda database: None)
        store.open_database(url)
        workspace.init_workspace()
        store.save_orders([order_record() for _ in range(5)], T0)
        store.close_database()
    with psycopg.connect(url) as connection:
        connection.execute("ALTER TABLE status_change DROP COLUMN sync_run")  # and its index
        connection.execute("DROP TABLE sub_id")
        for index in BASIS_INDEXES:  # schema 5's
            connection.execute(f"DROP INDEX {index}")


def indexes(url: str) -> list[tuple[str, str, str]]:
    """Every index of the workspace's tables: (table, name, definition)."""
    with psycopg.connect(url) as connection:
        return connection.execute(
            "SELECT tablename, indexname, indexdef FROM pg_indexes "
            "WHERE schemaname = current_schema() ORDER BY tablename, indexname"
        ).fetchall()


def version(url: str) -> int:
    with psycopg.connect(url) as connection:
        return connection.execute("SELECT version FROM schema_version").fetchone()[0]


@pytest.fixture
def fresh_url(postgres_server: str) -> Iterator[str]:
    """A second empty database, for comparing a fresh workspace with an upgraded one."""
    with scratch_database(postgres_server) as url:
        yield url


def test_a_schema_change_waits_for_one_another_process_is_making(postgres_url: str) -> None:
    """As when two admins open a new, empty workspace at the same moment."""
    events: list[str] = []

    def release() -> None:
        events.append("released")
        other.commit()

    with psycopg.connect(postgres_url) as other:
        other.execute("SELECT pg_advisory_xact_lock(%s)", (migrations.SCHEMA_LOCK_KEY,))
        timer = threading.Timer(0.5, release)
        timer.start()
        store.open_database(postgres_url)
        events.append("opened")
        timer.join()
    store.close_database()
    assert events == ["released", "opened"]
    with psycopg.connect(postgres_url) as connection:
        assert connection.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]


def test_an_upgraded_workspace_gets_exactly_the_indexes_of_a_fresh_one(
    postgres_url: str, fresh_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_at_schema_2(postgres_url, monkeypatch)
    old = {name: definition for _, name, definition in indexes(postgres_url)}
    assert old["orders_paid_at_id"].endswith("(paid_at, id)")
    assert old["orders_order_id"].endswith("(order_id)")

    store.open_database(postgres_url)
    assert store.count_orders(OrderFilter()) == 5
    store.close_database()
    store.open_database(fresh_url)
    store.close_database()

    assert version(postgres_url) == version(fresh_url) == SCHEMA_VERSION
    with psycopg.connect(postgres_url) as connection:  # step 6 parsed the stored custom parameters
        pairs = connection.execute("SELECT key, COUNT(*) FROM sub_id GROUP BY key").fetchall()
    assert pairs == [("af_sub", 5)]
    upgraded = indexes(postgres_url)
    assert upgraded == indexes(fresh_url)
    new = {name: definition for _, name, definition in upgraded}
    assert new["orders_paid_at_id"].endswith("(paid_at NULLS FIRST, id)")
    assert new["orders_order_id_id"].endswith("(order_id NULLS FIRST, id)")
    assert new["orders_sub_order_id"].endswith("(sub_order_id NULLS FIRST) INCLUDE (id)")
    assert set(old) - set(new) == {"orders_order_id", "orders_product_id"}  # superseded, so dropped
    assert set(new) - set(old) == {
        "orders_order_id_id",
        "orders_product_id_id",
        "orders_tracking_key_id",
        "status_change_sync_run",
        "sub_id_key_value",
        "sub_id_order_id",
        "sub_id_pkey",
        *(name[:63] for name in BASIS_INDEXES),  # PostgreSQL cuts names at 63 bytes
    }


@pytest.fixture(scope="module")
def filled_url(postgres_server: str) -> Iterator[str]:
    """A workspace of 30,000 varied orders with fresh statistics, as after autovacuum."""
    with scratch_database(postgres_server) as url:
        fill_with_varied_orders(url)
        yield url


def fill_with_varied_orders(url: str) -> None:
    rng = random.Random(3)
    statuses = [s.value for s in OrderStatus]
    store.open_database(url)
    order_id = 8_100_000_000_000_000
    for start in range(0, 30_000, 5000):
        batch = []
        for n in range(start, start + 5000):
            order_id += rng.choice((0, 0, rng.randint(1, 5000)))  # checkouts of several sub-orders
            batch.append(
                order_record(
                    order_id=order_id,
                    status=rng.choice(statuses),
                    tracking_id=None if rng.random() < 0.1 else rng.choice(("blog", "tg_deals", "yt")),
                    product_id=1_005_000_000_000_000 + rng.randrange(300),
                    paid_at=T0 + timedelta(minutes=n, seconds=rng.randrange(60)),
                )
            )
        store.save_orders(batch, T0)
    store.db.execute_sql("VACUUM ANALYZE")
    store.close_database()


def statements_of(call: Callable[[], object], caplog: pytest.LogCaptureFixture) -> list[tuple[str, list]]:
    """The SQL statements (with parameters) that `call` runs."""
    caplog.clear()
    with caplog.at_level(logging.DEBUG, logger="peewee"):  # peewee logs each (sql, params)
        call()
    return [
        record.msg for record in caplog.records if record.name == "peewee" and isinstance(record.msg, tuple)
    ]


def plan_of(statement: tuple[str, list]) -> dict:
    """The planner's choice for a statement, from the table's statistics (EXPLAIN, not run)."""
    sql, params = statement
    return store.db.execute_sql(f"EXPLAIN (FORMAT JSON) {sql}", params).fetchone()[0][0]["Plan"]


def plan_nodes(plan: dict) -> Iterator[dict]:
    yield plan
    for child in plan.get("Plans", ()):
        yield from plan_nodes(child)


@pytest.mark.parametrize(
    ("sort", "order_filter", "index"),
    [
        ("paid_at", OrderFilter(), "orders_paid_at_id"),
        ("order_id", OrderFilter(), "orders_order_id_id"),
        ("product_id", OrderFilter(), "orders_product_id_id"),
        ("tracking_id", OrderFilter(), "orders_tracking_key_id"),
        ("paid_at", OrderFilter(statuses=frozenset({OrderStatus.SETTLED.value})), "orders_status_paid_at_id"),
    ],
    ids=["default", "order_id", "product_id", "tracking_id", "status_filter"],
)
@pytest.mark.parametrize("descending", [True, False], ids=["desc", "asc"])
def test_a_window_reads_its_keys_from_an_index_in_sort_order(
    filled_url: str,
    sort: str,
    order_filter: OrderFilter,
    index: str,
    descending: bool,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The window's first rows come from walking one index: no sort of every matching row."""
    store.open_database(filled_url)
    window = statements_of(lambda: store.fetch_window(order_filter, sort, descending, 0, 200), caplog)
    (keys,) = [statement for statement in window if "LIMIT" in statement[0]]
    (limit,) = (node for node in plan_nodes(plan_of(keys)) if node["Node Type"] == "Limit")
    below = list(plan_nodes(limit))
    assert [n["Node Type"] for n in below if "Sort" in n["Node Type"]] == []
    scans = [n for n in below if n.get("Relation Name") == "orders"]
    assert [(n["Node Type"], n["Index Name"]) for n in scans] == [("Index Only Scan", index)]
    assert scans[0]["Scan Direction"] == ("Backward" if descending else "Forward")


def test_a_viewer_or_admin_is_told_only_the_owner_may_upgrade(
    team: Team, postgres_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    viewer, admin = team(VIEWER_ROLE), team(ADMIN_ROLE)
    with psycopg.connect(postgres_url, autocommit=True) as owner:
        owner.execute(
            "DROP TABLE orders, status_change, sub_id, sync_run, schema_version, aliorders_sync_lock"
        )
    create_at_schema_2(postgres_url, monkeypatch)
    before = indexes(postgres_url)
    host = postgres_url.rsplit("@", 1)[1]

    for member in (viewer, admin):
        user = member.split("://", 1)[1].split(":", 1)[0]
        with pytest.raises(store.WorkspaceUpgradeNeededError) as tested:
            workspace.probe(member)  # Settings' Test connection says so before anything switches
        with pytest.raises(store.WorkspaceUpgradeNeededError) as refused:
            store.open_database(member)
        assert str(tested.value) == str(refused.value)
        assert str(refused.value) == (
            f"The workspace postgresql://{user}@{host} was set up by an older version of aliorders "
            f"(schema 2); this version needs schema {SCHEMA_VERSION}. Only whoever set up the workspace "
            "(postgres) may upgrade it, by running this version of aliorders with: aliorders workspace "
            f"init --db postgresql://postgres@{host}. The orders in it stay as they are. Until then, use the "
            "older version."
        )
    assert cli.main(["--db", viewer, "status"]) == cli.Exit.DATABASE
    printed = capsys.readouterr().err
    assert f"needs schema {SCHEMA_VERSION}" in printed
    assert "aliorders workspace init --db postgresql://postgres@" in printed
    assert (version(postgres_url), indexes(postgres_url)) == (2, before)

    assert cli.main(["workspace", "init", "--db", postgres_url]) == cli.Exit.OK
    assert version(postgres_url) == SCHEMA_VERSION
    assert any(d.endswith("(paid_at NULLS FIRST, id)") for _, _, d in indexes(postgres_url))
    store.open_database(viewer)
    assert store.count_orders(OrderFilter()) == 5
    store.open_database(admin)
    assert store.permissions().can_sync
    store.save_orders([order_record()], T0)
    assert store.count_orders(OrderFilter()) == 6


@pytest.mark.parametrize(
    "order_filter",
    [OrderFilter(paid_from=T0 + timedelta(days=10)), OrderFilter(statuses=frozenset({"Invalid"}))],
    ids=["paid_range", "status"],
)
def test_filtered_totals_read_only_a_covering_index(
    filled_url: str, order_filter: OrderFilter, caplog: pytest.LogCaptureFixture
) -> None:
    """Every column the totals need is in the covering indexes, so no table row is read."""
    store.open_database(filled_url)
    (query,) = statements_of(lambda: store.totals(order_filter), caplog)
    scans = [n for n in plan_nodes(plan_of(query)) if n.get("Relation Name") == "orders"]
    assert [n["Node Type"] for n in scans] == ["Index Only Scan"]


def test_upgrading_to_sub_ids_keeps_the_roles_able_to_sync_and_read(
    team: Team, postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The owner's upgrade grants the new table as `workspace init` would, without running it."""
    viewer, admin = team(VIEWER_ROLE), team(ADMIN_ROLE)
    with psycopg.connect(postgres_url, autocommit=True) as owner:
        owner.execute("DROP TABLE sub_id")
        owner.execute("UPDATE schema_version SET version = 5")
        owner.execute("INSERT INTO orders (sub_order_id, order_id, status, custom_parameters, first_seen_at, "
                      "updated_at) VALUES (1, 1, 'Payment Completed', 'af_sub=vk', 0, 0)")  # fmt: skip
    store.open_database(postgres_url)  # the owner opens it: the upgrade
    store.close_database()
    store.open_database(admin)
    assert store.permissions().can_sync
    store.save_orders([order_record(custom_parameters="af_sub=tg")], T0)
    store.open_database(viewer)
    assert store.count_orders(OrderFilter(sub_id="af_sub=vk")) == 1
    assert store.count_orders(OrderFilter(sub_id="tg")) == 1
