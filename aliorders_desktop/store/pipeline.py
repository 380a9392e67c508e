"""The pipeline: commission not settled yet, by age since payment, and when it should land.

*Bands*: the estimated commission of Payment Completed and Buyer Confirmed Receipt orders, per
currency and status, by local calendar days since payment (0–30, 31–60, 61–90, over 90).

*Forecast*: what should land in each of the next months, from this database's own history. The
delays from payment to settlement of the most recent settlements give, per site with enough of
them (else across all sites), the chance that an order already `a` days old settles on each
later day: among the delays longer than `a`, the share ending in that month. That chance is
reduced by the share of orders of that age that ended Invalid. The API gives no time for
becoming Invalid, so every Invalid order counts at every age: a cautious forecast. Without a
minimum of settled orders there is no forecast, only the count it would need.

No Qt: the window runs this on a worker thread, the command line could print it.
"""

from __future__ import annotations

import bisect
import statistics
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo

from peewee import SQL, Case, fn

from ..aliexpress.orders import OrderStatus
from ..days import local_zone
from .filters import OrderFilter
from .models import Order, db
from .rules import ESTIMATED_COMMISSION
from .statement import month_end

BANDS: tuple[tuple[int, int | None], ...] = ((0, 30), (31, 60), (61, 90), (91, None))
"""Days since payment, both ends included; None: no upper end."""
PENDING = (OrderStatus.PAID.value, OrderStatus.CONFIRMED.value)
MINIMUM_HISTORY = 50
"""Settled orders a forecast needs, for a site of its own or across all sites."""
HISTORY = 20_000
"""Most recent settlements the forecast learns from: recent enough to follow the programme."""
FORECAST_MONTHS = 3
_DAY = 86_400


@dataclass(frozen=True)
class BandSum:
    """The unsettled commission of one currency, status and age band."""

    currency: str | None
    status: str
    band: int
    """Index into `BANDS`."""
    sub_orders: int
    commission: int


@dataclass(frozen=True)
class Timing:
    """Payment-to-settlement days learnt from `settled` orders of `site` (None: all sites)."""

    site: str | None
    settled: int
    median_days: float
    low_days: float
    """10th percentile: with `high_days`, the band in which 80% of settlements fell."""
    high_days: float


@dataclass(frozen=True)
class Forecast:
    months: list[date]
    """The first day of each forecast month; the first is the current month (its remaining days)."""
    amounts: dict[str | None, list[int]] = field(default_factory=dict)
    """Per currency, the commission expected to land in each month, in minor units."""
    timings: list[Timing] = field(default_factory=list)
    """The all-sites timing first, then each site with enough history of its own."""
    settled: int = 0
    """Settled orders the forecast rests on."""
    invalid: int = 0
    """Invalid orders paid over the same time, which reduce it."""

    @property
    def enough(self) -> bool:
        return self.settled >= MINIMUM_HISTORY


def band_filter(band: int, status: str, currency: str | None, today: date, zone: tzinfo) -> OrderFilter:
    """The orders of one band: paid `BANDS[band]` local days before `today`, in `status` and
    `currency` (what a click on the band shows)."""
    low, high = BANDS[band]
    first = None if high is None else today - timedelta(days=high)
    return OrderFilter.for_days(
        first, today - timedelta(days=low), zone, statuses=frozenset({status}), currency=currency
    )


def bands(today: date, zone: tzinfo) -> list[BandSum]:
    """The unsettled commission per currency, status and age band: days since payment counted in
    local calendar days, as of `today` in `zone`."""
    tomorrow = _start(today + timedelta(days=1), zone)
    band = Case(
        None,
        [
            (Order.paid_at >= _start(today - timedelta(days=high), zone), index)
            for index, (_, high) in enumerate(BANDS)
            if high is not None
        ],
        len(BANDS) - 1,
    )
    query = (
        Order.select(Order.currency, Order.status, band, fn.COUNT(SQL("*")), fn.SUM(ESTIMATED_COMMISSION))
        .where(Order.status.in_(PENDING), Order.paid_at.is_null(False), Order.paid_at < tomorrow)
        .group_by(SQL("1"), SQL("2"), SQL("3"))
    )
    rows = [
        BandSum(currency, status, int(index), count, int(commission or 0))
        for currency, status, index, count, commission in db.execute(query)
    ]
    return sorted(rows, key=lambda r: (r.currency or "", PENDING.index(r.status), r.band))


def forecast(
    now: datetime, zone: tzinfo | None = None, history: int = HISTORY, minimum: int = MINIMUM_HISTORY
) -> Forecast:
    """What lands in each of the next `FORECAST_MONTHS` local calendar months (see the module)."""
    zone = zone or local_zone()
    months = _months_from(now.astimezone(zone).date(), FORECAST_MONTHS)
    delays, oldest_paid = _settlement_delays(history)
    settled = sum(len(site_delays) for site_delays in delays.values())
    everywhere = sorted(d for site_delays in delays.values() for d in site_delays)
    invalid = _invalid_count(oldest_paid, now) if everywhere else 0
    if settled < minimum:
        return Forecast(months, settled=settled, invalid=invalid)
    learnt = {
        site: sorted(site_delays) for site, site_delays in delays.items() if len(site_delays) >= minimum
    }
    timings = [_timing(None, everywhere)] + [_timing(site, learnt[site]) for site in sorted(learnt, key=str)]
    invalid_share = _InvalidShare(invalid, everywhere)
    edges = [_start(month, zone) for month in [*months, _next_month(months[-1])]]
    amounts: dict[str | None, list[float]] = defaultdict(lambda: [0.0] * len(months))
    for site, currency, age, commission in _pending(now):
        site_delays = learnt.get(site, everywhere)
        paid = now - timedelta(days=age + 0.5)  # the middle of its day of age
        later = bisect.bisect_right(site_delays, age * _DAY)  # delays still possible at this age
        remaining = len(site_delays) - later
        if not remaining:
            continue
        keep = 1 - invalid_share.at(age * _DAY)
        for index in range(len(months)):
            first = bisect.bisect_left(site_delays, (edges[index] - paid).total_seconds(), lo=later)
            last = bisect.bisect_left(site_delays, (edges[index + 1] - paid).total_seconds(), lo=later)
            amounts[currency][index] += commission * keep * (last - first) / remaining
    rounded = {currency: [round(value) for value in values] for currency, values in amounts.items()}
    return Forecast(
        months, dict(sorted(rounded.items(), key=lambda i: i[0] or "")), timings, settled, invalid
    )


def month_orders(
    forecast: Forecast, index: int, currency: str | None, zone: tzinfo | None = None
) -> OrderFilter:
    """The unsettled orders whose typical settlement (payment plus the median delay across all
    sites) falls in forecast month `index`: what a click on that month shows."""
    zone = zone or local_zone()
    median = timedelta(days=forecast.timings[0].median_days)
    first = _start(forecast.months[index], zone)
    end = _start(_next_month(forecast.months[index]), zone)
    return OrderFilter(
        paid_from=first - median, paid_to=end - median, statuses=frozenset(PENDING), currency=currency
    )


class _InvalidShare:
    """The share of orders still open at an age that ended Invalid: `invalid` of them (at every
    age, see the module) against the settled ones whose delay was longer than that age."""

    def __init__(self, invalid: int, delays: Sequence[int]) -> None:
        self._invalid, self._delays = invalid, delays

    def at(self, age_seconds: float) -> float:
        settled_later = len(self._delays) - bisect.bisect_right(self._delays, age_seconds)
        total = self._invalid + settled_later
        return self._invalid / total if total else 1.0


def _settlement_delays(history: int) -> tuple[dict[str | None, list[int]], datetime | None]:
    """Seconds from payment to settlement of the `history` latest settlements, per site; and the
    earliest payment among them."""
    query = (
        Order.select(Order.site, Order.settled_at.coerce(False) - Order.paid_at.coerce(False), Order.paid_at)
        .where(
            Order.status == OrderStatus.SETTLED.value,
            Order.settled_at.is_null(False),
            Order.paid_at.is_null(False),
        )
        .order_by(Order.settled_at.desc())
        .limit(history)
    )
    delays: dict[str | None, list[int]] = defaultdict(list)
    oldest: int | None = None
    for site, delay, paid in db.execute(query):
        if delay is not None and delay >= 0:
            delays[site].append(int(delay))
            oldest = paid if oldest is None else min(oldest, paid)
    return delays, None if oldest is None else Order.paid_at.python_value(oldest)


def _invalid_count(since: datetime | None, now: datetime) -> int:
    """Invalid orders paid over the time the settled history covers."""
    query = Order.select(fn.COUNT(SQL("*"))).where(Order.status == OrderStatus.INVALID.value)
    if since is not None:
        query = query.where(Order.paid_at >= since, Order.paid_at <= now)
    return query.scalar() or 0


def _pending(now: datetime) -> list[tuple[str | None, str | None, int, int]]:
    """(site, currency, whole days since payment, commission) of the unsettled orders, grouped."""
    age = (int(now.timestamp()) - Order.paid_at.coerce(False)) / _DAY
    query = (
        Order.select(Order.site, Order.currency, age, fn.SUM(ESTIMATED_COMMISSION))
        .where(Order.status.in_(PENDING), Order.paid_at.is_null(False), Order.paid_at <= now)
        .group_by(SQL("1"), SQL("2"), SQL("3"))
    )
    return [(site, currency, int(days), int(total or 0)) for site, currency, days, total in db.execute(query)]


def _timing(site: str | None, delays: Sequence[int]) -> Timing:
    deciles = statistics.quantiles(delays, n=10, method="inclusive")
    return Timing(site, len(delays), statistics.median(delays) / _DAY, deciles[0] / _DAY, deciles[-1] / _DAY)


def _months_from(today: date, count: int) -> list[date]:
    months = [today.replace(day=1)]
    while len(months) < count:
        months.append(_next_month(months[-1]))
    return months


def _next_month(first: date) -> date:
    return month_end(first) + timedelta(days=1)


def _start(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time.min, zone)
