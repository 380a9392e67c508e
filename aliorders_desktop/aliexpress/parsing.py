"""Tolerant reading of gateway answers: both envelope shapes, every list shape, typed order fields.

What AliExpress sends is only partly documented, so every form other clients of the API have
recorded is read, and a value that fits no form leaves its field empty and is reported: nothing
in an order's fields makes parsing raise.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from aliorders_desktop.aliexpress.errors import (
    ApiError,
    CredentialsError,
    PermissionDeniedError,
    ServerError,
    ThrottledError,
    WindowTooLongError,
)
from aliorders_desktop.aliexpress.orders import OrderRecord, RecordProblem, minor_unit_exponent
from aliorders_desktop.i18n import translate

T = TypeVar("T")

TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
MAX_NESTING = 64
"""Answers nest about six deep. Far deeper nesting is a fault, and could overflow the stack of
whatever reads it again later: custom parameters are kept as JSON text the window parses."""
DEFAULT_PAGE_SIZE = 50
# "This ban will last for 3 more seconds", "this ban will last 30 seconds", "… 2 minutes".
_BAN_LENGTH = re.compile(
    r"\bban\b\D*?([0-9]+(?:\.[0-9]+)?)\s*(?:more\s+)?(seconds?|secs?|s\b|minutes?|mins?)"
    r"|([0-9]+(?:\.[0-9]+)?)\s+more\s+(seconds?|minutes?)",
    re.IGNORECASE | re.ASCII,
)
_THROTTLE_CODES = {"ApiCallLimit", "AppCallLimit", "7", "accesscontrol.limited-by-app-api-access-count"}
_BAD_KEY_CODES = {"InvalidAppKey", "29", "isv.appkey-not-exists"}
_BAD_SIGNATURE_CODES = {"IncompleteSignature", "isv.invalid-signature"}
_NO_PERMISSION_CODES = {"InsufficientPermission", "IllegalAccessToken"}
_SERVER_CODES = {"15", "isp.service-error"}
# "No orders" said as a gateway error: sub_code 405 / ERROR-405, or a message saying so.
_EMPTY_CODES = {"405", "ERROR-405", "ISV.ERROR-405"}
_EMPTY_WORDS = re.compile(r"result is empty|empty result|no (?:data|result|records?) found", re.IGNORECASE)
# A refusal that names the query window and its length, in whatever words the gateway uses.
_WINDOW_WORDS = re.compile(r"start_time|end_time|time range|date range|window|period", re.IGNORECASE)
_TOO_LONG_WORDS = re.compile(r"exceed|too long|longer|more than|\bdays?\b", re.IGNORECASE)

# Field values: ASCII digits only, so "١٢" or "²" never pass for a number.
_INTEGER_TEXT = re.compile(r"[+-]?[0-9]+")
_DECIMAL_TEXT = re.compile(r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+")
_MONEY_TEXT = re.compile(
    r"(?:(?P<before>[A-Za-z]{3})\s*)?"
    r"(?P<number>[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)"
    r"(?:\s*(?P<after>[A-Za-z]{3}))?"
)
_CURRENCY = re.compile(r"[A-Za-z]{3}")
_FLAGS = {"Y": True, "N": False, "TRUE": True, "FALSE": False}
_MAX_DIGITS = 20
_MAX_MINOR_UNITS = 10**12
_ID_RANGE = range(0, 2**63)
_QUANTITY_RANGE = range(0, 10**9)
_COUNT_RANGE = range(0, 2**31)
_YEARS = (2000, 2199)


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
    """Every field stored empty because it could not be read, and every order dropped."""


def decode_json(body: bytes) -> dict[str, Any]:
    """Decode a gateway body, turning anything that is not a JSON object into a retryable error.

    Nesting deeper than MAX_NESTING (or than the parser can go) is unreadable too, not a crash."""
    try:
        # Decimals stay Decimal (no binary float touches money) and NaN or Infinity stay text, so
        # they fail their field's check. An integer longer than int() reads is read again as a
        # Decimal (rare, so the common case keeps the C scanner's own integers).
        try:
            payload = json.loads(body, parse_float=Decimal, parse_constant=str)
        except ValueError as exc:
            if "digits" not in str(exc):
                raise
            payload = json.loads(body, parse_float=Decimal, parse_constant=str, parse_int=_json_integer)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise ServerError(_unreadable(), detail=f"{exc}") from None
    if not isinstance(payload, dict):
        raise ServerError(_unexpected_shape())
    if _nested_deeper_than(payload, MAX_NESTING):
        raise ServerError(_unreadable(), detail=f"nested deeper than {MAX_NESTING}")
    return payload


def _nested_deeper_than(value: object, limit: int) -> bool:
    """Whether lists and objects nest more than `limit` deep (walked without recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            item = item.values()
        elif not isinstance(item, list):
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in item)
    return False


def _json_integer(text: str) -> int | Decimal:
    return int(text) if len(text) <= 2 * _MAX_DIGITS else Decimal(text)


def _unreadable() -> str:
    return translate("AliExpress", "AliExpress sent an incomplete or unreadable answer.")


def _unexpected_shape() -> str:
    return translate("AliExpress", "AliExpress sent an answer in an unexpected shape.")


def _reconnect_hint() -> str:
    return translate("AliExpress", "Open Settings → Account and reconnect your AliExpress account.")


def unwrap(method: str, payload: dict[str, Any]) -> dict[str, Any] | None:
    """Return the method's `result` block, or None for "no orders"; raise the typed error otherwise."""
    if _says_no_orders(payload):
        return None
    body = payload.get(method.replace(".", "_") + "_response", payload)
    if not isinstance(body, dict):
        raise ServerError(_unexpected_shape())
    if _says_no_orders(body):
        return None
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


def _says_no_orders(payload: dict[str, Any]) -> bool:
    """True for a gateway error that means "no orders"; raise the typed error for any other one.

    Three error envelopes exist (IOP, legacy TOP, plain REST); the live gateway also says "the
    result is empty" in them (code 15, sub_code ERROR-405), which is no error at all.
    """
    error = payload.get("error_response")
    if not isinstance(error, dict):
        if "code" in payload and "type" in payload and "resp_result" not in payload:
            error = payload
        else:
            return False
    code = _as_str(error.get("code")) or ""
    sub_code = _as_str(error.get("sub_code")) or ""
    text = " ".join(
        _as_str(part) or "" for part in (error.get("msg"), error.get("message"), error.get("sub_msg")) if part
    )
    codes = {code, sub_code}
    if {c.upper() for c in codes} & _EMPTY_CODES or _EMPTY_WORDS.search(text):
        return True
    ban = _BAN_LENGTH.search(text)
    if codes & _THROTTLE_CODES or ban:
        seconds = _ban_seconds(ban) if ban else 1.0
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
            translate("AliExpress", "AliExpress does not recognise this App Key."),
            advice=_reconnect_hint(),
            code=code,
            detail=text,
        )
    if codes & _BAD_SIGNATURE_CODES:
        raise CredentialsError(
            translate(
                "AliExpress",
                "AliExpress refused the request signature: the App Secret does not match the App Key.",
            ),
            advice=_reconnect_hint(),
            code=code,
            detail=text,
        )
    # A permission sub_code ("isv.insufficient-permission") can come under the service-error code 15.
    if codes & _NO_PERMISSION_CODES or any("permission" in c.lower() for c in codes):
        raise PermissionDeniedError(
            translate("AliExpress", "This AliExpress app has no permission to read affiliate orders."),
            advice=_reconnect_hint(),
            code=code,
            detail=text,
        )
    if codes & _SERVER_CODES:
        temporary = translate("AliExpress", "AliExpress reported a temporary service error.")
        raise ServerError(temporary, code=code, detail=text)
    raise refusal(code, text)


def _ban_seconds(ban: re.Match[str]) -> float:
    """The ban's stated length in seconds, whatever the number and wording."""
    number, unit = (ban[1], ban[2]) if ban[1] else (ban[3], ban[4])
    return float(number) * (60 if unit.lower().startswith("m") else 1)


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


def parse_page(
    result: dict[str, Any] | None, zone: ZoneInfo, page_no: int, page_size: int = DEFAULT_PAGE_SIZE
) -> OrderPage:
    """Build an OrderPage from an order.list result (None meaning the empty answer).

    Without `total_page_no`, the page count follows from `total_record_count` and the `page_size`
    asked for, so the later pages are still fetched.
    """
    if result is None:
        return OrderPage([], page_no, 0, 0)
    items = order_items(result)
    problems: list[RecordProblem] = []
    orders = [order for order in (parse_order(item, zone, problems) for item in items) if order is not None]
    total_records = _count(result.get("total_record_count"))
    total_pages = _count(result.get("total_page_no"))
    if total_pages is None:
        total_pages = page_no if total_records is None else max(page_no, -(-total_records // page_size))
    return OrderPage(
        orders=orders,
        page_no=_count(result.get("current_page_no")) or page_no,
        total_pages=total_pages,
        total_records=len(items) if total_records is None else total_records,
        skipped=len(items) - len(orders),
        problems=tuple(problems),
    )


def parse_order(
    raw: dict[str, Any], zone: ZoneInfo, problems: list[RecordProblem] | None = None
) -> OrderRecord | None:
    """Type one raw order; None when it lacks the sub-order ID that identifies it.

    A field that cannot be read is left empty and, like a dropped order, added to `problems`.
    Nothing in `raw` makes this raise.
    """
    fields = _Fields(raw, problems if problems is not None else [])
    sub_order_id = fields.sub_order_id()
    if sub_order_id is None:
        return None
    order_id = fields.integer("order_id", _ID_RANGE, alias="parent_order_number")
    currency = fields.currency()
    return OrderRecord(
        sub_order_id=sub_order_id,
        order_id=sub_order_id if order_id is None else order_id,
        status=fields.text("order_status") or "",
        tracking_id=fields.text("tracking_id") or None,
        custom_parameters=fields.text("custom_parameters", "customer_parameters", structured=True) or None,
        product_id=fields.integer("product_id", _ID_RANGE),
        category_id=fields.integer("category_id", _ID_RANGE),
        product_title=fields.text("product_title"),
        product_url=fields.text("product_detail_url"),
        product_image_url=fields.text("product_main_image_url"),
        quantity=fields.integer("product_count", _QUANTITY_RANGE),
        site=fields.text("order_type"),
        platform=fields.text("order_platform"),
        created_at=fields.time("created_time", zone),
        paid_at=fields.time("paid_time", zone, required=True),
        finished_at=fields.time("finished_time", zone),
        settled_at=fields.time("completed_settlement_time", zone),
        paid_amount=fields.money("paid_amount", currency),
        finished_amount=fields.money("finished_amount", currency),
        estimated_paid_commission=fields.money("estimated_paid_commission", currency),
        estimated_finished_commission=fields.money("estimated_finished_commission", currency),
        new_buyer_bonus_commission=fields.money("new_buyer_bonus_commission", currency),
        commission_rate=fields.rate("commission_rate"),
        currency=currency,
        ship_to_country=fields.text("ship_to_country"),
        is_new_buyer=fields.flag("is_new_buyer"),
        is_hot_product=fields.flag("is_hot_product"),
        is_affiliate_product=fields.flag("is_affiliate_product"),
        effect_detail_status=fields.text("effect_detail_status"),
    )


class _Unreadable(Exception):
    """A present value that is not what its field holds; the field is stored empty."""


class _Fields:
    """Reads the fields of one raw order, noting each unreadable one instead of raising.

    `alias` is the field's other spelling (the API names some fields two ways), read when the
    first one is absent.
    """

    def __init__(self, raw: dict[str, Any], problems: list[RecordProblem]):
        self.raw = raw
        self.problems = problems
        self.sub_order = ""

    def sub_order_id(self) -> int | None:
        name, value = self._value("sub_order_id", "order_number")
        self.sub_order = "" if value is None else _shown(value)
        noted = len(self.problems)
        number = self._read(name, None, _integer, _ID_RANGE)
        if number is None and len(self.problems) == noted:  # no ID at all: dropped, so named too
            self._note(name, value)
        return number

    def integer(self, name: str, allowed: range, alias: str | None = None) -> int | None:
        return self._read(name, alias, _integer, allowed)

    def money(self, name: str, currency: str | None) -> int | None:
        return self._read(name, None, _minor_units, currency)

    def rate(self, name: str) -> str | None:
        return self._read(name, None, _percent, None)

    def flag(self, name: str) -> bool | None:
        return self._read(name, None, _flag, None)

    def time(self, name: str, zone: ZoneInfo, required: bool = False) -> datetime | None:
        noted = len(self.problems)
        moment = self._read(name, None, _time, zone)
        if required and moment is None and len(self.problems) == noted:
            self._note(name, self.raw.get(name))  # every listed order was paid: a missing time is odd
        return moment

    def text(self, name: str, alias: str | None = None, structured: bool = False) -> str | None:
        return self._read(name, alias, _text, structured)

    def currency(self) -> str | None:
        """`settled_currency`, or `order_commission_currency` as other clients of the API read it."""
        return self._read("settled_currency", "order_commission_currency", _currency_code, None)

    def _read(self, name: str, alias: str | None, reader: Callable[[Any, Any], T], arg: Any) -> T | None:
        value = self.raw.get(name)
        if value is None:
            if alias is None or (value := self.raw.get(alias)) is None:
                return None
            name = alias
        if value.__class__ is str and (not value or value.isspace()):
            return None
        try:
            return reader(value, arg)
        except _Unreadable:
            self._note(name, value)
            return None

    def _value(self, name: str, alias: str | None) -> tuple[str, Any]:
        value = self.raw.get(name)
        if value is None and alias is not None and (other := self.raw.get(alias)) is not None:
            return alias, other
        return name, value

    def _note(self, name: str, value: Any) -> None:
        self.problems.append(RecordProblem(self.sub_order, name, "" if value is None else _shown(value)))


def _shown(value: Any) -> str:
    """A raw value as text for a problem report, cut to 40 characters."""
    if isinstance(value, str):
        text = _storable(value)
    elif isinstance(value, (int, Decimal)):
        text = str(value)
    else:
        text = _storable(json.dumps(value, ensure_ascii=False, default=str))
    return text[:40]


def _count(value: Any) -> int | None:
    """A page counter; one that cannot be read counts as absent."""
    try:
        return _integer(value, _COUNT_RANGE)
    except _Unreadable:
        return None


def _integer(value: Any, allowed: range) -> int:
    """An exact integer from a JSON integer, a string of ASCII digits or a whole JSON decimal."""
    if isinstance(value, bool):
        raise _Unreadable
    if isinstance(value, Decimal):
        if not value.is_finite() or value.adjusted() > _MAX_DIGITS or value != value.to_integral_value():
            raise _Unreadable
        value = int(value)
    elif isinstance(value, str):
        text = value.strip()
        if not _INTEGER_TEXT.fullmatch(text) or len(text) > _MAX_DIGITS:
            raise _Unreadable
        value = int(text)
    if not isinstance(value, int) or value not in allowed:
        raise _Unreadable
    return value


def _minor_units(value: Any, currency: str | None) -> int:
    """The one money rule: an integer (JSON integer or digits) is already in minor units; a number
    written with a decimal point or an exponent is in major units, scaled by the currency's
    minor-unit exponent (in Decimal, never float). A currency code beside the number must be the
    order's. Amounts beyond ±10^12 minor units are refused."""
    if isinstance(value, bool):
        raise _Unreadable
    if isinstance(value, int):
        minor = value
    elif isinstance(value, Decimal):
        minor = _scaled(value, currency)
    elif isinstance(value, str):
        match = _MONEY_TEXT.fullmatch(value.strip())
        if match is None:
            raise _Unreadable
        for code in (match["before"], match["after"]):
            if code and currency and code.upper() != currency:
                raise _Unreadable
        number = match["number"]
        minor = int(number) if _INTEGER_TEXT.fullmatch(number) else _scaled(Decimal(number), currency)
    else:
        raise _Unreadable
    if abs(minor) > _MAX_MINOR_UNITS:
        raise _Unreadable
    return minor


def _scaled(amount: Decimal, currency: str | None) -> int:
    """Major units to whole minor units, half a minor unit rounding up."""
    if not amount.is_finite() or amount.adjusted() > _MAX_DIGITS:
        raise _Unreadable
    minor = amount.scaleb(minor_unit_exponent(currency))
    return int(minor.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _percent(value: Any, _: None = None) -> str:
    """ "7.00%" → "7.00" (kept as text so no precision is lost); a rate must lie in 0..100."""
    if isinstance(value, bool):
        raise _Unreadable
    if isinstance(value, str):
        text = value.strip().removesuffix("%").strip()
        if not _DECIMAL_TEXT.fullmatch(text):
            raise _Unreadable
        value = Decimal(text)
    if not isinstance(value, (int, Decimal)) or not _finite(value) or not 0 <= value <= 100:
        raise _Unreadable
    return format(abs(Decimal(value)), "f")  # abs: "-0" is zero too


def _finite(value: int | Decimal) -> bool:
    return not isinstance(value, Decimal) or value.is_finite()


def _flag(value: Any, _: None = None) -> bool:
    if isinstance(value, bool):
        return value
    flag = _FLAGS.get(value.strip().upper()) if isinstance(value, str) else None
    if flag is None:
        raise _Unreadable
    return flag


def _time(value: Any, zone: ZoneInfo) -> datetime:
    """The API's `yyyy-MM-dd HH:mm:ss` in its zone, or an ISO time (`T`, fraction, offset or Z).

    A time written with an offset is taken as written; one without is read in `zone`.
    """
    if not isinstance(value, str):
        raise _Unreadable
    text = value.strip()
    if not text.isascii():
        raise _Unreadable
    try:
        # fromisoformat reads "yyyy-MM-dd HH:mm:ss" in C, several times faster than strptime.
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise _Unreadable from None
    if not _YEARS[0] <= parsed.year <= _YEARS[1]:
        raise _Unreadable
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=zone)


def _text(value: Any, structured: bool) -> str:
    """Text as sent; numbers as written; objects and lists only where the field may hold JSON."""
    if isinstance(value, str):
        return _storable(value.strip())
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return str(value)
    if structured and isinstance(value, (dict, list)):
        return _storable(json.dumps(value, ensure_ascii=False, default=str))
    raise _Unreadable


def _storable(text: str) -> str:
    """The text with any lone surrogate (JSON may escape one: "\\ud800") as U+FFFD, which UTF-8,
    the database and the log can hold; a surrogate pair written as two escapes becomes its character."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def _currency_code(value: Any, _: None = None) -> str:
    if not isinstance(value, str) or not _CURRENCY.fullmatch(value.strip()):
        raise _Unreadable
    return value.strip().upper()


def _as_str(value: Any) -> str | None:
    """An envelope value (code, message) as text; never raises."""
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        return _storable(json.dumps(value, ensure_ascii=False, default=str))
    return _storable(str(value).strip())
