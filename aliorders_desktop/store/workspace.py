"""A team workspace on PostgreSQL: who may do what, one sync at a time, and change announcements.

The database enforces everything here. Roles and grants decide who may write (the app only asks
the server what the connected user may do, to hide what would fail anyway); a row that only admins
may update makes a second admin's sync wait its turn (it is free again once the syncing connection
is gone); and triggers announce every committed change on a LISTEN/NOTIFY channel that the
viewers' windows follow. `workspace_safety` keeps members from running code as one another.
On an SQLite file there is one user and only the sync lock applies, as an OS lock on a file
beside the database (`sync_lock_file`).
No Qt here: `ui/workspace_watch.py` wraps `ChangeListener` for the window.
"""

from __future__ import annotations

import getpass
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime

import psycopg
from peewee import PeeweeException, PostgresqlDatabase

from aliorders_desktop.i18n import translate

from .database import (
    check_openable,
    check_server_access,
    connect,
    describe_location,
    explain_error,
    is_server,
    not_secured,
    secrets_kept_out,
    sqlstates,
)
from .errors import StoreError, SyncInProgressError
from .migrations import CHANGE_CHANNEL, SYNC_LOCK_TABLE, quote_name, workspace_schema
from .models import Order, SchemaVersion, StatusChange, SubId, SyncRun, db
from .privileges import current_user, has_privileges
from .sync_lock_file import SyncLockFile
from .sync_runs import SyncOutcome
from .workspace_safety import (
    ADMIN_ROLE,
    VIEWER_ROLE,
    foreign_routines,
    other_creators,
    revoke_statement,
    secure_workspace,
)

log = logging.getLogger(__name__)

__all__ = ["ADMIN_ROLE", "VIEWER_ROLE"]  # defined with the rest of the workspace's safety

_DATA_TABLES = tuple(model._meta.table_name for model in (Order, StatusChange, SubId, SyncRun))
_SYNC_GRANTS = {
    Order._meta.table_name: ("SELECT", "INSERT", "UPDATE"),
    StatusChange._meta.table_name: ("SELECT", "INSERT"),
    SubId._meta.table_name: ("SELECT", "INSERT", "DELETE"),  # a save replaces an order's sub IDs
    SyncRun._meta.table_name: ("SELECT", "INSERT", "UPDATE"),
}
_DELETE_GRANTS = {
    Order._meta.table_name: ("DELETE",),
    StatusChange._meta.table_name: ("DELETE",),
    SubId._meta.table_name: ("DELETE",),
}


@dataclass(frozen=True)
class Permissions:
    """What the connected user may do; the window hides what it may not."""

    can_sync: bool
    can_delete: bool
    user: str


def permissions() -> Permissions:
    """Ask the open database what this user may do (on SQLite: everything, as the OS user)."""
    if not is_server():
        return Permissions(can_sync=True, can_delete=True, user=_os_user())
    try:
        return _permissions_of(db.obj, current_user(db.obj))
    except PeeweeException as exc:
        raise explain_error(exc) from exc


def _permissions_of(database: PostgresqlDatabase, user: str) -> Permissions:
    return Permissions(
        can_sync=has_privileges(database, _SYNC_GRANTS, serials=_DATA_TABLES),
        can_delete=has_privileges(database, _DELETE_GRANTS),
        user=user,
    )


@dataclass(frozen=True)
class WorkspaceProbe:
    """What `probe` found: where, who, what they may do, and whether the tables exist yet."""

    location: str
    permissions: Permissions
    set_up: bool


def probe(target: str, password: str = "") -> WorkspaceProbe:
    """Connect to a workspace on its own connection, look, and disconnect; the open one is untouched.

    For Settings' "Test connection" on a worker thread: raw SQL only, never the models (which are
    bound to the open database). Raises the `StoreError` that opening it would raise.
    """
    database = connect(target)
    if password:
        database.connect_params["password"] = password
    location = describe_location(database)
    try:
        with secrets_kept_out(target, database):
            return _probe(database, location)
    finally:
        database.close()


def _probe(database: PostgresqlDatabase, location: str) -> WorkspaceProbe:
    try:
        check_server_access(database, location)
        user = current_user(database)
        if check_openable(database, location) == 0:
            # Opening it creates the tables, owned by this user: everything will be allowed.
            return WorkspaceProbe(location, Permissions(can_sync=True, can_delete=True, user=user), False)
        return WorkspaceProbe(location, _permissions_of(database, user), True)
    except PeeweeException as exc:
        raise explain_error(exc, location) from exc


def init_workspace() -> tuple[str, ...]:
    """Give the open PostgreSQL database its two roles' grants, change announcements and sync lock,
    and take CREATE on its schema from everyone but its owner; returns whom CREATE was revoked from.

    The schema itself was created by `open_database`. Run by a superuser or the database owner
    (creating the roles needs CREATEROLE). Idempotent: running it again repairs drifted grants,
    e.g. it takes back a write privilege someone gave the viewer role by hand, and secures a
    workspace set up by an earlier version (`workspace_safety`). Raises `StoreError` if someone
    may still create in the schema afterwards, with the statement a superuser runs to fix it.
    """
    if not is_server():
        raise ValueError("A team workspace needs a PostgreSQL database.")
    database: PostgresqlDatabase = db.obj
    name, schema = database.execute_sql("SELECT current_database(), current_schema()").fetchone()
    admin, viewer = _quote(ADMIN_ROLE), _quote(VIEWER_ROLE)
    statements = [
        *(_create_role(role) for role in (ADMIN_ROLE, VIEWER_ROLE)),
        f"GRANT CONNECT ON DATABASE {_quote(name)} TO {admin}, {viewer}",
        f"GRANT USAGE ON SCHEMA {_quote(schema)} TO {admin}, {viewer}",
        f"GRANT SELECT ON {_quote(SchemaVersion._meta.table_name)} TO {admin}, {viewer}",
    ]
    for table in map(_quote, _DATA_TABLES):
        statements += [
            f"GRANT SELECT ON {table} TO {viewer}",
            f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {table} FROM {viewer}",
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO {admin}",
        ]
    statements += [
        f"GRANT USAGE, SELECT ON SEQUENCE {_quote(f'{table}_id_seq')} TO {admin}" for table in _DATA_TABLES
    ]
    try:
        with database.atomic():
            for statement in statements:
                database.execute_sql(statement)
            revoked = secure_workspace(database, (ADMIN_ROLE, VIEWER_ROLE))
        if creators := other_creators(database):
            still = translate(
                "StoreError",
                "Other database users ({roles}) may still create objects in the workspace's schema, "
                "where they could plant code that runs with an admin's rights; only a superuser can "
                "take that right back here. Ask one to run: {statement}",
            )
            still = still.format(roles=", ".join(creators), statement=revoke_statement(database, creators))
            raise StoreError(describe_location(database), still)
        return revoked
    except PeeweeException as exc:
        if "42501" in sqlstates(exc):
            needs = translate(
                "StoreError",
                "Setting up the workspace needs a PostgreSQL superuser, or the database owner with "
                "the CREATEROLE right ({detail}).",
            )
            raise StoreError(describe_location(database), needs.format(detail=str(exc).strip())) from exc
        raise explain_error(exc) from exc


def foreign_objects() -> list[tuple[str, str]]:
    """Functions and operators in the open workspace's schema made by other users, with their
    owners: suspects a member may have planted while they could create there (`foreign_routines`)."""
    try:
        return foreign_routines(db.obj)
    except PeeweeException as exc:
        raise explain_error(exc) from exc


@contextmanager
def sync_lock() -> Iterator[None]:
    """Hold the database's sync lock for the duration of a sync; refuse if another sync holds it.

    Raises `SyncInProgressError` naming who and when (the running sync's start). In a workspace
    the lock is the one row of `aliorders_sync_lock`, claimed with this connection's process ID:
    only a role granted UPDATE on it (the admins) may claim it, so a viewer can never block a sync,
    as it could any advisory lock. A claim counts while that server process lives, so a dead
    connection frees it; this connection is pinned meanwhile, so a reconnect never drops it
    silently. On an SQLite file it is an OS lock on a file beside it (`SyncLockFile`), released by
    the OS if this process dies.
    """
    if not is_server():
        with _file_sync_lock():
            yield
        return
    database = db.obj
    with database.pinned_session():
        try:
            table = _sync_lock_table()
            if table is None:
                problem = translate("StoreError", "it has no sync lock that only admins can take.")
                raise not_secured(database, describe_location(database), problem)
            with db.atomic():
                if db.execute_sql(_CLAIMED_BY_ANOTHER.format(table=table)).fetchone()[0]:
                    raise SyncInProgressError(describe_location(database), *_sync_holder())
                db.execute_sql(_CLAIM.format(table=table))
        except PeeweeException as exc:
            raise explain_error(exc) from exc
        try:
            yield
        finally:
            with suppress(PeeweeException):  # a lost connection has freed it already
                db.execute_sql(_RELEASE.format(table=table))


_LIVE_CLAIM = (
    "l.pid IS NOT NULL AND EXISTS (SELECT FROM pg_catalog.pg_stat_activity a WHERE a.pid = l.pid "
    "AND a.usename::pg_catalog.text = l.holder AND a.datname = pg_catalog.current_database())"
)
"""The lock row's claim is held: its server process still runs, as the user who claimed it."""
_CLAIMED_BY_ANOTHER = (
    f"SELECT {_LIVE_CLAIM} AND l.pid <> pg_catalog.pg_backend_pid() FROM {{table}} l WHERE l.id = 1 "
    "FOR UPDATE"  # needs UPDATE on the table: admins only. Two admins claiming at once take turns here.
)
_CLAIM = (
    "UPDATE {table} SET holder = CURRENT_USER, pid = pg_catalog.pg_backend_pid(), "
    "taken_at = pg_catalog.now() WHERE id = 1"
)
_RELEASE = (
    "UPDATE {table} SET holder = NULL, pid = NULL, taken_at = NULL "
    "WHERE id = 1 AND pid = pg_catalog.pg_backend_pid()"
)


def _sync_lock_table() -> str | None:
    """The sync lock's qualified table name, or None in a workspace its owner has not secured yet."""
    table = f"{quote_name(workspace_schema(db.obj))}.{quote_name(SYNC_LOCK_TABLE)}"
    exists = db.execute_sql("SELECT pg_catalog.to_regclass(%s) IS NOT NULL", (table,)).fetchone()[0]
    return table if exists else None


@contextmanager
def _file_sync_lock() -> Iterator[None]:
    """`sync_lock` on an SQLite file, where no server can hold the lock for us."""
    lock = SyncLockFile(db.obj.database)
    try:
        if not lock.acquire():
            raise SyncInProgressError(describe_location(db.obj), *_sync_holder())
    except (OSError, PeeweeException) as exc:  # e.g. a read-only folder: said as the first write would
        raise explain_error(exc) from exc
    try:
        yield
    finally:
        lock.release()


def sync_running() -> bool:
    """Whether some sync holds the sync lock right now (this process's own included); only reads.

    A run still marked running while this is False has lost its process or connection.
    """
    if not is_server():
        return SyncLockFile(db.obj.database).is_held()
    try:
        return _sync_lock_holder() is not None
    except PeeweeException as exc:
        raise explain_error(exc) from exc


def _sync_holder() -> tuple[str | None, str | None]:
    """Who holds the sync lock and when the running sync started.

    Who: the database user in a workspace; None for a file (another process on this computer).
    """
    user = (_sync_lock_holder() or translate("StoreError", "Another admin")) if is_server() else None
    running = SyncRun.select().where(SyncRun.outcome == SyncOutcome.RUNNING).order_by(SyncRun.id.desc())
    run = running.first()
    return user, (_local_time(run.started_at) if run else None)


def _sync_lock_holder() -> str | None:
    """The database user whose session holds the workspace's sync lock ("" if unknown); None if free."""
    table = _sync_lock_table()
    if table is None:
        return None
    row = db.execute_sql(f"SELECT l.holder FROM {table} l WHERE l.id = 1 AND {_LIVE_CLAIM}").fetchone()
    return None if row is None else row[0] or ""


def _local_time(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{local:%H:%M}" if local.date() == datetime.now().date() else f"{local:%Y-%m-%d %H:%M}"


class ChangeListener:
    """Follows the workspace's change announcements on its own connection, in a daemon thread.

    `on_change` is called from that thread after each committed change (and once after a
    reconnect, since changes may have been missed meanwhile), so it must only hand over, e.g.
    emit a queued Qt signal. A dropped connection is retried every `retry_seconds`; `stop()`
    returns within about half a second.
    """

    def __init__(
        self, database: PostgresqlDatabase, on_change: Callable[[], None], retry_seconds: float = 2.0
    ) -> None:
        self._params = {"dbname": database.database, **database.connect_params}
        self._on_change = on_change
        self._retry_seconds = retry_seconds
        self._stop = threading.Event()
        self.listening = threading.Event()
        """Set while LISTEN is active (tests wait for it before changing the workspace)."""
        self._thread = threading.Thread(target=self._run, name="workspace-listener", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        missed = False
        while not self._stop.is_set():
            try:
                with psycopg.connect(autocommit=True, **self._params) as connection:
                    connection.execute(f"LISTEN {CHANGE_CHANNEL}")
                    self.listening.set()
                    if missed:
                        self._on_change()
                    while not self._stop.is_set():
                        for _notification in connection.notifies(timeout=0.5):
                            self._on_change()
            except psycopg.Error as exc:
                log.info("workspace change listener lost its connection (%s); retrying", exc)
            self.listening.clear()
            missed = True
            self._stop.wait(self._retry_seconds)


def _create_role(role: str) -> str:
    """CREATE ROLE unless it exists (PostgreSQL has no CREATE ROLE IF NOT EXISTS)."""
    return (
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') "
        f"THEN CREATE ROLE {_quote(role)} NOLOGIN; END IF; END $$"
    )


_quote = quote_name


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        return ""
