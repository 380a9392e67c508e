from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from aliorders_desktop.aliexpress.orders import OrderRecord, OrderStatus
from aliorders_desktop.store import (
    Order,
    OrderFilter,
    count_orders,
    fetch_rows,
    order_ids,
    save_orders,
    totals,
)

from .factory import T0, order_record

pytestmark = pytest.mark.usefixtures("store")

PAID, CONFIRMED, SETTLED, INVALID = (s.value for s in OrderStatus)


@pytest.fixture
def records() -> list[OrderRecord]:
    specs = [
        # order_id, sub_order_id, product_id, tracking_id, status, currency, paid hour
        (8123456789012345, 8123456789012346, 1005001234567890, "YouTube_Main", PAID, "USD", 0),
        (8123456789012345, 8123456789012347, 1005001234567891, "youtube_shorts", CONFIRMED, "USD", 1),
        (8123999999999999, 8124000000000001, 1005009999999999, "blog", SETTLED, "RUB", 2),
        (81234, 81235, 42, "tg-deals", INVALID, "RUB", 3),
        (9000000000000000001, 9000000000000000002, 9000000000000000003, None, PAID, "USD", 4),
        (812, 813, 4200, "", PAID, "USD", 5),
        (7123456789012345, 7123456789012346, 1005001234567890, "50%_off", SETTLED, "USD", 6),
        (7000000000000000, 7000000000000001, 77, "Ñandú-promo", CONFIRMED, "RUB", 7),
        (7000000000000002, 7000000000000003, 78, 'it\'s "quoted"', PAID, "USD", 8),
    ]
    made = [
        order_record(
            order_id=order_id,
            sub_order_id=sub_order_id,
            product_id=product_id,
            tracking_id=tracking_id,
            status=status,
            currency=currency,
            paid_at=T0 + timedelta(hours=hour),
        )
        for order_id, sub_order_id, product_id, tracking_id, status, currency, hour in specs
    ]
    save_orders(made, T0)
    return made


def matching(f: OrderFilter) -> set[int]:
    """Sub-order IDs the store returns for `f`, checked to agree with the count."""
    ids = order_ids(f)
    assert count_orders(f) == len(ids)
    return {row.sub_order_id for row in fetch_rows(ids)}


def subs(records: list[OrderRecord], *indexes: int) -> set[int]:
    return {records[i].sub_order_id for i in indexes}


def test_no_filter_matches_everything(records: list[OrderRecord]) -> None:
    assert matching(OrderFilter()) == {r.sub_order_id for r in records}


def test_paid_range_is_half_open(records: list[OrderRecord]) -> None:
    f = OrderFilter(paid_from=T0 + timedelta(hours=2), paid_to=T0 + timedelta(hours=4))
    assert matching(f) == subs(records, 2, 3)
    assert matching(OrderFilter(paid_from=T0 + timedelta(hours=7))) == subs(records, 7, 8)
    assert matching(OrderFilter(paid_to=T0 + timedelta(hours=1))) == subs(records, 0)


def test_paid_range_in_another_zone_means_the_same_instant(records: list[OrderRecord]) -> None:
    beijing = timezone(timedelta(hours=8))
    start = (T0 + timedelta(hours=2)).astimezone(beijing)
    assert matching(OrderFilter(paid_from=start, paid_to=start + timedelta(hours=1))) == subs(records, 2)


def test_paid_range_needs_aware_datetimes(records: list[OrderRecord]) -> None:
    with pytest.raises(ValueError, match="naive"):
        count_orders(OrderFilter(paid_from=datetime(2026, 3, 1)))


def test_orders_without_paid_time_only_show_without_a_range() -> None:
    record = order_record(paid_at=None)
    save_orders([record], T0)
    assert matching(OrderFilter()) == {record.sub_order_id}
    assert matching(OrderFilter(paid_from=T0 - timedelta(days=999))) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8123456789012345", [0, 1]),  # exact: both sub-orders of the order
        (" 8123 4567 89012345 ", [0, 1]),  # spaces ignored
        ("8123", [0, 1, 2, 3]),  # digit prefix of longer IDs
        ("81234", [0, 1, 3]),  # exact short ID and prefix of long ones
        ("812", [0, 1, 2, 3, 5]),
        ("8", [0, 1, 2, 3, 5]),
        ("9000000000000000001", [4]),  # 19 digits
        ("900000000000000000", [4]),
        ("7", [6, 7, 8]),
        ("70000000000000", [7, 8]),
        ("8123456789012346", []),  # a sub-order ID is not an order ID
        ("0812", []),  # leading zero
        ("99999999999999999999", []),  # longer than any BIGINT
        ("9999999999999999999", []),  # 19 digits above the BIGINT range
        ("81-23", []),
        ("abc", []),
        ("８１２", []),  # full-width digits are not ASCII digits
        ("%", []),
        ("_", []),
        ("' OR 1=1 --", []),
        ("1; DROP TABLE orders; --", []),
        ("🚀", []),
    ],
)
def test_order_id_filter(records: list[OrderRecord], text: str, expected: list[int]) -> None:
    assert matching(OrderFilter(order_id=text)) == subs(records, *expected)
    assert Order.table_exists()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1005001234567890", [0, 6]),
        ("100500123456789", [0, 1, 6]),
        ("1005009", [2]),
        ("42", [3, 5]),
        ("4", [3, 5]),
        ("77", [7]),
        ("9000000000000000003", [4]),
        ("x42", []),
        ("%", []),
    ],
)
def test_product_id_filter(records: list[OrderRecord], text: str, expected: list[int]) -> None:
    assert matching(OrderFilter(product_id=text)) == subs(records, *expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("YouTube_Main", [0]),
        ("youtube", [0, 1]),  # prefix, any case
        ("YOUTUBE_S", [1]),
        ("  blog  ", [2]),
        ("b", [2]),
        ("50%", [6]),  # % and _ are ordinary characters
        ("50%_off", [6]),
        ("5", [6]),
        ("%", []),
        ("_", []),
        ("ñan", [7]),  # non-ASCII, any case
        ("ÑANDÚ-PROMO", [7]),
        ("it's \"q", [8]),
        ("'", []),
        ("' OR '1'='1", []),
        ("blog'; DROP TABLE orders; --", []),
        ("🚀", []),
        ("youtube_main_extra", []),
    ],
)
def test_tracking_id_filter(records: list[OrderRecord], text: str, expected: list[int]) -> None:
    assert matching(OrderFilter(tracking_id=text)) == subs(records, *expected)
    assert Order.table_exists()


def test_an_exact_tracking_id_leaves_out_longer_ones_that_start_with_it(records: list[OrderRecord]) -> None:
    assert matching(OrderFilter(tracking_id="youtube_main", tracking_exact=True)) == subs(records, 0)
    assert matching(OrderFilter(tracking_id="YOUTUBE", tracking_exact=True)) == set()
    assert matching(OrderFilter(tracking_id="youtube")) == subs(records, 0, 1)


def test_no_tracking_id(records: list[OrderRecord]) -> None:
    assert matching(OrderFilter(no_tracking_id=True)) == subs(records, 4, 5)
    assert matching(OrderFilter(no_tracking_id=True, tracking_id="blog")) == set()


def test_statuses(records: list[OrderRecord]) -> None:
    assert matching(OrderFilter(statuses=frozenset({SETTLED}))) == subs(records, 2, 6)
    assert matching(OrderFilter(statuses=frozenset({PAID, INVALID}))) == subs(records, 0, 3, 4, 5, 8)
    assert matching(OrderFilter(statuses=frozenset({"Cancelled Order"}))) == set()


def test_currency(records: list[OrderRecord]) -> None:
    assert matching(OrderFilter(currency="RUB")) == subs(records, 2, 3, 7)
    assert matching(OrderFilter(currency="EUR")) == set()


def test_filters_combine(records: list[OrderRecord]) -> None:
    f = OrderFilter(
        order_id="8123",
        tracking_id="you",
        statuses=frozenset({CONFIRMED}),
        currency="USD",
        paid_from=T0,
        paid_to=T0 + timedelta(days=1),
    )
    assert matching(f) == subs(records, 1)
    assert [t.sub_orders for t in totals(f)] == [1]


def test_empty_store_prefix_match_is_exact_only() -> None:
    assert matching(OrderFilter(order_id="123", product_id="4")) == set()
