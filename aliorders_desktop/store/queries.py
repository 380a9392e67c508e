"""Reading orders for the table, the detail view and exports; SQL filters and sorts.

The window keeps either the ordered primary keys (`order_ids`) or a count plus windows
(`fetch_window`), and loads only the visible rows (`fetch_rows`). Rows are `OrderRow` named
tuples: cheap to build, immutable, money in integer minor units, times as aware UTC datetimes.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from typing import NamedTuple

from peewee import SQL, BooleanField, Cast, ColumnBase, Node, Select, fn

from .database import batches, describe_location
from .filters import OrderFilter, filtered, rows_where_in
from .models import Order, StatusChange, UtcTimestampField, db
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

_CONVERSIONS = [
    (index, partial(datetime.fromtimestamp, tz=UTC) if isinstance(column, UtcTimestampField) else bool)
    for index, column in enumerate(_ROW_COLUMNS)
    if isinstance(column, UtcTimestampField | BooleanField)
]
"""Where a raw value needs converting, and how: C callables, no Python frame per value (as
`UtcTimestampField.python_value` and `BooleanField.python_value` would do, a million times six)."""

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
    """How many sub-orders match (the table's row count).

    COUNT(*) rather than COUNT(id): unfiltered, SQLite then counts the entries of its smallest
    B-tree in C (about 4 ms at a million orders) instead of stepping through every row (50 ms).
    """
    return filtered(Order.select(fn.COUNT(SQL("*"))), f).scalar()


def order_ids(f: OrderFilter, sort: str = DEFAULT_SORT, descending: bool = True) -> list[int]:
    """Primary keys of the matching rows, in display order."""
    return list(_ordered_ids(f, sort, descending))


def fetch_window(
    f: OrderFilter, sort: str, descending: bool, offset: int, limit: int, total: int | None = None
) -> list[OrderRow]:
    """Rows `offset` … `offset + limit - 1` of the matching rows in display order.

    The window's keys are found first and only its rows are read: sorting or skipping keys
    reads an index or a narrow column instead of every column of every candidate row (at a
    million orders, a Tracking ID prefix filter went from 330 ms to 45 ms, an unindexed sort
    from up to 3.9 s to 0.4 s). When the caller knows `total` (the matching count), a window in
    the second half is read from the other end, since skipping costs time in proportion to the
    rows skipped: the last rows of a million come as fast as the first.
    """
    if total is not None and offset > total // 2:
        end = min(offset + limit, total)
        if end <= offset:
            return []
        return _window(f, sort, not descending, total - end, end - offset)[::-1]
    return _window(f, sort, descending, offset, limit)


def fetch_rows(ids: Iterable[int]) -> list[OrderRow]:
    """The rows with these primary keys, in the order given; keys no longer stored are skipped."""
    ids = list(ids)
    by_id = {row.id: row for row in _make_rows(rows_where_in(Order.select(*_ROW_COLUMNS), Order.id, ids))}
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
    for chunk in _id_batches(f, sort, descending, batch):
        yield from fetch_rows(chunk)


def iter_value_batches(
    f: OrderFilter,
    fields: Sequence[str],
    sort: str = DEFAULT_SORT,
    descending: bool = True,
    batch: int = 5000,
) -> Iterator[list[tuple]]:
    """The stored values of `fields` of every matching row in display order, `batch` rows at a
    time, read as `iter_rows` reads rows but raw: times as UTC epoch seconds, money in minor units,
    flags as the driver gives them.

    An export formats every value itself anyway, so it skips building an `OrderRow` (and its
    datetimes) only to take it apart again, and can format a batch a column at a time.
    """
    query = Order.select(Order.id, *(getattr(Order, name) for name in fields))
    for chunk in _id_batches(f, sort, descending, batch):
        by_id = {values[0]: values[1:] for values in rows_where_in(query, Order.id, chunk)}
        yield [values for values in map(by_id.get, chunk) if values is not None]


def iter_selected(
    f: OrderFilter,
    columns: Sequence[Node],
    sort: str = DEFAULT_SORT,
    descending: bool = True,
    batch: int = 5000,
) -> Iterator[list[tuple]]:
    """`columns` (expressions over `Order`) of every matching row in display order, `batch` rows
    at a time, streamed from one query as the database produces them (on a file database: on a
    server, the driver would first hold every row in memory). Its read lasts as long as the
    caller reads, which in WAL mode stops no writer."""
    cursor = db.execute(filtered(Order.select(*columns), f).order_by(*_ordering(sort, descending)))
    while rows := cursor.fetchmany(batch):
        yield rows


def _id_batches(f: OrderFilter, sort: str, descending: bool, batch: int) -> Iterator[list[int]]:
    """The ordered keys of the matching rows, `batch` at a time, read up front (see `iter_rows`)."""
    return batches(array("q", _ordered_ids(f, sort, descending)), batch)


def sub_orders_of(order_id: int) -> list[OrderRow]:
    """All line items of one buyer order, to show they belong together."""
    query = Order.select(*_ROW_COLUMNS).where(Order.order_id == order_id)
    return _rows(query.order_by(Order.sub_order_id))


def sub_order_counts(order_ids: Iterable[int]) -> dict[int, int]:
    """How many sub-orders each of these buyer orders has (orders not stored are left out), so
    the table can mark rows that belong to one checkout."""
    # Each batch holds distinct order IDs and groups by them, so no order spans two batches.
    return dict(
        rows_where_in(
            Order.select(Order.order_id, fn.COUNT(Order.id)),
            Order.order_id,
            set(order_ids),
            group_by=[Order.order_id],
        )
    )


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


def _window(f: OrderFilter, sort: str, descending: bool, offset: int, limit: int) -> list[OrderRow]:
    ordering = _ordering(sort, descending)
    keys = filtered(Order.select(Order.id), f).order_by(*ordering).offset(offset).limit(limit)
    return _rows(Order.select(*_ROW_COLUMNS).where(Order.id.in_(keys)).order_by(*ordering))


def _rows(query: Select) -> list[OrderRow]:
    return _make_rows(db.execute(query))


def _make_rows(values: Iterable[tuple]) -> list[OrderRow]:
    """Rows from raw database values: only times and flags need converting, so only they are
    (peewee's `.tuples()` converts every column of every row, a third of an export's time)."""
    rows = []
    for raw in values:
        row = list(raw)
        for index, convert in _CONVERSIONS:
            if row[index] is not None:
                row[index] = convert(row[index])
        rows.append(OrderRow._make(row))
    return rows
