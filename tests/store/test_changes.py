"""What one sync changed, read back from the status history each sync run records."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from aliorders_desktop.aliexpress.orders import OrderStatus
from aliorders_desktop.store import (
    Change,
    ChangeCounts,
    ChangedIn,
    ChangeSum,
    OrderFilter,
    change_counts,
    delete_orders,
    iter_rows,
    save_orders,
    start_sync_run,
    sync_changes,
)

from .factory import T0, order_record

pytestmark = pytest.mark.usefixtures("store")

PAID, CONFIRMED, SETTLED, INVALID = (s.value for s in OrderStatus)
LATER = T0 + timedelta(hours=1)


def new_run() -> int:
    return start_sync_run(T0.date(), T0.date(), now=T0).id


def sub_orders(changed: ChangedIn) -> set[int]:
    return {row.sub_order_id for row in iter_rows(OrderFilter(changed_in=changed))}


@pytest.fixture
def two_syncs():
    """A first sync finds four USD orders; a second one brings a RUB order, settles one, makes
    one Invalid, confirms one and sees the last again unchanged."""
    kept, settled, invalid, confirmed = (order_record(estimated_finished_commission=None) for _ in range(4))
    rub = order_record(currency="RUB", estimated_paid_commission=15000)
    first = new_run()
    save_orders([kept, settled, invalid, confirmed], T0, first)
    second = new_run()
    save_orders(
        [
            kept,
            rub,
            replace(settled, status=SETTLED, estimated_finished_commission=110),
            replace(invalid, status=INVALID),
            replace(confirmed, status=CONFIRMED),
        ],
        LATER,
        second,
    )
    orders = {"kept": kept, "settled": settled, "invalid": invalid, "confirmed": confirmed, "rub": rub}
    return first, second, orders


def ids(orders: dict, *names: str) -> set[int]:
    return {orders[name].sub_order_id for name in names}


def test_each_run_holds_exactly_what_it_added_or_moved(two_syncs) -> None:
    first, second, o = two_syncs
    assert sub_orders(ChangedIn(first)) == ids(o, "kept", "settled", "invalid", "confirmed")
    assert sub_orders(ChangedIn(second)) == ids(o, "rub", "settled", "invalid", "confirmed")


def test_kinds_pick_new_settled_and_invalid_orders(two_syncs) -> None:
    _, second, o = two_syncs
    assert sub_orders(ChangedIn(second, frozenset({Change.NEW}))) == {o["rub"].sub_order_id}
    assert sub_orders(ChangedIn(second, frozenset({Change.SETTLED}))) == {o["settled"].sub_order_id}
    both = ChangedIn(second, frozenset({Change.SETTLED, Change.INVALID}))
    assert sub_orders(both) == {o["settled"].sub_order_id, o["invalid"].sub_order_id}


def test_counts_count_each_sub_order_once(two_syncs) -> None:
    first, second, _ = two_syncs
    assert change_counts(first) == ChangeCounts(changed=4, new=4, settled=0, invalid=0)
    assert change_counts(second) == ChangeCounts(changed=4, new=1, settled=1, invalid=1)
    assert change_counts(second + 1) == ChangeCounts()


def test_sums_are_per_currency_and_kind(two_syncs) -> None:
    _, second, o = two_syncs
    changes = sync_changes(second)
    assert changes.run_id == second
    assert changes.sums[Change.NEW] == [ChangeSum("RUB", 1, 15000)]
    assert changes.sums[Change.SETTLED] == [ChangeSum("USD", 1, 110)]  # the final commission
    lost = o["invalid"].estimated_paid_commission  # what it had been expected to earn
    assert changes.sums[Change.INVALID] == [ChangeSum("USD", 1, lost)]


def test_an_order_a_run_saw_first_and_then_settled_is_only_new() -> None:
    run = new_run()
    early = order_record()
    save_orders([early], T0, run)  # a paid-time window
    save_orders([replace(early, status=SETTLED)], LATER, run)  # then a settled-time window
    assert change_counts(run) == ChangeCounts(changed=1, new=1, settled=0, invalid=0)
    assert sub_orders(ChangedIn(run, frozenset({Change.SETTLED}))) == set()
    assert sync_changes(run).sums[Change.SETTLED] == []


def test_an_order_a_run_saw_settle_and_then_become_invalid_is_only_invalid() -> None:
    record = order_record()
    save_orders([record], T0, new_run())
    run = new_run()
    save_orders([replace(record, status=SETTLED)], T0, run)  # a paid-time window
    save_orders([replace(record, status=INVALID)], LATER, run)  # then a settled-time one
    assert change_counts(run) == ChangeCounts(changed=1, new=0, settled=0, invalid=1)
    assert sub_orders(ChangedIn(run, frozenset({Change.SETTLED}))) == set()
    sums = sync_changes(run).sums
    assert (sums[Change.SETTLED], len(sums[Change.INVALID])) == ([], 1)


def test_new_orders_of_several_currencies_are_never_added_together() -> None:
    run = new_run()
    save_orders(
        [
            order_record(currency="USD", estimated_paid_commission=120),
            order_record(currency="USD", estimated_paid_commission=200),
            order_record(currency="RUB", estimated_paid_commission=15000),
            order_record(currency=None, estimated_paid_commission=5),
        ],
        T0,
        run,
    )
    assert sync_changes(run).sums[Change.NEW] == [
        ChangeSum("RUB", 1, 15000),
        ChangeSum("USD", 2, 320),
        ChangeSum(None, 1, 5),
    ]


def test_a_killed_run_keeps_what_it_saw_and_the_next_run_starts_empty() -> None:
    killed = new_run()
    seen = order_record()
    save_orders([seen], T0, killed)
    after = new_run()  # marks the first one interrupted
    save_orders([seen], LATER, after)  # seen again, unchanged
    assert sub_orders(ChangedIn(killed)) == {seen.sub_order_id}
    assert sub_orders(ChangedIn(after)) == set()


def test_saving_outside_a_sync_belongs_to_no_run() -> None:
    run = new_run()
    save_orders([order_record()], T0)
    assert change_counts(run) == ChangeCounts()


def test_deleted_orders_leave_the_change_set() -> None:
    run = new_run()
    gone, kept = order_record(), order_record()
    save_orders([gone, kept], T0, run)
    (row,) = (r for r in iter_rows(OrderFilter()) if r.sub_order_id == gone.sub_order_id)
    delete_orders([row.id])
    assert sub_orders(ChangedIn(run)) == {kept.sub_order_id}
    assert change_counts(run).changed == 1
