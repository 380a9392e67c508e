"""Every form the live gateway is recorded sending (by its docs and other clients of the API) reads right."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from aliorders_desktop.aliexpress import parsing
from aliorders_desktop.aliexpress.errors import ApiError, PermissionDeniedError, ServerError, ThrottledError

METHOD = "aliexpress.affiliate.order.list"
ZONE = ZoneInfo("America/Los_Angeles")


def body(text: str) -> dict:
    """A gateway body as the client decodes it (decimals as Decimal)."""
    return parsing.decode_json(text.encode())


def listing(result: str) -> str:
    return (
        '{"aliexpress_affiliate_order_list_response": {"resp_result": '
        f'{{"resp_code": 200, "resp_msg": "success", "result": {result}}}}}}}'
    )


@pytest.mark.parametrize(
    "answer",
    [
        '{"aliexpress_affiliate_order_list_response": {"resp_result": {"resp_code": 405, '
        '"resp_msg": "The result is empty"}}}',
        '{"resp_result": {"resp_code": "405", "resp_msg": "The result is empty"}}',
        '{"error_response": {"code": "15", "msg": "Remote service error", "sub_code": "ERROR-405", '
        '"sub_msg": "The result is empty", "request_id": "x"}}',
        '{"error_response": {"code": 15, "msg": "Remote service error", "sub_code": 405}}',
        '{"error_response": {"code": 15, "msg": "Remote service error", "sub_code": "isv.error-405"}}',
        '{"error_response": {"code": "15", "msg": "Remote service error", "sub_msg": "The result is empty"}}',
        '{"error_response": {"type": "ISV", "code": "ERROR-405", "msg": "The result is empty"}}',
        '{"aliexpress_affiliate_order_list_response": {"error_response": {"code": "15", '
        '"sub_code": "ERROR-405"}}}',
        listing('{"total_record_count": 0, "orders": []}'),
        listing('{"total_record_count": 0, "orders": {"order": []}}'),
        listing('{"total_record_count": 0}'),
        listing('{"current_record_count": 0, "orders": null}'),
    ],
)
def test_every_form_of_no_orders_is_an_empty_page_not_an_error(answer: str) -> None:
    page = parsing.parse_page(parsing.unwrap(METHOD, body(answer)), ZONE, 1)
    assert page.orders == [] and page.skipped == 0 and page.problems == ()


def test_a_real_service_error_is_still_retried() -> None:
    with pytest.raises(ServerError) as caught:
        parsing.unwrap(METHOD, body('{"error_response": {"code": "15", "msg": "Remote service error"}}'))
    assert caught.value.retryable


@pytest.mark.parametrize("code", ['"15"', "15"])
@pytest.mark.parametrize("sub_code", ["isv.insufficient-permission", "InsufficientPermission"])
def test_code_15_with_a_permission_sub_code_is_the_permission_refusal(code: str, sub_code: str) -> None:
    answer = (
        f'{{"error_response": {{"code": {code}, "msg": "Remote service error", "sub_code": "{sub_code}"}}}}'
    )
    with pytest.raises(PermissionDeniedError) as caught:
        parsing.unwrap(METHOD, body(answer))
    assert not caught.value.retryable and "permission" in str(caught.value)


FREQUENCY = "Api access frequency exceeds the limit."
SUB_CODE = "accesscontrol.limited-by-app-api-access-count"


@pytest.mark.parametrize(
    ("error", "seconds"),
    [
        ({"code": "ApiCallLimit", "msg": f"{FREQUENCY} this ban will last 30 seconds"}, 30),
        ({"code": "ApiCallLimit", "msg": "This ban will last for 1 more seconds"}, 1),
        ({"code": "AppCallLimit", "msg": "Call limit exceeded. This ban will last for 86 more seconds"}, 86),
        ({"code": 7, "sub_code": SUB_CODE, "sub_msg": "This ban will last for 12 more seconds"}, 12),
        ({"code": "ApiCallLimit", "msg": f"{FREQUENCY} This ban will last 2 minutes"}, 120),
        ({"code": "ApiCallLimit", "msg": "ban will last 1.5 seconds"}, 1.5),
        ({"code": "ApiCallLimit", "msg": FREQUENCY}, 1),
    ],
)
def test_the_ban_lasts_what_it_says(error: dict, seconds: float) -> None:
    with pytest.raises(ThrottledError) as caught:
        parsing.unwrap(METHOD, {"error_response": error})
    assert caught.value.retry_after == seconds


def test_a_message_naming_seconds_is_no_ban() -> None:
    text = 'The input parameter "timestamp" is more than 7200 seconds away from the server time'
    with pytest.raises(ApiError) as caught:
        parsing.unwrap(METHOD, {"error_response": {"code": "IllegalTimestamp", "msg": text}})
    assert not isinstance(caught.value, ThrottledError)


@pytest.mark.parametrize(
    ("text", "instant"),
    [
        ("2026-05-17 07:54:02", datetime(2026, 5, 17, 14, 54, 2, tzinfo=UTC)),  # the API's zone (PDT)
        ("2026-05-17T07:54:02", datetime(2026, 5, 17, 14, 54, 2, tzinfo=UTC)),
        ("2026-05-17T22:54:02+08:00", datetime(2026, 5, 17, 14, 54, 2, tzinfo=UTC)),
        ("2026-05-17 22:54:02+0800", datetime(2026, 5, 17, 14, 54, 2, tzinfo=UTC)),
        ("2026-05-17T14:54:02Z", datetime(2026, 5, 17, 14, 54, 2, tzinfo=UTC)),
        ("2026-05-17T14:54:02.250Z", datetime(2026, 5, 17, 14, 54, 2, 250000, tzinfo=UTC)),
    ],
)
def test_times_with_or_without_an_offset(text: str, instant: datetime) -> None:
    order = parsing.parse_order({"sub_order_id": 1, "paid_time": text}, ZONE)
    assert order is not None and order.paid_at == instant


def test_pages_follow_the_record_count_when_the_page_count_is_missing() -> None:
    page = parsing.parse_page(
        body(listing('{"total_record_count": 120, "orders": []}'))[
            "aliexpress_affiliate_order_list_response"
        ]["resp_result"]["result"],
        ZONE,
        1,
        page_size=50,
    )
    assert (page.total_pages, page.total_records) == (3, 120)
    counted = parsing.parse_page({"total_record_count": "100", "total_page_no": None}, ZONE, 1, page_size=50)
    assert counted.total_pages == 2
    named = parsing.parse_page({"total_record_count": 120, "total_page_no": 4}, ZONE, 1, page_size=50)
    assert named.total_pages == 4


@pytest.mark.parametrize("currency", ["settled_currency", "order_commission_currency"])
def test_the_currency_comes_from_either_field_other_clients_read(currency: str) -> None:
    order = parsing.parse_order({"sub_order_id": 1, currency: "usd", "paid_amount": "5.00 USD"}, ZONE)
    assert order is not None and order.currency == "USD" and order.paid_amount == 500


def test_settled_currency_wins_over_the_commission_currency() -> None:
    raw = {"sub_order_id": 1, "settled_currency": "RUB", "order_commission_currency": "USD"}
    order = parsing.parse_order(raw, ZONE)
    assert order is not None and order.currency == "RUB"
