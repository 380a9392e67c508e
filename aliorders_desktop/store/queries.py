"""Reading orders for the table, the detail view and CSV export; SQL filters and sorts.

The window keeps either the ordered primary keys (`order_ids`) or a count plus windows
(`fetch_window`), and loads only the visible rows (`fetch_rows`). Rows are `OrderRow` named
tuples: cheap to build, immutable, money in integer minor units, times as aware UTC datetimes.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from peewee import Cast, ColumnBase, Node, Select, fn

from .database import batches, describe_location
from .filters import OrderFilter, filtered
from .models import Order, StatusChange, db
from .rules import ESTIMATED_COMMISSION, FINISHED_COMMISSION, STATUS_ORDER


class OrderRow(NamedTuple):
    """One stored sub-order plus its commission figures under the programme's rules."""

    id: int
    sub_order_id: int
    order_id: int
    status: str
    tracking_id: str | None
    custom_parameters: str | None
    product_id: int | None
    category_id: int | None
    product_title: str | None
    product_url: str | None
    product_image_url: str | None
    quantity: int | None
    site: str | None
    platform: str | None
    created_at: datetime | None
    paid_at: datetime | None
    finished_at: datetime | None
    settled_at: datetime | None
    paid_amount: int | None
    finished_amount: int | None
    estimated_paid_commission: int | None
    estimated_finished_commission: int | None
    new_buyer_bonus_commission: int | None
    commission_rate: str | None
    currency: str | None
    ship_to_country: str | None
    is_new_buyer: bool | None
    is_hot_product: bool | None
    is_affiliate_product: bool | None
    effect_detail_status: str | None
    first_seen_at: datetime
    updated_at: datetime
    estimated_commission: int | None
    """`rules.ESTIMATED_COMMISSION`: 0 for Invalid, the completion estimate once confirmed."""
    finished_commission: int | None
    """`rules.FINISHED_COMMISSION`: the completion estimate, 0 for Invalid."""


_COMPUTED = {"estimated_commission": ESTIMATED_COMMISSION, "finished_commission": FINISHED_COMMISSION}
_ROW_COLUMNS = [
    _COMPUTED[name].alias(name) if name in _COMPUTED else getattr(Order, name) for name in OrderRow._fields
]

SORT_COLUMNS: dict[str, ColumnBase] = {
    "order_id": Order.order_id,
    "sub_order_id": Order.sub_order_id,
    "product_id": Order.product_id,
    "product_title": fn.LOWER(Order.product_title),
    "status": STATUS_ORDER,
    "created_at": Order.created_at,
    "paid_at": Order.paid_at,
    "finished_at": Order.finished_at,
    "settled_at": Order.settled_at,
    "quantity": Order.quantity,
    "paid_amount": Order.paid_amount,
    "finished_amount": Order.finished_amount,
    "estimated_commission": ESTIMATED_COMMISSION,
    "finished_commission": FINISHED_COMMISSION,
    "commission_rate": Cast(Order.commission_rate, "NUMERIC"),
    "tracking_id": Order.tracking_key,
    "custom_parameters": Order.custom_parameters,
    "ship_to_country": Order.ship_to_country,
    "currency": Order.currency,
}
"""What each sortable column sorts by. Text sorts ignore case (tracking IDs through their key),
statuses sort by lifecycle, rates numerically. Every sort ends with the primary key in the
same direction, so equal values keep a stable order and one (column, id) index serves both
directions. Empty values come first ascending and last descending, on every backend."""

DEFAULT_SORT = "paid_at"


@dataclass(frozen=True)
class DatabaseSummary:
    location: str
    order_count: int


def count_orders(f: OrderFilter) -> int:
    """How many sub-orders match (the table's row count)."""
    return filtered(Order.select(fn.COUNT(Order.id)), f).scalar()


def order_ids(f: OrderFilter, sort: str = DEFAULT_SORT, descending: bool = True) -> list[int]:
    """Primary keys of the matching rows, in display order."""
    return list(_ordered_ids(f, sort, descending))


def fetch_window(f: OrderFilter, sort: str, descending: bool, offset: int, limit: int) -> list[OrderRow]:
    """Rows `offset` … `offset + limit - 1` of the matching rows in display order."""
    query = filtered(Order.select(*_ROW_COLUMNS), f)
    return _rows(query.order_by(*_ordering(sort, descending)).offset(offset).limit(limit))


def fetch_rows(ids: Iterable[int]) -> list[OrderRow]:
    """The rows with these primary keys, in the order given; keys no longer stored are skipped."""
    ids = list(ids)
    by_id = {
        row.id: row
        for chunk in batches(ids)
        for row in _rows(Order.select(*_ROW_COLUMNS).where(Order.id.in_(chunk)))
    }
    return [by_id[pk] for pk in ids if pk in by_id]


def iter_rows(
    f: OrderFilter, sort: str = DEFAULT_SORT, descending: bool = True, batch: int = 5000
) -> Iterator[OrderRow]:
    """Every matching row in display order, a batch at a time (for CSV export).

    Holds only the ordered primary keys (8 bytes each) and reads rows by key, `batch` at a time:
    one sort whatever the column, constant cost per batch at any depth, no read transaction
    held open while the caller writes, and the same behaviour on SQLite and PostgreSQL. A row
    deleted meanwhile is skipped; a row changed meanwhile is written as it is when read.
    """
    ids = array("q", _ordered_ids(f, sort, descending))
    for chunk in batches(ids, batch):
        yield from fetch_rows(chunk)


def sub_orders_of(order_id: int) -> list[OrderRow]:
    """All line items of one buyer order, to show they belong together."""
    query = Order.select(*_ROW_COLUMNS).where(Order.order_id == order_id)
    return _rows(query.order_by(Order.sub_order_id))


def sub_order_counts(order_ids: Iterable[int]) -> dict[int, int]:
    """How many sub-orders each of these buyer orders has (orders not stored are left out), so
    the table can mark rows that belong to one checkout."""
    return {
        order_id: count
        for chunk in batches(order_ids)
        for order_id, count in Order.select(Order.order_id, fn.COUNT(Order.id))
        .where(Order.order_id.in_(chunk))
        .group_by(Order.order_id)
        .tuples()
    }


def status_history(order_pk: int) -> list[StatusChange]:
    """Every status this sub-order was seen in, oldest first."""
    query = StatusChange.select().where(StatusChange.order == order_pk)
    return list(query.order_by(StatusChange.seen_at, StatusChange.id))


def database_summary() -> DatabaseSummary:
    """Where the open database is and how many sub-orders it holds."""
    return DatabaseSummary(describe_location(db.obj), count_orders(OrderFilter()))


def _ordering(sort: str, descending: bool) -> list[Node]:
    try:
        column = SORT_COLUMNS[sort]
    except KeyError:
        raise ValueError(f"Unknown sort column {sort!r}; known: {', '.join(SORT_COLUMNS)}") from None
    if descending:
        return [column.desc(nulls="last"), Order.id.desc()]
    return [column.asc(nulls="first"), Order.id.asc()]


def _ordered_ids(f: OrderFilter, sort: str, descending: bool) -> Iterator[int]:
    query = filtered(Order.select(Order.id), f).order_by(*_ordering(sort, descending))
    # The raw cursor: no per-row wrapper objects, which matters at a million keys.
    return (pk for (pk,) in db.execute(query))


def _rows(query: Select) -> list[OrderRow]:
    return [OrderRow._make(values) for values in query.tuples()]
