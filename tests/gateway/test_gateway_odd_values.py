"""Gateway options for other forms the live API sends: empty answers, decimal money, absurd values."""

from __future__ import annotations

import json
from decimal import Decimal

from gateway_support import LIST, window

from aliorders_desktop.aliexpress.gateway import odd_values

OLD = {"start_time": "2020-01-01 00:00:00", "end_time": "2020-02-01 00:00:00"}


def listed(api, **params) -> list[dict]:
    """Every order of the last 60 days' settled listing, JSON decimals kept as Decimal."""
    orders: list[dict] = []
    for page_no in range(1, 100):
        body = api(
            LIST, status="Completed Settlement", page_size=50, page_no=page_no, **window(80, 60), **params
        )
        result = json.loads(body.text, parse_float=Decimal)["aliexpress_affiliate_order_list_response"]
        page = result["resp_result"]["result"]
        orders += page["orders"]["order"]
        if page_no >= page["total_page_no"]:
            return orders
    raise AssertionError("too many pages")


def test_empty_answers_in_the_live_gateway_error_form(api, gateway) -> None:
    gateway.config.empty_style = "error_response"
    error = api(LIST, status="Payment Completed", **OLD).json()["error_response"]
    assert {k: error[k] for k in ("code", "msg", "sub_code", "sub_msg")} == {
        "code": "15",
        "msg": "Remote service error",
        "sub_code": "ERROR-405",
        "sub_msg": "The result is empty",
    }
    assert gateway.counters.outcomes["15"] == 1


def test_a_share_of_orders_sends_money_as_decimals_in_major_units(api, gateway, dataset) -> None:
    gateway.config.decimal_money_share = 0.2
    orders = listed(api)
    by_id = {o.sub_order_id: o for o in dataset.sub_orders}
    as_decimals = [o for o in orders if odd_values.sends_decimal_money(o["sub_order_id"], 0.2)]
    assert 0.1 < len(as_decimals) / len(orders) < 0.3
    for sent in orders:
        truth = by_id[sent["sub_order_id"]]
        amount = sent["paid_amount"]
        if sent in as_decimals:
            assert isinstance(amount, Decimal) and amount == Decimal(truth.paid_amount) / 100
            assert isinstance(sent["estimated_paid_commission"], Decimal)
        else:
            assert amount == truth.paid_amount and isinstance(amount, int)


def test_a_share_of_orders_gets_one_absurd_value(api, gateway) -> None:
    gateway.config.absurd_value_share = 0.05
    orders = listed(api)
    odd = {o["sub_order_id"]: odd_values.absurd_value(o["sub_order_id"], 0.05) for o in orders}
    touched = [o for o in orders if odd[o["sub_order_id"]] is not None]
    assert 0 < len(touched) < len(orders) * 0.1
    for order in orders:
        absurd = odd[order["sub_order_id"]]
        if absurd is None:
            assert "paid_time" in order and isinstance(order["product_count"], int)
            continue
        field, value = absurd
        assert order.get(field) == value
    assert {odd[o["sub_order_id"]][0] for o in touched} <= {f for f, _ in odd_values.ABSURD_VALUES}
