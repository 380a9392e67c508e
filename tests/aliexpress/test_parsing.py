"""Reading every answer shape the API reference says the gateway may send."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from aliorders_desktop.aliexpress import parsing
from aliorders_desktop.aliexpress.errors import (
    ApiError,
    CredentialsError,
    PermissionDeniedError,
    ServerError,
    ThrottledError,
    WindowTooLongError,
)

METHOD = "aliexpress.affiliate.order.list"
ZONE = ZoneInfo("America/Los_Angeles")
BIG_ID = 2**53 + 1

RAW_ORDER = {
    "order_id": BIG_ID,
    "sub_order_id": BIG_ID + 2,
    "order_status": "Payment Completed",
    "tracking_id": "tg_channel",
    "custom_parameters": '{"af_sub":"post_1"}',
    "product_id": "1005006000000001",
    "product_count": "2",
    "paid_time": "2024-05-01 10:00:00",
    "paid_amount": "1113",
    "estimated_paid_commission": 77,
    "commission_rate": "7.00%",
    "settled_currency": "usd",
    "is_new_buyer": "Y",
    "is_hot_product": "N",
}


def classic(result: dict | None, code: int = 200) -> dict:
    resp: dict = {"resp_code": code, "resp_msg": "success"}
    if result is not None:
        resp["result"] = result
    return {"aliexpress_affiliate_order_list_response": {"resp_result": resp, "request_id": "x"}}


def test_classic_envelope_with_wrapped_list() -> None:
    payload = classic(
        {
            "current_page_no": 1,
            "total_page_no": 3,
            "total_record_count": 101,
            "orders": {"order": [RAW_ORDER]},
        }
    )
    page = parsing.parse_page(parsing.unwrap(METHOD, payload), ZONE, 1)
    assert (page.total_pages, page.total_records, len(page.orders)) == (3, 101, 1)


def test_simplified_envelope_with_plain_list() -> None:
    payload = {"resp_result": {"resp_code": "200", "result": {"total_page_no": "1", "orders": [RAW_ORDER]}}}
    page = parsing.parse_page(parsing.unwrap(METHOD, payload), ZONE, 1)
    assert [o.sub_order_id for o in page.orders] == [BIG_ID + 2]


def test_single_object_instead_of_list() -> None:
    payload = classic({"orders": {"order": RAW_ORDER}})
    assert len(parsing.parse_page(parsing.unwrap(METHOD, payload), ZONE, 1).orders) == 1


@pytest.mark.parametrize(
    "payload",
    [
        classic(None, code=405),
        classic({"current_record_count": 0, "total_record_count": 0}),
    ],
)
def test_both_empty_answers_mean_no_orders(payload: dict) -> None:
    assert parsing.parse_page(parsing.unwrap(METHOD, payload), ZONE, 1).orders == []


def test_order_fields_are_typed_exactly() -> None:
    order = parsing.parse_order(RAW_ORDER, ZONE)
    assert order is not None
    assert order.order_id == BIG_ID and order.sub_order_id == BIG_ID + 2
    assert order.product_id == 1005006000000001 and order.quantity == 2
    assert order.paid_amount == 1113 and order.estimated_paid_commission == 77
    assert order.commission_rate == "7.00" and order.currency == "USD"
    assert order.is_new_buyer is True and order.is_hot_product is False and order.is_affiliate_product is None
    assert order.paid_at == datetime(2024, 5, 1, 10, tzinfo=ZONE)
    assert order.custom_parameters == '{"af_sub":"post_1"}'


def test_order_get_spelling_of_custom_parameters_and_decimal_money() -> None:
    raw = {"sub_order_id": 5, "order_id": 4, "customer_parameters": "x", "paid_amount": "11.13"}
    order = parsing.parse_order(raw, ZONE)
    assert order is not None and order.custom_parameters == "x" and order.paid_amount == 1113


def test_order_without_sub_order_id_is_skipped() -> None:
    assert parsing.parse_order({"order_id": 1}, ZONE) is None


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (
            {
                "error_response": {
                    "type": "ISV",
                    "code": "InvalidAppKey",
                    "msg": "The specified App Key is invalid",
                }
            },
            CredentialsError,
        ),
        ({"error_response": {"code": "IncompleteSignature", "msg": "bad"}}, CredentialsError),
        ({"error_response": {"code": "InsufficientPermission"}}, PermissionDeniedError),
        (
            {
                "error_response": {
                    "code": 7,
                    "msg": "App Call Limited",
                    "sub_code": "accesscontrol.limited-by-app-api-access-count",
                    "sub_msg": "This ban will last for 3 more seconds",
                }
            },
            ThrottledError,
        ),
        ({"type": "ISP", "code": "MissingParameter", "message": "The input parameter"}, ApiError),
        (classic(None, code=401), PermissionDeniedError),
        (classic(None, code=404), ServerError),
    ],
)
def test_error_envelopes_become_typed_errors(error: dict, kind: type[ApiError]) -> None:
    with pytest.raises(kind) as caught:
        parsing.unwrap(METHOD, error)
    assert str(caught.value)


def test_throttle_reports_the_seconds_to_wait() -> None:
    with pytest.raises(ThrottledError) as caught:
        parsing.unwrap(
            METHOD,
            {"error_response": {"code": "ApiCallLimit", "msg": "This ban will last for 12 more seconds"}},
        )
    assert caught.value.retry_after == 12


def test_truncated_body_is_a_retryable_server_error() -> None:
    with pytest.raises(ServerError) as caught:
        parsing.decode_json(b'{"aliexpress_affiliate_order_list_response": {"resp_res')
    assert caught.value.retryable


@pytest.mark.parametrize(
    "payload",
    [
        {"error_response": {"code": "InvalidParameter", "msg": "The query window is too long: "
                            "end_time - start_time must not exceed 90 days"}},
        {"error_response": {"code": "InvalidParameter", "msg": "The time range between start_time and "
                            "end_time must not exceed 90 days"}},
        {"resp_result": {"resp_code": 400, "resp_msg": "Query period longer than 90 days"}},
    ],
)
def test_a_window_refused_as_too_long_is_told_apart(payload: dict) -> None:
    with pytest.raises(WindowTooLongError):
        parsing.unwrap(METHOD, payload)


def test_other_refusals_stay_plain_api_errors() -> None:
    refusal = {"code": "InvalidParameter", "msg": 'The specified parameter "status" is not valid'}
    with pytest.raises(ApiError) as caught:
        parsing.unwrap(METHOD, {"error_response": refusal})
    assert not isinstance(caught.value, WindowTooLongError)
