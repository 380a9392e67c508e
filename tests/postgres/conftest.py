"""Workspace tests: a fresh PostgreSQL database per test, opened as the superuser or as team members."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator

import psycopg
import pytest
from postgres.support import postgres_database_url

from aliorders_desktop import store as order_store
from aliorders_desktop.store import workspace


@pytest.fixture
def store(postgres_url: str) -> Iterator[str]:
    """The PostgreSQL twin of tests/store's `store` fixture: an empty workspace, open for the test."""
    order_store.open_database(postgres_url)
    yield postgres_url
    order_store.close_database()


@pytest.fixture
def team(postgres_server: str, postgres_url: str) -> Iterator[Callable[[str], str]]:
    """A set-up workspace (`workspace init`) plus `team(role)`: a new login in that role (or in
    none), as a URL.

    Login roles are cluster-wide, so each gets a unique name and is dropped after the test.
    """
    order_store.open_database(postgres_url)
    workspace.init_workspace()
    order_store.close_database()
    made: list[str] = []

    def member(role: str | None) -> str:
        name = f"{role.removeprefix('aliorders_') if role else 'outsider'}_{secrets.token_hex(4)}"
        password = secrets.token_hex(8)
        membership = f" IN ROLE {role}" if role else ""
        with psycopg.connect(postgres_server, autocommit=True) as admin:
            admin.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'{membership}")
        made.append(name)
        return postgres_database_url(postgres_url, postgres_url.rsplit("/", 1)[1], name, password)

    yield member
    order_store.close_database()
    database = postgres_url.rsplit("/", 1)[1]
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        for name in made:
            admin.execute(f"DROP ROLE IF EXISTS {name}")
