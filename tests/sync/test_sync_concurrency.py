"""Pages fetched on several connections: faster, just as complete, and polite when throttled."""

from __future__ import annotations

import threading
import time
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from aliorders_desktop import store
from aliorders_desktop.aliexpress.client import AppCredentials, ClientSettings
from aliorders_desktop.aliexpress.gateway import DEMO_APP_KEY, DEMO_APP_SECRET, GatewayServer, OrderDataset
from aliorders_desktop.sync.planner import range_bounds
from aliorders_desktop.sync.service import SyncService

NOW = datetime(2025, 9, 1, 12, tzinfo=UTC)
FIRST, LAST = date(2025, 7, 1), date(2025, 8, 31)
ZONE = ZoneInfo("Europe/Moscow")


class CountingGateway(GatewayServer):
    """Notes how many requests it is answering at once, and can throttle the n-th one."""

    def __init__(self, *args, throttle_request: int | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.throttle_request = throttle_request
        self.answering = 0
        self.most_at_once = 0
        self.banned_at: float | None = None
        self.most_after_ban = 0
        self._lock = threading.Lock()
        self._seen = 0

    def reply_to(self, query: str, body: str):
        with self._lock:
            self._seen += 1
            self.answering += 1
            self.most_at_once = max(self.most_at_once, self.answering)
            if self.banned_at is not None and time.monotonic() > self.banned_at + 1.0:
                self.most_after_ban = max(self.most_after_ban, self.answering)
            if self._seen == self.throttle_request:  # a ban starts: this request and those after it get it
                self.faults.ban(DEMO_APP_KEY, self.config.ban_seconds)
                self.counters.count(self.counters.faults, "throttle")
        try:
            reply = super().reply_to(query, body)
        finally:
            with self._lock:
                self.answering -= 1
                if self.counters.faults["throttle"] and self.banned_at is None:
                    self.banned_at = time.monotonic()
        return reply


@pytest.fixture(scope="module")
def dataset() -> OrderDataset:
    return OrderDataset(seed=21, orders=1500, days=90, now=NOW)


def sync(gateway: GatewayServer, concurrency: int, **options) -> SyncService:
    settings = ClientSettings(gateway_url=gateway.url, backoff_base=0.01, backoff_max=0.05, **options)
    return SyncService(AppCredentials(DEMO_APP_KEY, DEMO_APP_SECRET), settings, ZONE, concurrency)


def current(gateway: GatewayServer) -> dict[int, str]:
    start, end = range_bounds(FIRST, LAST, ZONE)
    lo, hi, now = start.timestamp() * 1000, end.timestamp() * 1000, gateway.clock.now_ms()
    orders = gateway.dataset.sub_orders
    return {o.sub_order_id: o.status_at(now).value for o in orders if lo <= o.paid_ms < hi}


def stored() -> dict[int, str]:
    start, end = range_bounds(FIRST, LAST, ZONE)
    rows = store.iter_rows(store.OrderFilter(paid_from=start, paid_to=end))
    return {r.sub_order_id: r.status for r in rows}


@pytest.mark.parametrize("concurrency", [1, 4])
def test_requests_run_side_by_side_up_to_the_setting_with_the_same_result(
    dataset, store_path, concurrency
) -> None:
    with CountingGateway(dataset) as gateway:
        gateway.config.latency_seconds = 0.05
        result = sync(gateway, concurrency).run(FIRST, LAST)
        assert stored() == current(gateway)
    assert result.outcome == "completed"
    assert gateway.most_at_once == concurrency
    assert result.progress.pages_done == result.progress.pages_planned
    assert sum(gateway.counters.requests.values()) == result.progress.pages_done  # no call wasted


def test_a_throttle_answer_shrinks_the_pool_and_the_named_wait_is_honoured(dataset, store_path) -> None:
    with CountingGateway(dataset, throttle_request=6) as gateway:
        gateway.config.latency_seconds = 0.05
        gateway.config.ban_seconds = 0.5
        result = sync(gateway, 4).run(FIRST, LAST)
        assert stored() == current(gateway)
    assert result.outcome == "completed"
    assert gateway.counters.faults["throttle"] == 1
    assert gateway.banned_at is not None and 1 <= gateway.most_after_ban <= 2


def test_cancel_stops_a_sync_with_requests_in_flight_within_a_second(dataset, store_path) -> None:
    with CountingGateway(dataset) as gateway:
        gateway.config.latency_seconds = 3.0
        cancel = threading.Event()
        outcome = {}

        def run() -> None:
            outcome["result"] = sync(gateway, 4).run(FIRST, LAST, cancel=cancel)

        worker = threading.Thread(target=run)
        worker.start()
        time.sleep(0.5)
        assert gateway.answering == 4
        cancelled_at = time.monotonic()
        cancel.set()
        worker.join(5)
        stopped_after = time.monotonic() - cancelled_at
    assert outcome["result"].outcome == "cancelled"
    assert stopped_after < 1.0
