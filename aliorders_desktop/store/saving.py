"""Putting API pages into the store (upsert by sub-order ID) and deleting rows.

One call of `save_orders` is one page and one transaction: a cancelled or failed sync keeps
every page it finished and nothing of the one it was on.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from operator import attrgetter
from typing import Any

from peewee import DataError, Field, IntegrityError, __exception_wrapper__

from ..aliexpress.orders import OrderRecord, RecordProblem
from .database import batches
from .filters import rows_where_in
from .models import BaseModel, Order, StatusChange, SubId, UtcTimestampField, db, tracking_key
from .rules import moves_forward
from .sub_ids import parse_sub_ids

log = logging.getLogger(__name__)

Row = tuple[Any, ...]
"""Column values as the database stores them (times as epoch seconds), in `_STORED_FIELDS` order."""

_RATE = re.compile(r"[0-9]+(?:\.[0-9]+)?")

# Order has a column of the same name for every OrderRecord field (a new field fails here).
_API_FIELDS = tuple(Order._meta.fields[field.name] for field in fields(OrderRecord))
_STORED_FIELDS = (*_API_FIELDS, Order.tracking_key)
"""What a sighting can change; `first_seen_at` and `updated_at` are the store's own."""
_WRITTEN_FIELDS = (*_STORED_FIELDS, Order.first_seen_at, Order.updated_at)
_TIMES = tuple(
    (index, field.db_value) for index, field in enumerate(_API_FIELDS) if isinstance(field, UtcTimestampField)
)
_NAMES = tuple(field.name for field in _API_FIELDS)
_API_VALUES = attrgetter(*_NAMES)
_INSERT_SQL: dict[tuple[type[BaseModel], tuple[str, ...], bool, type], str] = {}
"""`_insert`'s statements by (model, column names, upsert or not, database class)."""
_SUB_ORDER_ID, _STATUS, _TRACKING_ID, _RATE_AT, _PARAMETERS = (
    _NAMES.index(name)
    for name in ("sub_order_id", "status", "tracking_id", "commission_rate", "custom_parameters")
)
_LIFE_TIMES = tuple(_NAMES.index(name) for name in ("settled_at", "finished_at", "paid_at", "created_at"))
"""Which of two listings with the same status is later: compared in this order."""


@dataclass(frozen=True)
class SaveCounts:
    """What saving did: sub-orders never seen before, changed, and already stored as they are,
    and those the database could not hold at all (skipped; the next sync meets them again)."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: tuple[RecordProblem, ...] = ()

    def __add__(self, other: SaveCounts) -> SaveCounts:
        return SaveCounts(
            self.new + other.new,
            self.updated + other.updated,
            self.unchanged + other.unchanged,
            self.skipped + other.skipped,
        )


_ONE_ROW_ERRORS = (OverflowError, ValueError, DataError, IntegrityError)
"""What one order's values can make the store refuse: a number too large for a 64-bit column
(sqlite3's OverflowError, PostgreSQL's "out of range"), a time it cannot place, an empty value
where one is required. Errors about the database as a whole (disk full, locked, read-only) are
not among them: they stop the page."""

_INT64 = range(-(2**63), 2**63)


def save_orders(records: Iterable[OrderRecord], now: datetime, sync_run: int | None = None) -> SaveCounts:
    """Store one page of sub-orders and record every status change; returns what changed.

    Status changes are marked with `sync_run` (the id of the sync saving the page), which is what
    "Changed in last sync" and the sync's notification read (`changes`).

    A sub-order listed twice counts once, as its latest listing: the later status, or for the
    same status the later times. A sighting whose status is behind the stored one is an older
    view of the order and changes nothing (Invalid can follow any status; nothing follows
    Invalid). A field the API left out (None) keeps its stored value. `updated_at` moves only
    when something changed; `first_seen_at` never does.

    The page is one transaction. Should the database refuse one order's values, the page is
    saved again order by order (each in a savepoint), and the orders it refuses are skipped and
    named in `SaveCounts.skipped`, so one odd order never costs the rest of its page.
    """
    records = list(records)
    if not records:
        return SaveCounts()
    seen = Order.updated_at.db_value(now)
    try:
        incoming = _latest_listings(map(_values, records))
        with db.atomic():
            return _save_rows(incoming, seen, sync_run)
    except _ONE_ROW_ERRORS as exc:
        log.warning("the database refused an order of this page (%s); saving its orders one by one", exc)
    counts, rows, named = SaveCounts(), [], {}
    for record in records:
        try:
            rows.append(_values(record))
        except _ONE_ROW_ERRORS as exc:
            counts += _skipped(record, exc)
        else:
            named[record.sub_order_id] = record
    with db.atomic():
        for sub_order_id, row in _latest_listings(rows).items():
            try:
                with db.atomic():  # a savepoint: a refused order leaves the others' writes alone
                    counts += _save_rows({sub_order_id: row}, seen, sync_run)
            except _ONE_ROW_ERRORS as exc:
                counts += _skipped(named[sub_order_id], exc)
    return counts


def _save_rows(incoming: dict[int, Row], seen: int, sync_run: int | None) -> SaveCounts:
    """Upsert these rows (by sub-order ID) in the open transaction, as `save_orders` describes."""
    if not incoming:
        return SaveCounts()
    new = updated = 0
    writes: list[Row] = []
    transitions: list[tuple[int, str | None, str]] = []
    parameters: dict[int, str | None] = {}  # sub-order ID -> custom parameters that changed
    stored = _stored(list(incoming))
    for sub_order_id, values in incoming.items():
        old = stored.get(sub_order_id)
        if old is None:
            new += 1
            writes.append((*values, seen, seen))
            transitions.append((sub_order_id, None, values[_STATUS]))
            parameters[sub_order_id] = values[_PARAMETERS]
            continue
        if not moves_forward(old[_STATUS], values[_STATUS]):
            continue
        merged = tuple(kept if value is None else value for value, kept in zip(values, old, strict=False))
        if merged == old[: len(merged)]:
            continue
        updated += 1
        writes.append((*merged, old[-1], seen))
        if merged[_STATUS] != old[_STATUS]:
            transitions.append((sub_order_id, old[_STATUS], merged[_STATUS]))
        if merged[_PARAMETERS] != old[_PARAMETERS]:
            parameters[sub_order_id] = merged[_PARAMETERS]
    _insert(
        Order,
        _WRITTEN_FIELDS,
        writes,
        conflict_target=[Order.sub_order_id],
        preserve=[*_STORED_FIELDS, Order.updated_at],
    )
    _record(transitions, seen, sync_run)
    if parameters:
        keys = _primary_keys(list(parameters))
        index_sub_ids({keys[sub_order_id]: text for sub_order_id, text in parameters.items()})
    return SaveCounts(new, updated, len(incoming) - new - updated)


def _latest_listings(rows: Iterable[Row]) -> dict[int, Row]:
    """The rows by sub-order ID, keeping the latest listing of one listed twice (`_later`)."""
    latest: dict[int, Row] = {}
    for row in rows:
        key = row[_SUB_ORDER_ID]
        latest[key] = row if key not in latest else _later(latest[key], row)
    return latest


def _later(first: Row, second: Row) -> Row:
    """Of two listings of one sub-order on a page, the one that shows it later in its life.

    A page lists an order twice when it changed while AliExpress assembled the answer: the later
    status wins, and for the same status the later times (settled, then finished, then paid).
    """
    if first[_STATUS] != second[_STATUS]:
        return second if moves_forward(first[_STATUS], second[_STATUS]) else first
    if _progress(second) >= _progress(first):
        return second
    return first


def _progress(row: Row) -> tuple[int, ...]:
    return tuple(-1 if row[index] is None else row[index] for index in _LIFE_TIMES)


def _skipped(record: OrderRecord, error: Exception) -> SaveCounts:
    """The order the database refused, named by its first value out of a 64-bit column's range."""
    problem = RecordProblem(str(record.sub_order_id), "", "")
    for field in fields(OrderRecord):
        value = getattr(record, field.name)
        if isinstance(value, int) and not isinstance(value, bool) and value not in _INT64:
            problem = RecordProblem(str(record.sub_order_id), field.name, str(value)[:40])
            break
    log.warning("sub-order %s skipped: the database refused it (%s)", problem.sub_order_id, error)
    return SaveCounts(skipped=(problem,))


def delete_orders(ids: Iterable[int]) -> int:
    """Delete rows by primary key with their status history; returns how many rows went.

    A later sync of the same range brings a deleted order back if it still exists.
    """
    deleted = 0
    with db.atomic():
        for chunk in batches(ids):
            StatusChange.delete().where(StatusChange.order.in_(chunk)).execute()
            SubId.delete().where(SubId.order.in_(chunk)).execute()
            deleted += Order.delete().where(Order.id.in_(chunk)).execute()
    return deleted


def index_sub_ids(parameters: dict[int, str | None]) -> None:
    """Replace the stored sub IDs of orders (by primary key) with those of their custom parameters.

    Call it inside the transaction that wrote the orders, so the pairs never disagree with them.
    """
    for chunk in batches(parameters):
        SubId.delete().where(SubId.order.in_(chunk)).execute()
    rows = [(pk, key, value) for pk, text in parameters.items() for key, value in parse_sub_ids(text)]
    _insert(SubId, (SubId.order, SubId.key, SubId.value), rows)


def _values(record: OrderRecord) -> Row:
    """The record as the store keeps it, normalised so that equal means unchanged.

    Values are in the database's own representation (times as UTC epoch seconds), so they go into
    the INSERT and compare with stored rows without a conversion per column: at a million rows,
    per-column conversions cost several times what SQLite needs to store them.
    """
    values = list(_API_VALUES(record))
    for index, to_epoch in _TIMES:  # whole seconds in UTC, exactly as they come back
        if values[index] is not None:
            values[index] = to_epoch(values[index])
    tracking_id = (values[_TRACKING_ID] or "").strip() or None
    values[_TRACKING_ID] = tracking_id
    values[_RATE_AT] = _rate(values[_RATE_AT])
    return (*values, None if tracking_id is None else tracking_key(tracking_id))


def _rate(text: str | None) -> str | None:
    """The rate without its percent sign ("7.00%" becomes "7.00"), or None if not a number.

    Sorting casts the rate to NUMERIC, which PostgreSQL refuses to do for text like "n/a".
    """
    if text is None:
        return None
    text = text.strip().removesuffix("%").strip()
    return text if _RATE.fullmatch(text) else None


def _stored(sub_order_ids: list[int]) -> dict[int, Row]:
    """Stored rows by sub-order ID: `_STORED_FIELDS` then `first_seen_at`, as the database has them."""
    query = Order.select(*_STORED_FIELDS, Order.first_seen_at)
    return {row[_SUB_ORDER_ID]: row for row in rows_where_in(query, Order.sub_order_id, sub_order_ids)}


def _insert(model: type[BaseModel], columns: Sequence[Field], rows: list[Row], **on_conflict: Any) -> None:
    """INSERT `rows` (values in the database's representation) as one statement run once per row.

    Peewee writes the SQL, the driver's executemany runs it: rendering a multi-row VALUES list
    costs peewee several times what SQLite needs to run it, and one row per execution never
    comes near the bound-variable limit. For orders, ON CONFLICT … DO UPDATE keeps the primary
    key (REPLACE would delete the row and its history) and sets every API column and
    `updated_at`, never `first_seen_at`. The SQL is rendered once per model, columns and kind of
    database: peewee takes longer to write it than SQLite takes to store a page of 50 orders.
    """
    if not rows:
        return
    key = (model, tuple(column.name for column in columns), bool(on_conflict), type(db.obj))
    sql = _INSERT_SQL.get(key)
    if sql is None:
        query = model.insert_many([(None,) * len(columns)], fields=list(columns))  # only its SQL is used
        sql = _INSERT_SQL[key] = (query.on_conflict(**on_conflict) if on_conflict else query).sql()[0]
    with __exception_wrapper__:  # driver errors as peewee's, like every other query
        db.cursor().executemany(sql, rows)


def _record(transitions: list[tuple[int, str | None, str]], seen: int, sync_run: int | None) -> None:
    if not transitions:
        return
    keys = _primary_keys([sub_order_id for sub_order_id, _, _ in transitions])
    rows = [(keys[sub_order_id], old, new, seen, sync_run) for sub_order_id, old, new in transitions]
    columns = (
        StatusChange.order,
        StatusChange.from_status,
        StatusChange.to_status,
        StatusChange.seen_at,
        StatusChange.sync_run,
    )
    _insert(StatusChange, columns, rows)


def _primary_keys(sub_order_ids: list[int]) -> dict[int, int]:
    return dict(rows_where_in(Order.select(Order.sub_order_id, Order.id), Order.sub_order_id, sub_order_ids))
