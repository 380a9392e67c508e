"""Syncs against a gateway that refuses windows over 90 days however it reads their time zone."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from aliorders_desktop import store
from aliorders_desktop.aliexpress.client import AppCredentials, ClientSettings
from aliorders_desktop.aliexpress.gateway import (
    DEMO_APP_KEY,
    DEMO_APP_SECRET,
    GatewayConfig,
    GatewayServer,
    OrderDataset,
)
from aliorders_desktop.aliexpress.orders import OrderStatus
from aliorders_desktop.sync.planner import range_bounds
from aliorders_desktop.sync.service import SyncService

NOW = datetime(2025, 6, 19, 12, tzinfo=UTC)
RANGES = {
    "five days": (date(2025, 6, 10), date(2025, 6, 14)),
    "spring forward in the look-back": (date(2025, 3, 11), date(2025, 6, 18)),
    "spring forward in the padding": (date(2025, 4, 10), date(2025, 5, 24)),
    "a year": (date(2024, 6, 19), date(2025, 6, 18)),
    "five years": (date(2020, 6, 19), date(2025, 6, 18)),
}
ZONES = ["America/Los_Angeles", "UTC", "Europe/Moscow", "Asia/Shanghai"]


@pytest.fixture(scope="module")
def dataset() -> OrderDataset:
    return OrderDataset(seed=13, orders=6000, days=5 * 366 + 30, now=NOW)


@pytest.fixture
def strict_gateway(dataset):
    """Reads windows as fixed UTC−8 wall-clock times, answers in Pacific time, refuses > 90 days."""
    config = GatewayConfig(query_zone="Etc/GMT+8", strict_window=True, max_window_days=90)
    with GatewayServer(dataset, config) as server:
        yield server


def service(gateway: GatewayServer, zone: str, concurrency: int = 4) -> SyncService:
    settings = ClientSettings(gateway_url=gateway.url, backoff_base=0.01, backoff_max=0.05)
    credentials = AppCredentials(DEMO_APP_KEY, DEMO_APP_SECRET)
    return SyncService(credentials, settings, zone=ZoneInfo(zone), concurrency=concurrency)


def statuses_now(gateway: GatewayServer, first: date, last: date, zone: str) -> dict[int, str]:
    """Sub-order → the status the gateway reports now, for orders paid in the user's days."""
    start, end = range_bounds(first, last, ZoneInfo(zone))
    lo, hi, now = start.timestamp() * 1000, end.timestamp() * 1000, gateway.clock.now_ms()
    return {
        o.sub_order_id: o.status_at(now).value
        for o in gateway.dataset.sub_orders
        if lo <= o.paid_ms < hi and o.paid_ms <= now
    }


def stored(first: date, last: date, zone: str) -> dict[int, str]:
    start, end = range_bounds(first, last, ZoneInfo(zone))
    rows = store.iter_rows(store.OrderFilter(paid_from=start, paid_to=end))
    return {row.sub_order_id: row.status for row in rows}


@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize("span", list(RANGES))
def test_every_order_arrives_once_and_stays_current_invalid_included(
    strict_gateway, store_path, span, zone
) -> None:
    first, last = RANGES[span]
    result = service(strict_gateway, zone).run(first, last)
    assert result.outcome == "completed" and not result.problems
    before = stored(first, last, zone)
    assert before == statuses_now(strict_gateway, first, last, zone)

    strict_gateway.clock.advance(timedelta(days=30))  # AliExpress moves on; only recent days are synced
    today = strict_gateway.clock.now().date()
    assert service(strict_gateway, zone).run(today - timedelta(days=29), today).outcome == "completed"
    want = statuses_now(strict_gateway, first, last, zone)
    assert stored(first, last, zone) == want
    if span == "spring forward in the look-back":
        turned_invalid = [s for s, status in want.items() if status == OrderStatus.INVALID != before[s]]
        assert turned_invalid
    assert strict_gateway.counters.outcomes["InvalidParameter"] == 0


def test_a_window_refused_as_too_long_is_split_until_it_passes(dataset, store_path, caplog) -> None:
    config = GatewayConfig(max_window_days=20)
    first, last = date(2025, 3, 1), date(2025, 6, 18)
    with GatewayServer(dataset, config) as gateway:
        with caplog.at_level(logging.WARNING, logger="aliorders_desktop.sync.service"):
            result = service(gateway, "UTC").run(first, last)
        assert result.outcome == "completed" and not result.problems
        assert stored(first, last, "UTC") == statuses_now(gateway, first, last, "UTC")
        assert gateway.counters.outcomes["InvalidParameter"] > 0
    refusals = [r for r in caplog.records if "refused" in r.getMessage()]
    assert len(refusals) == 1  # said once, not once per window
    assert result.progress.pages_done == result.progress.pages_planned


def test_a_window_refused_even_as_one_day_is_named_and_the_rest_still_syncs(
    dataset, store_path
) -> None:
    class RefusesInvalid(GatewayServer):
        """Refuses every `Invalid` query as too long, as a gateway with a stricter rule might."""

        def reply_to(self, query: str, body: str):
            self.config.max_window_days = 0 if "status=Invalid" in body else 90
            return super().reply_to(query, body)

    first, last = date(2025, 6, 10), date(2025, 6, 14)
    with RefusesInvalid(dataset) as gateway:
        # One request at a time: the gateway's rule changes with each request it reads.
        result = service(gateway, "UTC", concurrency=1).run(first, last)
        want = {s: st for s, st in statuses_now(gateway, first, last, "UTC").items() if st != "Invalid"}
    assert result.outcome == "completed with problems"
    assert all(problem.startswith("Invalid orders") for problem in result.problems)
    assert "refused" in result.summary() and result.problems[0] in result.summary()
    assert {s: st for s, st in stored(first, last, "UTC").items() if st != "Invalid"} == want
    run = store.last_sync_runs()[store.SyncOutcome.PARTIAL]
    assert result.problems[0] in run.error
    assert store.last_successful_sync() == run
