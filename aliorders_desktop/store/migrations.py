"""Schema versions: create a new database, upgrade an older one, refuse a newer one.

A fresh database gets the current tables in one go. An existing one is brought forward one
version at a time (an SQLite file is first copied aside if a step changes it); each step and its
version bump share one transaction, so a failed upgrade leaves the database at the last version
that completed.
"""

from __future__ import annotations

import itertools
import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from peewee import Database, IntegerField, OperationalError, PostgresqlDatabase, SqliteDatabase
from playhouse.migrate import SchemaMigrator, migrate

from aliorders_desktop import private_files
from aliorders_desktop.i18n import translate

from .errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    ForeignDatabaseError,
    NewerSchemaError,
    UpgradeFailedError,
)
from .models import ALL_MODELS, Order, SchemaVersion, SyncRun

log = logging.getLogger(__name__)

SCHEMA_VERSION = 6
"""The schema this version of aliorders writes. Bump it together with a new `UPGRADES` entry."""

SCHEMA_LOCK_KEY = 0x616C6973  # "alis": the workspace's sync lock is "alio"
"""The PostgreSQL advisory lock held while a process creates or upgrades the schema."""


def _add_totals_index(migrator: SchemaMigrator) -> None:
    """2: a covering index for totals without a paid-time range, in their GROUP BY order.

    Without it, all-time totals sort every row in a temporary B-tree: about 1 s at a million
    orders instead of about 0.2 s (docs/benchmarks.md, B3). Paid time comes third so that new
    orders are appended to their group rather than inserted all over the index.
    """
    columns = (
        "currency",
        "status",
        "paid_at",
        "paid_amount",
        "estimated_paid_commission",
        "estimated_finished_commission",
    )
    migrate(migrator.add_index("orders", columns, False))


def _add_sort_indexes(migrator: SchemaMigrator) -> None:
    """3: on PostgreSQL, indexes in the order the window sorts (see `install_sort_indexes`)."""
    install_sort_indexes(migrator.database)


def _add_sync_run_to_status_changes(migrator: SchemaMigrator) -> None:
    """4: which sync run saw each status change, so "changed in the last sync" is exact.

    Earlier history keeps no run (NULL): nobody can tell any more which sync wrote it.
    """
    migrate(
        migrator.add_column("status_change", "sync_run", IntegerField(null=True)),
        migrator.add_index("status_change", ("sync_run",), False),
    )


def _add_date_basis_indexes(migrator: SchemaMigrator) -> None:
    """5: covering indexes for a range on confirmation or settlement time (`filters.DateBasis`).

    Without them a settled-basis range reads every row: the count, the totals and the earnings
    strip's "landed" figures then cost a table scan at a million orders instead of one index range.
    """
    for time in ("finished_at", "settled_at"):
        columns = (
            time,
            "currency",
            "status",
            "paid_amount",
            "estimated_paid_commission",
            "estimated_finished_commission",
        )
        migrate(migrator.add_index("orders", columns, False))


def _add_sub_ids(migrator: SchemaMigrator) -> None:
    """6: the sub IDs of every order as key and value rows (`sub_ids`), filled from stored orders.

    The table is described here as it was at this version, not by the current model. Pairs are
    parsed in Python (SQL can't parse JSON and query strings alike on both backends), a thousand
    orders at a time in primary-key order. A workspace whose roles exist grants them the new
    table as `aliorders workspace init` would, so syncing keeps working after the upgrade.
    """
    from peewee import AutoField, ForeignKeyField, Model, TextField

    from .sub_ids import parse_sub_ids

    database = migrator.database

    class _Orders(Model):
        id = AutoField()

        class Meta:
            table_name = "orders"

    class SubId(Model):
        id = AutoField()
        order = ForeignKeyField(_Orders, on_delete="CASCADE")
        key = TextField()
        value = TextField()

        class Meta:
            table_name = "sub_id"
            legacy_table_names = False  # as every model: it names the indexes
            indexes = ((("key", "value"), False),)

    with database.bind_ctx((_Orders, SubId)):
        database.create_tables([SubId])
        last = 0
        while True:
            query = (
                f"SELECT id, custom_parameters FROM orders WHERE id > {database.param} "
                "AND custom_parameters IS NOT NULL ORDER BY id LIMIT 1000"
            )
            rows = database.execute_sql(query, (last,)).fetchall()
            if not rows:
                break
            last = rows[-1][0]
            pairs = [(pk, key, value) for pk, text in rows for key, value in parse_sub_ids(text)]
            if pairs:
                SubId.insert_many(pairs, fields=[SubId.order, SubId.key, SubId.value]).execute()
    if isinstance(database, PostgresqlDatabase):
        _grant_sub_ids(database)


def _grant_sub_ids(database: PostgresqlDatabase) -> None:
    """Grant the workspace roles that exist the `sub_id` table as `aliorders workspace init` does.

    Schema-qualified names and catalog lookups only, like every statement run in a workspace
    (`workspace_safety`); the viewer reads and nothing else, nobody gains CREATE.
    """
    schema = quote_name(workspace_schema(database))
    roles = {
        name
        for (name,) in database.execute_sql(
            "SELECT rolname::pg_catalog.text FROM pg_catalog.pg_roles "
            "WHERE rolname IN ('aliorders_admin', 'aliorders_viewer')"
        )
    }
    table, sequence = f"{schema}.{quote_name('sub_id')}", f"{schema}.{quote_name('sub_id_id_seq')}"
    if "aliorders_viewer" in roles:
        database.execute_sql(f'GRANT SELECT ON {table} TO "aliorders_viewer"')
    if "aliorders_admin" in roles:
        database.execute_sql(f'GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO "aliorders_admin"')
        database.execute_sql(f'GRANT USAGE, SELECT ON SEQUENCE {sequence} TO "aliorders_admin"')


class Step(NamedTuple):
    """One upgrade step, and whether it changes an SQLite file at all.

    A step that only changes server databases (`changes_sqlite=False`) still records its version
    in an SQLite file, but spares it the backup copy, which for a large file costs seconds.
    """

    run: Callable[[SchemaMigrator], None]
    changes_sqlite: bool = True


UPGRADES: dict[int, Step] = {
    2: Step(_add_totals_index),
    3: Step(_add_sort_indexes, changes_sqlite=False),
    4: Step(_add_sync_run_to_status_changes),
    5: Step(_add_date_basis_indexes),
    6: Step(_add_sub_ids),
}
"""The step that brings a database *to* each version after 1, e.g.::

    def _add_note(migrator: SchemaMigrator) -> None:
        migrate(migrator.add_column("orders", "note", TextField(null=True)))

    UPGRADES = {2: Step(_add_note)}

Steps describe their own columns (never the current model classes, which may have moved on).
A step that leaves SQLite files alone says so (`changes_sqlite=False`): an SQLite file is copied
aside before an upgrade only if some step in it changes the file. Never change a released step;
add the next one.
"""


def check_schema(database: Database, location: str) -> int:
    """The stored schema version (0 for an empty database), refusing what this version can't use.

    Only reads, so a refused database is left exactly as it was. Plain SQL, not the models: it
    also checks databases the models are not bound to (a workspace being tested, a file to import).
    """
    table = SchemaVersion._meta.table_name
    tables = set(database.get_tables())
    if table not in tables:
        if tables:
            raise ForeignDatabaseError(location)
        return 0
    version = database.execute_sql(f'SELECT MAX(version) FROM "{table}"').fetchone()[0]
    if version is None:
        raise CorruptDatabaseError(location, translate("StoreError", "its schema version is missing"))
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(location, version, SCHEMA_VERSION)
    return version


def upgrade_schema(database: Database, version: int, location: str) -> None:
    """Bring a database at `version` (from `check_schema`) to `SCHEMA_VERSION`.

    Two processes may open the same database at the same moment (a scheduled `aliorders sync`
    and the window, say): each change re-reads the version once it holds the schema lock, so the
    second waits for the first and then finds the work done instead of doing it again.
    """
    if version == 0:
        with schema_change(database):
            version = check_schema(database, location)
            if version == 0:
                database.create_tables(ALL_MODELS)
                install_sort_indexes(database)
                install_change_notifications(database)
                install_sync_lock_table(database)
                SchemaVersion.create(version=SCHEMA_VERSION)
                return
    if version == SCHEMA_VERSION:
        return
    targets = range(version + 1, SCHEMA_VERSION + 1)
    changes_file = any(UPGRADES[target].changes_sqlite for target in targets)
    backup: Path | None = None
    migrator = SchemaMigrator.from_database(database)
    for target in targets:
        try:
            with schema_change(database):
                if check_schema(database, location) < target:
                    if changes_file and backup is None:  # once the lock is held: one copy per upgrade
                        backup = backup_sqlite_file(database, version)
                    log.info("Upgrading the schema to %d (backup: %s)", target, backup)
                    UPGRADES[target].run(migrator)
                    SchemaVersion.update(version=target).execute()
        except OperationalError as exc:
            if _busy(exc):  # another process writes: nothing was changed, so "try again" is all
                raise DatabaseLockedError(location) from exc
            raise UpgradeFailedError(location, target, str(backup) if backup else None, str(exc)) from exc
        except Exception as exc:
            raise UpgradeFailedError(location, target, str(backup) if backup else None, str(exc)) from exc


def _busy(exc: OperationalError) -> bool:
    """Whether SQLite gave up waiting for another connection's lock (its busy timeout passed)."""
    return any(word in str(exc).lower() for word in ("locked", "busy"))


@contextmanager
def schema_change(database: Database) -> Iterator[None]:
    """A transaction in which this process alone changes the schema.

    SQLite: `BEGIN IMMEDIATE` takes the write lock before anything is read, so a second process
    waits for it (up to the busy timeout) instead of failing when its read snapshot turns out to
    be stale. PostgreSQL: a transaction-scoped advisory lock, released at COMMIT or ROLLBACK.
    """
    if isinstance(database, PostgresqlDatabase):
        with database.atomic():
            database.execute_sql("SELECT pg_catalog.pg_advisory_xact_lock(%s::bigint)", (SCHEMA_LOCK_KEY,))
            yield
    else:
        with database.atomic("IMMEDIATE"):
            yield


_SORT_INDEXES = (
    # Replace the models' (column, id) indexes, which PostgreSQL can't read in the window's order.
    "DROP INDEX orders_paid_at_id",
    "CREATE INDEX orders_paid_at_id ON orders (paid_at NULLS FIRST, id)",
    "DROP INDEX orders_status_paid_at_id",
    "CREATE INDEX orders_status_paid_at_id ON orders (status, paid_at NULLS FIRST, id)",
    "DROP INDEX orders_tracking_key_paid_at_id",
    "CREATE INDEX orders_tracking_key_paid_at_id "
    "ON orders (tracking_key NULLS FIRST, paid_at NULLS FIRST, id)",
    # Sorts by ID: NULLS FIRST even on NOT NULL columns, or the planner won't match the ORDER BY.
    "DROP INDEX orders_order_id",
    "CREATE INDEX orders_order_id_id ON orders (order_id NULLS FIRST, id)",
    "DROP INDEX orders_product_id",
    "CREATE INDEX orders_product_id_id ON orders (product_id NULLS FIRST, id)",
    "DROP INDEX orders_sub_order_id",
    "CREATE UNIQUE INDEX orders_sub_order_id ON orders (sub_order_id NULLS FIRST) INCLUDE (id)",
    "CREATE INDEX orders_tracking_key_id ON orders (tracking_key NULLS FIRST, id)",
)


def install_sort_indexes(database: Database) -> None:
    """On PostgreSQL, index the orders in the order the window sorts them: empty values first.

    The window sorts `column ASC NULLS FIRST, id` or `column DESC NULLS LAST, id DESC` (SQLite's
    own NULL order, so its plain (column, id) indexes serve both directions). A default
    PostgreSQL B-tree reads only `ASC NULLS LAST` or `DESC NULLS FIRST`, so every sort read and
    sorted the whole table: 260 ms for the first rows at a million orders, 3 ms with these. The
    superseded indexes are dropped, since each index costs every save. The unique sub-order ID
    index also holds the key, so that sort reads only the index (its values never tie, so `id`
    is not needed for the order). A fresh database gets the same indexes as an upgraded one: both
    run this. SQLite's CREATE INDEX can't say NULLS FIRST, and doesn't need to.
    """
    if not isinstance(database, PostgresqlDatabase):
        return
    for statement in _SORT_INDEXES:
        database.execute_sql(statement)


CHANGE_CHANNEL = "aliorders_orders"
"""The PostgreSQL channel on which every committed change to orders or sync runs is announced."""

NOTIFY_FUNCTION = "aliorders_notify_change"
NOTIFY_BODY = f"""
BEGIN
    PERFORM pg_catalog.pg_notify('{CHANGE_CHANNEL}'::pg_catalog.text, TG_TABLE_NAME::pg_catalog.text);
    RETURN NULL;
END """
"""The trigger function's body. Every name in it is qualified and every argument cast to the exact
types of `pg_catalog.pg_notify(text, text)`: a trigger runs with the rights of whoever wrote to the
table, so a look-alike `pg_notify(text, name)` that someone else planted must never be a better match."""
SAFE_SEARCH_PATH = "pg_catalog, pg_temp"
"""The fixed search path of every function aliorders creates: only the system catalog."""


def workspace_schema(database: Database) -> str:
    """The schema the workspace's tables live in (the first one on the connection's search path)."""
    return database.execute_sql("SELECT pg_catalog.current_schema()").fetchone()[0]


def quote_name(identifier: str) -> str:
    """An SQL identifier, quoted (names of schemas, roles and tables are never bound parameters)."""
    return '"' + identifier.replace('"', '""') + '"'


def install_change_notifications(database: Database) -> None:
    """On PostgreSQL, make every write to orders and sync runs send `NOTIFY aliorders_orders`.

    Statement triggers rather than a NOTIFY in each writer: a sync page, a delete from any window,
    an import or a hand-written UPDATE all announce themselves, and only once committed (the
    server folds a transaction's identical notifications into one). Viewers' windows LISTEN and
    refresh. Idempotent, so `aliorders workspace init` can run it on any existing workspace, which
    also replaces the unqualified function of earlier versions. Everything is schema-qualified and
    the function runs with a fixed search path (see `NOTIFY_BODY`).
    """
    if not isinstance(database, PostgresqlDatabase):
        return
    schema = quote_name(workspace_schema(database))
    function = f"{schema}.{quote_name(NOTIFY_FUNCTION)}"
    database.execute_sql(
        f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql "
        f"SET search_path = {SAFE_SEARCH_PATH} AS $body${NOTIFY_BODY}$body$"
    )
    for model in (Order, SyncRun):
        table = model._meta.table_name
        database.execute_sql(
            f"CREATE OR REPLACE TRIGGER {quote_name(table + '_changed')} "
            f"AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {schema}.{quote_name(table)} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {function}()"
        )


SYNC_LOCK_TABLE = "aliorders_sync_lock"
"""PostgreSQL only: the one row an admin's sync claims (see `workspace.sync_lock`)."""


def install_sync_lock_table(database: Database) -> None:
    """On PostgreSQL, create the sync lock's table and its one row, if missing.

    A table, not an advisory lock: any role may take any advisory lock, but only a role granted
    UPDATE on this table may claim its row, so a viewer can never hold the sync lock.
    """
    if not isinstance(database, PostgresqlDatabase):
        return
    table = f"{quote_name(workspace_schema(database))}.{quote_name(SYNC_LOCK_TABLE)}"
    database.execute_sql(
        f"CREATE TABLE IF NOT EXISTS {table} (id integer PRIMARY KEY CHECK (id = 1), "
        "holder text, pid integer, taken_at timestamp with time zone)"
    )
    database.execute_sql(f"INSERT INTO {table} (id) VALUES (1) ON CONFLICT (id) DO NOTHING")


def backup_sqlite_file(database: Database, version: int) -> Path | None:
    """Copy an SQLite database next to itself before it is changed; returns the copy's path.

    Uses SQLite's online backup, which includes changes still in the WAL file, on a connection of
    its own: the caller's holds the write lock, which a backup through it would wait for forever.
    Never overwrites an earlier copy. A server database is its administrator's to back up
    (returns None).
    """
    if not isinstance(database, SqliteDatabase):
        return None
    source = Path(database.database)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    for attempt in itertools.count(1):
        suffix = "" if attempt == 1 else f"-{attempt}"
        target = source.with_name(f"{source.name}.schema{version}-{stamp}{suffix}.bak")
        try:
            private_files.create_private_file(target)  # the copy holds what the database does
        except FileExistsError:
            continue
        break
    with closing(sqlite3.connect(source)) as reader, closing(sqlite3.connect(target)) as copy:
        reader.backup(copy)
    return target
