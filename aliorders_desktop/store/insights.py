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

from peewee import JOIN, SQL, Case, Cast, Field, Node, Select, Value, fn

from ..aliexpress.orders import OrderStatus
from ..days import local_zone
from .filters import DateBasis, OrderFilter, filtered
from .models import Order, SubId
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
    """What a breakdown groups by (values are the CLI's `--by` names).

    `SUB_ID` groups by the custom parameters exactly as stored; `SUB_ID_KEY` by the value of one
    sub-ID key (`sub_ids`), orders without that key forming the group without a value.
    """

    TRACKING_ID = "tracking"
    SUB_ID = "custom-parameters"
    SUB_ID_KEY = "sub-id"
    PRODUCT = "product"
    CATEGORY = "category"
    COUNTRY = "country"
    SITE = "site"
    BUYER = "buyer"
    HOT = "hot"
    PLATFORM = "platform"


@dataclass(frozen=True)
class BreakdownRow:
    """One group of a breakdown.

    `key` is the group's value as text, None for the group without one: the tracking ID (one
    spelling of it: IDs differing only in case are one group, as in the filter), the custom
    parameters as stored, a sub ID's value, the product or category ID, the country code, site or
    platform, or "new"/"returning" (buyer) and "hot"/"regular" (hot product). `title` is the
    product's title for a product. `average_rate` is the mean commission rate in percent of the
    rows that have one; `share` the group's part of the commission (estimated plus settled) of
    every group, None when there is none.
    """

    key: str | None
    figures: Figures
    title: str | None = None
    average_rate: float | None = None
    share: float | None = None

    @property
    def earned(self) -> int:
        return self.figures.estimated + self.figures.settled


_FLAGS = {BreakdownBy.BUYER: ("new", "returning"), BreakdownBy.HOT: ("hot", "regular")}
_COLUMNS = {  # empty text and none at all are one group
    BreakdownBy.CATEGORY: Order.category_id,
    BreakdownBy.COUNTRY: fn.COALESCE(Order.ship_to_country, ""),
    BreakdownBy.SITE: fn.COALESCE(Order.site, ""),
    BreakdownBy.PLATFORM: fn.COALESCE(Order.platform, ""),
    BreakdownBy.BUYER: Order.is_new_buyer,
    BreakdownBy.HOT: Order.is_hot_product,
}
_AVERAGE_RATE = fn.AVG(Cast(Order.commission_rate, "NUMERIC"))


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


def breakdown(f: OrderFilter, by: BreakdownBy, limit: int = 500, sub_id_key: str = "") -> list[BreakdownRow]:
    """The rows `f` matches grouped by `by` (and `sub_id_key` for `SUB_ID_KEY`), best earners first.

    One GROUP BY in SQL over one currency. At most `limit` groups (ask for one more to learn
    whether there are more); shares are of every group, not only those returned.
    """
    query = _one_currency(f, _grouped(by, sub_id_key))
    earned = query.order_by(_EARNED.desc(), fn.COUNT(Order.id).desc(), _FIRST_COLUMN).limit(limit)
    total = int(_one_currency(f, Order.select(_EARNED)).scalar() or 0)
    rows = []
    for group, title, rate, *sums in earned.tuples():
        figures = _figures(sums)
        share = (figures.estimated + figures.settled) / total if total else None
        rate = None if rate is None else float(rate)
        rows.append(BreakdownRow(_key(by, group, title), figures, _title(by, title), rate, share))
    return rows


@dataclass(frozen=True)
class Move:
    """A breakdown group whose commission (estimated plus settled) changed between two periods."""

    row: BreakdownRow
    """The group now (zero figures if it earned nothing now)."""
    change: int
    """Commission now minus before, in minor units."""


MOVES_READ = 100_000
"""Groups read per period to find what moved: every group there is, in practice."""


def what_moved(
    f: OrderFilter, before: OrderFilter, by: BreakdownBy, sub_id_key: str = "", count: int = 3
) -> tuple[list[Move], list[Move]]:
    """The `count` groups whose commission grew most, and those that fell most, from `before` to `f`.

    Two GROUP BYs (one per period, one currency each); a group missing from one period earned 0
    in it. Groups that did not change are in neither list.
    """
    now = {row.key: row for row in breakdown(f, by, MOVES_READ, sub_id_key)}
    then = {row.key: row.earned for row in breakdown(before, by, MOVES_READ, sub_id_key)}
    moves = [
        Move(
            now.get(key) or BreakdownRow(key, Figures()),
            (now[key].earned if key in now else 0) - then.get(key, 0),
        )
        for key in now.keys() | then.keys()
    ]
    moves.sort(key=lambda move: (move.change, move.row.key or ""))
    grew = [move for move in reversed(moves) if move.change > 0][:count]
    fell = [move for move in moves if move.change < 0][:count]
    return grew, fell


def sub_id_keys(limit: int = 20) -> list[str]:
    """The sub-ID keys links carried, the most used first: what "Breakdown by" offers."""
    count = fn.COUNT(SubId.id)
    query = SubId.select(SubId.key, count).group_by(SubId.key).order_by(count.desc(), SubId.key)
    return [key for key, _ in query.limit(limit).tuples()]


def _grouped(by: BreakdownBy, sub_id_key: str) -> Select:
    """SELECT group, label, average rate, figure sums … GROUP BY group, for one dimension.

    A label is an aggregate of its group: PostgreSQL cannot tell that an expression holding a
    bound parameter repeats the grouped one.
    """
    sums = (_AVERAGE_RATE, *_FIGURE_SUMS)
    if by is BreakdownBy.SUB_ID_KEY:
        joined = (SubId.order == Order.id) & (SubId.key == sub_id_key)
        query = Order.select(SubId.value, fn.MIN(SubId.value), *sums).join(SubId, JOIN.LEFT_OUTER, on=joined)
        return query.group_by(SubId.value)
    if by is BreakdownBy.TRACKING_ID:
        group, label = Order.tracking_key, fn.MIN(Order.tracking_id)
    elif by is BreakdownBy.SUB_ID:
        group, label = fn.COALESCE(Order.custom_parameters, ""), fn.MIN(Order.custom_parameters)
    elif by is BreakdownBy.PRODUCT:
        group, label = Order.product_id, fn.MIN(Order.product_title)
    else:
        group, label = _COLUMNS[by], SQL("NULL")  # the group is its own label
    return Order.select(group, label, *sums).group_by(_FIRST_COLUMN)


def _key(by: BreakdownBy, group: object, label: object) -> str | None:
    if group is None or group == "":
        return None
    if by in _FLAGS:
        new_or_hot, other = _FLAGS[by]
        return new_or_hot if bool(group) else other
    if by in (BreakdownBy.TRACKING_ID, BreakdownBy.SUB_ID):
        return str(label) if label else None
    return str(group)


def _title(by: BreakdownBy, label: object) -> str | None:
    return str(label) if by is BreakdownBy.PRODUCT and label else None


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
