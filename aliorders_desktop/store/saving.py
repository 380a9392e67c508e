"""Putting API pages into the store (upsert by sub-order ID) and deleting rows.

One call of `save_orders` is one page and one transaction: a cancelled or failed sync keeps
every page it finished and nothing of the one it was on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from peewee import __exception_wrapper__

from ..aliexpress.orders import OrderRecord
from .database import batches
from .models import BaseModel, Order, StatusChange, UtcTimestampField, db, tracking_key
from .rules import moves_forward

Values = dict[str, Any]

_RATE = re.compile(r"[0-9]+(?:\.[0-9]+)?")

# Order has a column of the same name for every OrderRecord field (a new field fails here).
_API_FIELDS = tuple(Order._meta.fields[field.name] for field in fields(OrderRecord))
_API_NAMES = tuple(field.name for field in _API_FIELDS)
_TIME_FIELDS = tuple(field for field in _API_FIELDS if isinstance(field, UtcTimestampField))
_STORED_FIELDS = (*_API_FIELDS, Order.tracking_key)
"""What a sighting can change; `first_seen_at` and `updated_at` are the store's own."""


@dataclass(frozen=True)
class SaveCounts:
    """What saving did: sub-orders never seen before, changed, and already stored as they are."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0

    def __add__(self, other: SaveCounts) -> SaveCounts:
        return SaveCounts(
            self.new + other.new,
            self.updated + other.updated,
            self.unchanged + other.unchanged,
        )


def save_orders(records: Iterable[OrderRecord], now: datetime) -> SaveCounts:
    """Store one page of sub-orders and record every status change; returns what changed.

    A sub-order that appears twice counts once, as its last appearance. A sighting whose
    status is behind the stored one is an older view of the order and changes nothing (Invalid
    can follow any status; nothing follows Invalid). A field the API left out (None) keeps its
    stored value. `updated_at` moves only when something changed; `first_seen_at` never does.
    """
    incoming = {record.sub_order_id: _values(record) for record in records}
    if not incoming:
        return SaveCounts()
    new = updated = 0
    writes: list[Values] = []
    transitions: list[tuple[int, str | None, str]] = []
    with db.atomic():
        stored = _stored(list(incoming))
        for sub_order_id, values in incoming.items():
            old = stored.get(sub_order_id)
            if old is None:
                new += 1
                writes.append({**values, "first_seen_at": now, "updated_at": now})
                transitions.append((sub_order_id, None, values["status"]))
                continue
            if not moves_forward(old["status"], values["status"]):
                continue
            merged = {name: old[name] if value is None else value for name, value in values.items()}
            if all(merged[name] == old[name] for name in merged):
                continue
            updated += 1
            writes.append({**merged, "first_seen_at": old["first_seen_at"], "updated_at": now})
            if merged["status"] != old["status"]:
                transitions.append((sub_order_id, old["status"], merged["status"]))
        _insert(
            Order,
            writes,
            conflict_target=[Order.sub_order_id],
            preserve=[*_STORED_FIELDS, Order.updated_at],
        )
        _record(transitions, now)
    return SaveCounts(new, updated, len(incoming) - new - updated)


def delete_orders(ids: Iterable[int]) -> int:
    """Delete rows by primary key with their status history; returns how many rows went.

    A later sync of the same range brings a deleted order back if it still exists.
    """
    deleted = 0
    with db.atomic():
        for chunk in batches(ids):
            StatusChange.delete().where(StatusChange.order.in_(chunk)).execute()
            deleted += Order.delete().where(Order.id.in_(chunk)).execute()
    return deleted


def _values(record: OrderRecord) -> Values:
    """The record as the store keeps it, normalised so that equal means unchanged."""
    values = {name: getattr(record, name) for name in _API_NAMES}
    for field in _TIME_FIELDS:  # whole seconds in UTC, exactly as they come back
        values[field.name] = field.python_value(field.db_value(values[field.name]))
    tracking_id = (values["tracking_id"] or "").strip() or None
    values["tracking_id"] = tracking_id
    values["tracking_key"] = None if tracking_id is None else tracking_key(tracking_id)
    values["commission_rate"] = _rate(values["commission_rate"])
    return values


def _rate(text: str | None) -> str | None:
    """The rate without its percent sign ("7.00%" becomes "7.00"), or None if not a number.

    Sorting casts the rate to NUMERIC, which PostgreSQL refuses to do for text like "n/a".
    """
    if text is None:
        return None
    text = text.strip().removesuffix("%").strip()
    return text if _RATE.fullmatch(text) else None


def _stored(sub_order_ids: list[int]) -> dict[int, Values]:
    columns = (*_STORED_FIELDS, Order.first_seen_at)
    return {
        row["sub_order_id"]: row
        for chunk in batches(sub_order_ids)
        for row in Order.select(*columns).where(Order.sub_order_id.in_(chunk)).dicts()
    }


def _insert(model: type[BaseModel], rows: list[Values], **on_conflict: Any) -> None:
    """INSERT `rows` (dicts with the same keys) as one statement run once per row.

    Peewee writes the SQL, the driver's executemany runs it: rendering a multi-row VALUES list
    costs peewee several times what SQLite needs to run it, and one row per execution never
    comes near the bound-variable limit. For orders, ON CONFLICT … DO UPDATE keeps the primary
    key (REPLACE would delete the row and its history) and sets every API column and
    `updated_at`, never `first_seen_at`.
    """
    if not rows:
        return
    columns = [model._meta.fields[name] for name in rows[0]]
    query = model.insert_many([tuple(rows[0].values())], fields=columns)
    if on_conflict:
        query = query.on_conflict(**on_conflict)
    sql, _ = query.sql()
    to_db = [column.db_value for column in columns]
    params = [
        tuple(convert(value) for convert, value in zip(to_db, row.values(), strict=True)) for row in rows
    ]
    with __exception_wrapper__:  # driver errors as peewee's, like every other query
        db.cursor().executemany(sql, params)


def _record(transitions: list[tuple[int, str | None, str]], now: datetime) -> None:
    if not transitions:
        return
    keys = _primary_keys([sub_order_id for sub_order_id, _, _ in transitions])
    rows = [
        {"order": keys[sub_order_id], "from_status": old, "to_status": new, "seen_at": now}
        for sub_order_id, old, new in transitions
    ]
    _insert(StatusChange, rows)


def _primary_keys(sub_order_ids: list[int]) -> dict[int, int]:
    return {
        sub_order_id: pk
        for chunk in batches(sub_order_ids)
        for sub_order_id, pk in Order.select(Order.sub_order_id, Order.id)
        .where(Order.sub_order_id.in_(chunk))
        .tuples()
    }
