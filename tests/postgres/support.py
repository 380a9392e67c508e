"""A PostgreSQL server for the tests: the one CI names, or a throwaway cluster started on the spot.

`tests/conftest.py` re-exports the fixtures, so any test can take `postgres_url`.
"""

from __future__ import annotations

import functools
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

import pytest

POSTGRES_ENV = "ALIORDERS_TEST_POSTGRES"


def _postgres_bindir() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    on_path = shutil.which("initdb")
    initdb = found[-1] if found else Path(on_path) if on_path else None
    return initdb.parent if initdb else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def _throwaway_cluster(bindir: Path) -> Iterator[str]:
    """initdb + pg_ctl in a private folder (as the postgres user when run as root), torn down after."""
    as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    home = Path(tempfile.mkdtemp(prefix="aliorders-pg-"))
    password = secrets.token_hex(12)
    (home / "pw").write_text(password)
    if as_postgres:
        shutil.chown(home, "postgres")
        shutil.chown(home / "pw", "postgres")
    port = _free_port()
    data = home / "data"
    run = functools.partial(subprocess.run, check=True, capture_output=True, text=True, timeout=120)
    pg_ctl = [*as_postgres, str(bindir / "pg_ctl"), "-D", str(data)]
    # No fsync: a crash loses nothing a test needs, and every CREATE DATABASE gets much cheaper.
    options = f"-p {port} -k {home} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
    initdb = [*as_postgres, str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-E", "UTF8"]
    try:
        run([*initdb, "--locale=C.UTF-8", "--auth=scram-sha-256", f"--pwfile={home / 'pw'}"])
        run([*pg_ctl, "-o", options, "-l", str(home / "log"), "-w", "-t", "60", "start"])
    except (OSError, subprocess.SubprocessError) as exc:
        shutil.rmtree(home, ignore_errors=True)
        detail = getattr(exc, "stderr", "") or exc
        pytest.skip(f"could not start a throwaway PostgreSQL cluster: {detail}")
    try:
        yield f"postgresql://postgres:{password}@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*pg_ctl, "-m", "immediate", "stop"], capture_output=True, timeout=60)
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A PostgreSQL superuser URL for the whole run (see above), or skip with the reason."""
    if url := os.environ.get(POSTGRES_ENV):
        yield url
        return
    bindir = _postgres_bindir()
    if bindir is None:
        pytest.skip(f"no PostgreSQL server: set {POSTGRES_ENV} or install PostgreSQL (package postgresql)")
    with _throwaway_cluster(bindir) as url:
        yield url


def postgres_database_url(server_url: str, database: str, user: str | None = None, password: str = "") -> str:
    """`server_url` pointed at another database, optionally as another user."""
    parts = urlsplit(server_url)
    netloc = parts.netloc
    if user is not None:
        netloc = f"{quote(user)}:{quote(password)}@{parts.netloc.rpartition('@')[2]}"
    return urlunsplit(parts._replace(netloc=netloc, path=f"/{database}"))


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh, empty database for this test (superuser URL), dropped afterwards."""
    import psycopg

    name = f"aliorders_test_{secrets.token_hex(6)}"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
    yield postgres_database_url(postgres_server, name)
    from aliorders_desktop import store

    store.close_database()
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
