"""A deterministic, realistic set of affiliate sub-orders whose lifecycle unfolds on a movable clock.

Each sub-order is generated with its whole future already scheduled (paid, then maybe confirmed,
settled or invalidated). What the gateway shows is the state at the clock's "now": events scheduled
later have not happened yet, and orders paid later do not exist yet. Advancing the clock therefore
moves orders Paid → Confirmed → Settled (or → Invalid) without any mutable state.
"""

from __future__ import annotations

import bisect
import itertools
import json
import operator
import random
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from aliorders_desktop.aliexpress.gateway.catalog import (
    CHANNELS,
    RUB_PER_USD,
    SITE_PROFILES,
    Product,
    build_products,
)
from aliorders_desktop.aliexpress.orders import OrderStatus, TimeType

T = TypeVar("T")

DAY_MS = 86_400_000
HOUR_MS = 3_600_000
FIRST_ID_ABOVE_2_53 = 2**53 + 1  # 9007199254740993: the first integer a float cannot hold
_QUERY_CACHE_SIZE = 256
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
SETTLE_AFTER_MS = (30 * DAY_MS, 60 * DAY_MS)
"""How long after payment a sub-order that is not refunded settles: the programme's 30–60 days."""
_SETTLE_SPREAD = SETTLE_AFTER_MS[1] - SETTLE_AFTER_MS[0]
TIME_FIELDS = {TimeType.PAID: "paid_ms", TimeType.CONFIRMED: "finished_ms", TimeType.SETTLED: "settled_ms"}


def to_ms(instant: datetime) -> int:
    """Epoch milliseconds of an aware datetime (exact, no float): the dataset's time unit."""
    return (instant - _EPOCH) // timedelta(milliseconds=1)


class SimulatedClock:
    """The gateway's "now". It only moves when told to, so tests and demos script the lifecycle."""

    def __init__(self, start: datetime | None = None):
        start = start or datetime.now(UTC)
        if start.tzinfo is None:
            raise ValueError("SimulatedClock needs an aware datetime")
        self._now = start.astimezone(UTC)

    def now(self) -> datetime:
        return self._now

    def now_ms(self) -> int:
        return to_ms(self._now)

    def advance(self, delta: timedelta) -> datetime:
        """Move forward (never back: statuses only move forward on the real API either)."""
        if delta < timedelta(0):
            raise ValueError("the clock only moves forward")
        self._now += delta
        return self._now


@dataclass(slots=True, eq=False)
class SubOrder:
    """One line item with its full schedule; `*_ms` events are None when they never happen."""

    row: int
    order_id: int
    sub_order_id: int
    product: Product
    product_count: int
    site: str
    platform: str
    currency: str
    ship_to_country: str
    tracking_id: str | None  # None: the key is absent from the response
    custom_parameters: str | None
    is_new_buyer: bool
    is_hot_product: bool
    is_affiliate_product: bool
    created_ms: int
    paid_ms: int
    finished_ms: int | None
    settled_ms: int | None
    invalid_ms: int | None
    invalid_reason: str | None
    paid_amount: int
    finished_amount: int
    estimated_paid_commission: int
    estimated_finished_commission: int
    new_buyer_bonus_commission: int

    def status_at(self, at_ms: int) -> OrderStatus:
        if self.invalid_ms is not None and self.invalid_ms <= at_ms:
            return OrderStatus.INVALID
        if self.settled_ms is not None and self.settled_ms <= at_ms:
            return OrderStatus.SETTLED
        if self.finished_ms is not None and self.finished_ms <= at_ms:
            return OrderStatus.CONFIRMED
        return OrderStatus.PAID

    def time_of(self, time_type: TimeType) -> int | None:
        return getattr(self, TIME_FIELDS[time_type])


class OrderDataset:
    """`orders` sub-orders paid over the `days` days before `now` (plus `future_days` after it).

    Same seed and same `now` give identical data. Orders scheduled after `now` appear as the
    clock passes their paid time, so a demo keeps receiving new orders.
    """

    def __init__(
        self, seed: int, orders: int, days: int = 120, now: datetime | None = None, future_days: int = 0
    ):
        if orders < 0 or days <= 0 or future_days < 0:
            raise ValueError("orders must be >= 0, days > 0, future_days >= 0")
        now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
        self.seed = seed
        self.now = now
        self.sub_orders: list[SubOrder] = _generate(
            seed, orders, to_ms(now) - days * DAY_MS, (days + future_days) * DAY_MS
        )
        self._by_sub_order_id = {o.sub_order_id: o for o in self.sub_orders}
        self._by_order_id: dict[int, list[SubOrder]] = {}
        for order in self.sub_orders:
            self._by_order_id.setdefault(order.order_id, []).append(order)
        self._indexes = {tt: _TimeIndex(self.sub_orders, tt) for tt in TimeType}
        self._cache: OrderedDict[tuple[object, ...], list[SubOrder]] = OrderedDict()
        self._cache_lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.sub_orders)

    def query(
        self, status: OrderStatus, time_type: TimeType, start_ms: int, end_ms: int, at_ms: int
    ) -> list[SubOrder]:
        """Sub-orders in `status` at `at_ms` whose `time_type` time is in [start_ms, end_ms].

        Sorted by (that time, sub_order_id). Results are cached per query and clock value, so
        paging through thousands of pages only bisects the window once.
        """
        key = (status, time_type, start_ms, end_ms, at_ms)
        with self._cache_lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return cached
        result = [
            o
            for o in self._indexes[time_type].window(start_ms, min(end_ms, at_ms))
            if o.status_at(at_ms) is status
        ]
        with self._cache_lock:
            self._cache[key] = result
            if len(self._cache) > _QUERY_CACHE_SIZE:
                self._cache.popitem(last=False)
        return result

    def find(self, ids: Iterable[int], at_ms: int, match_order_id: bool = False) -> list[SubOrder]:
        """Sub-orders by sub_order_id (and optionally parent order_id) that exist at `at_ms`."""
        found: dict[int, SubOrder] = {}
        for wanted in ids:
            candidates = [self._by_sub_order_id[wanted]] if wanted in self._by_sub_order_id else []
            if match_order_id:
                candidates += self._by_order_id.get(wanted, [])
            for order in candidates:
                if order.paid_ms <= at_ms:
                    found.setdefault(order.sub_order_id, order)
        return list(found.values())


class _TimeIndex:
    """Sub-orders sorted by one time type's timestamp, for bisecting a window out of them."""

    def __init__(self, orders: Sequence[SubOrder], time_type: TimeType):
        time_of = operator.attrgetter(TIME_FIELDS[time_type])
        timed = sorted(
            ((t, o.sub_order_id, o) for o in orders if (t := time_of(o)) is not None),
            key=lambda item: (item[0], item[1]),
        )
        self._times = [t for t, _, _ in timed]
        self._orders = [o for _, _, o in timed]

    def window(self, start_ms: int, end_ms: int) -> list[SubOrder]:
        lo = bisect.bisect_left(self._times, start_ms)
        hi = bisect.bisect_right(self._times, end_ms)
        return self._orders[lo:hi]


def _generate(seed: int, count: int, start_ms: int, span_ms: int) -> list[SubOrder]:
    """Draw checkouts of 1-4 sub-orders until `count` sub-orders exist (in generation order)."""
    rng = random.Random(seed)
    products = build_products(rng)
    channels = [c for c, _ in CHANNELS]
    channel_weights = list(itertools.accumulate(w for _, w in CHANNELS))
    site_weights = list(itertools.accumulate(w for _, w, _, _ in SITE_PROFILES))
    line_weights = list(itertools.accumulate((60, 25, 10, 5)))  # sub-orders per checkout
    order_id = 8_100_000_000_000_000 + rng.randrange(10**13)
    sub_order_id = 8_120_000_000_000_000 + rng.randrange(10**13)
    big_order_id = FIRST_ID_ABOVE_2_53 + 10**6
    big_sub_order_id = FIRST_ID_ABOVE_2_53
    result: list[SubOrder] = []
    checkout = 0
    while len(result) < count:
        above_2_53 = checkout % 50 == 7  # ~2% of checkouts, at least one in any dataset >= 8
        checkout += 1
        paid_ms = (start_ms + int(rng.random() * span_ms)) // 1000 * 1000
        created_ms = paid_ms - rng.randint(5, 1800) * 1000
        site, _, currency, countries = _pick(rng, SITE_PROFILES, site_weights)
        tracking_id, custom_parameters = _tracking(rng, channels, channel_weights)
        is_new_buyer = rng.random() < 0.15
        platform = "influencer_platform" if rng.random() < 0.1 else "affiliate_platform"
        country = rng.choice(countries)
        confirm_delay = rng.uniform(10, 50) * DAY_MS
        if above_2_53:
            big_order_id += rng.randint(1, 5000)
        else:
            order_id += rng.randint(1, 5000)
        lines = min(_pick(rng, (1, 2, 3, 4), line_weights), count - len(result))
        for line in range(lines):
            if above_2_53:
                this_sub_id, big_sub_order_id = big_sub_order_id, big_sub_order_id + rng.randint(1, 500)
            else:
                sub_order_id += rng.randint(1, 500)
                this_sub_id = sub_order_id
            product = rng.choice(products)
            quantity = 1 if rng.random() < 0.75 else rng.randint(2, 5)
            unit = product.price_cents * (RUB_PER_USD if currency == "RUB" else 1)
            paid_amount = unit * quantity
            own_delay = confirm_delay if rng.random() < 0.7 else rng.uniform(10, 50) * DAY_MS
            schedule = _schedule(rng, paid_ms, int(own_delay))
            finished_amount = paid_amount
            if rng.random() < 0.05:
                finished_amount = paid_amount * rng.randint(50, 90) // 100  # partial refund
            bonus = 0
            if is_new_buyer and line == 0:
                bonus = rng.choice((100, 150, 200, 300)) * (RUB_PER_USD if currency == "RUB" else 1)
            result.append(
                SubOrder(
                    row=len(result),
                    order_id=big_order_id if above_2_53 else order_id,
                    sub_order_id=this_sub_id,
                    product=product,
                    product_count=quantity,
                    site=site,
                    platform=platform,
                    currency=currency,
                    ship_to_country=country,
                    tracking_id=tracking_id,
                    custom_parameters=custom_parameters,
                    is_new_buyer=is_new_buyer,
                    is_hot_product=rng.random() < 0.3,
                    is_affiliate_product=rng.random() < 0.85,
                    created_ms=created_ms,
                    paid_ms=paid_ms,
                    paid_amount=paid_amount,
                    finished_amount=finished_amount,
                    estimated_paid_commission=_commission(paid_amount, product.commission_rate_bp),
                    estimated_finished_commission=_commission(finished_amount, product.commission_rate_bp),
                    new_buyer_bonus_commission=bonus,
                    **schedule,
                )
            )
    return result


def _pick(rng: random.Random, population: Sequence[T], cum_weights: list[int]) -> T:
    """A weighted choice from cumulative weights; cheaper than `rng.choices` in a hot loop."""
    return population[bisect.bisect(cum_weights, rng.random() * cum_weights[-1])]


def _tracking(rng: random.Random, channels: list[str], weights: list[int]) -> tuple[str | None, str | None]:
    """About 10% of clicks carry no tracking ID (key absent or empty); many carry af_sub params."""
    roll = rng.random()
    if roll < 0.05:
        return None, None
    if roll < 0.10:
        return "", None
    channel = _pick(rng, channels, weights)
    if rng.random() >= 0.6:
        return channel, None
    params = {"af_sub": f"{channel.split('_')[0]}_post_{rng.randint(1, 400)}"}
    if rng.random() < 0.15:
        params["af_sub2"] = rng.choice(("short", "story", "pinned", "repost"))
    return channel, json.dumps(params, separators=(",", ":"))


def _schedule(rng: random.Random, paid_ms: int, confirm_delay_ms: int) -> dict[str, object]:
    """Decide the sub-order's fate: settled (~85%), refunded to Invalid (~12%), or overdue (~3%).

    Settlement comes 30 to 60 days after payment, as publishers see it, and the buyer confirms
    receipt in between, at least three days before it (so `confirm_delay_ms` is a wish).
    """
    hours = rng.randint(3 * 24, 20 * 24)  # one draw, as before: the same seed keeps its orders
    settled_ms: int | None = paid_ms + SETTLE_AFTER_MS[0] + (hours - 3 * 24) * _SETTLE_SPREAD // (17 * 24)
    settled_ms = settled_ms // 1000 * 1000
    finished_ms: int | None = (
        paid_ms + min(confirm_delay_ms, settled_ms - paid_ms - 3 * DAY_MS) // 1000 * 1000
    )
    invalid_ms: int | None = None
    reason: str | None = None
    fate = rng.random()
    if fate < 0.03:  # never confirmed: Invalid once 180 days pass unsettled
        finished_ms = settled_ms = None
        invalid_ms, reason = paid_ms + 180 * DAY_MS, "FullRefund"
    elif fate < 0.11:  # refunded before the buyer confirmed
        invalid_ms = paid_ms + rng.randint(DAY_MS, finished_ms - paid_ms - 1000) // 1000 * 1000
        finished_ms = settled_ms = None
        reason = "FullRefund"
    elif fate < 0.15:  # refunded or flagged after confirmation, before settlement
        invalid_ms = finished_ms + rng.randint(HOUR_MS, settled_ms - finished_ms - 1000) // 1000 * 1000
        settled_ms = None
        reason = "FullRefund" if rng.random() < 0.7 else "Antispam"
    return {
        "finished_ms": finished_ms,
        "settled_ms": settled_ms,
        "invalid_ms": invalid_ms,
        "invalid_reason": reason,
    }


def _commission(amount: int, rate_bp: int) -> int:
    """Commission in minor units, rounded half up (integer arithmetic: no float money)."""
    return (amount * rate_bp + 5000) // 10000
