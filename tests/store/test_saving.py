from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from aliorders_desktop.aliexpress.orders import OrderStatus, RecordProblem
from aliorders_desktop.store import (
    Order,
    OrderFilter,
    SaveCounts,
    count_orders,
    db,
    delete_orders,
    fetch_rows,
    order_ids,
    save_orders,
    status_history,
)

from .factory import T0, order_record

pytestmark = pytest.mark.usefixtures("store")

PAID, CONFIRMED, SETTLED, INVALID = (s.value for s in OrderStatus)
LATER = T0 + timedelta(days=1)


def stored(sub_order_id: int) -> Order:
    return Order.get(Order.sub_order_id == sub_order_id)


def history(sub_order_id: int) -> list[tuple[str | None, str]]:
    return [(c.from_status, c.to_status) for c in status_history(stored(sub_order_id).id)]


def test_new_updated_unchanged_counts() -> None:
    a, b, c = order_record(), order_record(), order_record()
    assert save_orders([a, b], T0) == SaveCounts(new=2, updated=0, unchanged=0)

    changed_b = replace(b, paid_amount=b.paid_amount + 1)
    assert save_orders([a, changed_b, c], LATER) == SaveCounts(new=1, updated=1, unchanged=1)
    assert count_orders(OrderFilter()) == 3


def test_saving_the_same_page_again_changes_nothing() -> None:
    page = [order_record() for _ in range(5)]
    save_orders(page, T0)
    before = fetch_rows(order_ids(OrderFilter()))

    assert save_orders(page, LATER) == SaveCounts(unchanged=5)
    assert fetch_rows(order_ids(OrderFilter())) == before  # updated_at included


def test_first_seen_kept_and_updated_at_moves_only_on_change() -> None:
    record = order_record()
    save_orders([record], T0)
    save_orders([record], LATER)
    assert stored(record.sub_order_id).updated_at == T0

    save_orders([replace(record, product_title="Renamed")], LATER)
    row = stored(record.sub_order_id)
    assert (row.first_seen_at, row.updated_at, row.product_title) == (T0, LATER, "Renamed")


def test_empty_page_is_a_no_op() -> None:
    assert save_orders([], T0) == SaveCounts()


def test_duplicates_within_a_page_count_once_and_keep_the_last() -> None:
    first = order_record(paid_amount=100)
    last = replace(first, paid_amount=200)
    assert save_orders([first, last], T0) == SaveCounts(new=1)
    assert stored(first.sub_order_id).paid_amount == 200
    assert history(first.sub_order_id) == [(None, PAID)]


def test_status_transitions_are_recorded_including_first_sighting() -> None:
    record = order_record()
    save_orders([record], T0)
    save_orders([replace(record, status=CONFIRMED, finished_at=LATER)], LATER)
    save_orders([replace(record, status=SETTLED, settled_at=LATER)], LATER + timedelta(days=1))

    assert history(record.sub_order_id) == [(None, PAID), (PAID, CONFIRMED), (CONFIRMED, SETTLED)]
    assert [c.seen_at for c in status_history(stored(record.sub_order_id).id)] == [
        T0,
        LATER,
        LATER + timedelta(days=1),
    ]


def test_status_never_moves_backwards() -> None:
    record = order_record(status=SETTLED, settled_at=LATER)
    save_orders([record], T0)
    stale = replace(record, status=PAID, settled_at=None, paid_amount=1)

    assert save_orders([stale], LATER) == SaveCounts(unchanged=1)
    row = stored(record.sub_order_id)
    assert (row.status, row.settled_at, row.paid_amount) == (SETTLED, LATER, record.paid_amount)
    assert history(record.sub_order_id) == [(None, SETTLED)]


@pytest.mark.parametrize("earlier", [PAID, CONFIRMED, SETTLED])
def test_invalid_may_follow_any_status_and_nothing_follows_it(earlier: str) -> None:
    record = order_record(status=earlier)
    save_orders([record], T0)
    assert save_orders([replace(record, status=INVALID)], LATER) == SaveCounts(updated=1)
    assert save_orders([replace(record, status=earlier)], LATER) == SaveCounts(unchanged=1)

    assert stored(record.sub_order_id).status == INVALID
    assert history(record.sub_order_id) == [(None, earlier), (earlier, INVALID)]


def test_status_may_skip_ahead() -> None:
    record = order_record()
    save_orders([record], T0)
    save_orders([replace(record, status=SETTLED)], LATER)
    assert history(record.sub_order_id) == [(None, PAID), (PAID, SETTLED)]


def test_a_field_left_out_keeps_its_stored_value() -> None:
    record = order_record()
    save_orders([record], T0)
    sparse = replace(record, product_title=None, tracking_id=None, paid_at=None)
    assert save_orders([sparse], LATER) == SaveCounts(unchanged=1)
    row = stored(record.sub_order_id)
    assert (row.product_title, row.tracking_id, row.paid_at) == (
        record.product_title,
        record.tracking_id,
        record.paid_at,
    )


def test_ids_above_2_pow_53_round_trip_exactly() -> None:
    big = 2**63 - 1
    record = order_record(sub_order_id=big, order_id=2**53 + 1, product_id=2**62 + 3, category_id=2**60)
    save_orders([record], T0)
    (row,) = fetch_rows(order_ids(OrderFilter()))
    assert (row.sub_order_id, row.order_id, row.product_id, row.category_id) == (
        big,
        2**53 + 1,
        2**62 + 3,
        2**60,
    )


def test_times_round_trip_as_aware_utc() -> None:
    beijing = timezone(timedelta(hours=8))
    paid = datetime(2026, 3, 5, 20, 15, 42, 987654, tzinfo=beijing)
    record = order_record(paid_at=paid, created_at=None, finished_at=paid + timedelta(days=30))
    save_orders([record], T0)

    row = stored(record.sub_order_id)
    assert row.paid_at == paid.replace(microsecond=0)
    assert row.paid_at.tzinfo is UTC
    assert row.paid_at.hour == 12  # 20:15 at UTC+8
    assert row.created_at is None
    assert row.finished_at == paid.replace(microsecond=0) + timedelta(days=30)
    # Sub-second noise in a later sighting is not a change.
    assert save_orders([replace(record, paid_at=paid.replace(microsecond=1))], LATER).unchanged == 1


def test_an_order_with_a_naive_time_is_skipped_and_named() -> None:
    naive, fine = order_record(paid_at=datetime(2026, 3, 1, 12, 0)), order_record()
    counts = save_orders([naive, fine], T0)
    assert (counts.new, counts.skipped) == (1, (RecordProblem(str(naive.sub_order_id), "", ""),))
    assert order_ids(OrderFilter()) == [stored(fine.sub_order_id).id]


def test_values_are_normalised() -> None:
    records = [
        order_record(tracking_id="", commission_rate=" 7.50 % "),
        order_record(tracking_id="   ", commission_rate="n/a"),
        order_record(tracking_id="  spaced  ", commission_rate="12"),
    ]
    save_orders(records, T0)
    rows = [stored(r.sub_order_id) for r in records]
    assert [r.tracking_id for r in rows] == [None, None, "spaced"]
    assert [r.commission_rate for r in rows] == ["7.50", None, "12"]


def test_money_stays_integer() -> None:
    record = order_record(paid_amount=123456789012, estimated_paid_commission=7)
    save_orders([record], T0)
    row = stored(record.sub_order_id)
    assert type(row.paid_amount) is int and row.paid_amount == 123456789012


def test_delete_then_resave_brings_the_row_back() -> None:
    keep, gone = order_record(), order_record()
    save_orders([keep, gone], T0)
    gone_pk = stored(gone.sub_order_id).id

    assert delete_orders([gone_pk]) == 1
    assert delete_orders([gone_pk]) == 0
    assert count_orders(OrderFilter()) == 1
    assert status_history(gone_pk) == []

    assert save_orders([keep, gone], LATER) == SaveCounts(new=1, unchanged=1)
    assert history(gone.sub_order_id) == [(None, PAID)]


def test_upsert_keeps_primary_keys() -> None:
    record = order_record()
    save_orders([record], T0)
    pk = stored(record.sub_order_id).id
    save_orders([replace(record, status=CONFIRMED)], LATER)
    assert stored(record.sub_order_id).id == pk
    assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []


@pytest.mark.parametrize(
    ("field", "value"),
    [("sub_order_id", 2**63), ("paid_amount", 10**30), ("estimated_paid_commission", -(2**63) - 1)],
)
def test_an_order_the_database_cannot_hold_is_skipped_named_and_the_rest_of_its_page_saved(
    field: str, value: int
) -> None:
    before, after = order_record(), order_record()
    odd = order_record(**{field: value})
    counts = save_orders([before, odd, after], T0, sync_run=7)

    assert (counts.new, counts.updated, counts.unchanged) == (2, 0, 0)
    assert counts.skipped == (RecordProblem(str(odd.sub_order_id), field, str(value)[:40]),)
    assert count_orders(OrderFilter()) == 2
    assert history(before.sub_order_id) == history(after.sub_order_id) == [(None, PAID)]
    # The next sighting of the page stores it all as usual, the odd order still refused.
    assert save_orders([before, odd, after], LATER).unchanged == 2


def test_an_order_refused_for_a_missing_required_value_is_skipped_and_the_page_saved() -> None:
    good = order_record()
    bad = order_record(status=None)  # status is NOT NULL
    counts = save_orders([good, bad], T0)
    assert (counts.new, counts.skipped) == (1, (RecordProblem(str(bad.sub_order_id), "", ""),))
    assert Order.select().count() == 1


@pytest.mark.parametrize("order", ["later first", "later last"])
def test_a_page_listing_a_sub_order_twice_keeps_the_later_status(order: str) -> None:
    paid = order_record()
    settled = replace(paid, status=SETTLED, settled_at=LATER, estimated_finished_commission=90)
    page = [settled, paid] if order == "later first" else [paid, settled]
    assert save_orders(page, T0) == SaveCounts(new=1)
    row = stored(paid.sub_order_id)
    assert (row.status, row.settled_at, row.estimated_finished_commission) == (SETTLED, LATER, 90)
    assert history(paid.sub_order_id) == [(None, SETTLED)]


def test_a_page_listing_a_sub_order_twice_with_one_status_keeps_the_later_times() -> None:
    earlier = order_record(status=CONFIRMED, finished_at=T0, finished_amount=100)
    later = replace(earlier, finished_at=LATER, finished_amount=200)
    save_orders([later, earlier], T0)
    row = stored(earlier.sub_order_id)
    assert (row.finished_at, row.finished_amount) == (LATER, 200)


@pytest.mark.parametrize("earlier", [PAID, SETTLED, INVALID])
def test_a_status_the_app_does_not_know_is_stored_as_sent(earlier: str) -> None:
    record = order_record(status=earlier)
    save_orders([record], T0)
    assert save_orders([replace(record, status="Refunded")], LATER) == SaveCounts(updated=1)
    assert stored(record.sub_order_id).status == "Refunded"
    assert history(record.sub_order_id) == [(None, earlier), (earlier, "Refunded")]
