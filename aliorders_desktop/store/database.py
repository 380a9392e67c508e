"""Opening and closing the order database: SQLite by default, any peewee database URL otherwise."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

from peewee import (
    Database,
    InterfaceError,
    OperationalError,
    PeeweeException,
    PostgresqlDatabase,
    SqliteDatabase,
)
from playhouse import db_url
from playhouse.shortcuts import ReconnectMixin

from aliorders_desktop import private_files
from aliorders_desktop.i18n import translate

from .errors import (
    AuthenticationError,
    ConnectionLostError,
    CorruptDatabaseError,
    DatabaseLockedError,
    DatabaseUnavailableError,
    DiskFullError,
    NotADatabaseError,
    NoWorkspaceAccessError,
    ReadOnlyDatabaseError,
    ServerUnreachableError,
    StoreError,
    UnprotectedConnectionError,
    ViewOnlyError,
    WorkspaceNotSecuredError,
    WorkspaceNotSetUpError,
    WorkspaceUpgradeNeededError,
)
from .migrations import SCHEMA_VERSION, check_schema, schema_change, upgrade_schema
from .models import ALL_MODELS, Order, SchemaVersion, db
from .privileges import current_user, has_privileges
from .server_tls import WeakConnectionSetting, server_connection_params
from .url_secrets import redact, url_secrets
from .workspace_safety import (
    ADMIN_ROLE,
    CONNECTION_SEARCH_PATH,
    VIEWER_ROLE,
    find_problems,
    may_write,
    owns_workspace,
    revoke_statement,
    secure_workspace,
)

log = logging.getLogger(__name__)

_SQLITE_OPTIONS = {
    # Per connection. WAL is switched on once, after the schema check, because it persists in
    # the file: a database this version refuses must stay byte-for-byte as it was.
    "pragmas": {"synchronous": "normal", "foreign_keys": 1, "cache_size": -64000},
    # Seconds a connection waits for another one's write lock before "database is locked".
    "timeout": 10,
    # Writers take the lock at BEGIN, so a read-then-write transaction never fails halfway.
    "lock_type": "IMMEDIATE",
}

SERVER_SCHEMES = ("postgres", "postgresql")
CONNECT_TIMEOUT = 10
"""Seconds to wait for a workspace server before saying it cannot be reached."""

# Driver messages (psycopg 3) that mean the server ended or lost an established connection.
_LOST_CONNECTION = (
    "terminating connection",
    "server closed the connection",
    "the connection is closed",
    "the connection is lost",
    "consuming input failed",
    "connection already closed",
    "ssl connection has been closed",
)
# ... and those that mean it was never established.
_UNREACHABLE = (
    "connection refused",
    "failed to resolve host",
    "could not translate host name",
    "name or service not known",
    "timeout expired",
    "no route to host",
    "network is unreachable",
    "is the server running",
)
_AUTHENTICATION = re.compile(r'password authentication failed|no password supplied|role ".*" does not exist')
# libpq's words when TLS or SCRAM, as `server_tls` requires them, could not be had.
_NO_TLS = ("server does not support ssl",)
_UNVERIFIED = (
    "root certificate file",
    "certificate verify failed",
    "does not match host name",
    "sslrootcert",
)
_WEAK_AUTH = ("authentication method requirement", "server requested a cleartext password")


class ServerDatabase(ReconnectMixin, PostgresqlDatabase):
    """PostgreSQL through psycopg 3, reconnecting once when the server dropped an idle connection.

    A window left open overnight, or a server restart, must not leave every later query failing.
    Never inside a transaction (peewee refuses), and never while the thread holds session state
    such as the sync lock (`pinned_session`): reconnecting would silently drop that state.
    """

    reconnect_errors = tuple(
        (error, fragment) for error in (OperationalError, InterfaceError) for fragment in _LOST_CONNECTION
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, prefer_psycopg3=True, **kwargs)
        self._pinned = threading.local()

    def _initialize_connection(self, conn: object) -> None:
        """Fix every connection's search path to the workspace and its own temporary schema
        (see `workspace_safety`)."""
        super()._initialize_connection(conn)
        conn.execute(CONNECTION_SEARCH_PATH)

    def _reconnect(self, func: Callable[..., T], *args: object, **kwargs: object) -> T:
        if getattr(self._pinned, "depth", 0):
            return func(*args, **kwargs)
        return super()._reconnect(func, *args, **kwargs)

    @contextmanager
    def pinned_session(self) -> Iterator[None]:
        """While inside, this thread's connection is never silently replaced (see the class)."""
        self._pinned.depth = getattr(self._pinned, "depth", 0) + 1
        try:
            yield
        finally:
            self._pinned.depth -= 1


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


def open_database(target: str | Path) -> Database:
    """Open (creating or upgrading as needed) the database at a path or URL and bind `db` to it.

    `target` is an SQLite file path, or a URL such as `sqlite:///orders.db` or
    `postgresql://user@host/aliorders` (a team workspace; its password comes from the URL, the
    keyring entry Settings saved for this address, or PostgreSQL's PGPASSWORD / ~/.pgpass). On
    failure a `StoreError` says what is wrong, the user's file is left as it was, and `db` keeps
    pointing at whatever it pointed at before.
    """
    database = connect(target)
    location = describe_location(database)
    try:
        with secrets_kept_out(str(target), database):
            try:
                _prepare(database, location)
            except (PeeweeException, OSError) as exc:
                raise explain_error(exc, location) from exc
    except StoreError:
        database.close()
        raise
    close_database()
    db.initialize(database)
    return database


def connect(target: str | Path) -> Database:
    """An unopened database object for a path or URL (nothing is read or created yet).

    Raises `UnprotectedConnectionError` for an address on another computer that asks for a weaker
    connection than `server_tls` allows.
    """
    with secrets_kept_out(str(target)):
        location = redact(str(target), *url_secrets(str(target)))
        try:
            return _connect(target)
        except WeakConnectionSetting as exc:
            raise UnprotectedConnectionError(location, _weak_setting_reason(exc)) from None
        except (PeeweeException, RuntimeError, ValueError) as exc:  # a malformed or unknown URL
            raise DatabaseUnavailableError(location, str(exc)) from None


@contextmanager
def secrets_kept_out(target: str, database: Database | None = None) -> Iterator[None]:
    """Let no `StoreError` raised inside carry any part of the password of `target` (a path or
    URL) or of `database`'s connection, whichever way a parser read them.

    Every message that can hold an address passes through here. The driver's errors chained to it
    are dropped too, since they may quote a password that a parser took for a host or a port.
    """
    secrets = [*url_secrets(target)]
    if database is not None and isinstance(password := database.connect_params.get("password"), str):
        secrets.append(password)
    try:
        yield
    except StoreError as exc:
        exc.args = tuple(redact(str(arg), *secrets) for arg in exc.args)
        exc.location = redact(exc.location, *secrets)
        exc.__cause__, exc.__suppress_context__ = None, True
        raise


def is_server_url(target: str) -> bool:
    """Whether a database path or URL names a PostgreSQL workspace rather than a file."""
    return target.split("://", 1)[0] in SERVER_SCHEMES


def database_location(user: str | None = None) -> str:
    """Where the open database is, for titles and messages (never with a password)."""
    return describe_location(db.obj, user)


def is_server(database: Database | None = None) -> bool:
    """Whether `database` (default: the open one) is a PostgreSQL workspace rather than a file."""
    return isinstance(db.obj if database is None else database, PostgresqlDatabase)


JOB_CACHE_KIB = 8000
"""SQLite page cache of a background job's connection. A job's connection lives for one query or
export, whose scans read each page once: a bigger cache would only raise the window's peak
memory, since the default (`cache_size` above) applies to every connection open at once."""


@contextmanager
def job_connection() -> Iterator[None]:
    """This thread's own connection for one background job (totals, an export), closed after it."""
    with db.connection_context():
        if isinstance(db.obj, SqliteDatabase):
            db.pragma("cache_size", -JOB_CACHE_KIB)
        yield


def close_database() -> None:
    """Close this thread's connection (worker threads close theirs via `job_connection()`)."""
    if db.obj is None or db.is_closed():
        return
    if isinstance(db.obj, SqliteDatabase):
        # Refreshes the statistics SQLite's planner uses to choose between our indexes. Only an
        # optimisation: if another connection holds the write lock, skip it rather than fail.
        with suppress(PeeweeException):
            db.execute_sql("PRAGMA optimize")
    db.close()


def describe_location(database: Database, user: str | None = None) -> str:
    """Where the orders live, for titles and messages; never shows a password.

    `user` replaces the connecting user in a server's address (e.g. the one to give someone else).
    """
    if isinstance(database, SqliteDatabase):
        return str(Path(database.database).resolve())
    params = database.connect_params
    user = user or params.get("user")
    user = f"{user}@" if user else ""
    port = f":{params['port']}" if "port" in params else ""
    kind = "postgresql" if is_server(database) else type(database).__name__.removesuffix("Database").lower()
    return f"{kind}://{user}{params.get('host', 'localhost')}{port}/{database.database}"


def _connect(target: str | Path) -> Database:
    if isinstance(target, Path) or "://" not in target:
        return SqliteDatabase(str(Path(target).expanduser()), **_SQLITE_OPTIONS)
    if target.startswith("sqlite"):
        return db_url.connect(target, **_SQLITE_OPTIONS)
    if is_server_url(target):
        parts = urlsplit(target)
        if "@" in parts.path + parts.query + parts.fragment:
            malformed = translate(
                "StoreError",
                "the address is not a valid URL: in a user name or password, write / ? # @ as {codes}",
            )
            raise ValueError(malformed.format(codes="%2F %3F %23 %40"))
        params = server_connection_params(db_url.parse(target, unquote_password=True, unquote_user=True))
        if not params.get("database"):
            raise ValueError(
                translate("StoreError", "the address names no database: write postgresql://USER@HOST/DBNAME")
            )
        params.setdefault("connect_timeout", CONNECT_TIMEOUT)
        if "password" not in params and "PGPASSWORD" not in os.environ:
            from aliorders_desktop.database_password import saved_password

            if password := saved_password(target):
                params["password"] = password
        return ServerDatabase(**params)
    return db_url.connect(target)


def _weak_setting_reason(exc: WeakConnectionSetting) -> str:
    reason = translate(
        "StoreError",
        "the address asks for {setting}, which could let someone between you and the server read "
        "the password. For a server on another computer, leave sslmode out (aliorders then uses "
        "verify-full) or set verify-ca, and allow only require_auth=scram-sha-256.",
    )
    return reason.format(setting=f"{exc.name}={exc.value}")


def _prepare(database: Database, location: str) -> None:
    """Create the folder, check the schema, switch SQLite to WAL, create or upgrade the tables."""
    if isinstance(database, SqliteDatabase):
        Path(database.database).parent.mkdir(parents=True, exist_ok=True, mode=private_files.FOLDER_MODE)
    # The models point at the new database only while it is checked: a refused one never
    # replaces the database that is open.
    with database.bind_ctx(ALL_MODELS):
        if is_server(database):
            check_server_access(database, location)
        version = check_openable(database, location)
        if isinstance(database, SqliteDatabase):
            # Before WAL mode: SQLite creates the WAL and shared memory with the file's own mode.
            private_files.tighten_database(Path(database.database))
            _use_wal(database)
        upgrade_schema(database, version, location)
        if is_server(database):
            _secure_on_open(database, location)


def _secure_on_open(database: Database, location: str) -> None:
    """Bring an existing workspace's safety up to date, or refuse to run code others could plant.

    Its owner (or a superuser) secures it on the spot, as `workspace init` does. A user who may
    write but cannot fix it is refused while others may create objects in its schema; a viewer is
    not (code a viewer plants runs as a viewer). Only reads when nothing is wrong.
    """
    if not find_problems(database):
        return
    if owns_workspace(database):
        with schema_change(database):
            revoked = secure_workspace(database, (ADMIN_ROLE, VIEWER_ROLE))
        log.info("Secured the workspace %s: CREATE on its schema revoked from %s", location, revoked)
    creators = find_problems(database).other_creators
    if creators and may_write(database):
        raise not_secured(database, location, creators_problem(database, creators))


def creators_problem(database: Database, creators: tuple[str, ...]) -> str:
    """Why the workspace is unsafe while `creators` may create objects in its schema."""
    problem = translate(
        "StoreError",
        "other database users ({roles}) may create objects in its schema, where they could plant "
        "code that runs with your rights. If workspace init cannot take that right back (a "
        "PostgreSQL 14 or older default), a superuser runs: {statement}",
    )
    return problem.format(roles=", ".join(creators), statement=revoke_statement(database, creators))


def not_secured(database: Database, location: str, problem: str) -> WorkspaceNotSecuredError:
    """The error that sends the user to the workspace's owner to secure it."""
    owner = database.execute_sql(
        "SELECT pg_catalog.pg_get_userbyid(relowner) FROM pg_catalog.pg_class "
        "WHERE oid = pg_catalog.to_regclass(%s)",
        (Order._meta.table_name,),
    ).fetchone()[0]
    return WorkspaceNotSecuredError(location, problem, owner, describe_location(database, user=owner))


def _use_wal(database: SqliteDatabase) -> None:
    """Switch the file to write-ahead logging (it stays so: the next opens change nothing).

    The switch needs the file to itself for a moment and, unlike other statements, fails at
    once rather than waiting when another process holds a lock, as when two processes open a
    new file together. So it is retried for as long as any statement waits for a lock.
    """
    deadline = time.monotonic() + database.timeout
    while True:
        try:
            database.pragma("journal_mode", "wal")
            return
        except OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def check_server_access(database: Database, location: str) -> None:
    """Refuse a workspace the user may not read, or may not create, with what to ask the admin for.

    Without this, the first SELECT or CREATE would fail with a bare "permission denied".
    """
    tables = set(database.get_tables())
    if SchemaVersion._meta.table_name in tables:
        if not has_privileges(database, {t: ("SELECT",) for t in (Order._meta.table_name, "schema_version")}):
            raise NoWorkspaceAccessError(location, current_user(database))
    elif not tables:
        may_create = database.execute_sql(
            "SELECT pg_catalog.has_schema_privilege(pg_catalog.current_schema(), 'CREATE')"
        )
        if not may_create.fetchone()[0]:
            raise WorkspaceNotSetUpError(location)


def check_openable(database: Database, location: str) -> int:
    """The stored schema version (0: empty), refusing what this version and user cannot open.

    Only reads. Beyond `check_schema`: an older workspace that this user may not upgrade.
    """
    version = check_schema(database, location)
    if is_server(database) and 0 < version < SCHEMA_VERSION:
        check_upgrade_rights(database, location, version)
    return version


def check_upgrade_rights(database: Database, location: str, version: int) -> None:
    """Refuse to upgrade a workspace's schema as a user who doesn't own its tables, saying who may.

    Only the tables' owner (whoever ran `aliorders workspace init`) may change them; anyone else
    would get a bare "must be owner of table orders" halfway through the upgrade.
    """
    owner, may_alter = database.execute_sql(
        "SELECT pg_catalog.pg_get_userbyid(relowner), pg_catalog.pg_has_role(relowner, 'USAGE') "
        "FROM pg_catalog.pg_class WHERE oid = %s::pg_catalog.regclass",
        (Order._meta.table_name,),
    ).fetchone()
    if not may_alter:
        address = describe_location(database, user=owner)
        raise WorkspaceUpgradeNeededError(location, version, SCHEMA_VERSION, owner, address)


def explain_error(exc: Exception, location: str | None = None) -> StoreError:
    """Turn a driver error into the message the user needs (`location` defaults to the open db)."""
    if location is None:
        unnamed = translate("StoreError", "the database")
        location = describe_location(db.obj) if db.obj is not None else unnamed
    # SQLite rolls a failed write back itself; the driver's own rollback then fails with "no
    # transaction is active" and hides the cause, which is in the exception's context.
    text = " ".join(str(e).lower() for e in _chain(exc))
    codes = sqlstates(exc)
    if reason := _unprotected_reason(text):
        return UnprotectedConnectionError(location, reason)
    if codes & {"42501"}:  # insufficient_privilege: a viewer (or a user without grants) wrote
        return ViewOnlyError(location, _user_of(location))
    if codes & {"28P01", "28000"} or _AUTHENTICATION.search(text):
        return AuthenticationError(location)
    if any(code.startswith(("08", "57P")) for code in codes) or any(w in text for w in _LOST_CONNECTION):
        return ConnectionLostError(location)
    if any(words in text for words in _UNREACHABLE):
        return ServerUnreachableError(location, str(exc).strip().splitlines()[0])
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


def _unprotected_reason(text: str) -> str | None:
    """What `server_tls`'s requirements met on the server, from libpq's words; None if nothing."""
    if any(words in text for words in _NO_TLS):
        return translate(
            "StoreError",
            "the server offers no encrypted (TLS) connection. Ask its administrator to turn on ssl "
            "in postgresql.conf, or reach it through an SSH tunnel to localhost.",
        )
    if any(words in text for words in _UNVERIFIED):
        return translate(
            "StoreError",
            "its certificate could not be verified. Add sslrootcert=/path/to/ca.crt to the address "
            "(or set PGSSLROOTCERT) with the certificate of the authority that signed the server's, "
            "and use the name its certificate was issued for as the host.",
        )
    if any(words in text for words in _WEAK_AUTH):
        return translate(
            "StoreError",
            "the server asked for the password itself instead of a SCRAM-SHA-256 proof. Ask its "
            "administrator to use scram-sha-256 for your user in pg_hba.conf.",
        )
    return None


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


def sqlstates(exc: BaseException) -> set[str]:
    """The PostgreSQL error codes (SQLSTATE) anywhere in the exception's chain; empty for SQLite."""
    return {code for e in _chain(exc) if (code := getattr(e, "sqlstate", None))}


def _user_of(location: str) -> str:
    """The user name in a location from `describe_location` ("" for a file)."""
    _, sep, rest = location.partition("://")
    return rest.split("@", 1)[0] if sep and "@" in rest else ""


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
