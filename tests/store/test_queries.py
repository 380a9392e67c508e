from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from aliorders_desktop.aliexpress.orders import OrderStatus
from aliorders_desktop.store import (
    DEFAULT_SORT,
    SORT_COLUMNS,
    OrderFilter,
    OrderRow,
    count_orders,
    database_summary,
    fetch_rows,
    fetch_window,
    iter_rows,
    iter_value_batches,
    order_ids,
    save_orders,
    sub_order_counts,
    sub_orders_of,
)

from .factory import T0, order_record

pytestmark = pytest.mark.usefixtures("store")

STATUSES = [s.value for s in OrderStatus]
RANK = {status: rank for rank, status in enumerate(STATUSES, start=1)}
ALL = OrderFilter()


def expected_estimate(row: OrderRow) -> int | None:
    """The documented estimated-commission rule, recomputed independently of the SQL."""
    if row.status == OrderStatus.INVALID:
        return 0
    confirmed = row.status in (OrderStatus.CONFIRMED, OrderStatus.SETTLED)
    if confirmed and row.estimated_finished_commission is not None:
        return row.estimated_finished_commission
    return row.estimated_paid_commission


SORT_VALUES: dict[str, Callable[[OrderRow], Any]] = {
    "order_id": lambda r: r.order_id,
    "sub_order_id": lambda r: r.sub_order_id,
    "product_id": lambda r: r.product_id,
    "product_title": lambda r: r.product_title and r.product_title.lower(),
    "status": lambda r: RANK[r.status],
    "created_at": lambda r: r.created_at,
    "paid_at": lambda r: r.paid_at,
    "finished_at": lambda r: r.finished_at,
    "settled_at": lambda r: r.settled_at,
    "quantity": lambda r: r.quantity,
    "paid_amount": lambda r: r.paid_amount,
    "finished_amount": lambda r: r.finished_amount,
    "estimated_commission": expected_estimate,
    "finished_commission": lambda r: 0 if r.status == "Invalid" else r.estimated_finished_commission,
    "commission_rate": lambda r: r.commission_rate and Decimal(r.commission_rate),
    "tracking_id": lambda r: r.tracking_id and r.tracking_id.casefold(),
    "custom_parameters": lambda r: r.custom_parameters,
    "ship_to_country": lambda r: r.ship_to_country,
    "currency": lambda r: r.currency,
}


@pytest.fixture
def rows() -> list[OrderRow]:
    """60 sub-orders with repeated values and gaps in every sortable column."""
    rng = random.Random(7)

    def maybe(value: object) -> object:
        return None if rng.random() < 0.15 else value

    records = [
        order_record(
            order_id=8_000_000_000_000_000 + rng.randrange(20),  # several sub-orders per order
            product_id=maybe(1_005_000_000_000_000 + rng.randrange(10)),
            product_title=maybe(rng.choice(["apple", "Banana", "cherry", "APPLE", "banana"])),
            status=rng.choice(STATUSES),
            created_at=maybe(T0 + timedelta(hours=rng.randrange(5))),
            paid_at=maybe(T0 + timedelta(hours=rng.randrange(5))),
            finished_at=maybe(T0 + timedelta(days=rng.randrange(3))),
            settled_at=maybe(T0 + timedelta(days=rng.randrange(3))),
            quantity=maybe(rng.randrange(1, 4)),
            paid_amount=maybe(rng.choice([500, 1000, 1500])),
            finished_amount=maybe(rng.choice([500, 1000])),
            estimated_paid_commission=maybe(rng.choice([10, 20, 30])),
            estimated_finished_commission=maybe(rng.choice([15, 25])),
            commission_rate=maybe(rng.choice(["7.00%", "10.00%", "3.5%", "7.00%"])),
            tracking_id=maybe(rng.choice(["Blog", "blog2", "YT", "yt-main", "a"])),
            custom_parameters=maybe(rng.choice(['{"af_sub":"a"}', '{"af_sub":"b"}'])),
            ship_to_country=maybe(rng.choice(["US", "RU", "ES"])),
            currency=maybe(rng.choice(["USD", "RUB"])),
        )
        for _ in range(60)
    ]
    save_orders(records, T0)
    return fetch_rows(order_ids(ALL))


def expected_order(rows: list[OrderRow], sort: str, descending: bool) -> list[int]:
    """Empty values first ascending, then the value, then the primary key; reversed descending."""

    def key(row: OrderRow) -> tuple[bool, Any, int]:
        value = SORT_VALUES[sort](row)
        return (value is not None, 0 if value is None else value, row.id)

    ascending = sorted(rows, key=key)
    ids = [r.id for r in ascending]
    return ids[::-1] if descending else ids


def test_every_sort_column_is_tested() -> None:
    assert set(SORT_VALUES) == set(SORT_COLUMNS)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", sorted(SORT_VALUES))
def test_sort(rows: list[OrderRow], sort: str, descending: bool) -> None:
    expected = expected_order(rows, sort, descending)
    assert order_ids(ALL, sort, descending) == expected
    assert [r.id for r in fetch_window(ALL, sort, descending, 0, 1000)] == expected


def test_unknown_sort_column(rows: list[OrderRow]) -> None:
    with pytest.raises(ValueError, match="Unknown sort column"):
        order_ids(ALL, "DROP TABLE orders", False)


def test_default_sort_is_newest_paid_first(rows: list[OrderRow]) -> None:
    assert order_ids(ALL) == expected_order(rows, DEFAULT_SORT, descending=True)


def test_windows_are_slices_of_the_ordered_ids(rows: list[OrderRow]) -> None:
    ids = order_ids(ALL, "paid_amount", True)
    assert count_orders(ALL) == len(ids) == 60
    for offset, limit in [(0, 10), (10, 10), (55, 10), (60, 10), (0, 0)]:
        window = fetch_window(ALL, "paid_amount", True, offset, limit)
        assert [r.id for r in window] == ids[offset : offset + limit]


@pytest.mark.parametrize("sort", ["paid_amount", "finished_at", "tracking_id"])  # with ties and NULLs
@pytest.mark.parametrize("descending", [True, False])
def test_windows_read_from_the_end_are_the_same_slices(
    rows: list[OrderRow], sort: str, descending: bool
) -> None:
    ids = order_ids(ALL, sort, descending)
    for offset, limit in [(29, 10), (31, 10), (50, 10), (55, 10), (59, 1), (60, 10), (0, 60)]:
        window = fetch_window(ALL, sort, descending, offset, limit, total=len(ids))
        assert [r.id for r in window] == ids[offset : offset + limit]


def test_fetch_rows_keeps_the_requested_order_and_skips_unknown_ids(rows: list[OrderRow]) -> None:
    by_id = {r.id: r for r in rows}
    wanted = [rows[5].id, 10**9, rows[0].id, rows[30].id]
    assert fetch_rows(wanted) == [by_id[rows[5].id], by_id[rows[0].id], by_id[rows[30].id]]
    assert fetch_rows([]) == []


@pytest.mark.parametrize("batch", [1, 7, 5000])
def test_iter_rows_streams_every_row_in_sort_order(rows: list[OrderRow], batch: int) -> None:
    f = OrderFilter(currency="USD")
    streamed = iter_rows(f, "product_title", False, batch=batch)
    assert iter(streamed) is streamed  # a generator, not a list
    assert list(streamed) == fetch_rows(order_ids(f, "product_title", False))


@pytest.mark.parametrize("batch", [1, 7, 5000])
def test_raw_values_come_in_batches_in_sort_order(rows: list[OrderRow], batch: int) -> None:
    f = OrderFilter(currency="USD")
    fields = ["sub_order_id", "created_at", "paid_amount"]
    batches = list(iter_value_batches(f, fields, "product_title", False, batch))
    assert all(0 < len(values) <= batch for values in batches)
    expected = [
        (row.sub_order_id, row.created_at and int(row.created_at.timestamp()), row.paid_amount)
        for row in fetch_rows(order_ids(f, "product_title", False))
    ]
    assert [values for chunk in batches for values in chunk] == expected


def test_rows_carry_commission_by_the_rules(rows: list[OrderRow]) -> None:
    for row in rows:
        assert row.estimated_commission == expected_estimate(row)
        expected_finished = 0 if row.status == "Invalid" else row.estimated_finished_commission
        assert row.finished_commission == expected_finished


def test_sub_orders_of_one_order(rows: list[OrderRow]) -> None:
    order_id = rows[0].order_id
    expected = sorted((r for r in rows if r.order_id == order_id), key=lambda r: r.sub_order_id)
    assert sub_orders_of(order_id) == expected
    assert sub_orders_of(1) == []


def test_sub_order_counts(rows: list[OrderRow]) -> None:
    wanted = {rows[0].order_id, rows[1].order_id, 1}
    expected = {o: sum(1 for r in rows if r.order_id == o) for o in wanted - {1}}
    assert sub_order_counts(wanted) == expected
    assert sub_order_counts([]) == {}


def test_database_summary(rows: list[OrderRow], store: Path) -> None:
    summary = database_summary()
    assert summary.order_count == 60
    assert summary.location == str(store.resolve())
