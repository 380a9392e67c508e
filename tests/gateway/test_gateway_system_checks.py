"""System checks over real HTTP: their order, error shape, sign methods, timestamps, transport."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
import requests
from gateway_support import LIST, signed, window

from aliorders_desktop.aliexpress.gateway import DEMO_APP_KEY, DEMO_APP_SECRET, GatewayServer
from aliorders_desktop.aliexpress.signing import sign

BUSINESS = {"status": "Payment Completed", "page_size": "50", **window(30, 30)}


def post(http: requests.Session, gateway: GatewayServer, data: dict[str, str]) -> dict:
    response = http.post(gateway.url, data=data, timeout=10)
    assert response.status_code == 200
    return response.json()


def error_of(document: dict) -> dict:
    assert set(document) == {"error_response"}, document
    return document["error_response"]


def good_params() -> dict[str, str]:
    return signed({"method": LIST, **BUSINESS})


@pytest.mark.parametrize("name", ["method", "app_key", "timestamp", "sign_method", "sign"])
def test_missing_parameter_names_it(http, gateway, name: str) -> None:
    params = good_params()
    del params[name]
    error = error_of(post(http, gateway, params))
    assert error["code"] == "MissingParameter"
    assert f'"{name}"' in error["msg"]
    assert error["type"] == "ISV"
    assert error["request_id"] and error["_trace_id_"]


def test_checks_run_in_documented_order(http, gateway) -> None:
    """Each case breaks the checked item and every later one; the earliest must be reported."""
    stale = str(int(time.time() * 1000) - 3 * 3600 * 1000)
    cases = [
        ({"sign": ""}, {"app_key": "999", "method": "no.such", "timestamp": stale}, "MissingParameter"),
        ({"app_key": "999"}, {"method": "no.such", "timestamp": stale}, "InvalidAppKey"),
        ({"sign": "0" * 64}, {"method": "no.such", "timestamp": stale}, "IncompleteSignature"),
        ({}, {"method": "no.such", "timestamp": stale}, "InvalidApiPath"),
        ({}, {"timestamp": stale}, "IllegalTimestamp"),
    ]
    for after_signing, before_signing, expected in cases:
        params = signed({"method": LIST, **BUSINESS, **before_signing})
        params.update(after_signing)
        assert error_of(post(http, gateway, params))["code"] == expected


def test_app_key_with_trailing_newline_is_invalid(http, gateway) -> None:
    params = signed({"method": LIST, **BUSINESS, "app_key": DEMO_APP_KEY + "\r\n"})
    assert error_of(post(http, gateway, params))["code"] == "InvalidAppKey"


@pytest.mark.parametrize("sign_method", ["sha256", "md5", "hmac"])
def test_every_sign_method_is_accepted(api, sign_method: str) -> None:
    body = api(LIST, sign_method=sign_method, **BUSINESS).json()
    assert body["aliexpress_affiliate_order_list_response"]["resp_result"]["resp_code"] == 200


def test_wrong_secret_is_refused(api) -> None:
    body = api(LIST, secret="not-the-secret", **BUSINESS).json()
    assert error_of(body)["code"] == "IncompleteSignature"


def test_extra_accounts_can_be_added_at_runtime(api, gateway) -> None:
    gateway.config.accounts["555"] = "another-secret"
    body = api(LIST, app_key="555", secret="another-secret", **BUSINESS).json()
    assert "aliexpress_affiliate_order_list_response" in body


def test_timestamp_skew(api, gateway) -> None:
    now_ms = int(time.time() * 1000)
    assert "error_response" not in api(LIST, timestamp=now_ms - 7000 * 1000, **BUSINESS).json()
    assert "error_response" not in api(LIST, timestamp=now_ms + 7000 * 1000, **BUSINESS).json()
    too_old = api(LIST, timestamp=now_ms - 7300 * 1000, **BUSINESS).json()
    assert error_of(too_old)["code"] == "IllegalTimestamp"
    gateway.config.timestamp_error_code = "InvalidTimestamp"
    assert error_of(api(LIST, timestamp="garbage", **BUSINESS).json())["code"] == "InvalidTimestamp"
    gateway.config.timestamp_skew_seconds = None
    assert "error_response" not in api(LIST, timestamp=now_ms - 10**9, **BUSINESS).json()


def test_string_timestamp_is_read_as_gmt_plus_8(api) -> None:
    gmt8 = datetime.now(UTC) + timedelta(hours=8)
    accepted = api(LIST, timestamp=gmt8.strftime("%Y-%m-%d %H:%M:%S"), **BUSINESS).json()
    assert "error_response" not in accepted
    as_utc = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")  # 8 h off: beyond the 2 h skew
    assert error_of(api(LIST, timestamp=as_utc, **BUSINESS).json())["code"] == "IllegalTimestamp"


def test_get_and_post_give_the_same_result(api) -> None:
    via_get = api(LIST, http_method="GET", **BUSINESS).json()
    via_post = api(LIST, **BUSINESS).json()
    for body in (via_get, via_post):
        del body["aliexpress_affiliate_order_list_response"]["request_id"]
    assert via_get == via_post


def test_java_sdk_layout_with_duplicated_method(http, gateway) -> None:
    """System params in the query (method twice, as the Java SDK builds it), business in the body."""
    system = {
        "app_key": DEMO_APP_KEY,
        "timestamp": str(int(time.time() * 1000)),
        "sign_method": "sha256",
        "method": LIST,
        "v": "2.0",
        "simplify": "true",
    }
    system["sign"] = sign({**system, **BUSINESS}, DEMO_APP_SECRET)
    query = [("method", LIST), *system.items()]
    response = http.post(gateway.url, params=query, data=BUSINESS, timeout=10)
    assert response.json()["resp_result"]["resp_code"] == 200


def test_rest_path_is_the_wrong_gateway(http, gateway) -> None:
    url = gateway.url.replace("/sync", "/rest/aliexpress/affiliate/order/list")
    assert error_of(http.post(url, data=good_params(), timeout=10).json())["code"] == "InvalidApiPath"
    assert http.get(gateway.url.replace("/sync", "/other"), timeout=10).status_code == 404
