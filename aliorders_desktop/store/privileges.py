"""What the connected PostgreSQL user may do, asked of the server itself.

The answer comes from the grants in the database (`has_table_privilege`), never from a local
setting, so an admin's `GRANT` or `REVOKE` is the one place that decides who may sync.
"""

from __future__ import annotations

from peewee import Database


def current_user(database: Database) -> str:
    return database.execute_sql("SELECT current_user").fetchone()[0]


def has_privileges(
    database: Database, grants: dict[str, tuple[str, ...]], serials: tuple[str, ...] = ()
) -> bool:
    """Whether the current user holds every privilege listed per table (in the current schema),
    and may draw new keys from the `id` sequence of each table in `serials` (needed to INSERT)."""
    checks = ["pg_catalog.has_table_privilege(%s, %s)"] * sum(map(len, grants.values()))
    checks += [
        "pg_catalog.has_sequence_privilege(pg_catalog.pg_get_serial_sequence(%s, 'id'), 'USAGE')"
    ] * len(serials)
    params = [value for table, privileges in grants.items() for p in privileges for value in (table, p)]
    cursor = database.execute_sql(f"SELECT {' AND '.join(checks)}", [*params, *serials])
    return bool(cursor.fetchone()[0])
