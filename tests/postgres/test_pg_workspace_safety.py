"""No workspace member runs code as another, nor blocks an admin's sync, even over the CREATE on
`public` that PostgreSQL 14 and older grant to PUBLIC (recreated here before `workspace init`)."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import psycopg
import pytest
from postgres.support import postgres_database_url
from store.factory import T0, order_record

from aliorders_desktop import cli, store
from aliorders_desktop.aliexpress.client import AppCredentials, ClientSettings
from aliorders_desktop.aliexpress.gateway import DEMO_APP_KEY, DEMO_APP_SECRET, GatewayServer
from aliorders_desktop.store import workspace
from aliorders_desktop.store.workspace import ADMIN_ROLE, VIEWER_ROLE
from aliorders_desktop.sync.service import SyncService
from aliorders_desktop.workspace_import import import_history

Member = Callable[[str], str]
LAST = date.today()
FIRST = LAST - timedelta(days=4)

PLANTED = """
CREATE FUNCTION public.pg_notify(channel text, payload name) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO evidence.planted_calls VALUES (current_user);
END $$"""
"""What a viewer plants: a better match than pg_catalog.pg_notify(text, text) for a `name` payload.
It records who ran it, in a table the test reads."""

OLD_TRIGGER_FUNCTION = """
CREATE OR REPLACE FUNCTION aliorders_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('aliorders_orders', TG_TABLE_NAME);
    RETURN NULL;
END $$"""
"""The trigger function as earlier versions created it: unqualified, no search path of its own."""


@pytest.fixture
def legacy_default(postgres_url: str) -> str:
    """The empty workspace database, with PostgreSQL 14's default: anyone may create in `public`."""
    with psycopg.connect(postgres_url, autocommit=True) as owner:
        owner.execute("GRANT CREATE ON SCHEMA public TO PUBLIC")
        owner.execute("CREATE SCHEMA evidence")  # out of the workspace's way
        owner.execute("CREATE TABLE evidence.planted_calls (who text)")
        owner.execute("GRANT USAGE ON SCHEMA evidence TO PUBLIC")
        owner.execute("GRANT INSERT ON evidence.planted_calls TO PUBLIC")
    return postgres_url


@pytest.fixture
def member(postgres_server: str, postgres_url: str) -> Iterator[Member]:
    """`member(role)`: a new login in that role (created if need be), as a URL; dropped afterwards."""
    made: list[str] = []

    def create(role: str) -> str:
        name = f"{role.removeprefix('aliorders_')}_{secrets.token_hex(4)}"
        password = secrets.token_hex(8)
        with psycopg.connect(postgres_url, autocommit=True) as owner:
            owner.execute(f"DO $$ BEGIN CREATE ROLE {role}; EXCEPTION WHEN duplicate_object THEN END $$")
            owner.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{password}' IN ROLE {role}")
        made.append(name)
        return postgres_database_url(postgres_url, postgres_url.rsplit("/", 1)[1], name, password)

    yield create
    store.close_database()
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{postgres_url.rsplit("/", 1)[1]}" WITH (FORCE)')
        for name in made:
            admin.execute(f"DROP ROLE IF EXISTS {name}")


def init(url: str) -> None:
    """What `aliorders workspace init --db url` does, run by the owner (a superuser here)."""
    store.open_database(url)
    workspace.init_workspace()
    store.close_database()


def sync(gateway: GatewayServer) -> str:
    settings = ClientSettings(gateway_url=gateway.url, backoff_base=0.01, backoff_max=0.05)
    return SyncService(AppCredentials(DEMO_APP_KEY, DEMO_APP_SECRET), settings).run(FIRST, LAST).outcome


def planted_calls(owner_url: str) -> list[str]:
    with psycopg.connect(owner_url) as owner:
        return [row[0] for row in owner.execute("SELECT who FROM evidence.planted_calls")]


def test_init_takes_create_on_the_schema_from_everyone_and_says_so(legacy_default: str, capsys) -> None:
    assert cli.main(["workspace", "init", "--db", legacy_default]) == cli.Exit.OK
    out = capsys.readouterr().out
    assert "CREATE revoked from PUBLIC, aliorders_admin, aliorders_viewer" in out
    with psycopg.connect(legacy_default) as owner:
        may_create = [
            owner.execute("SELECT has_schema_privilege(%s, 'public', 'CREATE')", (role,)).fetchone()[0]
            for role in ("public", ADMIN_ROLE, VIEWER_ROLE)
        ]
    assert may_create == [False, False, False]
    assert cli.main(["workspace", "init", "--db", legacy_default]) == cli.Exit.OK  # and again
    assert "CREATE revoked from PUBLIC" in capsys.readouterr().out


def test_a_viewer_cannot_create_tables_or_functions_in_the_workspace(
    legacy_default: str, member: Member
) -> None:
    viewer = member(VIEWER_ROLE)
    init(legacy_default)
    with psycopg.connect(viewer, autocommit=True) as raw:
        for statement in ("CREATE TABLE public.mine (x int)", PLANTED, "CREATE TABLE mine (x int)"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                raw.execute(statement)


def test_a_planted_pg_notify_never_runs_in_an_admin_sync_nor_an_owner_import(
    legacy_default: str, member: Member, demo_gateway: GatewayServer, tmp_path: Path, capsys
) -> None:
    """A workspace set up by an earlier version over the old default, where a viewer planted a
    look-alike pg_notify; its owner then runs `workspace init` of this version."""
    viewer, admin = member(VIEWER_ROLE), member(ADMIN_ROLE)
    init(legacy_default)
    with psycopg.connect(legacy_default, autocommit=True) as owner:  # what earlier versions left
        owner.execute(OLD_TRIGGER_FUNCTION)
        owner.execute("GRANT CREATE ON SCHEMA public TO PUBLIC")
    with psycopg.connect(viewer, autocommit=True) as raw:
        raw.execute(PLANTED)

    assert cli.main(["workspace", "init", "--db", legacy_default]) == cli.Exit.OK
    viewer_name = viewer.split("://", 1)[1].split(":", 1)[0]
    assert f"pg_notify(text,name), made by {viewer_name}" in capsys.readouterr().out  # for the owner to drop
    store.open_database(admin)
    assert sync(demo_gateway) == "completed"
    assert store.count_orders(store.OrderFilter()) > 0
    store.delete_orders(store.order_ids(store.OrderFilter())[:1])

    local = tmp_path / "laptop.db"
    store.open_database(local)
    store.save_orders([order_record() for _ in range(3)], T0)
    store.open_database(legacy_default)  # the owner, a superuser
    assert import_history(local).orders.new == 3
    store.close_database()
    assert planted_calls(legacy_default) == []


def test_a_viewer_cannot_take_the_sync_lock_nor_block_an_admin(
    legacy_default: str, member: Member, demo_gateway: GatewayServer
) -> None:
    viewer, admin = member(VIEWER_ROLE), member(ADMIN_ROLE)
    init(legacy_default)
    with psycopg.connect(viewer) as raw:
        for key in (0x616C696F, 0x616C6973):  # every advisory lock earlier versions took
            raw.execute("SELECT pg_advisory_lock(%s::bigint)", (key,))
        raw.execute("LOCK TABLE orders, status_change, sync_run, aliorders_sync_lock IN ACCESS SHARE MODE")
        for statement in (
            "SELECT * FROM aliorders_sync_lock FOR UPDATE NOWAIT",
            "SELECT * FROM aliorders_sync_lock FOR KEY SHARE NOWAIT",
            "UPDATE aliorders_sync_lock SET pid = pg_backend_pid(), holder = current_user",
            "LOCK TABLE aliorders_sync_lock IN EXCLUSIVE MODE NOWAIT",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege), raw.transaction():
                raw.execute(statement)
        store.open_database(viewer)
        assert not store.sync_running()
        with pytest.raises(store.ViewOnlyError), store.sync_lock():
            pass
        store.open_database(admin)
        assert sync(demo_gateway) == "completed"  # while the viewer still holds all of the above
    with psycopg.connect(admin, autocommit=True) as claim:  # what an admin's running sync holds
        claim.execute("UPDATE aliorders_sync_lock SET holder = current_user, pid = pg_backend_pid()")
        store.open_database(viewer)
        assert store.sync_running()
    deadline = time.monotonic() + 30  # the server process ends a moment after its connection
    while store.sync_running() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not store.sync_running()


def test_a_member_who_may_write_is_refused_while_others_may_create_until_the_owner_opens_it(
    legacy_default: str, member: Member
) -> None:
    viewer, admin = member(VIEWER_ROLE), member(ADMIN_ROLE)
    init(legacy_default)
    with psycopg.connect(legacy_default, autocommit=True) as owner:
        owner.execute(f"GRANT CREATE ON SCHEMA public TO {VIEWER_ROLE}")
        owner.execute(OLD_TRIGGER_FUNCTION)
    with pytest.raises(store.WorkspaceNotSecuredError) as refused:
        store.open_database(admin)
    message = str(refused.value)
    assert f"other database users ({VIEWER_ROLE}) may create objects" in message
    assert f'REVOKE CREATE ON SCHEMA "public" FROM "{VIEWER_ROLE}";' in message
    assert "aliorders workspace init --db postgresql://postgres@" in message
    store.open_database(viewer)  # a viewer's own code runs as a viewer: nothing to fear
    assert store.count_orders(store.OrderFilter()) == 0

    store.open_database(legacy_default)  # the owner secures it on opening
    store.open_database(admin)
    store.save_orders([order_record()], T0)
    with psycopg.connect(legacy_default) as owner:
        settings = owner.execute(
            "SELECT proconfig FROM pg_proc WHERE proname = 'aliorders_notify_change'"
        ).fetchone()[0]
        assert settings == ["search_path=pg_catalog, pg_temp"]
        may_create = owner.execute("SELECT has_schema_privilege(%s, 'public', 'CREATE')", (VIEWER_ROLE,))
        assert not may_create.fetchone()[0]
