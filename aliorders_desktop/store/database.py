"""Opening and closing the order database: SQLite by default, any peewee database URL otherwise."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import suppress
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import TypeVar

import platformdirs
from peewee import Database, PeeweeException, SqliteDatabase
from playhouse import db_url

from .errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    DatabaseUnavailableError,
    DiskFullError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    StoreError,
)
from .migrations import check_schema, upgrade_schema
from .models import ALL_MODELS, db

_SQLITE_OPTIONS = {
    # Per connection. WAL is switched on once, after the schema check, because it persists in
    # the file: a database this version refuses must stay byte-for-byte as it was.
    "pragmas": {"synchronous": "normal", "foreign_keys": 1, "cache_size": -64000},
    # Seconds a connection waits for another one's write lock before "database is locked".
    "timeout": 10,
    # Writers take the lock at BEGIN, so a read-then-write transaction never fails halfway.
    "lock_type": "IMMEDIATE",
}

MAX_BOUND_VARIABLES = 32766 if sqlite3.sqlite_version_info >= (3, 32, 0) else 999
"""Most parameters one statement may bind (SQLite's limit; PostgreSQL allows more)."""

T = TypeVar("T")


def batches(values: Iterable[T], size: int = MAX_BOUND_VARIABLES) -> Iterator[list[T]]:
    """`values` in lists of at most `size`, e.g. to keep `IN (…)` under the bound-variable limit.

    (peewee's `chunked` pads every batch to `size` first, which is slow for a large `size`.)
    """
    iterator = iter(values)
    while batch := list(islice(iterator, size)):
        yield batch


def default_database_path() -> Path:
    """Where the orders live unless the user picks another file."""
    return Path(platformdirs.user_data_dir("aliorders", appauthor=False)) / "orders.db"


def open_database(target: str | Path) -> Database:
    """Open (creating or upgrading as needed) the database at a path or URL and bind `db` to it.

    `target` is an SQLite file path, or a URL such as `sqlite:///orders.db` or
    `postgresql://user@host/aliorders`. On failure a `StoreError` says what is wrong, the
    user's file is left as it was, and `db` keeps pointing at whatever it pointed at before.
    """
    try:
        database = _connect(target)
    except (PeeweeException, RuntimeError, ValueError) as exc:  # a malformed or unknown URL
        raise DatabaseUnavailableError(str(target), str(exc)) from exc
    location = describe_location(database)
    try:
        _prepare(database, location)
    except (StoreError, PeeweeException, OSError) as exc:
        database.close()
        if isinstance(exc, StoreError):
            raise
        raise explain_error(exc, location) from exc
    close_database()
    db.initialize(database)
    return database


def close_database() -> None:
    """Close this thread's connection (worker threads close theirs via `db.connection_context()`)."""
    if db.obj is None or db.is_closed():
        return
    if isinstance(db.obj, SqliteDatabase):
        # Refreshes the statistics SQLite's planner uses to choose between our indexes. Only an
        # optimisation: if another connection holds the write lock, skip it rather than fail.
        with suppress(PeeweeException):
            db.execute_sql("PRAGMA optimize")
    db.close()


def describe_location(database: Database) -> str:
    """Where the orders live, for titles and messages; never shows a password."""
    if isinstance(database, SqliteDatabase):
        return str(Path(database.database).resolve())
    params = database.connect_params
    user = f"{params['user']}@" if "user" in params else ""
    port = f":{params['port']}" if "port" in params else ""
    kind = type(database).__name__.removesuffix("Database").lower()
    return f"{kind}://{user}{params.get('host', 'localhost')}{port}/{database.database}"


def _connect(target: str | Path) -> Database:
    if isinstance(target, Path) or "://" not in target:
        return SqliteDatabase(str(Path(target).expanduser()), **_SQLITE_OPTIONS)
    if target.startswith("sqlite"):
        return db_url.connect(target, **_SQLITE_OPTIONS)
    return db_url.connect(target)


def _prepare(database: Database, location: str) -> None:
    """Create the folder, check the schema, switch SQLite to WAL, create or upgrade the tables."""
    if isinstance(database, SqliteDatabase):
        Path(database.database).parent.mkdir(parents=True, exist_ok=True)
    # The models point at the new database only while it is checked: a refused one never
    # replaces the database that is open.
    with database.bind_ctx(ALL_MODELS):
        version = check_schema(database, location)
        if isinstance(database, SqliteDatabase):
            database.pragma("journal_mode", "wal")
        upgrade_schema(database, version, location)


def explain_error(exc: Exception, location: str | None = None) -> StoreError:
    """Turn a driver error into the message the user needs (`location` defaults to the open db)."""
    if location is None:
        location = describe_location(db.obj) if db.obj is not None else "the database"
    # SQLite rolls a failed write back itself; the driver's own rollback then fails with "no
    # transaction is active" and hides the cause, which is in the exception's context.
    text = " ".join(str(e).lower() for e in _chain(exc))
    if "database or disk is full" in text or "no space left" in text:
        return DiskFullError(location)
    if "file is not a database" in text:
        return NotADatabaseError(location)
    if "malformed" in text or "corrupt" in text:
        return CorruptDatabaseError(location, str(exc))
    if "readonly" in text or "read-only" in text or _unwritable(location):
        return ReadOnlyDatabaseError(location)
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(location)
    detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return DatabaseUnavailableError(location, detail)


def move_aside(path: str | Path) -> Path:
    """Rename an unusable database file (and its WAL files) out of the way, keeping every byte.

    Only done when the user agreed; the renamed file stays next to the original for recovery.
    """
    source = Path(path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = source.with_name(f"{source.name}.unusable-{stamp}")
    source.rename(target)
    for suffix in ("-wal", "-shm"):
        companion = source.with_name(source.name + suffix)
        if companion.exists():
            companion.rename(target.with_name(target.name + suffix))
    return target


def _unwritable(location: str) -> bool:
    """An existing SQLite file whose file or folder cannot be written (read-only disk or rights)."""
    path = Path(location)
    return path.is_file() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception and everything it was raised from or during, each once."""
    seen: set[int] = set()
    pending = [exc]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        pending += [e for e in (current.__cause__, current.__context__) if e is not None]
