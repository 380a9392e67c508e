"""Faults on the wire during a sync: complete exactly once, or stop clearly keeping what was saved."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from aliorders_desktop import store
from aliorders_desktop.aliexpress.client import AppCredentials, ClientSettings
from aliorders_desktop.aliexpress.errors import NetworkError, ServerError, ThrottledError
from aliorders_desktop.aliexpress.gateway import DEMO_APP_KEY, DEMO_APP_SECRET, GatewayServer
from aliorders_desktop.days import day_bounds
from aliorders_desktop.sync.service import SyncService

CREDENTIALS = AppCredentials(DEMO_APP_KEY, DEMO_APP_SECRET)
FIRST, LAST = date.today() - timedelta(days=45), date.today()


def service(gateway: GatewayServer, **settings) -> SyncService:
    options = {"backoff_base": 0.01, "backoff_max": 0.05, "max_attempts": 10, **settings}
    return SyncService(CREDENTIALS, ClientSettings(gateway_url=gateway.url, **options))


def expected(gateway: GatewayServer) -> dict[int, str]:
    start, end = day_bounds(FIRST, LAST)
    lo, hi, now = start.timestamp() * 1000, end.timestamp() * 1000, gateway.clock.now_ms()
    return {
        o.sub_order_id: o.status_at(now).value
        for o in gateway.dataset.sub_orders
        if lo <= o.paid_ms < hi and o.paid_ms <= now
    }


def stored() -> dict[int, str]:
    return {r.sub_order_id: r.status for r in store.iter_rows(store.OrderFilter.for_days(FIRST, LAST))}


@pytest.mark.parametrize(
    "fault", ["dropped_rate", "truncated_rate", "server_error_rate", "system_error_rate"]
)
def test_each_transient_fault_still_gives_every_order_exactly_once(demo_gateway, store_path, fault) -> None:
    setattr(demo_gateway.config, fault, 0.2)
    result = service(demo_gateway).run(FIRST, LAST)
    assert result.outcome == "completed"
    assert stored() == expected(demo_gateway)
    assert sum(demo_gateway.counters.faults.values()) > 0


def test_all_faults_at_once(demo_gateway, store_path) -> None:
    config = demo_gateway.config
    config.throttle_rate, config.server_error_rate, config.truncated_rate = 0.05, 0.1, 0.05
    config.dropped_rate, config.latency_seconds = 0.05, 0.01
    assert service(demo_gateway).run(FIRST, LAST).outcome == "completed"
    assert stored() == expected(demo_gateway)


def test_slow_answers_within_the_timeout_complete(demo_gateway, store_path) -> None:
    demo_gateway.config.latency_seconds = 0.2
    assert service(demo_gateway, read_timeout=2).run(LAST - timedelta(days=3), LAST).outcome == "completed"


def test_answers_slower_than_the_timeout_stop_with_a_clear_message(demo_gateway, store_path) -> None:
    demo_gateway.config.latency_seconds = 0.6
    with pytest.raises(NetworkError, match="did not answer in time"):
        service(demo_gateway, read_timeout=0.2, max_attempts=2).run(LAST, LAST)
    assert store.last_sync_runs()[store.SyncOutcome.FAILED].error.startswith("AliExpress did not answer")


def test_a_lasting_outage_stops_after_bounded_retries_keeping_saved_pages(demo_gateway, store_path) -> None:
    saved = []

    def break_after_four(progress) -> None:
        saved.append(progress.counts.new)
        if progress.pages_done == 4:
            demo_gateway.config.server_error_rate = 1.0

    with pytest.raises(ServerError, match="temporary problem"):
        service(demo_gateway, max_attempts=3).run(FIRST, LAST, progress=break_after_four)
    assert len(saved) >= 4  # pages fetched before the outage are still saved
    assert store.count_orders(store.OrderFilter()) == saved[-1]
    failed = sum(n for fault, n in demo_gateway.counters.faults.items() if fault.startswith("http_"))
    assert 3 <= failed <= 4 * 3  # three attempts on each of the four connections at most


def test_an_endless_ban_ends_with_a_message_to_try_later(demo_gateway, store_path) -> None:
    demo_gateway.config.throttle_rate = 1.0
    with pytest.raises(ThrottledError, match="try the sync again later"):
        service(demo_gateway, max_throttle_wait=2).run(LAST, LAST)
