"""A PostgreSQL server for the tests: the one CI names, or a throwaway cluster started on the spot.

`tests/conftest.py` re-exports the fixtures, so any test can take `postgres_url`.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

import pytest

from tools.postgres_cluster import NO_CRASH_SAFETY, NoClusterError, postgres_database_url, throwaway_cluster

__all__ = ["postgres_database_url", "postgres_server", "postgres_url"]

POSTGRES_ENV = "ALIORDERS_TEST_POSTGRES"


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A PostgreSQL superuser URL for the whole run (see above), or skip with the reason."""
    if url := os.environ.get(POSTGRES_ENV):
        yield url
        return
    with ExitStack() as running:
        try:
            url = running.enter_context(throwaway_cluster(NO_CRASH_SAFETY))
        except NoClusterError as exc:
            pytest.skip(f"no PostgreSQL server: {exc}; or set {POSTGRES_ENV} to a server's URL")
        yield url


@contextmanager
def scratch_database(postgres_server: str) -> Iterator[str]:
    """A new, empty database on the server (superuser URL); closed and dropped afterwards."""
    import psycopg

    name = f"aliorders_test_{secrets.token_hex(6)}"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
    yield postgres_database_url(postgres_server, name)
    from aliorders_desktop import store

    store.close_database()
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh, empty database for this test (superuser URL), dropped afterwards."""
    with scratch_database(postgres_server) as url:
        yield url
