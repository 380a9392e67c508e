"""A date range on paid, confirmed or settled time: the same orders, three different answers.

Local days are those of America/Los_Angeles, whose clocks move in March and November, so that a
day of 23 or 25 hours and a month that starts on either side of a change are both exercised.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from aliorders_desktop import store
from aliorders_desktop.aliexpress.orders import OrderStatus
from aliorders_desktop.store import DateBasis, OrderFilter
from aliorders_desktop.store.statement import months_of, statement

from .factory import order_record

pytestmark = pytest.mark.usefixtures("store")

LA = ZoneInfo("America/Los_Angeles")


def local(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=LA)


def save(**orders: dict) -> dict[int, str]:
    """Save one sub-order per keyword; returns sub-order ID → keyword."""
    records = {name: order_record(**fields) for name, fields in orders.items()}
    store.save_orders(list(records.values()), datetime(2026, 12, 1, tzinfo=UTC))
    return {record.sub_order_id: name for name, record in records.items()}


def matched(names: dict[int, str], f: OrderFilter) -> set[str]:
    return {names[row.sub_order_id] for row in store.iter_rows(f)}


@pytest.fixture
def orders() -> dict[int, str]:
    settled = OrderStatus.SETTLED.value
    return save(
        # Paid in October, confirmed at the last second of October local time, settled 1 November.
        october=dict(
            status=settled,
            paid_at=local(2026, 10, 3, 9),
            finished_at=local(2026, 10, 31, 23, 59, 59),
            settled_at=local(2026, 11, 1, 0, 0, 0),
        ),
        # Settled on the day the clocks go back (1 November 2026 01:30 happens twice).
        dst_day=dict(
            status=settled,
            paid_at=local(2026, 9, 20, 12),
            finished_at=local(2026, 10, 10, 12),
            settled_at=datetime(2026, 11, 1, 9, 30, tzinfo=UTC),  # 01:30 PST, the second one
        ),
        # Settled on 30 November at 23:30 local time: 1 December in UTC.
        month_end=dict(
            status=settled,
            paid_at=local(2026, 10, 1, 0, 0, 0),
            finished_at=local(2026, 11, 5, 8),
            settled_at=local(2026, 11, 30, 23, 30),
        ),
        # Confirmed, not settled yet: it has no settlement time.
        confirmed=dict(
            status=OrderStatus.CONFIRMED.value,
            paid_at=local(2026, 11, 2, 10),
            finished_at=local(2026, 11, 20, 10),
        ),
        # Paid only.
        paid=dict(paid_at=local(2026, 11, 25, 10)),
        # Refunded before the buyer confirmed.
        invalid=dict(status=OrderStatus.INVALID.value, paid_at=local(2026, 11, 3, 10)),
    )


NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))


@pytest.mark.parametrize(
    ("basis", "expected"),
    [
        (DateBasis.PAID, {"confirmed", "paid", "invalid"}),
        (DateBasis.CONFIRMED, {"month_end", "confirmed"}),
        (DateBasis.SETTLED, {"october", "dst_day", "month_end"}),
    ],
)
def test_a_month_on_each_basis(orders: dict[int, str], basis: DateBasis, expected: set[str]) -> None:
    f = OrderFilter.for_days(*NOVEMBER, LA, basis=basis)
    assert matched(orders, f) == expected
    assert store.count_orders(f) == len(expected)
    assert sum(t.sub_orders for t in store.totals(f)) == len(expected)


@pytest.mark.parametrize(
    ("basis", "expected"),
    [
        (DateBasis.PAID, {"october", "month_end"}),
        (DateBasis.CONFIRMED, {"october", "dst_day"}),
        (DateBasis.SETTLED, set()),
    ],
)
def test_the_month_before(orders: dict[int, str], basis: DateBasis, expected: set[str]) -> None:
    f = OrderFilter.for_days(date(2026, 10, 1), date(2026, 10, 31), LA, basis=basis)
    assert matched(orders, f) == expected


def test_the_day_the_clocks_go_back_holds_both_of_its_01_30s(orders: dict[int, str]) -> None:
    day = date(2026, 11, 1)
    assert matched(orders, OrderFilter.for_days(day, day, LA, basis=DateBasis.SETTLED)) == {
        "october",
        "dst_day",
    }


def test_an_order_without_the_basis_time_is_in_no_range_but_in_all_time(orders: dict[int, str]) -> None:
    missing = {
        DateBasis.PAID: set(),
        DateBasis.CONFIRMED: {"paid", "invalid"},
        DateBasis.SETTLED: {"paid", "invalid", "confirmed"},
    }
    for basis in DateBasis:
        assert len(matched(orders, OrderFilter(basis=basis))) == 6
        since_ever = OrderFilter.for_days(date(2000, 1, 1), None, LA, basis=basis)
        assert matched(orders, since_ever) == set(orders.values()) - missing[basis]


def test_insights_buckets_follow_the_basis(orders: dict[int, str]) -> None:
    f = OrderFilter.for_days(*NOVEMBER, LA, basis=DateBasis.SETTLED, currency="USD")
    series = store.commission_series(f, LA)
    assert series.granularity == "day"
    settled = {bucket.first: bucket.sub_orders for bucket in series.buckets if bucket.sub_orders}
    # Both of 1 November's orders on that local day, though one was settled after the change.
    assert settled == {date(2026, 11, 1): 2, date(2026, 11, 30): 1}


def test_the_statement_counts_each_local_month_settled(orders: dict[int, str]) -> None:
    october, november, december = statement(months_of(date(2026, 10, 1), date(2026, 12, 31)), LA)
    assert [m.label for m in (october, november, december)] == ["2026-10", "2026-11", "2026-12"]
    assert (november.first, november.last) == (date(2026, 11, 1), date(2026, 11, 30))
    assert october.totals == [] and december.totals == []
    (usd,) = november.totals
    names = {orders[row.sub_order_id] for row in store.iter_rows(november.order_filter)}
    assert names == {"october", "dst_day", "month_end"}
    rows = [row for row in store.iter_rows(OrderFilter()) if orders[row.sub_order_id] in names]
    assert (usd.currency, usd.sub_orders) == ("USD", 3)
    assert usd.settled_commission == sum(row.estimated_commission for row in rows)
