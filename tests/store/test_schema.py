from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from peewee import TextField
from playhouse.migrate import SchemaMigrator, migrate

from aliorders_desktop.store import (
    SCHEMA_VERSION,
    CorruptDatabaseError,
    DatabaseLockedError,
    DatabaseUnavailableError,
    ForeignDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    OrderFilter,
    ReadOnlyDatabaseError,
    UpgradeFailedError,
    close_database,
    count_orders,
    db,
    migrations,
    open_database,
    save_orders,
)
from aliorders_desktop.store import database as database_module
from aliorders_desktop.store.database import connect
from aliorders_desktop.store.models import ALL_MODELS

from .factory import T0, order_record


@pytest.fixture(autouse=True)
def _close() -> Iterator[None]:
    yield
    close_database()


def sql(path: Path, statement: str) -> list[tuple]:
    """Run one statement with plain sqlite3 (as another program would) and commit."""
    with closing(sqlite3.connect(path)) as conn, conn:
        return conn.execute(statement).fetchall()


def make_database(path: Path, orders: int = 3) -> None:
    open_database(path)
    save_orders([order_record() for _ in range(orders)], T0)
    close_database()


def test_new_database_gets_the_current_version_and_pragmas(db_path: Path) -> None:
    open_database(db_path)
    assert SCHEMA_VERSION == 6
    assert db.execute_sql("SELECT version FROM schema_version").fetchall() == [(6,)]
    pragmas = {
        name: db.execute_sql(f"PRAGMA {name}").fetchone()[0]
        for name in ("journal_mode", "synchronous", "foreign_keys", "cache_size", "busy_timeout")
    }
    assert pragmas == {
        "journal_mode": "wal",
        "synchronous": 1,  # NORMAL
        "foreign_keys": 1,
        "cache_size": -64000,
        "busy_timeout": 10000,
    }


def test_reopening_keeps_the_data_and_makes_no_backup(db_path: Path) -> None:
    make_database(db_path)
    open_database(db_path)
    assert count_orders(OrderFilter()) == 3
    assert list(db_path.parent.glob("*.bak")) == []


def test_open_by_url(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "x.db"
    open_database(f"sqlite:///{path}")
    assert path.exists()
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1


def test_newer_database_is_refused_and_left_untouched(db_path: Path, tmp_path: Path) -> None:
    make_database(db_path)
    sql(db_path, "UPDATE schema_version SET version = 7")
    before = db_path.read_bytes()
    other = tmp_path / "current.db"
    make_database(other)
    open_database(other)

    with pytest.raises(NewerSchemaError) as caught:
        open_database(db_path)
    assert str(caught.value) == (
        "This database was written by a newer version of aliorders (schema 7); this version "
        f"understands up to {SCHEMA_VERSION}. Update aliorders or choose another database."
    )
    assert (caught.value.found, caught.value.supported) == (7, SCHEMA_VERSION)
    assert db_path.read_bytes() == before
    assert count_orders(OrderFilter()) == 3  # the database that was open still is


@pytest.mark.parametrize(
    "content",
    [b"hello", b"Not a database, just some notes.\n" * 200, bytes(range(256)) * 64],
    ids=["tiny", "text", "binary"],
)
def test_a_file_that_is_not_a_database(db_path: Path, content: bytes) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(content)
    with pytest.raises(NotADatabaseError, match="left untouched"):
        open_database(db_path)
    assert db_path.read_bytes() == content
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_a_damaged_database(db_path: Path) -> None:
    make_database(db_path)
    data = bytearray(db_path.read_bytes())
    data[100:500] = b"\x07" * 400  # the schema page, right after the file header
    db_path.write_bytes(bytes(data))
    with pytest.raises(CorruptDatabaseError, match="damaged"):
        open_database(db_path)
    assert db_path.read_bytes() == bytes(data)


def test_another_programs_database_is_refused(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    sql(db_path, "CREATE TABLE notes (body TEXT)")
    before = db_path.read_bytes()
    with pytest.raises(ForeignDatabaseError):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_unusable_locations(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(DatabaseUnavailableError):
        open_database(blocker / "orders.db")
    with pytest.raises(DatabaseUnavailableError):
        open_database("nosuchdb://host/aliorders")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_database(db_path: Path) -> None:
    make_database(db_path)
    db_path.chmod(0o444)
    db_path.parent.chmod(0o555)
    try:
        with pytest.raises((ReadOnlyDatabaseError, DatabaseUnavailableError)):
            open_database(db_path)
    finally:
        db_path.parent.chmod(0o755)
        db_path.chmod(0o644)


NEXT = SCHEMA_VERSION + 1


@pytest.fixture
def next_version(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A current-version database at `db_path`, and this build pretending to know a next schema
    that adds a column. Returns the log of the step's runs."""
    make_database(db_path)
    runs: list[str] = []

    def add_note(migrator: SchemaMigrator) -> None:
        runs.append("add_note")
        migrate(migrator.add_column("sync_run", "note", TextField(null=True)))

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", NEXT)
    monkeypatch.setattr(migrations, "UPGRADES", {**migrations.UPGRADES, NEXT: migrations.Step(add_note)})
    return runs


def columns(path: Path, table: str) -> set[str]:
    return {row[1] for row in sql(path, f"PRAGMA table_info({table})")}


def test_upgrade_copies_the_file_aside_first(db_path: Path, next_version: list[str]) -> None:
    open_database(db_path)

    assert next_version == ["add_note"]
    assert db.execute_sql("SELECT version FROM schema_version").fetchall() == [(NEXT,)]
    assert count_orders(OrderFilter()) == 3
    close_database()
    assert "note" in columns(db_path, "sync_run")

    (backup,) = db_path.parent.glob(f"orders.db.schema{SCHEMA_VERSION}-*.bak")
    assert sql(backup, "SELECT version FROM schema_version") == [(SCHEMA_VERSION,)]
    assert sql(backup, "SELECT COUNT(*) FROM orders") == [(3,)]
    assert "note" not in columns(backup, "sync_run")
    assert sql(backup, "PRAGMA integrity_check") == [("ok",)]

    open_database(db_path)  # already current: no second upgrade, no second copy
    assert next_version == ["add_note"]
    assert len(list(db_path.parent.glob("*.bak"))) == 1


def test_a_failed_upgrade_step_leaves_the_old_version(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_database(db_path)

    def broken(migrator: SchemaMigrator) -> None:
        migrate(migrator.add_column("sync_run", "note", TextField(null=True)))
        raise RuntimeError("step failed halfway")

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", NEXT)
    monkeypatch.setattr(migrations, "UPGRADES", {**migrations.UPGRADES, NEXT: migrations.Step(broken)})
    with pytest.raises(UpgradeFailedError, match="halfway") as caught:
        open_database(db_path)
    assert f"unchanged since schema {SCHEMA_VERSION}" in str(caught.value)
    assert sql(db_path, "SELECT version FROM schema_version") == [(SCHEMA_VERSION,)]
    assert "note" not in columns(db_path, "sync_run")
    (backup,) = db_path.parent.glob("*.bak")
    assert caught.value.backup == str(backup)


def test_an_upgrade_that_meets_another_writer_says_busy_and_copies_the_file_once(
    db_path: Path, next_version: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(database_module._SQLITE_OPTIONS, "timeout", 0.2)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process is writing
    try:
        for _ in range(2):  # the user tries again, and again
            with pytest.raises(DatabaseLockedError, match="busy"):
                open_database(db_path)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert list(db_path.parent.glob("*.bak")) == []

    open_database(db_path)
    assert next_version == ["add_note"]
    assert len(list(db_path.parent.glob("*.bak"))) == 1


def schema(path: Path) -> list[tuple]:
    return sql(path, "SELECT type, name, sql FROM sqlite_master ORDER BY name")


def test_a_new_file_that_another_program_holds_is_waited_for(db_path: Path) -> None:
    """As when the window and a scheduled sync open a new database at the same moment."""
    db_path.parent.mkdir(parents=True)
    other = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # the other program holds the lock of the still empty file
    release = threading.Timer(0.3, other.execute, ["ROLLBACK"])
    release.start()
    try:
        open_database(db_path)
    finally:
        release.join()
        other.close()
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]


def test_a_change_decided_before_another_process_made_it_is_not_made_twice(
    db_path: Path, next_version: list[str]
) -> None:
    """Two processes read the version, then each asks for the schema change in turn: the second
    finds it done once it holds the lock."""
    open_database(db_path)  # this process upgrades to the next version
    close_database()
    tables = schema(db_path)
    late = connect(db_path)
    with late.bind_ctx(ALL_MODELS):  # the process that had read the older versions
        migrations.upgrade_schema(late, 0, str(db_path))
        migrations.upgrade_schema(late, SCHEMA_VERSION, str(db_path))
    late.close()
    assert next_version == ["add_note"]
    assert sql(db_path, "SELECT version FROM schema_version") == [(NEXT,)]
    assert schema(db_path) == tables


def test_a_step_that_leaves_sqlite_files_alone_records_its_version_without_a_copy(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Step 3 only adds PostgreSQL indexes: a schema-2 file is the same as a schema-3 one (as this
    build wrote it when schema 3 was the latest)."""
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 3)
    make_database(db_path)
    sql(db_path, "UPDATE schema_version SET version = 2")
    before = schema(db_path)

    open_database(db_path)
    assert count_orders(OrderFilter()) == 3
    close_database()
    assert sql(db_path, "SELECT version FROM schema_version") == [(3,)]
    assert schema(db_path) == before
    assert list(db_path.parent.glob("*.bak")) == []


BASIS_INDEXES = (
    "orders_finished_at_currency_status_paid_amount_estimated_1b9b328",
    "orders_settled_at_currency_status_paid_amount_estimated__5e7ad2d",
)
"""Schema 5's indexes for a range on confirmation or settlement time."""


def test_a_schema_4_file_gets_the_date_basis_indexes(db_path: Path) -> None:
    make_database(db_path)
    current = schema(db_path)
    for index in BASIS_INDEXES:
        sql(db_path, f"DROP INDEX {index}")
    sql(db_path, "DROP TABLE sub_id")  # schema 6's
    sql(db_path, "UPDATE schema_version SET version = 4")

    open_database(db_path)
    close_database()
    assert sql(db_path, "SELECT version FROM schema_version") == [(6,)]
    assert schema(db_path) == current
    (backup,) = db_path.parent.glob("orders.db.schema4-*.bak")
    assert not set(BASIS_INDEXES) & {name for _, name, _ in schema(backup)}


def test_a_range_with_any_step_that_changes_the_file_is_copied_aside(db_path: Path) -> None:
    """From schema 1, step 2 adds the totals index to the file, so the file is copied first; step 4
    adds the sync run of each status change, step 5 the confirmed and settled range indexes, step 6
    the sub ID table."""
    make_database(db_path)
    current = schema(db_path)
    totals_index = "orders_currency_status_paid_at_paid_amount_estimated_pai_77a2688"
    sql(db_path, f"DROP INDEX {totals_index}")
    sql(db_path, "DROP INDEX status_change_sync_run")
    sql(db_path, "ALTER TABLE status_change DROP COLUMN sync_run")
    for index in BASIS_INDEXES:
        sql(db_path, f"DROP INDEX {index}")
    sql(db_path, "DROP TABLE sub_id")
    sql(db_path, "UPDATE schema_version SET version = 1")

    open_database(db_path)
    close_database()
    assert sql(db_path, "SELECT version FROM schema_version") == [(6,)]
    assert [(kind, name) for kind, name, _ in schema(db_path)] == [(kind, name) for kind, name, _ in current]
    assert "sync_run" in columns(db_path, "status_change")
    (backup,) = db_path.parent.glob("orders.db.schema1-*.bak")
    assert totals_index not in {name for _, name, _ in schema(backup)}


def test_upgrade_to_sub_ids_parses_the_stored_custom_parameters(db_path: Path) -> None:
    """Step 6 creates the sub ID table as a fresh database has it and fills it from stored orders."""
    open_database(db_path)
    texts = ['{"af_sub": "vk", "n": 2}', "af_sub=tg&af_sub2=post%201", "plain words", None]
    save_orders([order_record(custom_parameters=text) for text in texts], T0)
    close_database()
    current = schema(db_path)
    sql(db_path, "DROP TABLE sub_id")
    sql(db_path, "UPDATE schema_version SET version = 5")

    open_database(db_path)
    close_database()
    assert schema(db_path) == current
    assert sorted(sql(db_path, "SELECT key, value FROM sub_id")) == [
        ("", "plain words"),
        ("af_sub", "tg"),
        ("af_sub", "vk"),
        ("af_sub2", "post 1"),
        ("n", "2"),
    ]


def test_integrity_check_after_use(db_path: Path) -> None:
    make_database(db_path, orders=500)
    open_database(db_path)
    assert db.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
