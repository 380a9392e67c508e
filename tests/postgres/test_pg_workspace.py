"""Roles and grants, what each user may do, and every way of failing to reach a workspace."""

from __future__ import annotations

import threading
from collections.abc import Callable

import psycopg
import pytest
from peewee import PeeweeException
from postgres.support import postgres_database_url
from store.factory import T0, order_record

from aliorders_desktop import store
from aliorders_desktop.store import workspace
from aliorders_desktop.store.workspace import ADMIN_ROLE, VIEWER_ROLE, Permissions

Team = Callable[[str | None], str]


def user_of(url: str) -> str:
    return url.split("://", 1)[1].split(":", 1)[0]


def test_on_sqlite_everything_is_allowed(store_path) -> None:
    allowed = store.permissions()
    assert allowed.can_sync and allowed.can_delete
    assert not store.is_server()


def test_the_database_says_what_each_role_may_do(team: Team) -> None:
    admin, viewer = team(ADMIN_ROLE), team(VIEWER_ROLE)
    store.open_database(admin)
    assert store.permissions() == Permissions(can_sync=True, can_delete=True, user=user_of(admin))
    store.open_database(viewer)
    assert store.permissions() == Permissions(can_sync=False, can_delete=False, user=user_of(viewer))
    assert store.database_location().startswith(f"postgresql://{user_of(viewer)}@127.0.0.1:")


def test_init_is_idempotent_and_repairs_a_viewer_given_too_much(team: Team, postgres_url: str) -> None:
    viewer = team(VIEWER_ROLE)
    with psycopg.connect(postgres_url, autocommit=True) as owner:
        owner.execute(f"GRANT INSERT ON orders TO {VIEWER_ROLE}")
    store.open_database(postgres_url)
    workspace.init_workspace()
    workspace.init_workspace()
    store.open_database(viewer)
    assert not store.permissions().can_sync


def test_a_viewer_really_cannot_write(team: Team) -> None:
    viewer = team(VIEWER_ROLE)
    store.open_database(viewer)
    with pytest.raises(PeeweeException) as refused:
        store.save_orders([order_record()], T0)
    error = store.explain_error(refused.value)
    assert isinstance(error, store.ViewOnlyError)
    assert str(error).startswith(f"Your database user ({user_of(viewer)}) may view but not sync")
    with pytest.raises(PeeweeException):
        store.delete_orders([1])
    with psycopg.connect(viewer) as raw, pytest.raises(psycopg.errors.InsufficientPrivilege):
        raw.execute("UPDATE orders SET status = 'x'")
    assert store.count_orders(store.OrderFilter()) == 0


def test_an_admin_writes_and_every_change_is_announced(team: Team) -> None:
    admin, viewer = team(ADMIN_ROLE), team(VIEWER_ROLE)
    store.open_database(viewer)
    heard = threading.Semaphore(0)
    listener = workspace.ChangeListener(store.db.obj, heard.release)
    listener.start()
    try:
        assert listener.listening.wait(10)
        store.open_database(admin)
        store.save_orders([order_record() for _ in range(3)], T0)
        assert heard.acquire(timeout=10)
        store.delete_orders(store.order_ids(store.OrderFilter())[:1])
        assert heard.acquire(timeout=10)
    finally:
        listener.stop()
    assert store.count_orders(store.OrderFilter()) == 2


def test_a_user_outside_both_roles_is_told_whom_to_ask(team: Team) -> None:
    outsider = team(None)
    with pytest.raises(store.NoWorkspaceAccessError, match="aliorders_viewer role"):
        store.open_database(outsider)


def test_an_empty_database_needs_its_owner_to_set_it_up(postgres_server: str, postgres_url: str) -> None:
    name = postgres_url.rsplit("/", 1)[1]
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute("CREATE ROLE newcomer_x LOGIN PASSWORD 'pw'")
    try:
        with pytest.raises(store.WorkspaceNotSetUpError, match="workspace init"):
            store.open_database(postgres_database_url(postgres_url, name, "newcomer_x", "pw"))
    finally:
        with psycopg.connect(postgres_server, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            admin.execute("DROP ROLE newcomer_x")


def test_a_wrong_password_is_named_as_such(team: Team, postgres_url: str) -> None:
    admin = team(ADMIN_ROLE)
    wrong = postgres_database_url(postgres_url, postgres_url.rsplit("/", 1)[1], user_of(admin), "wrong")
    with psycopg.connect(admin):
        pass
    try:
        psycopg.connect(wrong).close()
    except psycopg.OperationalError:
        pass
    else:
        pytest.skip("this server trusts connections without checking passwords")
    with pytest.raises(store.AuthenticationError) as refused:
        store.open_database(wrong)
    assert "wrong" not in str(refused.value)


def test_an_unreachable_server_is_named_as_such(postgres_url: str) -> None:
    with psycopg.connect(postgres_url) as connection:
        port = connection.info.port
    closed = postgres_url.replace(f":{port}/", ":9/")  # the discard port: nothing listens there
    with pytest.raises(store.ServerUnreachableError, match="cannot be reached"):
        store.open_database(closed)


def test_an_idle_window_survives_the_server_dropping_its_connection(team: Team, postgres_url: str) -> None:
    """A viewer's window left open over a server restart reconnects on its next query."""
    store.open_database(team(VIEWER_ROLE))
    assert store.count_orders(store.OrderFilter()) == 0
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
    assert store.count_orders(store.OrderFilter()) == 0
