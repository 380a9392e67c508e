"""A team workspace on PostgreSQL: who may do what, one sync at a time, and change announcements.

The database enforces everything here. Roles and grants decide who may write (the app only asks
the server what the connected user may do, to hide what would fail anyway); a session-level
advisory lock makes a second admin's sync wait its turn (the server releases it if the syncing
connection dies); and triggers announce every committed change on a LISTEN/NOTIFY channel that
the viewers' windows follow. On an SQLite file there is one user and only the sync lock applies,
as an OS lock on a file beside the database (`sync_lock_file`).
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
    sqlstates,
)
from .errors import StoreError, SyncInProgressError
from .migrations import CHANGE_CHANNEL, install_change_notifications
from .models import Order, SchemaVersion, StatusChange, SubId, SyncRun, db
from .privileges import current_user, has_privileges
from .sync_lock_file import SyncLockFile
from .sync_runs import SyncOutcome

log = logging.getLogger(__name__)

ADMIN_ROLE = "aliorders_admin"
"""May sync (insert and update orders, record sync runs) and delete orders."""
VIEWER_ROLE = "aliorders_viewer"
"""May read everything: view, filter, refresh and export; nothing else."""

SYNC_LOCK_KEY = 0x616C696F  # "alio"; advisory locks are per database, so workspaces never collide

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
        check_server_access(database, location)
        user = current_user(database)
        if check_openable(database, location) == 0:
            # Opening it creates the tables, owned by this user: everything will be allowed.
            return WorkspaceProbe(location, Permissions(can_sync=True, can_delete=True, user=user), False)
        return WorkspaceProbe(location, _permissions_of(database, user), True)
    except PeeweeException as exc:
        raise explain_error(exc, location) from exc
    finally:
        database.close()


def init_workspace() -> None:
    """Give the open PostgreSQL database its two roles' grants and change announcements.

    The schema itself was created by `open_database`. Run by a superuser or the database owner
    (creating the roles needs CREATEROLE). Idempotent: running it again repairs drifted grants,
    e.g. it takes back a write privilege someone gave the viewer role by hand.
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
            install_change_notifications(database)
            for statement in statements:
                database.execute_sql(statement)
    except PeeweeException as exc:
        if "42501" in sqlstates(exc):
            needs = translate(
                "StoreError",
                "Setting up the workspace needs a PostgreSQL superuser, or the database owner with "
                "the CREATEROLE right ({detail}).",
            )
            raise StoreError(describe_location(database), needs.format(detail=str(exc).strip())) from exc
        raise explain_error(exc) from exc


@contextmanager
def sync_lock() -> Iterator[None]:
    """Hold the database's sync lock for the duration of a sync; refuse if another sync holds it.

    Raises `SyncInProgressError` naming who and when (the running sync's start). In a workspace
    the lock is an advisory lock of this connection, which is pinned meanwhile so that a reconnect
    can never drop it silently; if the connection dies, the server releases it. On an SQLite file
    it is an OS lock on a file beside it (`SyncLockFile`), released by the OS if this process dies.
    """
    if not is_server():
        with _file_sync_lock():
            yield
        return
    database = db.obj
    with database.pinned_session():
        try:
            taken = db.execute_sql("SELECT pg_try_advisory_lock(%s)", (SYNC_LOCK_KEY,)).fetchone()[0]
            if not taken:
                raise SyncInProgressError(describe_location(database), *_sync_holder())
        except PeeweeException as exc:
            raise explain_error(exc) from exc
        try:
            yield
        finally:
            with suppress(PeeweeException):  # a lost connection has released it already
                db.execute_sql("SELECT pg_advisory_unlock(%s)", (SYNC_LOCK_KEY,))


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
        return _advisory_lock_holder() is not None
    except PeeweeException as exc:
        raise explain_error(exc) from exc


def _sync_holder() -> tuple[str | None, str | None]:
    """Who holds the sync lock and when the running sync started.

    Who: the database user in a workspace; None for a file (another process on this computer).
    """
    user = (_advisory_lock_holder() or translate("StoreError", "Another admin")) if is_server() else None
    running = SyncRun.select().where(SyncRun.outcome == SyncOutcome.RUNNING).order_by(SyncRun.id.desc())
    run = running.first()
    return user, (_local_time(run.started_at) if run else None)


def _advisory_lock_holder() -> str | None:
    """The database user whose session holds the workspace's sync lock ("" if unknown); None if free."""
    row = db.execute_sql(
        "SELECT a.usename FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
        "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
        "AND l.classid::bigint = %s AND l.objid::bigint = %s",
        (SYNC_LOCK_KEY >> 32, SYNC_LOCK_KEY & 0xFFFFFFFF),
    ).fetchone()
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


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        return ""
