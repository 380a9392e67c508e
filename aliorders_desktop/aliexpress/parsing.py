"""Tolerant reading of gateway answers: both envelope shapes, every list shape, typed order fields."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo

from aliorders_desktop.aliexpress.errors import (
    ApiError,
    CredentialsError,
    PermissionDeniedError,
    ServerError,
    ThrottledError,
    WindowTooLongError,
)
from aliorders_desktop.aliexpress.orders import OrderRecord, RecordProblem
from aliorders_desktop.i18n import translate

TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
_BAN_SECONDS = re.compile(r"(\d+)\s+more\s+seconds", re.IGNORECASE)
_THROTTLE_CODES = {"ApiCallLimit", "AppCallLimit", "7", "accesscontrol.limited-by-app-api-access-count"}
_BAD_KEY_CODES = {"InvalidAppKey", "29", "isv.appkey-not-exists"}
_BAD_SIGNATURE_CODES = {"IncompleteSignature", "isv.invalid-signature"}
_NO_PERMISSION_CODES = {"InsufficientPermission", "IllegalAccessToken"}
_SERVER_CODES = {"15", "isp.service-error"}
# A refusal that names the query window and its length, in whatever words the gateway uses.
_WINDOW_WORDS = re.compile(r"start_time|end_time|time range|date range|window|period", re.IGNORECASE)
_TOO_LONG_WORDS = re.compile(r"exceed|too long|longer|more than|\bdays?\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class OrderPage:
    """One page of an order query: its orders and where it sits among the pages."""

    orders: list[OrderRecord]
    page_no: int
    total_pages: int
    total_records: int
    skipped: int = 0
    """Raw orders dropped because they lack the sub-order ID that identifies them."""
    problems: tuple[RecordProblem, ...] = ()
    """Fields that could not be read (stored empty) and orders that were dropped."""


def decode_json(body: bytes) -> dict[str, Any]:
    """Decode a gateway body, turning anything that is not a JSON object into a retryable error."""
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ServerError(_unreadable(), detail=f"{exc}") from None
    if not isinstance(payload, dict):
        raise ServerError(_unexpected_shape())
    return payload


def _unreadable() -> str:
    return translate("AliExpress", "AliExpress sent an incomplete or unreadable answer.")


def _unexpected_shape() -> str:
    return translate("AliExpress", "AliExpress sent an answer in an unexpected shape.")


def _reconnect_hint() -> str:
    return translate("AliExpress", "Open Settings → Account and reconnect your AliExpress account.")


def unwrap(method: str, payload: dict[str, Any]) -> dict[str, Any] | None:
    """Return the method's `result` block, or None for "no orders"; raise the typed error otherwise."""
    _raise_gateway_error(payload)
    body = payload.get(method.replace(".", "_") + "_response", payload)
    if not isinstance(body, dict):
        raise ServerError(_unexpected_shape())
    _raise_gateway_error(body)
    resp = body.get("resp_result", body)
    if not isinstance(resp, dict):
        raise ServerError(_unexpected_shape())
    code = _as_str(resp.get("resp_code", "200"))
    message = _as_str(resp.get("resp_msg")) or ""
    if code == "405":
        return None
    if code == "401":
        raise PermissionDeniedError(
            translate(
                "AliExpress",
                "AliExpress says this account is not a registered affiliate publisher, or the app has "
                "no permission to read orders. Check the app's status in the AliExpress affiliate portal.",
            ),
            code=code,
            detail=message,
        )
    if code == "404":
        temporary = translate("AliExpress", "AliExpress reported a temporary system error.")
        raise ServerError(temporary, code=code, detail=message)
    if code != "200":
        raise refusal(code, message)
    result = resp.get("result")
    if result is None:
        return None
    if not isinstance(result, dict):
        raise ServerError(_unexpected_shape())
    return result


def _raise_gateway_error(payload: dict[str, Any]) -> None:
    """Raise the typed error for any of the three error envelopes (IOP, legacy TOP, plain REST)."""
    error = payload.get("error_response")
    if not isinstance(error, dict):
        if "code" in payload and "type" in payload and "resp_result" not in payload:
            error = payload
        else:
            return
    code = _as_str(error.get("code")) or ""
    sub_code = _as_str(error.get("sub_code")) or ""
    text = " ".join(
        str(part) for part in (error.get("msg"), error.get("message"), error.get("sub_msg")) if part
    )
    codes = {code, sub_code}
    ban = _BAN_SECONDS.search(text)
    if codes & _THROTTLE_CODES or ban:
        seconds = float(ban.group(1)) if ban else 1.0
        raise ThrottledError(
            translate("AliExpress", "AliExpress is limiting requests for {seconds} s.").format(
                seconds=f"{seconds:.0f}"
            ),
            retry_after=seconds,
            code=code,
            detail=text,
        )
    if codes & _BAD_KEY_CODES:
        raise CredentialsError(
            translate("AliExpress", "AliExpress does not recognise this App Key.") + " " + _reconnect_hint(),
            code=code,
            detail=text,
        )
    if codes & _BAD_SIGNATURE_CODES:
        raise CredentialsError(
            translate(
                "AliExpress",
                "AliExpress refused the request signature: the App Secret does not match the App Key.",
            )
            + " "
            + _reconnect_hint(),
            code=code,
            detail=text,
        )
    if codes & _NO_PERMISSION_CODES:
        raise PermissionDeniedError(
            translate("AliExpress", "This AliExpress app has no permission to read affiliate orders.")
            + " "
            + _reconnect_hint(),
            code=code,
            detail=text,
        )
    if codes & _SERVER_CODES:
        temporary = translate("AliExpress", "AliExpress reported a temporary service error.")
        raise ServerError(temporary, code=code, detail=text)
    raise refusal(code, text)


def refusal(code: str | None, text: str) -> ApiError:
    """The error for a refused request: a window refused as too long is told apart (it can be split)."""
    if _WINDOW_WORDS.search(text) and _TOO_LONG_WORDS.search(text):
        return WindowTooLongError(
            translate("AliExpress", "AliExpress refused a query window as too long."),
            code=code or None,
            detail=text,
        )
    reason = text or code or translate("AliExpress", "no reason given")
    message = translate("AliExpress", "AliExpress refused the request: {reason}.").format(reason=reason)
    return ApiError(message, code=code, detail=text)


def order_items(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The raw orders of a result: a plain list, `{"order": [...]}` or `{"order": {...}}`."""
    orders = result.get("orders")
    if isinstance(orders, dict):
        orders = orders.get("order")
    if isinstance(orders, dict):
        return [orders]
    if isinstance(orders, list):
        return [item for item in orders if isinstance(item, dict)]
    return []


def parse_page(result: dict[str, Any] | None, zone: ZoneInfo, page_no: int) -> OrderPage:
    """Build an OrderPage from an order.list result (None meaning the empty answer)."""
    if result is None:
        return OrderPage([], page_no, 0, 0)
    items = order_items(result)
    orders = [order for order in (parse_order(item, zone) for item in items) if order is not None]
    total_pages = _as_int(result.get("total_page_no"))
    total_records = _as_int(result.get("total_record_count"))
    return OrderPage(
        orders=orders,
        page_no=_as_int(result.get("current_page_no")) or page_no,
        total_pages=page_no if total_pages is None else total_pages,
        total_records=len(items) if total_records is None else total_records,
        skipped=len(items) - len(orders),
    )


def parse_order(raw: dict[str, Any], zone: ZoneInfo) -> OrderRecord | None:
    """Type one raw order; None when it lacks the sub-order ID that identifies it."""
    sub_order_id = _as_int(raw.get("sub_order_id", raw.get("order_number")))
    if sub_order_id is None:
        return None
    order_id = _as_int(raw.get("order_id", raw.get("parent_order_number")))
    rate = _as_str(raw.get("commission_rate"))
    return OrderRecord(
        sub_order_id=sub_order_id,
        order_id=sub_order_id if order_id is None else order_id,
        status=_as_str(raw.get("order_status")) or "",
        tracking_id=_as_str(raw.get("tracking_id")) or None,
        custom_parameters=_as_str(raw.get("custom_parameters", raw.get("customer_parameters"))) or None,
        product_id=_as_int(raw.get("product_id")),
        category_id=_as_int(raw.get("category_id")),
        product_title=_as_str(raw.get("product_title")),
        product_url=_as_str(raw.get("product_detail_url")),
        product_image_url=_as_str(raw.get("product_main_image_url")),
        quantity=_as_int(raw.get("product_count")),
        site=_as_str(raw.get("order_type")),
        platform=_as_str(raw.get("order_platform")),
        created_at=_as_time(raw.get("created_time"), zone),
        paid_at=_as_time(raw.get("paid_time"), zone),
        finished_at=_as_time(raw.get("finished_time"), zone),
        settled_at=_as_time(raw.get("completed_settlement_time"), zone),
        paid_amount=_as_cents(raw.get("paid_amount")),
        finished_amount=_as_cents(raw.get("finished_amount")),
        estimated_paid_commission=_as_cents(raw.get("estimated_paid_commission")),
        estimated_finished_commission=_as_cents(raw.get("estimated_finished_commission")),
        new_buyer_bonus_commission=_as_cents(raw.get("new_buyer_bonus_commission")),
        commission_rate=_as_rate(rate),
        currency=(_as_str(raw.get("settled_currency")) or "").upper() or None,
        ship_to_country=_as_str(raw.get("ship_to_country")),
        is_new_buyer=_as_flag(raw.get("is_new_buyer")),
        is_hot_product=_as_flag(raw.get("is_hot_product")),
        is_affiliate_product=_as_flag(raw.get("is_affiliate_product")),
        effect_detail_status=_as_str(raw.get("effect_detail_status")),
    )


def _as_str(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value).strip()


def _as_int(value: Any) -> int | None:
    """Exact integers from JSON ints or digit strings; floats only when they are still exact."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() and abs(value) <= 2**53 else None
    text = str(value).strip()
    return int(text) if text.lstrip("-").isdigit() else None


def _as_cents(value: Any) -> int | None:
    """Money in minor units: integers are cents already; a decimal string ("11.13") is major units."""
    whole = _as_int(value)
    if whole is not None or value is None or isinstance(value, bool):
        return whole
    try:
        amount = Decimal(str(value).strip())
    except InvalidOperation:
        return None
    return int((amount * 100).to_integral_value()) if amount.is_finite() else None


def _as_rate(text: str | None) -> str | None:
    """ "7.00%" → "7.00" (kept as text so no precision is lost)."""
    if not text:
        return None
    try:
        rate = Decimal(text.rstrip("%").strip())
    except InvalidOperation:
        return None
    return str(rate) if rate.is_finite() else None


def _as_flag(value: Any) -> bool | None:
    text = _as_str(value)
    if text is None:
        return None
    return {"Y": True, "N": False, "TRUE": True, "FALSE": False}.get(text.upper())


def _as_time(value: Any, zone: ZoneInfo) -> datetime | None:
    text = _as_str(value)
    if not text:
        return None
    try:
        # fromisoformat reads "yyyy-MM-dd HH:mm:ss" in C, several times faster than strptime; the
        # length check keeps it from accepting other ISO forms the API never sends.
        parsed = datetime.fromisoformat(text) if len(text) == 19 else datetime.strptime(text, TIME_FORMAT)
    except ValueError:
        return None
    return parsed.replace(tzinfo=zone)
