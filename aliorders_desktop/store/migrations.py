"""Schema versions: create a new database, upgrade an older one, refuse a newer one.

A fresh database gets the current tables in one go. An existing one is copied aside and then
brought forward one version at a time; each step and its version bump share one transaction,
so a failed upgrade leaves the database at the last version that completed.
"""

from __future__ import annotations

import itertools
import logging
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import datetime
from pathlib import Path

from peewee import Database, PostgresqlDatabase, SqliteDatabase, fn
from playhouse.migrate import SchemaMigrator, migrate

from .errors import (
    CorruptDatabaseError,
    ForeignDatabaseError,
    NewerSchemaError,
    UpgradeFailedError,
)
from .models import ALL_MODELS, Order, SchemaVersion, SyncRun

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2
"""The schema this version of aliorders writes. Bump it together with a new `UPGRADES` entry."""


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


UPGRADES: dict[int, Callable[[SchemaMigrator], None]] = {2: _add_totals_index}
"""The step that brings a database *to* each version after 1, e.g.::

    def _add_note(migrator: SchemaMigrator) -> None:
        migrate(migrator.add_column("orders", "note", TextField(null=True)))

    UPGRADES = {2: _add_note}

Steps describe their own columns (never the current model classes, which may have moved on).
Never change a released step; add the next one.
"""


def check_schema(database: Database, location: str) -> int:
    """The stored schema version (0 for an empty database), refusing what this version can't use.

    Only reads, so a refused database is left exactly as it was.
    """
    tables = set(database.get_tables())
    if SchemaVersion._meta.table_name not in tables:
        if tables:
            raise ForeignDatabaseError(location)
        return 0
    version = SchemaVersion.select(fn.MAX(SchemaVersion.version)).scalar()
    if version is None:
        raise CorruptDatabaseError(location, "its schema version is missing")
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(location, version, SCHEMA_VERSION)
    return version


def upgrade_schema(database: Database, version: int, location: str) -> None:
    """Bring a database at `version` (from `check_schema`) to `SCHEMA_VERSION`."""
    if version == 0:
        with database.atomic():
            database.create_tables(ALL_MODELS)
            install_change_notifications(database)
            SchemaVersion.create(version=SCHEMA_VERSION)
        return
    if version == SCHEMA_VERSION:
        return
    backup = backup_sqlite_file(database, version)
    log.info("Upgrading the schema from %d to %d (backup: %s)", version, SCHEMA_VERSION, backup)
    migrator = SchemaMigrator.from_database(database)
    for target in range(version + 1, SCHEMA_VERSION + 1):
        try:
            with migrator.migration_context():
                UPGRADES[target](migrator)
                SchemaVersion.update(version=target).execute()
        except Exception as exc:
            copy = str(backup) if backup else None
            raise UpgradeFailedError(location, target, copy, str(exc)) from exc


CHANGE_CHANNEL = "aliorders_orders"
"""The PostgreSQL channel on which every committed change to orders or sync runs is announced."""

_NOTIFY_FUNCTION = f"""
CREATE OR REPLACE FUNCTION aliorders_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('{CHANGE_CHANNEL}', TG_TABLE_NAME);
    RETURN NULL;
END $$"""


def install_change_notifications(database: Database) -> None:
    """On PostgreSQL, make every write to orders and sync runs send `NOTIFY aliorders_orders`.

    Statement triggers rather than a NOTIFY in each writer: a sync page, a delete from any window,
    an import or a hand-written UPDATE all announce themselves, and only once committed (the
    server folds a transaction's identical notifications into one). Viewers' windows LISTEN and
    refresh. Idempotent, so `aliorders workspace init` can run it on any existing workspace.
    """
    if not isinstance(database, PostgresqlDatabase):
        return
    database.execute_sql(_NOTIFY_FUNCTION)
    for model in (Order, SyncRun):
        table = model._meta.table_name
        database.execute_sql(
            f'CREATE OR REPLACE TRIGGER "{table}_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE '
            f'ON "{table}" FOR EACH STATEMENT EXECUTE FUNCTION aliorders_notify_change()'
        )


def backup_sqlite_file(database: Database, version: int) -> Path | None:
    """Copy an SQLite database next to itself before it is changed; returns the copy's path.

    Uses SQLite's online backup, which includes changes still in the WAL file. Never overwrites
    an earlier copy. A server database is its administrator's to back up (returns None).
    """
    if not isinstance(database, SqliteDatabase):
        return None
    source = Path(database.database)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    for attempt in itertools.count(1):
        suffix = "" if attempt == 1 else f"-{attempt}"
        target = source.with_name(f"{source.name}.schema{version}-{stamp}{suffix}.bak")
        if not target.exists():
            break
    with closing(sqlite3.connect(target)) as copy:
        database.connection().backup(copy)
    return target
