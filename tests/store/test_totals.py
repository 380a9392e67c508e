from __future__ import annotations

import random
from collections import Counter
from datetime import timedelta

import pytest

from aliorders_desktop.aliexpress.orders import OrderRecord, OrderStatus
from aliorders_desktop.store import (
    CurrencyTotals,
    Order,
    OrderFilter,
    delete_orders,
    fetch_rows,
    order_ids,
    save_orders,
    totals,
    totals_for_ids,
)
from aliorders_desktop.store.database import MAX_BOUND_VARIABLES

from .factory import T0, order_record

pytestmark = pytest.mark.usefixtures("store")

PAID, CONFIRMED, SETTLED, INVALID = (s.value for s in OrderStatus)


def recompute(records: list[OrderRecord]) -> list[CurrencyTotals]:
    """The documented totals rules, in plain Python."""
    result = []
    for currency in sorted({r.currency for r in records}):
        mine = [r for r in records if r.currency == currency]

        def estimate(r: OrderRecord) -> int:
            if r.status == INVALID:
                return 0
            if r.status in (CONFIRMED, SETTLED) and r.estimated_finished_commission is not None:
                return r.estimated_finished_commission
            return r.estimated_paid_commission or 0

        result.append(
            CurrencyTotals(
                currency=currency,
                sub_orders=len(mine),
                paid_amount=sum(r.paid_amount or 0 for r in mine),
                estimated_commission=sum(estimate(r) for r in mine),
                finished_commission=sum(
                    r.estimated_finished_commission or 0 for r in mine if r.status != INVALID
                ),
                settled_commission=sum(estimate(r) for r in mine if r.status == SETTLED),
                status_counts=dict(Counter(r.status for r in mine)),
            )
        )
    return result


@pytest.fixture
def records() -> list[OrderRecord]:
    rng = random.Random(3)
    made = [
        order_record(
            status=rng.choice([PAID, CONFIRMED, SETTLED, INVALID]),
            currency=rng.choice(["USD", "RUB"]),
            paid_at=T0 + timedelta(days=rng.randrange(60)),
            paid_amount=rng.choice([None, rng.randrange(100, 10**7)]),
            estimated_paid_commission=rng.choice([None, rng.randrange(0, 10**6)]),
            estimated_finished_commission=rng.choice([None, rng.randrange(0, 10**6)]),
        )
        for _ in range(300)
    ]
    save_orders(made, T0)
    return made


def test_totals_per_currency_match_a_python_recomputation(records: list[OrderRecord]) -> None:
    result = totals(OrderFilter())
    assert [t.currency for t in result] == ["RUB", "USD"]
    assert result == recompute(records)


def test_totals_follow_the_filter(records: list[OrderRecord]) -> None:
    start, end = T0 + timedelta(days=10), T0 + timedelta(days=40)
    f = OrderFilter(paid_from=start, paid_to=end, statuses=frozenset({PAID, SETTLED}))
    expected = [r for r in records if start <= r.paid_at < end and r.status in (PAID, SETTLED)]
    assert totals(f) == recompute(expected)


def test_totals_for_selected_rows(records: list[OrderRecord]) -> None:
    ids = order_ids(OrderFilter(), "sub_order_id", False)
    by_sub = {r.sub_order_id: r for r in records}
    chosen = ids[::3]
    subs = Order.select(Order.sub_order_id).where(Order.id.in_(chosen)).tuples()
    assert totals_for_ids(chosen) == recompute([by_sub[s] for (s,) in subs])
    assert totals_for_ids([]) == []


def test_invalid_rows_count_but_earn_nothing() -> None:
    save_orders(
        [
            order_record(status=INVALID, estimated_paid_commission=500, estimated_finished_commission=600),
            order_record(status=PAID, estimated_paid_commission=70, estimated_finished_commission=80),
        ],
        T0,
    )
    (usd,) = totals(OrderFilter())
    assert usd.sub_orders == 2
    assert usd.status_counts == {INVALID: 1, PAID: 1}
    assert (usd.estimated_commission, usd.finished_commission, usd.settled_commission) == (70, 80, 0)


def test_settled_and_confirmed_use_the_completion_estimate_when_present() -> None:
    save_orders(
        [
            order_record(status=SETTLED, estimated_paid_commission=70, estimated_finished_commission=65),
            order_record(status=SETTLED, estimated_paid_commission=30, estimated_finished_commission=None),
            order_record(status=CONFIRMED, estimated_paid_commission=10, estimated_finished_commission=12),
        ],
        T0,
    )
    (usd,) = totals(OrderFilter())
    assert (usd.estimated_commission, usd.settled_commission) == (65 + 30 + 12, 65 + 30)


def test_currencies_are_never_added_together() -> None:
    save_orders(
        [
            order_record(currency="USD", paid_amount=100, estimated_paid_commission=7),
            order_record(currency="RUB", paid_amount=9000, estimated_paid_commission=630),
            order_record(currency=None, paid_amount=1, estimated_paid_commission=1),
        ],
        T0,
    )
    result = {t.currency: (t.paid_amount, t.estimated_commission) for t in totals(OrderFilter())}
    assert result == {"USD": (100, 7), "RUB": (9000, 630), None: (1, 1)}
    assert [t.currency for t in totals(OrderFilter())] == ["RUB", "USD", None]


def test_large_amounts_stay_exact_integers() -> None:
    big = 2**62
    save_orders([order_record(paid_amount=big), order_record(paid_amount=1)], T0)
    (usd,) = totals(OrderFilter())
    assert usd.paid_amount == big + 1
    assert type(usd.paid_amount) is int


def test_no_rows_no_totals() -> None:
    assert totals(OrderFilter()) == []


def test_selections_larger_than_one_statement_can_bind() -> None:
    """Ctrl+A over many rows: IN lists are split under SQLite's bound-variable limit."""
    count = MAX_BOUND_VARIABLES + 10
    save_orders([order_record(paid_amount=1, estimated_paid_commission=2) for _ in range(count)], T0)
    ids = order_ids(OrderFilter())

    (usd,) = totals_for_ids(ids)
    assert (usd.sub_orders, usd.paid_amount, usd.estimated_commission) == (count, count, 2 * count)
    assert [row.id for row in fetch_rows(ids)] == ids
    assert delete_orders(ids) == count
