"""Insights sums (headline, breakdowns, commission over time) against the documented rules in Python."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

import pytest

from aliorders_desktop.aliexpress.orders import OrderRecord, OrderStatus
from aliorders_desktop.store import (
    BreakdownBy,
    Bucket,
    ChangedIn,
    Figures,
    Granularity,
    Group,
    OrderFilter,
    breakdown,
    commission_series,
    count_orders,
    currencies,
    figures,
    granularity_for,
    previous_period,
    save_orders,
    start_sync_run,
)
from aliorders_desktop.store.insights import sub_id_keys, what_moved

from .factory import T0, order_record

pytestmark = pytest.mark.usefixtures("store")

PAID, CONFIRMED, SETTLED, INVALID = (s.value for s in OrderStatus)
USD = OrderFilter(currency="USD")


def expected_figures(records: list[OrderRecord]) -> Figures:
    """The documented states in plain Python: estimate while pending, final when settled, and
    what Invalid rows had been estimated at payment as lost."""

    def estimate(r: OrderRecord) -> int:
        if r.status in (CONFIRMED, SETTLED) and r.estimated_finished_commission is not None:
            return r.estimated_finished_commission
        return r.estimated_paid_commission or 0

    return Figures(
        orders=len({r.order_id for r in records}),
        sub_orders=len(records),
        estimated=sum(estimate(r) for r in records if r.status in (PAID, CONFIRMED)),
        settled=sum(estimate(r) for r in records if r.status == SETTLED),
        lost=sum(r.estimated_paid_commission or 0 for r in records if r.status == INVALID),
        paid_amount=sum(r.paid_amount or 0 for r in records),
        invalid_sub_orders=sum(r.status == INVALID for r in records),
    )


@pytest.fixture
def records() -> list[OrderRecord]:
    """400 sub-orders over 60 days in two currencies; checkouts of one to three products."""
    rng = random.Random(5)
    made: list[OrderRecord] = []
    while len(made) < 400:
        first = order_record(currency=rng.choice(["USD", "USD", "RUB"]))
        paid_at = T0 + timedelta(days=rng.randrange(60), minutes=rng.randrange(1440))
        for _ in range(rng.choice([1, 1, 2, 3])):
            made.append(
                order_record(
                    order_id=first.order_id,
                    currency=first.currency,
                    paid_at=paid_at,
                    status=rng.choice([PAID, CONFIRMED, SETTLED, SETTLED, INVALID]),
                    tracking_id=rng.choice([None, "Blog", "blog", "tg_channel", "yt"]),
                    custom_parameters=rng.choice([None, "", '{"af_sub":"a"}', '{"af_sub":"b"}']),
                    paid_amount=rng.choice([None, rng.randrange(100, 10**6)]),
                    estimated_paid_commission=rng.choice([None, rng.randrange(0, 10**5)]),
                    estimated_finished_commission=rng.choice([None, rng.randrange(0, 10**5)]),
                )
            )
    save_orders(made, T0)
    return made


def test_figures_match_a_python_recomputation(records: list[OrderRecord]) -> None:
    assert figures(USD) == expected_figures([r for r in records if r.currency == "USD"])
    rub = figures(OrderFilter(currency="RUB"))
    assert rub == expected_figures([r for r in records if r.currency == "RUB"])
    assert rub.invalid_share == rub.invalid_sub_orders / rub.sub_orders


def test_figures_follow_the_filter(records: list[OrderRecord]) -> None:
    start, end = T0 + timedelta(days=5), T0 + timedelta(days=25)
    f = replace(USD, paid_from=start, paid_to=end, statuses=frozenset({PAID, INVALID}))
    chosen = [
        r for r in records if r.currency == "USD" and start <= r.paid_at < end and r.status in (PAID, INVALID)
    ]
    assert figures(f) == expected_figures(chosen)


def test_money_is_never_summed_across_currencies(records: list[OrderRecord]) -> None:
    for query in (figures, commission_series, lambda f: breakdown(f, BreakdownBy.SUB_ID)):
        with pytest.raises(ValueError, match="one currency"):
            query(OrderFilter())


def test_nothing_matched_gives_zeros_and_no_share() -> None:
    assert figures(USD) == Figures()
    assert Figures().invalid_share is None


def test_currencies_most_sub_orders_first_whatever_the_filter_currency() -> None:
    save_orders([order_record(currency=c) for c in ("RUB", "USD", "RUB", "EUR", None)], T0)
    assert currencies(OrderFilter(currency="USD")) == ["RUB", "EUR", "USD"]


def test_previous_period_has_the_same_length_right_before() -> None:
    f = OrderFilter.for_days(date(2026, 3, 1), date(2026, 3, 30), UTC, currency="USD")
    before = previous_period(f)
    assert before == replace(f, paid_from=datetime(2026, 1, 30, tzinfo=UTC), paid_to=f.paid_from)
    assert previous_period(USD) is None
    assert previous_period(replace(f, paid_to=None)) is None


def test_tracking_breakdown_groups_ids_case_insensitively_and_keeps_no_id_apart(
    records: list[OrderRecord],
) -> None:
    rows = breakdown(USD, BreakdownBy.TRACKING_ID)
    usd = [r for r in records if r.currency == "USD"]
    by_key = {row.key.casefold() if row.key else None: row.figures for row in rows}
    assert set(by_key) == {None, "blog", "tg_channel", "yt"}
    for key, found in by_key.items():
        assert found == expected_figures([r for r in usd if (r.tracking_id or "").casefold() == (key or "")])
    earned = [row.figures.estimated + row.figures.settled for row in rows]
    assert earned == sorted(earned, reverse=True)


def test_sub_id_breakdown_keys_are_exact_and_empty_means_none(records: list[OrderRecord]) -> None:
    rows = {row.key: row.figures for row in breakdown(USD, BreakdownBy.SUB_ID)}
    usd = [r for r in records if r.currency == "USD"]
    assert set(rows) == {None, '{"af_sub":"a"}', '{"af_sub":"b"}'}
    assert rows[None] == expected_figures([r for r in usd if not r.custom_parameters])
    a = '{"af_sub":"a"}'
    assert rows[a] == expected_figures([r for r in usd if r.custom_parameters == a])


DIMENSIONS = {
    BreakdownBy.PRODUCT: lambda r: str(r.product_id),
    BreakdownBy.CATEGORY: lambda r: None if r.category_id is None else str(r.category_id),
    BreakdownBy.COUNTRY: lambda r: r.ship_to_country or None,
    BreakdownBy.SITE: lambda r: r.site or None,
    BreakdownBy.PLATFORM: lambda r: r.platform or None,
    BreakdownBy.BUYER: lambda r: (
        None if r.is_new_buyer is None else ("new" if r.is_new_buyer else "returning")
    ),
    BreakdownBy.HOT: lambda r: (
        None if r.is_hot_product is None else ("hot" if r.is_hot_product else "regular")
    ),
    BreakdownBy.SUB_ID_KEY: lambda r: {"a=1": "1", "a=2&b=x": "2", '{"a": "1"}': "1"}.get(
        r.custom_parameters
    ),
}


@pytest.mark.parametrize("by", list(DIMENSIONS), ids=lambda by: by.value)
def test_every_dimension_groups_like_python_and_shares_add_up(by: BreakdownBy) -> None:
    rng = random.Random(7)
    made = [
        order_record(
            currency=rng.choice(["USD", "USD", "RUB"]),
            status=rng.choice([PAID, CONFIRMED, SETTLED, INVALID]),
            product_id=rng.choice([11, 12, 13]),
            category_id=rng.choice([None, 4, 5]),
            ship_to_country=rng.choice([None, "", "FR", "BR"]),
            site=rng.choice([None, "global", "ru_site"]),
            platform=rng.choice([None, "app", "pc"]),
            is_new_buyer=rng.choice([None, True, False]),
            is_hot_product=rng.choice([None, True, False]),
            commission_rate=rng.choice([None, "3.00", "7.50"]),
            custom_parameters=rng.choice([None, "a=1", "a=2&b=x", '{"a": "1"}', "plain"]),
        )
        for _ in range(120)
    ]
    save_orders(made, T0)
    usd = [r for r in made if r.currency == "USD"]
    key_of = DIMENSIONS[by]
    rows = breakdown(USD, by, sub_id_key="a")
    assert {row.key: row.figures for row in rows} == {
        key: expected_figures([r for r in usd if key_of(r) == key]) for key in {key_of(r) for r in usd}
    }
    assert sum(row.share for row in rows) == pytest.approx(1.0)
    for row in rows:
        rates = [float(r.commission_rate) for r in usd if key_of(r) == row.key and r.commission_rate]
        assert row.average_rate == (pytest.approx(sum(rates) / len(rates)) if rates else None)
    if by is BreakdownBy.PRODUCT:
        assert {row.title for row in rows} <= {r.product_title for r in usd}
    for row in rows:  # each row, as a filter, selects exactly its own orders
        group = Group(by.value, row.key, sub_id_key="a")
        assert figures(replace(USD, group=group)) == row.figures


def test_what_moved_lists_the_biggest_rises_and_falls_against_the_period_before() -> None:
    def sale(country: str, days: int, commission: int) -> OrderRecord:
        return order_record(
            ship_to_country=country,
            currency="USD",
            status=PAID,
            paid_at=T0 + timedelta(days=days),
            estimated_paid_commission=commission,
        )

    before = [sale("FR", 1, 500), sale("BR", 1, 100), sale("ES", 1, 300), sale("US", 2, 50)]
    now = [sale("FR", 11, 100), sale("BR", 11, 900), sale("DE", 12, 200), sale("US", 12, 50)]
    save_orders(before + now, T0)
    current = replace(USD, paid_from=T0 + timedelta(days=10), paid_to=T0 + timedelta(days=20))
    grew, fell = what_moved(current, previous_period(current), BreakdownBy.COUNTRY, count=2)
    assert [(m.row.key, m.change) for m in grew] == [("BR", 800), ("DE", 200)]
    assert [(m.row.key, m.change) for m in fell] == [("FR", -400), ("ES", -300)]
    assert fell[1].row.figures == Figures()  # nothing now


def test_sub_id_keys_most_used_first() -> None:
    texts = ["a=1&b=2", "b=3", '{"b": "4", "c": "5"}', "plain", None]
    save_orders([order_record(custom_parameters=text) for text in texts], T0)
    assert sub_id_keys() == ["b", "", "a", "c"]
    assert sub_id_keys(limit=1) == ["b"]


def test_breakdown_limit_keeps_the_best_earners(records: list[OrderRecord]) -> None:
    everything = breakdown(USD, BreakdownBy.TRACKING_ID)
    assert breakdown(USD, BreakdownBy.TRACKING_ID, limit=2) == everything[:2]


def test_custom_parameters_filter_is_exact_and_empty_selects_orders_without_any(
    records: list[OrderRecord],
) -> None:
    def count(value: str | None) -> int:
        return count_orders(OrderFilter(custom_parameters=value))

    assert count('{"af_sub":"a"}') == sum(r.custom_parameters == '{"af_sub":"a"}' for r in records)
    assert count('{"af_sub":') == 0  # no prefix matching: a breakdown row is one exact value
    assert count("") == sum(not r.custom_parameters for r in records)
    assert count(None) == len(records)


def test_granularity_follows_the_range_length() -> None:
    start = date(2026, 1, 1)
    assert granularity_for(start, start) is Granularity.DAY
    assert granularity_for(start, start + timedelta(days=61)) is Granularity.DAY
    assert granularity_for(start, start + timedelta(days=62)) is Granularity.WEEK
    assert granularity_for(start, start + timedelta(days=370)) is Granularity.WEEK
    assert granularity_for(start, start + timedelta(days=371)) is Granularity.MONTH


def save_commission(paid_at: datetime, status: str = SETTLED, commission: int = 100) -> OrderRecord:
    record = order_record(
        paid_at=paid_at,
        status=status,
        estimated_paid_commission=commission,
        estimated_finished_commission=commission,
    )
    save_orders([record], T0)
    return record


def test_daily_series_is_gap_free_and_splits_states() -> None:
    save_commission(datetime(2026, 3, 2, 10, tzinfo=UTC), SETTLED, 500)
    save_commission(datetime(2026, 3, 2, 23, 59, 59, tzinfo=UTC), PAID, 70)
    save_commission(datetime(2026, 3, 4, 0, 0, tzinfo=UTC), INVALID, 30)
    save_commission(datetime(2026, 3, 5, 0, 0, tzinfo=UTC), SETTLED, 999)  # after the range
    f = OrderFilter.for_days(date(2026, 3, 1), date(2026, 3, 4), UTC, currency="USD")
    series = commission_series(f, UTC)
    assert series.granularity is Granularity.DAY
    assert series.buckets == [
        Bucket(date(2026, 3, 1), date(2026, 3, 1)),
        Bucket(date(2026, 3, 2), date(2026, 3, 2), sub_orders=2, estimated=70, settled=500),
        Bucket(date(2026, 3, 3), date(2026, 3, 3)),
        Bucket(date(2026, 3, 4), date(2026, 3, 4), sub_orders=1, lost=30),
    ]


def test_days_are_local_days_of_the_zone() -> None:
    save_commission(datetime(2026, 3, 2, 22, 30, tzinfo=UTC))  # 3 March in UTC+3, 2 March in UTC-5
    for zone, day in ((timezone(timedelta(hours=3)), 3), (timezone(timedelta(hours=-5)), 2)):
        f = OrderFilter.for_days(date(2026, 3, 1), date(2026, 3, 4), zone, currency="USD")
        (bucket,) = [b for b in commission_series(f, zone).buckets if b.sub_orders]
        assert bucket.first == date(2026, 3, day)


class SpringForward(tzinfo):
    """+01:00, then +02:00 from 2026-03-29 01:00 UTC: a daylight-saving change without tzdata."""

    SWITCH = datetime(2026, 3, 29, 1, 0)

    def utcoffset(self, dt: datetime | None) -> timedelta:
        local = dt.replace(tzinfo=None) if dt else self.SWITCH
        return timedelta(hours=2 if local >= self.SWITCH + timedelta(hours=2) else 1)

    def dst(self, dt: datetime | None) -> timedelta:
        return self.utcoffset(dt) - timedelta(hours=1)

    def fromutc(self, dt: datetime) -> datetime:
        utc = dt.replace(tzinfo=None)
        return (utc + timedelta(hours=2 if utc >= self.SWITCH else 1)).replace(tzinfo=self)


def test_a_daylight_saving_change_inside_the_range_keeps_rows_on_their_local_day() -> None:
    zone = SpringForward()
    save_commission(datetime(2026, 3, 28, 23, 30, tzinfo=zone))  # +01:00
    save_commission(datetime(2026, 3, 30, 0, 30, tzinfo=zone))  # +02:00: 29 March 22:30 UTC
    f = OrderFilter.for_days(date(2026, 3, 25), date(2026, 4, 2), zone, currency="USD")
    assert [b.first for b in commission_series(f, zone).buckets if b.sub_orders] == [
        date(2026, 3, 28),
        date(2026, 3, 30),
    ]


def test_weeks_start_on_monday_and_edge_buckets_are_clipped_to_the_range() -> None:
    save_commission(datetime(2026, 1, 5, 12, tzinfo=UTC), commission=10)  # Monday
    save_commission(datetime(2026, 1, 11, 12, tzinfo=UTC), commission=20)  # Sunday, same week
    save_commission(datetime(2026, 3, 20, 12, tzinfo=UTC), commission=40)
    f = OrderFilter.for_days(date(2026, 1, 1), date(2026, 3, 20), UTC, currency="USD")
    series = commission_series(f, UTC)
    assert series.granularity is Granularity.WEEK
    buckets = series.buckets
    assert buckets[0] == Bucket(date(2026, 1, 1), date(2026, 1, 4))
    assert buckets[1] == Bucket(date(2026, 1, 5), date(2026, 1, 11), sub_orders=2, settled=30)
    assert buckets[-1] == Bucket(date(2026, 3, 16), date(2026, 3, 20), sub_orders=1, settled=40)
    assert all(b.first.weekday() == 0 for b in buckets[1:])
    assert sum(b.settled for b in buckets) == 70


def test_months_fold_days_of_varying_length() -> None:
    for day in (date(2025, 1, 31), date(2025, 2, 1), date(2025, 2, 28), date(2025, 12, 31), date(2026, 2, 1)):
        save_commission(datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=12))
    f = OrderFilter.for_days(date(2025, 1, 15), date(2026, 2, 10), UTC, currency="USD")
    series = commission_series(f, UTC)
    assert series.granularity is Granularity.MONTH
    assert len(series.buckets) == 14
    counts = {b.first: b.sub_orders for b in series.buckets if b.sub_orders}
    assert counts == {date(2025, 1, 15): 1, date(2025, 2, 1): 2, date(2025, 12, 1): 1, date(2026, 2, 1): 1}
    assert series.buckets[-1].last == date(2026, 2, 10)


def test_an_open_range_spans_the_matching_data() -> None:
    save_commission(datetime(2026, 2, 10, 12, tzinfo=UTC))
    save_commission(datetime(2026, 2, 20, 12, tzinfo=UTC))
    buckets = commission_series(USD, UTC).buckets
    assert (buckets[0].first, buckets[-1].last) == (date(2026, 2, 10), date(2026, 2, 20))
    assert commission_series(OrderFilter(currency="EUR"), UTC).buckets == []


@pytest.mark.parametrize("changed_in_sync", [False, True], ids=["all time", "changed in last sync"])
def test_an_order_without_a_paid_time_is_counted_but_not_charted(changed_in_sync: bool) -> None:
    paid = order_record(paid_at=datetime(2026, 2, 10, 12, tzinfo=UTC), status=SETTLED)
    unpaid = order_record(paid_at=None, status=SETTLED)
    save_orders([order_record(paid_at=datetime(2026, 2, 1, tzinfo=UTC))], T0)  # not in the run
    run = start_sync_run(T0.date(), T0.date(), now=T0).id
    save_orders([paid, unpaid], T0, run)
    f = OrderFilter(currency="USD", changed_in=ChangedIn(run) if changed_in_sync else None)

    charted = sum(b.sub_orders for b in commission_series(f, UTC).buckets)
    assert (charted, figures(f).sub_orders) == ((1, 2) if changed_in_sync else (2, 3))
    settled = paid.estimated_finished_commission
    assert sum(b.settled for b in commission_series(f, UTC).buckets) == settled


def test_series_totals_agree_with_the_headline(records: list[OrderRecord]) -> None:
    f = OrderFilter.for_days(T0.date(), T0.date() + timedelta(days=59), UTC, currency="USD")
    buckets = commission_series(f, UTC).buckets
    headline = figures(f)
    assert sum(b.estimated for b in buckets) == headline.estimated
    assert sum(b.settled for b in buckets) == headline.settled
    assert sum(b.lost for b in buckets) == headline.lost
    assert sum(b.sub_orders for b in buckets) == headline.sub_orders
