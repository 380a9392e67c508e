"""Copying a local history (an SQLite orders file) into the open team workspace.

Orders are matched on their sub-order ID (`on_conflict`), so running the import again, or importing
two laptops' files that overlap, never duplicates anything. A workspace row is only replaced by a
local one that is newer: a later status by the lifecycle rules and a later `updated_at`. Status
changes and finished sync runs are copied when the workspace lacks them. The local file is opened
read-only and never changed. One transaction per batch, as a sync saves one per page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from peewee import Database, PeeweeException, SqliteDatabase

from aliorders_desktop import store
from aliorders_desktop.i18n import translate
from aliorders_desktop.store import Order, SaveCounts, StatusChange, SyncOutcome, SyncRun
from aliorders_desktop.store.migrations import check_schema
from aliorders_desktop.store.rules import moves_forward

BATCH = 500
"""Orders per transaction (500 rows of 34 columns stay far below PostgreSQL's parameter limit)."""

_FIELDS = tuple(field for field in Order._meta.sorted_fields if field is not Order.id)
_NAMES = [field.name for field in _FIELDS]  # positions by name: peewee fields overload ==
_SUB, _STATUS, _FIRST_SEEN, _UPDATED, _PARAMETERS = map(
    _NAMES.index, ("sub_order_id", "status", "first_seen_at", "updated_at", "custom_parameters")
)
_COMPARED = tuple(i for i, name in enumerate(_NAMES) if name not in ("first_seen_at", "updated_at"))
"""Positions of the columns whose difference makes a row "changed" (not the store's own times)."""
_CHANGE = (Order.sub_order_id, StatusChange.from_status, StatusChange.to_status, StatusChange.seen_at)
_RUN_FIELDS = tuple(field for field in SyncRun._meta.sorted_fields if field is not SyncRun.id)
_RUN_KEY = (SyncRun.range_start, SyncRun.range_end, SyncRun.started_at)
_RUN_KEY_AT = [[field.name for field in _RUN_FIELDS].index(field.name) for field in _RUN_KEY]


@dataclass(frozen=True)
class ImportReport:
    orders: SaveCounts
    status_changes: int
    """Status changes copied (those the workspace already had are not counted)."""
    sync_runs: int
    """Finished sync runs copied, interrupted ones too. A run still marked running is skipped: it
    may be live; once the next sync of that file records it as interrupted, importing copies it."""

    def summary(self) -> str:
        o = self.orders
        text = translate(
            "Workspace",
            "Imported orders: {new} new, {updated} updated, {unchanged} unchanged; "
            "{changes} status changes and {runs} sync runs copied.",
        )
        changes, runs = self.status_changes, self.sync_runs
        return text.format(new=o.new, updated=o.updated, unchanged=o.unchanged, changes=changes, runs=runs)


def import_history(source: str | Path, progress: Callable[[int], None] | None = None) -> ImportReport:
    """Copy the SQLite history at `source` into the open database; `progress(orders_done)` per batch.

    Raises `store.StoreError` for a local file that is missing or not an aliorders database, and
    for workspace problems (e.g. `ViewOnlyError` for a user without write grants). It holds the
    sync lock throughout, as a sync does (`store.SyncInProgressError` while one runs): a sync
    committing between this import's read of a row and its write could otherwise see its newer
    status overwritten by the file's older one.
    """
    local = _open_local(Path(source).expanduser())
    try:
        with store.sync_lock():
            return _import(local, progress)
    finally:
        local.close()


def _import(local: Database, progress: Callable[[int], None] | None) -> ImportReport:
    """`import_history`'s copying, one transaction per batch of orders."""
    counts, changes, done = SaveCounts(), 0, 0
    for batch in _local_batches(local):
        try:
            with store.db.atomic():
                counts += _upsert_orders(batch)
                changes += _copy_changes(local, [row[_SUB] for row in batch])
        except PeeweeException as exc:
            raise store.explain_error(exc) from exc
        done += len(batch)
        if progress:
            progress(done)
    return ImportReport(counts, changes, _copy_runs(local))


def _open_local(path: Path) -> Database:
    """The local file, read-only (SQLite's `mode=ro`), after checking it is an aliorders database."""
    location = str(path.resolve())
    if not path.is_file():
        raise store.DatabaseUnavailableError(location, translate("Workspace", "there is no such file"))
    local = SqliteDatabase(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        if check_schema(local, location) == 0:
            raise store.ForeignDatabaseError(location)
    except PeeweeException as exc:
        local.close()
        raise store.explain_error(exc, location) from exc
    except store.StoreError:
        local.close()
        raise
    return local


def _local_batches(local: Database) -> Iterator[list[tuple]]:
    """The local orders in primary-key order, BATCH at a time (keyset paging: constant cost)."""
    last = 0
    while True:
        query = Order.select(Order.id, *_FIELDS).where(Order.id > last).order_by(Order.id).limit(BATCH)
        rows = list(query.bind(local).tuples())
        if not rows:
            return
        last = rows[-1][0]
        yield [row[1:] for row in rows]


def _upsert_orders(batch: list[tuple]) -> SaveCounts:
    """Insert new orders and newer versions of stored ones; returns what changed."""
    query = Order.select(*_FIELDS).where(Order.sub_order_id.in_([row[_SUB] for row in batch]))
    stored = {row[_SUB]: row for row in query.tuples()}
    writes, new, updated = [], 0, 0
    for row in batch:
        old = stored.get(row[_SUB])
        if old is None:
            new += 1
            writes.append(row)
        elif _is_newer(row, old):
            updated += 1
            first_seen = min(row[_FIRST_SEEN], old[_FIRST_SEEN])
            writes.append((*row[:_FIRST_SEEN], first_seen, *row[_FIRST_SEEN + 1 :]))
    if writes:
        upsert = Order.insert_many(writes, fields=list(_FIELDS))
        upsert.on_conflict(conflict_target=[Order.sub_order_id], preserve=list(_FIELDS)).execute()
        keys = Order.select(Order.sub_order_id, Order.id).where(
            Order.sub_order_id.in_([r[_SUB] for r in writes])
        )
        pk = dict(keys.tuples())
        store.index_sub_ids({pk[row[_SUB]]: row[_PARAMETERS] for row in writes})
    return SaveCounts(new, updated, len(batch) - new - updated)


def _is_newer(local: tuple, stored: tuple) -> bool:
    differs = any(local[i] != stored[i] for i in _COMPARED)
    return differs and local[_UPDATED] > stored[_UPDATED] and moves_forward(stored[_STATUS], local[_STATUS])


def _copy_changes(local: Database, sub_order_ids: list[int]) -> int:
    """Copy the status changes of these orders that the workspace does not have yet."""

    def changes(database: Database | None) -> set[tuple]:
        query = (
            StatusChange.select(*_CHANGE)
            .join(Order, on=StatusChange.order == Order.id)
            .where(Order.sub_order_id.in_(sub_order_ids))
        )
        return set((query.bind(database) if database else query).tuples())

    missing = sorted(changes(local) - changes(None), key=lambda change: change[3])
    if not missing:
        return 0
    keys = Order.select(Order.sub_order_id, Order.id).where(Order.sub_order_id.in_(sub_order_ids))
    pk = dict(keys.tuples())
    rows = [(pk[sub], old, new, seen) for sub, old, new, seen in missing]
    fields = [StatusChange.order, StatusChange.from_status, StatusChange.to_status, StatusChange.seen_at]
    StatusChange.insert_many(rows, fields=fields).execute()
    return len(rows)


def _copy_runs(local: Database) -> int:
    """Copy finished sync runs the workspace lacks, so "last synced" covers the local history too."""
    finished = SyncRun.select(*_RUN_FIELDS).where(SyncRun.outcome != SyncOutcome.RUNNING)
    try:
        with store.db.atomic():
            known = set(SyncRun.select(*_RUN_KEY).tuples())
            rows = [r for r in finished.bind(local).tuples() if tuple(r[i] for i in _RUN_KEY_AT) not in known]
            if rows:
                SyncRun.insert_many(rows, fields=list(_RUN_FIELDS)).execute()
    except PeeweeException as exc:
        raise store.explain_error(exc) from exc
    return len(rows)
