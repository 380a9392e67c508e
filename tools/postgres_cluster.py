"""A throwaway PostgreSQL cluster on this machine, for the tests and `python -m bench --postgres auto`.

`initdb` and `pg_ctl` from the newest installed PostgreSQL, in a private temporary folder (as the
postgres user when run as root, since PostgreSQL refuses to run as root), on a free local port
with a random password; stopped and deleted afterwards.
"""

from __future__ import annotations

import functools
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

NO_CRASH_SAFETY = {"fsync": "off", "full_page_writes": "off"}
"""Settings for a cluster whose data need not survive a crash: every CREATE DATABASE and commit
gets much cheaper. Only for the tests: benchmark figures should pay what a real server pays."""


class NoClusterError(RuntimeError):
    """No cluster could be started here; the message says why."""


def postgres_bindir() -> Path | None:
    """The newest installed PostgreSQL's programs (Debian's /usr/lib/postgresql/N/bin, else PATH)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    on_path = shutil.which("initdb")
    initdb = found[-1] if found else Path(on_path) if on_path else None
    return initdb.parent if initdb else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def throwaway_cluster(settings: Mapping[str, str] | None = None) -> Iterator[str]:
    """A running cluster for the block, as its superuser's URL; `settings` are server options.

    Raises `NoClusterError` before the block if PostgreSQL is missing or will not start.
    """
    bindir = postgres_bindir()
    if bindir is None:
        raise NoClusterError("PostgreSQL is not installed (package postgresql)")
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
    options = " ".join(
        [f"-p {port} -k {home} -c listen_addresses=127.0.0.1"]
        + [f"-c {name}={value}" for name, value in (settings or {}).items()]
    )
    initdb = [*as_postgres, str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-E", "UTF8"]
    try:
        run([*initdb, "--locale=C.UTF-8", "--auth=scram-sha-256", f"--pwfile={home / 'pw'}"])
        run([*pg_ctl, "-o", options, "-l", str(home / "log"), "-w", "-t", "60", "start"])
    except (OSError, subprocess.SubprocessError) as exc:
        shutil.rmtree(home, ignore_errors=True)
        detail = getattr(exc, "stderr", "") or exc
        raise NoClusterError(f"could not start a throwaway PostgreSQL cluster: {detail}") from exc
    try:
        yield f"postgresql://postgres:{password}@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*pg_ctl, "-m", "immediate", "stop"], capture_output=True, timeout=60)
        shutil.rmtree(home, ignore_errors=True)


def postgres_database_url(server_url: str, database: str, user: str | None = None, password: str = "") -> str:
    """`server_url` pointed at another database, optionally as another user."""
    parts = urlsplit(server_url)
    netloc = parts.netloc
    if user is not None:
        netloc = f"{quote(user)}:{quote(password)}@{parts.netloc.rpartition('@')[2]}"
    return urlunsplit(parts._replace(netloc=netloc, path=f"/{database}"))
