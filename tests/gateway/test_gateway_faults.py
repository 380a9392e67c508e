"""Fault knobs: each produces its fault, bans are real, draws are reproducible, counters count."""

from __future__ import annotations

import json
import re
import time

import pytest
import requests
from gateway_support import GET, LIST, signed, window

from aliorders_desktop.aliexpress.gateway import GatewayConfig, GatewayServer

BUSINESS = {"status": "Payment Completed", "page_size": 50, **window(30, 30)}
WAIT = re.compile(r"(\d+)\s+more\s+seconds")


def resp_code(response: requests.Response) -> int:
    return response.json()["aliexpress_affiliate_order_list_response"]["resp_result"]["resp_code"]


@pytest.mark.parametrize("code", ["ApiCallLimit", "AppCallLimit"])
def test_throttle_ban_is_real_and_per_app_key(api, gateway, code: str) -> None:
    gateway.config.throttle_code = code
    gateway.config.ban_seconds = 0.3
    gateway.config.accounts["777"] = "other-secret"
    gateway.config.throttle_rate = 1.0
    error = api(LIST, **BUSINESS).json()["error_response"]
    assert error["code"] == code and error["type"] == "ISV"
    assert int(WAIT.search(error["msg"])[1]) == 1
    gateway.config.throttle_rate = 0.0
    assert api(LIST, **BUSINESS).json()["error_response"]["code"] == code  # still banned
    assert resp_code(api(LIST, app_key="777", secret="other-secret", **BUSINESS)) == 200
    time.sleep(0.35)
    assert resp_code(api(LIST, **BUSINESS)) == 200
    assert gateway.counters.faults["throttle"] == 1 and gateway.counters.faults["banned"] == 1


def test_legacy_numeric_throttle_shape(api, gateway) -> None:
    gateway.config.throttle_code = "7"
    gateway.config.throttle_rate = 1.0
    error = api(LIST, **BUSINESS).json()["error_response"]
    assert error["code"] == 7 and error["msg"] == "App Call Limited"
    assert error["sub_code"] == "accesscontrol.limited-by-app-api-access-count"
    assert int(WAIT.search(error["sub_msg"])[1]) >= 1
    assert "type" not in error


def test_server_errors(api, gateway) -> None:
    gateway.config.server_error_rate = 1.0
    statuses = {api(LIST, **BUSINESS).status_code for _ in range(12)}
    assert statuses <= {500, 502, 503} and len(statuses) > 1
    assert sum(gateway.counters.faults.values()) == 12


def test_truncated_body(api, gateway) -> None:
    gateway.config.truncated_rate = 1.0
    response = api(LIST, **BUSINESS)
    assert response.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        json.loads(response.text)
    assert response.text.startswith('{"aliexpress_affiliate_order_list_response"')


def test_system_error_and_unregistered_publisher(api, gateway) -> None:
    gateway.config.system_error_rate = 1.0
    result = api(GET, order_ids="1").json()["aliexpress_affiliate_order_get_response"]["resp_result"]
    assert result == {"resp_code": 404, "resp_msg": "System Error"}
    gateway.config.unregistered_publisher = True
    response = api(LIST, simplify="true", **BUSINESS).json()
    assert response["resp_result"] == {"resp_code": 401, "resp_msg": "This publisher is not registered"}


def test_latency(api, gateway) -> None:
    gateway.config.latency_seconds = 0.2
    started = time.perf_counter()
    api(LIST, **BUSINESS)
    assert time.perf_counter() - started >= 0.2


def test_fault_draws_are_reproducible(dataset) -> None:
    def outcomes() -> list[int]:
        config = GatewayConfig(fault_seed=7, server_error_rate=0.3, system_error_rate=0.3)
        with GatewayServer(dataset, config) as server, requests.Session() as http:
            data = signed({"method": LIST, **BUSINESS})
            results = []
            for _ in range(20):
                response = http.post(server.url, data=data, timeout=10)
                results.append(resp_code(response) if response.status_code == 200 else response.status_code)
            return results

    first = outcomes()
    assert first == outcomes()
    assert {200, 404} <= set(first) and set(first) & {500, 502, 503}


def test_counters(api, gateway) -> None:
    api(LIST, **BUSINESS)
    api(LIST, **BUSINESS)
    api(GET, order_ids="1")
    api(LIST, secret="wrong", **BUSINESS)
    assert gateway.counters.requests == {LIST: 3, GET: 1}
    assert gateway.counters.outcomes == {"200": 2, "405": 1, "IncompleteSignature": 1}
    gateway.counters.reset()
    assert not gateway.counters.requests
