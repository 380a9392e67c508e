"""The orders every workload runs on: a deterministic stream of realistic `OrderRecord`s.

Records are made directly (no HTTP) and streamed in batches, so a million of them never sit in
memory at once and the app's load and the raw baseline can be fed exactly the same rows. The
vocabulary (products, tracking IDs, sites and currencies) is the simulated gateway's, so filters
hit the same kind of selectivity as on demo data: a tracking ID prefix matches a fifth of all
orders, a product ID about 0.3 %, an order ID one to four sub-orders.
"""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from aliorders_desktop.aliexpress.gateway.catalog import CHANNELS, RUB_PER_USD, SITE_PROFILES, build_products
from aliorders_desktop.aliexpress.orders import OrderRecord, OrderStatus

SEED = 20260101
NOW = datetime(2026, 6, 30, 12, 0, tzinfo=UTC)
"""A fixed "now": the same rows on every run and every day, so runs compare."""


@dataclass(frozen=True)
class Size:
    """How big a run is. `full` is what docs/benchmarks.md reports; `tiny` keeps the code alive in tests."""

    name: str
    orders: int
    """Sub-orders in the store for B2-B5."""
    days: int
    """Paid times spread over this many days before `NOW` (years of orders)."""
    sync_orders: int
    """Sub-orders the simulated gateway serves for B1, paid over `sync_days`."""
    sync_days: int
    latency_orders: int
    """Sub-orders the slow gateway of B7 serves, paid over `sync_days`."""
    latency: float
    """Seconds B7's gateway waits before each answer: a real network's round trip."""
    repeats: int
    """Timed repetitions of each B3 query (p95 needs at least 20 to mean something)."""
    starts: int
    """Process starts per B6 measurement (the median is reported)."""


SIZES = {
    "tiny": Size(
        "tiny",
        orders=3_000,
        days=60,
        sync_orders=600,
        sync_days=30,
        latency_orders=300,
        latency=0.02,
        repeats=3,
        starts=1,
    ),
    "full": Size(
        "full",
        orders=1_000_000,
        days=3 * 365,
        sync_orders=100_000,
        sync_days=365,
        latency_orders=5_000,
        latency=0.3,
        repeats=20,
        starts=5,
    ),
}

_LINES = ((1, 2, 3, 4), list(itertools.accumulate((60, 25, 10, 5))))
_DAY = 86_400


def order_batches(count: int, days: int, batch: int, seed: int = SEED) -> Iterator[list[OrderRecord]]:
    """`count` sub-orders paid over `days` days before `NOW`, `batch` at a time (the last may be short).

    They come in paid-time order, as a sync stores them window by window. Checkouts of one to
    four sub-orders share an order ID. About 12 % end Invalid; the rest are
    confirmed 10-50 days after payment and settled 3-20 days later, so the status mix depends on
    age as in a real account.
    """
    rng = random.Random(seed)
    products = build_products(rng)
    channels = [name for name, _ in CHANNELS]
    channel_weights = list(itertools.accumulate(weight for _, weight in CHANNELS))
    sites = list(SITE_PROFILES)
    site_weights = list(itertools.accumulate(profile[1] for profile in SITE_PROFILES))
    now = int(NOW.timestamp())
    first, span = now - days * _DAY, days * _DAY - 600
    order_id, sub_order_id = 8_100_000_000_000_000, 8_120_000_000_000_000
    records: list[OrderRecord] = []
    made = 0
    while made < count:
        order_id += rng.randint(1, 5000)
        paid = first + made * span // count + rng.randrange(600)
        site, _, currency, countries = rng.choices(sites, cum_weights=site_weights)[0]
        tracking_id = None if rng.random() < 0.1 else rng.choices(channels, cum_weights=channel_weights)[0]
        custom = json.dumps({"af_sub": f"post_{rng.randint(1, 400)}"}) if rng.random() < 0.4 else None
        lines = min(rng.choices(*_LINES)[0], count - made)
        for _ in range(lines):
            sub_order_id += rng.randint(1, 500)
            product = rng.choice(products)
            quantity = 1 if rng.random() < 0.75 else rng.randint(2, 5)
            amount = product.price_cents * quantity * (RUB_PER_USD if currency == "RUB" else 1)
            commission = (amount * product.commission_rate_bp + 5000) // 10000
            finished = paid + rng.randint(10 * _DAY, 50 * _DAY)
            settled = finished + rng.randint(3 * _DAY, 20 * _DAY)
            invalid = rng.random() < 0.12
            status = _status(now, finished, settled, invalid)
            records.append(
                OrderRecord(
                    sub_order_id=sub_order_id,
                    order_id=order_id,
                    status=status,
                    tracking_id=tracking_id,
                    custom_parameters=custom,
                    product_id=product.product_id,
                    category_id=product.category_id,
                    product_title=product.title,
                    product_url=product.detail_url,
                    product_image_url=product.image_url,
                    quantity=quantity,
                    site=site,
                    platform="affiliate_platform",
                    created_at=_time(paid - rng.randint(5, 1800)),
                    paid_at=_time(paid),
                    finished_at=_time(finished) if finished <= now and not invalid else None,
                    settled_at=_time(settled) if status == OrderStatus.SETTLED else None,
                    paid_amount=amount,
                    finished_amount=amount if finished <= now and not invalid else None,
                    estimated_paid_commission=commission,
                    estimated_finished_commission=commission if finished <= now and not invalid else None,
                    new_buyer_bonus_commission=0,
                    commission_rate=f"{product.commission_rate_bp / 100:.2f}%",
                    currency=currency,
                    ship_to_country=rng.choice(countries),
                    is_new_buyer=rng.random() < 0.15,
                    is_hot_product=rng.random() < 0.3,
                    is_affiliate_product=True,
                    effect_detail_status="FullRefund" if invalid else None,
                )
            )
            made += 1
            if len(records) == batch:
                yield records
                records = []
    if records:
        yield records


def _status(now: int, finished: int, settled: int, invalid: bool) -> str:
    if invalid:
        return OrderStatus.INVALID.value
    if settled <= now:
        return OrderStatus.SETTLED.value
    return OrderStatus.CONFIRMED.value if finished <= now else OrderStatus.PAID.value


def _time(epoch: int) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)
