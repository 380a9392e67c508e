"""After a sync, breakdowns by product, country and sub ID equal the simulated gateway's own truth."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

import pytest

from aliorders_desktop import store
from aliorders_desktop.aliexpress.client import AppCredentials, ClientSettings
from aliorders_desktop.aliexpress.gateway import DEMO_APP_KEY, DEMO_APP_SECRET, GatewayServer
from aliorders_desktop.aliexpress.gateway.dataset import SubOrder
from aliorders_desktop.aliexpress.orders import OrderStatus
from aliorders_desktop.days import local_zone
from aliorders_desktop.store.insights import BreakdownBy
from aliorders_desktop.sync.planner import range_bounds
from aliorders_desktop.sync.service import SyncService

FIRST, LAST = date.today() - timedelta(days=99), date.today()


def earned(order: SubOrder, now_ms: int) -> int:
    """What the order is expected to earn now, by the programme's rules, from the dataset itself."""
    status = order.status_at(now_ms)
    if status is OrderStatus.INVALID:
        return 0
    confirmed = order.finished_ms is not None and order.finished_ms <= now_ms
    return order.estimated_finished_commission if confirmed else order.estimated_paid_commission


def truth(
    gateway: GatewayServer, currency: str, key_of: Callable[[SubOrder], str | None]
) -> dict[str | None, tuple[int, int]]:
    """Group key -> (sub-orders, commission) of the dataset's orders paid in the synced range."""
    start, end = range_bounds(FIRST, LAST, local_zone())
    lo, hi = int(start.timestamp() * 1000), int(end.timestamp() * 1000)
    now_ms = gateway.clock.now_ms()
    counts: Counter[str | None] = Counter()
    sums: dict[str | None, int] = defaultdict(int)
    for order in gateway.dataset.sub_orders:
        if lo <= order.paid_ms < hi and order.paid_ms <= now_ms and order.currency == currency:
            key = key_of(order)
            counts[key] += 1
            sums[key] += earned(order, now_ms)
    return {key: (counts[key], sums[key]) for key in counts}


def af_sub(order: SubOrder) -> str | None:
    return json.loads(order.custom_parameters).get("af_sub") if order.custom_parameters else None


@pytest.mark.parametrize(
    ("by", "key_of", "sub_id_key"),
    [
        (BreakdownBy.PRODUCT, lambda o: str(o.product.product_id), ""),
        (BreakdownBy.COUNTRY, lambda o: o.ship_to_country or None, ""),
        (BreakdownBy.SUB_ID_KEY, af_sub, "af_sub"),
    ],
    ids=["product", "country", "sub-id"],
)
def test_breakdown_totals_equal_the_gateways_truth(demo_gateway, store_path, by, key_of, sub_id_key) -> None:
    settings = ClientSettings(gateway_url=demo_gateway.url, backoff_base=0.01, backoff_max=0.05)
    service = SyncService(AppCredentials(DEMO_APP_KEY, DEMO_APP_SECRET), settings)
    assert service.run(FIRST, LAST).outcome == "completed"
    base = store.OrderFilter.for_days(FIRST, LAST)
    for currency in store.currencies(base):
        want = truth(demo_gateway, currency, key_of)
        rows = store.breakdown(replace(base, currency=currency), by, 10**6, sub_id_key)
        got = {row.key: (row.figures.sub_orders, row.earned) for row in rows}
        assert len(want) > 1
        assert got == want
        assert sum(row.share for row in rows if row.share) == pytest.approx(1.0)
