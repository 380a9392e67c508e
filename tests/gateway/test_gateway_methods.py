"""The three order methods over real HTTP: filtering, paging, cursors, lookups, shapes, validation."""

from __future__ import annotations

import json
import math
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from gateway_support import GET, LIST, LISTBYINDEX, NOW, window

from aliorders_desktop.aliexpress.gateway import OrderDataset
from aliorders_desktop.aliexpress.gateway.dataset import FIRST_ID_ABOVE_2_53, to_ms
from aliorders_desktop.aliexpress.orders import OrderStatus, TimeType

NOW_MS = to_ms(NOW)
TIME_TEXT = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}")


def expected_ids(
    dataset: OrderDataset, status: OrderStatus, time_type: TimeType, bounds: dict[str, str]
) -> list[int]:
    """Brute force over the whole data set: what the gateway must return, in order."""
    la = ZoneInfo("America/Los_Angeles")
    start, end = (
        to_ms(datetime.fromisoformat(bounds[k]).replace(tzinfo=la)) for k in ("start_time", "end_time")
    )
    hits = [
        (t, o.sub_order_id)
        for o in dataset.sub_orders
        if (t := o.time_of(time_type)) is not None
        and start <= t <= end
        and t <= NOW_MS
        and o.status_at(NOW_MS) is status
    ]
    return [sub_id for _, sub_id in sorted(hits)]


def resp_result(body: dict, method: str = LIST) -> dict:
    return body[method.replace(".", "_") + "_response"]["resp_result"]


def rows(body: dict, method: str = LIST) -> list[dict]:
    return resp_result(body, method)["result"]["orders"]["order"]


@pytest.mark.parametrize("status", list(OrderStatus))
def test_list_pages_return_each_order_once(api, dataset, status: OrderStatus) -> None:
    bounds = window(100, 90)
    expected = expected_ids(dataset, status, TimeType.PAID, bounds)
    assert expected, "the data set should have orders in every status"
    seen: list[int] = []
    page_no = 1
    while True:
        result = resp_result(api(LIST, status=status.value, page_no=page_no, page_size=50, **bounds).json())[
            "result"
        ]
        page = result["orders"]["order"]
        assert result["current_page_no"] == page_no
        assert result["current_record_count"] == len(page)
        assert result["total_record_count"] == len(expected)
        assert result["total_page_no"] == math.ceil(len(expected) / 50)
        assert all(r["order_status"] == status.value for r in page)
        assert all(bounds["start_time"] <= r["paid_time"] <= bounds["end_time"] for r in page)
        seen += [r["sub_order_id"] for r in page]
        if page_no >= result["total_page_no"]:
            break
        page_no += 1
    assert seen == expected


def test_page_past_the_end_is_empty(api) -> None:
    body = api(LIST, status="Payment Completed", page_no=999, page_size=50, **window(60, 60)).json()
    assert resp_result(body) == {"resp_code": 405, "resp_msg": "The result is empty"}


def test_listbyindex_cursor_walk_is_complete(api, dataset) -> None:
    bounds = window(100, 90)
    expected = expected_ids(dataset, OrderStatus.SETTLED, TimeType.PAID, bounds)
    seen: list[int] = []
    cursor = ""
    while True:
        params = {"status": "Completed Settlement", "page_size": 50, **bounds}
        if cursor:
            params["start_query_index_id"] = cursor
        body = api(LISTBYINDEX, **params).json()
        if resp_result(body, LISTBYINDEX)["resp_code"] == 405:
            break
        result = resp_result(body, LISTBYINDEX)["result"]
        page = result["orders"]["order"]
        assert set(result) == {"current_record_count", "orders", "min_query_index_id", "max_query_index_id"}
        assert result["current_record_count"] == len(page)
        for key, row in (("min_query_index_id", page[0]), ("max_query_index_id", page[-1])):
            assert re.fullmatch(r"\d{13}_\d+_\d+", result[key])
            assert result[key].endswith(f"_{row['sub_order_id']}")
        seen += [r["sub_order_id"] for r in page]
        assert result["max_query_index_id"] != cursor
        cursor = result["max_query_index_id"]
        if len(page) < 50:
            break
    assert seen == expected


def test_time_type_filters_on_that_timestamp(api, dataset) -> None:
    bounds = window(40, 30)
    expected = expected_ids(dataset, OrderStatus.CONFIRMED, TimeType.CONFIRMED, bounds)
    body = api(
        LIST,
        status="Buyer Confirmed Receipt",
        time_type="Buyer Confirmed Receipt Time",
        page_size=50,
        **bounds,
    ).json()
    page = rows(body)
    assert [r["sub_order_id"] for r in page] == expected[:50]
    assert all(bounds["start_time"] <= r["finished_time"] <= bounds["end_time"] for r in page)


def test_order_get_by_sub_order_ids(api, dataset, gateway) -> None:
    with_params = next(o for o in dataset.sub_orders if o.custom_parameters)
    big = next(o for o in dataset.sub_orders if o.sub_order_id == FIRST_ID_ABOVE_2_53)
    wanted = {with_params.sub_order_id, big.sub_order_id}
    body = api(GET, order_ids=",".join(map(str, wanted)) + ",12345").json()
    result = resp_result(body, GET)["result"]
    assert set(result) == {"current_record_count", "orders"}
    found = {r["sub_order_id"]: r for r in result["orders"]["order"]}
    assert set(found) == wanted and result["current_record_count"] == 2
    row = found[with_params.sub_order_id]
    assert row["customer_parameters"] == with_params.custom_parameters
    assert "custom_parameters" not in row

    gateway.config.get_emits_custom_parameters = True
    gateway.config.get_matches_order_id = True
    body = api(GET, order_ids=str(with_params.order_id)).json()
    found = {r["sub_order_id"]: r for r in rows(body, GET)}
    checkout = {o.sub_order_id for o in dataset.sub_orders if o.order_id == with_params.order_id}
    assert set(found) == checkout
    assert found[with_params.sub_order_id]["custom_parameters"] == with_params.custom_parameters


def test_order_get_unknown_ids_is_empty(api) -> None:
    assert resp_result(api(GET, order_ids="1,2,3").json(), GET)["resp_code"] == 405


def test_empty_result_styles(api, gateway) -> None:
    old = {"start_time": "2020-01-01 00:00:00", "end_time": "2020-02-01 00:00:00"}
    body = api(LIST, status="Payment Completed", **old).json()
    assert body["aliexpress_affiliate_order_list_response"]["resp_result"] == {
        "resp_code": 405,
        "resp_msg": "The result is empty",
    }
    gateway.config.empty_style = "200"
    result = resp_result(api(LIST, status="Payment Completed", page_size=50, **old).json())
    assert result["resp_code"] == 200
    assert result["result"] == {
        "current_page_no": 1,
        "current_record_count": 0,
        "total_page_no": 0,
        "total_record_count": 0,
    }


def test_classic_and_simplified_shapes(api, gateway) -> None:
    params = {"status": "Completed Settlement", "page_size": 3, **window(100, 60)}
    classic = api(LIST, simplify="false", **params).json()
    assert list(classic) == ["aliexpress_affiliate_order_list_response"]
    inner = classic["aliexpress_affiliate_order_list_response"]
    assert set(inner) == {"resp_result", "request_id"}
    assert len(inner["resp_result"]["result"]["orders"]["order"]) == 3

    simple = api(LIST, simplify="true", **params).json()
    assert set(simple) == {"resp_result", "request_id"}
    assert isinstance(simple["resp_result"]["result"]["orders"], list)
    assert simple["resp_result"]["result"]["orders"] == inner["resp_result"]["result"]["orders"]["order"]

    gateway.config.keep_wrapper_when_simplified = True
    kept = api(LIST, simplify="true", **params).json()
    assert isinstance(
        kept["aliexpress_affiliate_order_list_response"]["resp_result"]["result"]["orders"], list
    )


def test_single_object_lists_and_numbers_as_strings(api, gateway) -> None:
    gateway.config.single_object_lists = True
    gateway.config.numbers_as_strings = True
    body = api(LIST, status="Completed Settlement", page_size=1, **window(100, 60)).json()
    result = resp_result(body)
    assert result["resp_code"] == "200"
    order = result["result"]["orders"]["order"]
    assert isinstance(order, dict)
    assert isinstance(order["sub_order_id"], str) and order["sub_order_id"].isdigit()
    assert isinstance(order["paid_amount"], str)
    assert result["result"]["total_record_count"].isdigit()


def test_window_longer_than_limit_is_refused(api, gateway) -> None:
    long = window(100, 91)
    error = api(LIST, status="Payment Completed", **long).json()["error_response"]
    assert error["code"] == "InvalidParameter" and "90 days" in error["msg"]
    assert "error_response" not in api(LIST, status="Payment Completed", **window(100, 90)).json()
    gateway.config.business_error_style = "resp_code"
    assert resp_result(api(LIST, status="Payment Completed", **long).json())["resp_code"] == 400
    gateway.config.max_window_days = None
    assert resp_result(api(LIST, status="Payment Completed", **long).json())["resp_code"] == 200


@pytest.mark.parametrize(
    ("method", "params", "code", "names"),
    [
        (LIST, {"start_time": None}, "MissingParameter", "start_time"),
        (LIST, {"status": None}, "MissingParameter", "status"),
        (LIST, {"status": "Paid"}, "InvalidParameter", "status"),
        (LIST, {"time_type": "payment_time"}, "InvalidParameter", "time_type"),
        (LIST, {"page_size": "51"}, "InvalidParameter", "page_size"),
        (LIST, {"page_size": "0"}, "InvalidParameter", "page_size"),
        (LIST, {"page_no": "0"}, "InvalidParameter", "page_no"),
        (LIST, {"end_time": "2025-05-30T00:00:00"}, "InvalidParameter", "end_time"),
        (LIST, {"locale_site": "de_site"}, "InvalidParameter", "locale_site"),
        (LISTBYINDEX, {"start_query_index_id": "abc"}, "InvalidParameter", "start_query_index_id"),
        (GET, {"order_ids": "12,x"}, "InvalidParameter", "order_ids"),
        (GET, {"order_ids": None}, "MissingParameter", "order_ids"),
    ],
)
def test_business_validation(api, method: str, params: dict, code: str, names: str) -> None:
    base = {"status": "Payment Completed", **window(30, 30), "order_ids": "1"}
    merged = {k: v for k, v in {**base, **params}.items() if v is not None}
    error = api(method, **merged).json()["error_response"]
    assert error["code"] == code and f'"{names}"' in error["msg"]


def test_unknown_business_parameters_are_ignored_but_signed(api) -> None:
    body = api(LIST, status="Payment Completed", tracking_id="tg_deals", **window(30, 30)).json()
    assert resp_result(body)["resp_code"] == 200


def test_ids_above_2_53_survive_json(api) -> None:
    response = api(GET, order_ids=str(FIRST_ID_ABOVE_2_53))
    assert f'"sub_order_id": {FIRST_ID_ABOVE_2_53}' in response.text
    row = rows(response.json(), GET)[0]
    assert row["sub_order_id"] == 9007199254740993
    assert row["order_id"] > 2**53
    assert float(row["sub_order_id"]) != row["sub_order_id"]  # the bait: a float would round


def test_served_rows_look_like_real_orders(api, dataset) -> None:
    bounds = window(100, 90)
    served: list[dict] = []
    for page_no in (1, 2, 3, 4):
        served += rows(
            api(LIST, status="Completed Settlement", page_no=page_no, page_size=50, **bounds).json()
        )
    checkouts: dict[int, int] = {}
    for row in served:
        checkouts[row["order_id"]] = checkouts.get(row["order_id"], 0) + 1
        assert TIME_TEXT.fullmatch(row["paid_time"]) and TIME_TEXT.fullmatch(row["finished_time"])
        assert (
            row["created_time"]
            <= row["paid_time"]
            <= row["finished_time"]
            <= row["completed_settlement_time"]
        )
        assert re.fullmatch(r"\d+\.\d\d%", row["commission_rate"])
        assert isinstance(row["paid_amount"], int) and isinstance(row["finished_amount"], int)
        assert row["is_new_buyer"] in ("Y", "N")
        assert row["product_detail_url"] == f"https://www.aliexpress.com/item/{row['product_id']}.html"
        assert row["settled_currency"] == ("RUB" if row["order_type"] == "ru_site" else "USD")
        if "custom_parameters" in row:
            assert isinstance(json.loads(row["custom_parameters"]), dict)
    assert max(checkouts.values()) > 1
    assert any("tracking_id" not in r for r in served)
    assert any(r.get("tracking_id") == "" for r in served)


def test_response_times_use_the_configured_zone(api, gateway, dataset) -> None:
    row = rows(api(LIST, status="Completed Settlement", page_size=1, **window(100, 60)).json())[0]
    order = next(o for o in dataset.sub_orders if o.sub_order_id == row["sub_order_id"])

    def local(zone: str) -> str:
        return datetime.fromtimestamp(order.paid_ms / 1000, ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M:%S")

    assert row["paid_time"] == local("America/Los_Angeles")
    gateway.config.zone = "Asia/Shanghai"
    row = rows(api(GET, order_ids=str(order.sub_order_id)).json(), GET)[0]
    assert row["paid_time"] == local("Asia/Shanghai")
