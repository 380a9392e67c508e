"""Insights over the table's filters: commission over time, breakdowns, and headline figures.

The database does every sum. Commission is split into three states, all derived from
`rules.ESTIMATED_COMMISSION` so the figures agree with the table and its totals:

- *estimated*: what Payment Completed and Buyer Confirmed Receipt rows are expected to earn;
- *settled*: what Completed Settlement rows earned (final);
- *lost*: what Invalid rows had been estimated to earn at payment before they became Invalid
  (`estimated_paid_commission`), so publishers see how much refunds and cancellations cost.

Money is only ever summed within one currency: every function here wants `f.currency` set.

Time buckets: SQL groups the rows by *local day*, computed arithmetically from the epoch-second
time of the filter's date basis (`paid_at` by default) as `(time + utc_offset) / 86400` (integer
division, the same on SQLite and PostgreSQL; no date functions). Python then folds those days
into weeks or months: a range holds at most a few thousand days, so that is a few thousand small
rows, and calendar months need no SQL at all. When the zone changes its UTC offset inside the
range (daylight saving time), the offset is a CASE over the instants of those changes, so every
row lands on its own local day.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo

from peewee import SQL, Case, Field, Node, Select, Value, fn

from ..aliexpress.orders import OrderStatus
from ..days import local_zone
from .filters import DateBasis, OrderFilter, filtered
from .models import Order
from .rules import ESTIMATED_COMMISSION

_SECONDS_PER_DAY = 86400
_EPOCH_DAY = date(1970, 1, 1)
_PENDING = [OrderStatus.PAID.value, OrderStatus.CONFIRMED.value]
_INVALID = OrderStatus.INVALID.value

_ESTIMATED = fn.SUM(Case(None, ((Order.status.in_(_PENDING), ESTIMATED_COMMISSION),), 0))
_SETTLED = fn.SUM(Case(None, ((Order.status == OrderStatus.SETTLED.value, ESTIMATED_COMMISSION),), 0))
_LOST = fn.SUM(Case(None, ((Order.status == _INVALID, Order.estimated_paid_commission),), 0))
_EARNED = fn.SUM(ESTIMATED_COMMISSION)  # estimated + settled: Invalid earns 0 under the rules
_COMMISSION_SUMS = (fn.COUNT(Order.id), _ESTIMATED, _SETTLED, _LOST)
_FIGURE_SUMS = (
    fn.COUNT(fn.DISTINCT(Order.order_id)),
    *_COMMISSION_SUMS,
    fn.SUM(Order.paid_amount),
    fn.SUM(Case(None, ((Order.status == _INVALID, 1),), 0)),
)
_FIRST_COLUMN = SQL("1")
"""GROUP BY the first selected column: PostgreSQL refuses to match a grouped expression holding
bound parameters (the offset) against the same expression in the select list."""


class Granularity(enum.StrEnum):
    """How long one bar of the chart is."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"


DAILY_UP_TO_DAYS = 62
"""Ranges up to two months are drawn by day, up to about a year by week, longer ones by month,
which keeps the chart between a handful and about sixty bars for the usual presets."""
WEEKLY_UP_TO_DAYS = 371


def granularity_for(first: date, last: date) -> Granularity:
    """The bucket length that suits the inclusive day range [first, last]."""
    days = (last - first).days + 1
    if days <= DAILY_UP_TO_DAYS:
        return Granularity.DAY
    return Granularity.WEEK if days <= WEEKLY_UP_TO_DAYS else Granularity.MONTH


@dataclass(frozen=True)
class Figures:
    """Sums over some sub-orders of one currency, money in its minor units.

    `orders` counts distinct buyer orders (checkouts), `sub_orders` their line items;
    `paid_amount` includes Invalid rows (it is what buyers paid).
    """

    orders: int = 0
    sub_orders: int = 0
    estimated: int = 0
    settled: int = 0
    lost: int = 0
    paid_amount: int = 0
    invalid_sub_orders: int = 0

    @property
    def invalid_share(self) -> float | None:
        """The fraction of sub-orders that became Invalid; None when there are none at all."""
        return self.invalid_sub_orders / self.sub_orders if self.sub_orders else None


@dataclass(frozen=True)
class Bucket:
    """One bar of the chart: the local days [first, last] and their commission by state."""

    first: date
    last: date
    sub_orders: int = 0
    estimated: int = 0
    settled: int = 0
    lost: int = 0


@dataclass(frozen=True)
class Series:
    granularity: Granularity
    buckets: list[Bucket]


class BreakdownBy(enum.Enum):
    """What a breakdown groups by: the tracking ID, or the custom parameters (sub IDs) of the link."""

    TRACKING_ID = "tracking_id"
    SUB_ID = "custom_parameters"


@dataclass(frozen=True)
class BreakdownRow:
    """One group of a breakdown.

    `key` is the tracking ID (one spelling of it: IDs differing only in case are one group, as in
    the filter) or the custom parameters exactly as stored; None is the group without any.
    """

    key: str | None
    figures: Figures


def currencies(f: OrderFilter) -> list[str]:
    """The currencies of the rows `f` matches (whatever its own currency), most sub-orders first."""
    return [currency for currency, _ in currency_counts(f) if currency is not None]


def currency_counts(f: OrderFilter) -> list[tuple[str | None, int]]:
    """How many sub-orders `f` matches in each currency (whatever its own), most first; None
    counts those without a currency, which insights cannot sum."""
    count = fn.COUNT(Order.id)
    query = filtered(Order.select(Order.currency, count), replace(f, currency=None)).group_by(Order.currency)
    ordered = query.order_by(count.desc(), fn.COALESCE(Order.currency, ""))
    return [(currency, int(n)) for currency, n in ordered.tuples()]


def figures(f: OrderFilter) -> Figures:
    """The headline figures of the rows `f` matches (one currency)."""
    row = _one_currency(f, Order.select(*_FIGURE_SUMS)).tuples().get()
    return _figures(row)


def previous_period(f: OrderFilter) -> OrderFilter | None:
    """`f` moved to the same length of time right before its range; None for an open range."""
    if f.paid_from is None or f.paid_to is None:
        return None
    return replace(f, paid_from=f.paid_from - (f.paid_to - f.paid_from), paid_to=f.paid_from)


def breakdown(f: OrderFilter, by: BreakdownBy, limit: int = 500) -> list[BreakdownRow]:
    """The rows `f` matches grouped by tracking ID or sub ID, the best earners first.

    At most `limit` groups (ask for one more to learn whether there are more).
    """
    # The key is an aggregate of its group: PostgreSQL cannot tell that an expression holding a
    # bound parameter repeats the grouped one.
    if by is BreakdownBy.TRACKING_ID:
        group, key = Order.tracking_key, fn.MIN(Order.tracking_id)
    else:
        group, key = fn.COALESCE(Order.custom_parameters, ""), fn.MIN(Order.custom_parameters)
    query = _one_currency(f, Order.select(group, key, *_FIGURE_SUMS)).group_by(_FIRST_COLUMN)
    ordered = query.order_by(_EARNED.desc(), fn.COUNT(Order.id).desc(), _FIRST_COLUMN).limit(limit)
    return [BreakdownRow(label or None, _figures(sums)) for _, label, *sums in ordered.tuples()]


def commission_series(f: OrderFilter, zone: tzinfo | None = None) -> Series:
    """Commission by state per day, week or month (by the range's length) of the filter's basis
    time (paid, confirmed or settled) in `zone`.

    The buckets cover the filter's local days without gaps, the first and last possibly partial;
    an open side of the range starts or ends at the matching data. `zone` must be the one the
    filter's days were made in (`OrderFilter.for_days` uses the same default). An order without
    a paid time (AliExpress left it out) has no day to be charted on; the headline counts it.
    """
    zone = zone or local_zone()
    span = _paid_span(f)
    if span is None:
        return Series(Granularity.DAY, [])
    start, end = span
    first, last = start.astimezone(zone).date(), (end - timedelta(seconds=1)).astimezone(zone).date()
    granularity = granularity_for(first, last)
    time = DateBasis(f.basis).column
    day = (time.coerce(False) + _utc_offset(time, zone, start, end)) / _SECONDS_PER_DAY
    query = _one_currency(f, Order.select(day, *_COMMISSION_SUMS)).where(time.is_null(False))
    return Series(granularity, _fold(query.group_by(_FIRST_COLUMN).tuples(), first, last, granularity))


def _one_currency(f: OrderFilter, query: Select) -> Select:
    """`query` narrowed by `f`, which must name one currency: insights sum money."""
    if not f.currency:
        raise ValueError("insights sum money, so they need one currency (OrderFilter.currency)")
    return filtered(query, f)


def _figures(sums: Iterable[object]) -> Figures:
    # PostgreSQL returns SUM(bigint) as Decimal, and every SUM of no rows is NULL.
    return Figures(*(int(value or 0) for value in sums))


def _paid_span(f: OrderFilter) -> tuple[datetime, datetime] | None:
    """[start, end) of the basis times to chart: the filter's bounds, or the data's where open."""
    start, end = f.paid_from, f.paid_to
    if start is None or end is None:
        oldest, newest = (
            _one_currency(f, Order.select(bound(DateBasis(f.basis).column))).scalar()
            for bound in (fn.MIN, fn.MAX)
        )
        if oldest is None:
            return None
        start = start or oldest
        end = end or newest + timedelta(seconds=1)
    return (start, end) if start < end else None


def _utc_offset(time: Field, zone: tzinfo, start: datetime, end: datetime) -> Node:
    """The zone's UTC offset in seconds at each `time` (a stored time column) in [start, end), as SQL.

    A constant unless the offset changes inside the range: then a CASE over the instants of the
    changes, found by checking the offset once a day and bisecting to the second where it moved.
    """
    moment, offset = start, _offset_at(zone, start)
    branches = []
    while moment < end:
        step = min(moment + timedelta(days=1), end)
        if _offset_at(zone, step) != offset:
            change = _first_second_with_new_offset(zone, moment, step, offset)
            branches.append((time < change, offset))
            offset = _offset_at(zone, step)
        moment = step
    return Case(None, branches, offset) if branches else Value(offset)


def _offset_at(zone: tzinfo, moment: datetime) -> int:
    return int(moment.astimezone(zone).utcoffset().total_seconds())


def _first_second_with_new_offset(zone: tzinfo, before: datetime, after: datetime, old: int) -> datetime:
    low, high = int(before.timestamp()), int(after.timestamp())  # old offset at low, new at high
    while high - low > 1:
        middle = (low + high) // 2
        if _offset_at(zone, datetime.fromtimestamp(middle, UTC)) == old:
            low = middle
        else:
            high = middle
    return datetime.fromtimestamp(high, UTC)


def _fold(day_rows: Iterable[tuple], first: date, last: date, granularity: Granularity) -> list[Bucket]:
    """Add the per-day sums into gap-free buckets over [first, last]."""
    sums: dict[date, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for day_number, *values in day_rows:
        start = _bucket_start(_EPOCH_DAY + timedelta(days=int(day_number)), granularity)
        totals = sums[start]
        for index, value in enumerate(values):
            totals[index] += int(value or 0)
    buckets = []
    start = _bucket_start(first, granularity)
    while start <= last:
        following = _next_bucket_start(start, granularity)
        window = (max(start, first), min(following - timedelta(days=1), last))
        buckets.append(Bucket(*window, *sums.get(start, ())))
        start = following
    return buckets


def _bucket_start(day: date, granularity: Granularity) -> date:
    if granularity is Granularity.WEEK:
        return day - timedelta(days=day.weekday())  # weeks start on Monday (ISO 8601)
    return day.replace(day=1) if granularity is Granularity.MONTH else day


def _next_bucket_start(start: date, granularity: Granularity) -> date:
    if granularity is Granularity.MONTH:
        return (start + timedelta(days=32)).replace(day=1)
    return start + timedelta(days=7 if granularity is Granularity.WEEK else 1)
