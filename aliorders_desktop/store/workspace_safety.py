"""Keeping a workspace's members from running code as one another, PostgreSQL only.

A function or trigger runs with the rights of whoever calls it, and PostgreSQL picks among all
functions and operators of a name on the search path the one whose argument types match best. So
anyone who may create objects in the workspace's schema could plant a look-alike (say
`pg_notify(text, name)`) that the admin's sync, or the owner's import as a superuser, then runs.
Hence: only the schema's owner may create in it (`workspace init` revokes CREATE from everyone
else, PostgreSQL 14 and older grant it to PUBLIC), every function aliorders creates has a fixed
search path and qualified calls, and each connection searches only the system catalog (first),
the workspace's schema and, last, its own temporary schema.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from peewee import Database

from .migrations import (
    NOTIFY_BODY,
    NOTIFY_FUNCTION,
    SAFE_SEARCH_PATH,
    SYNC_LOCK_TABLE,
    install_change_notifications,
    install_sync_lock_table,
    quote_name,
    workspace_schema,
)
from .models import Order

ADMIN_ROLE = "aliorders_admin"
"""May sync (insert and update orders, record sync runs) and delete orders."""
VIEWER_ROLE = "aliorders_viewer"
"""May read everything: view, filter, refresh and export; nothing else."""

CONNECTION_SEARCH_PATH = (
    "SELECT pg_catalog.set_config('search_path', "
    "pg_catalog.quote_ident(pg_catalog.current_schema()) || ', pg_temp', false) "
    "WHERE pg_catalog.current_schema() IS NOT NULL"
)
"""Run on every new connection: the workspace's schema and then the session's own temporary one,
nothing else (no "$user" schema, and temporary objects last rather than first). The system
catalog stays where PostgreSQL puts it when the path leaves it out: before everything, so a
function there wins every tie; naming it first would make it the schema new tables go to."""

_OTHER_CREATORS = """
SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(a.grantee)::pg_catalog.text END
FROM pg_catalog.pg_namespace n CROSS JOIN LATERAL pg_catalog.aclexplode(n.nspacl) a
WHERE n.nspname = pg_catalog.current_schema() AND a.privilege_type = 'CREATE'
  AND a.grantee <> n.nspowner
  AND a.grantee IS DISTINCT FROM (
      SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = pg_catalog.to_regclass(%s))
  AND NOT COALESCE((SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.oid = a.grantee), false)
ORDER BY 1"""


_TRUSTED_OWNER = """(
    {owner} = n.nspowner
    OR {owner} = (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = pg_catalog.to_regclass(%s))
    OR COALESCE((SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.oid = {owner}), false))"""
_FOREIGN_ROUTINES = f"""
SELECT p.oid::pg_catalog.regprocedure::pg_catalog.text,
    pg_catalog.pg_get_userbyid(p.proowner)::pg_catalog.text
FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = pg_catalog.current_schema() AND NOT {_TRUSTED_OWNER.format(owner="p.proowner")}
UNION ALL
SELECT o.oid::pg_catalog.regoperator::pg_catalog.text,
    pg_catalog.pg_get_userbyid(o.oprowner)::pg_catalog.text
FROM pg_catalog.pg_operator o JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace
WHERE n.nspname = pg_catalog.current_schema() AND NOT {_TRUSTED_OWNER.format(owner="o.oprowner")}
ORDER BY 1"""


@dataclass(frozen=True)
class SafetyProblems:
    """What `find_problems` found; falsy when the workspace is secured."""

    outdated_trigger: bool
    """The change trigger's function is an earlier, unqualified one (or missing)."""
    missing_sync_lock: bool
    """The table behind the admins-only sync lock does not exist yet."""
    other_creators: tuple[str, ...]
    """Roles besides the schema's and tables' owners (and superusers) that may CREATE in it."""

    def __bool__(self) -> bool:
        return self.outdated_trigger or self.missing_sync_lock or bool(self.other_creators)


def other_creators(database: Database) -> tuple[str, ...]:
    """Who, besides the owners and superusers, may create objects in the workspace's schema."""
    rows = database.execute_sql(_OTHER_CREATORS, (Order._meta.table_name,)).fetchall()
    return tuple(row[0] for row in rows)


def foreign_routines(database: Database) -> list[tuple[str, str]]:
    """Functions and operators in the workspace's schema that neither its owners nor a superuser
    made, with their owners: only someone who could once create there made them, and the owner
    should drop what they do not know (while they exist, an unqualified call may reach them)."""
    table = Order._meta.table_name
    return [tuple(row) for row in database.execute_sql(_FOREIGN_ROUTINES, (table, table)).fetchall()]


def find_problems(database: Database) -> SafetyProblems:
    """Only reads: what `secure_workspace` would have to fix."""
    schema = quote_name(workspace_schema(database))
    current = database.execute_sql(
        "SELECT p.prosrc = %s AND p.proconfig = ARRAY[%s]::pg_catalog.text[] FROM pg_catalog.pg_proc p "
        "WHERE p.oid = pg_catalog.to_regprocedure(%s)",
        (NOTIFY_BODY, f"search_path={SAFE_SEARCH_PATH}", f"{schema}.{quote_name(NOTIFY_FUNCTION)}()"),
    ).fetchone()
    lock = database.execute_sql(
        "SELECT pg_catalog.to_regclass(%s) IS NULL", (f"{schema}.{quote_name(SYNC_LOCK_TABLE)}",)
    ).fetchone()[0]
    return SafetyProblems(not (current and current[0]), lock, other_creators(database))


def owns_workspace(database: Database) -> bool:
    """Whether the connected user owns the workspace's tables (or is a superuser), so may secure it."""
    return database.execute_sql(
        "SELECT pg_catalog.pg_has_role(relowner, 'USAGE') FROM pg_catalog.pg_class "
        "WHERE oid = pg_catalog.to_regclass(%s)",
        (Order._meta.table_name,),
    ).fetchone()[0]


def may_write(database: Database) -> bool:
    """Whether the connected user may change orders: then code planted by others must never run."""
    return database.execute_sql(
        "SELECT pg_catalog.has_table_privilege(%s, 'INSERT, UPDATE, DELETE, TRUNCATE')",
        (Order._meta.table_name,),
    ).fetchone()[0]


def secure_workspace(database: Database, roles: Iterable[str] = (ADMIN_ROLE, VIEWER_ROLE)) -> tuple[str, ...]:
    """Fix what `find_problems` finds, as the workspace's owner; returns whom CREATE was revoked from.

    Replaces the trigger function, creates the sync lock's table and grants it to those of `roles`
    that exist, and revokes CREATE on the schema from PUBLIC, those roles and anyone else who holds
    it. A non-superuser owner cannot revoke what a superuser granted (PostgreSQL 14 and older grant
    CREATE on `public` to PUBLIC that way): check `other_creators` afterwards.
    """
    install_change_notifications(database)
    install_sync_lock_table(database)
    schema = quote_name(workspace_schema(database))
    lock = f"{schema}.{quote_name(SYNC_LOCK_TABLE)}"
    exists = "SELECT pg_catalog.to_regrole(%s) IS NOT NULL"
    existing = [role for role in roles if database.execute_sql(exists, (quote_name(role),)).fetchone()[0]]
    for role in existing:
        writes = "SELECT, UPDATE" if role == ADMIN_ROLE else "SELECT"
        database.execute_sql(f"REVOKE ALL ON {lock} FROM {quote_name(role)}")
        database.execute_sql(f"GRANT {writes} ON {lock} TO {quote_name(role)}")
    revoked = tuple(dict.fromkeys(["PUBLIC", *existing, *other_creators(database)]))
    grantees = ", ".join(role if role == "PUBLIC" else quote_name(role) for role in revoked)
    database.execute_sql(f"REVOKE CREATE ON SCHEMA {schema} FROM {grantees}")
    return revoked


def revoke_statement(database: Database, roles: Iterable[str]) -> str:
    """The statement a superuser runs to take CREATE on the workspace's schema from `roles`."""
    grantees = ", ".join(role if role == "PUBLIC" else quote_name(role) for role in roles)
    return f"REVOKE CREATE ON SCHEMA {quote_name(workspace_schema(database))} FROM {grantees};"
