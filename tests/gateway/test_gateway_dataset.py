"""The data set: determinism, realism, lifecycle on the clock, and scale."""

from __future__ import annotations

import json
import math
import time
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
import requests
from gateway_support import LIST, NOW, signed, window

from aliorders_desktop.aliexpress.gateway import GatewayServer, OrderDataset, SimulatedClock
from aliorders_desktop.aliexpress.gateway.dataset import DAY_MS, to_ms
from aliorders_desktop.aliexpress.orders import OrderStatus, TimeType

NOW_MS = to_ms(NOW)


def fingerprint(dataset: OrderDataset) -> list[tuple]:
    return [
        (
            o.sub_order_id,
            o.order_id,
            o.product.title,
            o.paid_ms,
            o.finished_ms,
            o.settled_ms,
            o.invalid_ms,
            o.paid_amount,
            o.tracking_id,
            o.custom_parameters,
        )
        for o in dataset.sub_orders
    ]


def test_same_seed_and_now_give_identical_data(dataset) -> None:
    assert fingerprint(OrderDataset(seed=42, orders=3000, now=NOW)) == fingerprint(dataset)
    assert fingerprint(OrderDataset(seed=43, orders=3000, now=NOW)) != fingerprint(dataset)


def test_realistic_mix(dataset) -> None:
    orders = dataset.sub_orders
    assert len(orders) == 3000
    assert len({o.sub_order_id for o in orders}) == 3000
    lines = Counter(Counter(o.order_id for o in orders).values())
    assert set(lines) == {1, 2, 3, 4}
    no_tracking = sum(not o.tracking_id for o in orders) / len(orders)
    assert 0.07 < no_tracking < 0.13
    assert any(o.tracking_id is None for o in orders) and any(o.tracking_id == "" for o in orders)
    assert len({o.tracking_id for o in orders if o.tracking_id}) >= 5
    with_params = [o.custom_parameters for o in orders if o.custom_parameters]
    assert len(with_params) > len(orders) / 3
    assert all("af_sub" in json.loads(p) for p in with_params)
    titles = "".join({o.product.title for o in orders})
    for sample in ("Ж", "ñ", "ع", "耳", "イ", "🔥"):
        assert sample in titles
    assert {o.product.title[0] for o in orders} >= {"=", "+", "@"}
    assert {o.currency for o in orders if o.site == "ru_site"} == {"RUB"}
    assert {o.currency for o in orders if o.site != "ru_site"} == {"USD"}
    assert {o.site for o in orders} == {"global", "ru_site", "es_site", "it_site"}
    assert all(len(str(o.sub_order_id)) == 16 for o in orders)
    assert any(o.sub_order_id > 2**53 for o in orders) and any(o.order_id > 2**53 for o in orders)
    assert all(NOW_MS - 120 * DAY_MS <= o.paid_ms <= NOW_MS for o in orders)


def test_schedules_are_consistent(dataset) -> None:
    for o in dataset.sub_orders:
        assert o.created_ms <= o.paid_ms
        if o.finished_ms is not None:
            assert 10 * DAY_MS <= o.finished_ms - o.paid_ms <= 50 * DAY_MS
        if o.settled_ms is not None:  # 30 to 60 days after payment, confirmed 3 days before at least
            assert 30 * DAY_MS <= o.settled_ms - o.paid_ms <= 60 * DAY_MS
            assert o.finished_ms is not None and o.finished_ms <= o.settled_ms - 3 * DAY_MS
        if o.invalid_ms is not None:
            assert o.settled_ms is None and o.invalid_ms > o.paid_ms
            assert o.finished_ms is None or o.finished_ms < o.invalid_ms
    statuses = Counter(o.status_at(NOW_MS) for o in dataset.sub_orders)
    assert set(statuses) == set(OrderStatus)
    assert 0.08 < statuses[OrderStatus.INVALID] / len(dataset.sub_orders) < 0.2
    delays = sorted(o.settled_ms - o.paid_ms for o in dataset.sub_orders if o.settled_ms is not None)
    assert 40 * DAY_MS < delays[len(delays) // 2] < 50 * DAY_MS  # spread over the month, not bunched


def test_advancing_the_clock_moves_statuses_forward(api, gateway) -> None:
    bounds = {**window(20, 20), "page_size": 50}
    before = {r["sub_order_id"]: r for r in _all_rows(api, "Payment Completed", bounds)}
    assert before
    gateway.clock.advance(timedelta(days=30))
    after: dict[int, dict] = {}
    for status in OrderStatus:
        after.update({r["sub_order_id"]: r for r in _all_rows(api, status.value, bounds)})
    assert set(before) <= set(after)
    moved = Counter(after[i]["order_status"] for i in before)
    assert moved["Buyer Confirmed Receipt"] and moved["Completed Settlement"] and moved["Invalid"]
    for sub_id in before:
        row = after[sub_id]
        assert row["paid_time"] == before[sub_id]["paid_time"]
        if row["order_status"] in ("Buyer Confirmed Receipt", "Completed Settlement"):
            assert row["paid_time"] <= row["finished_time"]
            assert "estimated_finished_commission" in row and "finished_amount" in row
        if row["order_status"] == "Completed Settlement":
            assert row["finished_time"] <= row["completed_settlement_time"]
        if row["order_status"] == "Payment Completed":
            assert "finished_time" not in row and "finished_amount" not in row


def _all_rows(api, status: str, bounds: dict) -> list[dict]:
    found: list[dict] = []
    page_no = 1
    while True:
        resp = api(LIST, status=status, page_no=page_no, **bounds).json()
        resp = resp["aliexpress_affiliate_order_list_response"]["resp_result"]
        if resp["resp_code"] == 405:
            return found
        found += resp["result"]["orders"]["order"]
        if page_no >= resp["result"]["total_page_no"]:
            return found
        page_no += 1


def test_orders_scheduled_after_now_appear_as_the_clock_passes() -> None:
    data = OrderDataset(seed=5, orders=400, days=10, now=NOW, future_days=10)
    clock = SimulatedClock(NOW)

    def visible() -> int:
        return len(data.find([o.sub_order_id for o in data.sub_orders], clock.now_ms()))

    first = visible()
    assert 0 < first < 400
    clock.advance(timedelta(days=10))
    assert visible() == 400
    with pytest.raises(ValueError):
        clock.advance(timedelta(seconds=-1))


def test_hundred_thousand_orders_generate_and_query_fast() -> None:
    started = time.perf_counter()
    big = OrderDataset(seed=1, orders=100_000, now=NOW)
    assert time.perf_counter() - started < 10
    start, end = NOW_MS - 90 * DAY_MS, NOW_MS
    first = big.query(OrderStatus.SETTLED, TimeType.PAID, start, end, NOW_MS)
    started = time.perf_counter()
    for _ in range(2000):  # what paging through 2,000 pages costs the data set
        again = big.query(OrderStatus.SETTLED, TimeType.PAID, start, end, NOW_MS)
    assert time.perf_counter() - started < 0.5
    assert again is first and len(first) > 10_000
    assert [(o.paid_ms, o.sub_order_id) for o in first] == sorted((o.paid_ms, o.sub_order_id) for o in first)

    with GatewayServer(big) as server, requests.Session() as http:
        last_page = math.ceil(len(first) / 50)
        started = time.perf_counter()
        for page_no in (1, last_page // 2, last_page):
            data = signed(
                {
                    "method": LIST,
                    "status": "Completed Settlement",
                    "page_no": page_no,
                    "page_size": 50,
                    **window(90, 90),
                }
            )
            result = http.post(server.url, data=data, timeout=10).json()[
                "aliexpress_affiliate_order_list_response"
            ]["resp_result"]["result"]
            assert result["total_page_no"] == last_page
        assert time.perf_counter() - started < 2


def test_clock_defaults_to_real_now_and_needs_aware_time() -> None:
    assert abs(SimulatedClock().now() - datetime.now(UTC)) < timedelta(seconds=5)
    with pytest.raises(ValueError):
        SimulatedClock(datetime(2025, 1, 1))
