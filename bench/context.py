"""What every workload shares: the size, the work folder and the one big store of the run, per engine.

The store workloads (B2, B3) run on SQLite, and with `--postgres` on PostgreSQL too: the same
order stream through the same `store.save_orders`, against a baseline in that engine's own driver
(`Engine.raw`). Everything else runs on the SQLite file alone.
"""

from __future__ import annotations

import sqlite3
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import AbstractContextManager, closing, contextmanager
from dataclasses import dataclass
from functools import cached_property, partial
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit

import psycopg
from psycopg import sql

from aliorders_desktop import store
from tools.postgres_cluster import postgres_database_url

from .data import NOW, Size, order_batches
from .measure import seconds
from .report import Figure, WorkloadResult

LOAD_BATCH = 5_000
"""Sub-orders per `save_orders` call when the store is filled: 100 API pages, one transaction."""

SQLITE_PRAGMAS = ("PRAGMA synchronous = NORMAL", "PRAGMA cache_size = -64000")
"""The app's per-connection settings (store/database.py), so raw SQLite connections work the same way."""

Location = Path | str
"""A database as `store.open_database` takes it: an SQLite file or a PostgreSQL URL."""


class Engine(ABC):
    """One kind of database under the store: where the run's databases live, and the raw driver."""

    driver: ClassVar[str]
    """The DB-API module the baselines use, as the report names it."""
    placeholder: ClassVar[str]
    """How that driver marks a parameter in SQL."""

    def __init__(self, size: Size) -> None:
        self.size = size

    @property
    def store_name(self) -> str:
        """The big store of this size and schema: a new schema gets a new store rather than an upgrade."""
        return f"store-{self.size.name}-schema{store.SCHEMA_VERSION}"

    @property
    def server_version(self) -> str:
        """The server's version for the report; empty for a file."""
        return ""

    @abstractmethod
    def location(self, name: str) -> Location:
        """Where the database called `name` lives."""

    @abstractmethod
    def exists(self, target: Location) -> bool: ...

    @abstractmethod
    def recreate(self, target: Location) -> None:
        """Make `target` a new, empty database (no tables), replacing any."""

    @abstractmethod
    def remove(self, target: Location) -> None: ...

    @abstractmethod
    def raw(self, target: Location) -> AbstractContextManager[Any]:
        """A plain driver connection in autocommit mode, set up as the app sets up its own."""

    def drop_triggers(self, target: Location) -> list[str]:
        """Drop every trigger on the orders table; returns their names (the SQLite schema has none)."""
        return []

    @abstractmethod
    def settle(self) -> None:
        """After a load, with the store open: what the database would do by itself soon after."""

    def scratch(self, name: str) -> Location:
        """The database `name` with the app's current schema and no orders, replacing any."""
        target = self.location(name)
        self.recreate(target)
        store.open_database(target)
        store.close_database()
        return target

    def loaded_store(self) -> Location:
        """The store with every sub-order of this size, built now unless a complete one exists."""
        target = self.location(self.store_name)
        if self.exists(target):
            store.open_database(target)
            try:
                if store.count_orders(store.OrderFilter()) == self.size.orders:
                    return target
            finally:
                store.close_database()
        self.fill(self.scratch(self.store_name))
        return target

    def fill(self, target: Location) -> float:
        """Save every sub-order of this size into the store at `target`, `LOAD_BATCH` per call.

        Returns the seconds spent in `save_orders` alone: generating the records is not the app's work.
        """
        store.open_database(target)
        try:
            spent = sum(
                seconds(partial(store.save_orders, batch, NOW))
                for batch in order_batches(self.size.orders, self.size.days, LOAD_BATCH)
            )
            self.settle()
            return spent
        finally:
            store.close_database()

    def result(self, key: str, title: str, figures: list[Figure]) -> WorkloadResult:
        """A store workload's result, marked with the server it ran on so the report sets it beside SQLite."""
        return WorkloadResult(key, title, figures, postgres=self.server_version)


class SqliteEngine(Engine):
    """Files in the work folder: the big store stays there for later `--only` runs."""

    driver = "sqlite3"
    placeholder = "?"

    def __init__(self, size: Size, work: Path) -> None:
        super().__init__(size)
        self.work = work

    def location(self, name: str) -> Path:
        return self.work / f"{name}.db"

    def exists(self, target: Location) -> bool:
        return Path(target).exists()

    def recreate(self, target: Location) -> None:
        remove_database(Path(target))  # `store.open_database` makes the file

    def remove(self, target: Location) -> None:
        remove_database(Path(target))

    def settle(self) -> None:
        """Nothing: closing the store runs `PRAGMA optimize`, which refreshes the planner's statistics."""

    @contextmanager
    def raw(self, target: Location) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(target, isolation_level=None)) as connection:
            for pragma in SQLITE_PRAGMAS:
                connection.execute(pragma)
            yield connection


class PostgresEngine(Engine):
    """Scratch databases `aliorders_bench_…` on a server, made and dropped through `server` (a URL
    whose user may create databases).

    The big store is kept on the server, like the SQLite file in the work folder: loading a
    million orders takes minutes, and a later `--only B3` run reuses it when it is complete.
    """

    driver = "psycopg"
    placeholder = "%s"

    def __init__(self, size: Size, server: str) -> None:
        super().__init__(size)
        self.server = server

    @cached_property
    def server_version(self) -> str:
        with psycopg.connect(self.server) as connection:
            return connection.execute("SHOW server_version").fetchone()[0].split()[0]

    def location(self, name: str) -> str:
        return postgres_database_url(self.server, "aliorders_bench_" + name.replace("-", "_"))

    def exists(self, target: Location) -> bool:
        with psycopg.connect(self.server) as admin:
            found = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (_database(target),))
            return found.fetchone() is not None

    def recreate(self, target: Location) -> None:
        self.remove(target)
        self._administer("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'", target)

    def remove(self, target: Location) -> None:
        self._administer("DROP DATABASE IF EXISTS {} WITH (FORCE)", target)

    def raw(self, target: Location) -> psycopg.Connection:
        return psycopg.connect(str(target), autocommit=True)  # peewee's connections are autocommit too

    def drop_triggers(self, target: Location) -> list[str]:
        table = store.Order._meta.table_name
        with self.raw(target) as connection:
            found = connection.execute(
                "SELECT tgname FROM pg_trigger WHERE tgrelid = %s::regclass AND NOT tgisinternal", (table,)
            )
            names = [name for (name,) in found.fetchall()]
            for name in names:
                connection.execute(
                    sql.SQL("DROP TRIGGER {} ON {}").format(*map(sql.Identifier, (name, table)))
                )
        return names

    def settle(self) -> None:
        """Planner statistics and the visibility map, as autovacuum would soon make them: B3 should
        not depend on whether autovacuum happened to run yet."""
        store.db.execute_sql("VACUUM ANALYZE")

    def _administer(self, statement: str, target: Location) -> None:
        with psycopg.connect(self.server, autocommit=True) as admin:
            admin.execute(sql.SQL(statement).format(sql.Identifier(_database(target))))


def _database(url: Location) -> str:
    return urlsplit(str(url)).path.lstrip("/")


@dataclass
class Bench:
    """One run: its size, its work folder, and the PostgreSQL server B2 and B3 also run on, if any."""

    size: Size
    work: Path
    postgres_server: str | None = None

    @cached_property
    def sqlite(self) -> SqliteEngine:
        return SqliteEngine(self.size, self.work)

    @cached_property
    def postgres(self) -> PostgresEngine | None:
        return PostgresEngine(self.size, self.postgres_server) if self.postgres_server else None


def remove_database(path: Path) -> None:
    """Delete an SQLite file with its WAL and shared-memory files."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
