"""The three affiliate order methods: business validation, filtering and paging (reference §4, §11).

Each method returns a `Page`: the result counters and the sub-orders to show. Turning it into JSON
(envelope shape, empty-result style) is the server's job, so the methods stay shape-agnostic.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from aliorders_desktop.aliexpress.gateway.config import GatewayConfig
from aliorders_desktop.aliexpress.gateway.dataset import OrderDataset, SubOrder, to_ms
from aliorders_desktop.aliexpress.gateway.wire import TIME_FORMAT
from aliorders_desktop.aliexpress.orders import SITES, OrderStatus, TimeType

DEFAULT_PAGE_SIZE = 20  # the real default is unknown; clients should always send page_size
_TIME_TEXT = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}")
_CURSOR = re.compile(r"([0-9]{1,16})_([0-9]{1,19})_([0-9]{1,20})")


class BusinessError(Exception):
    """A refused business parameter; the server renders it per `business_error_style`."""

    def __init__(self, code: str, msg: str):
        super().__init__(msg)
        self.code = code
        self.msg = msg


@dataclass(frozen=True)
class Call:
    """One validated request as a method sees it."""

    params: Mapping[str, str]
    dataset: OrderDataset
    config: GatewayConfig
    zone: ZoneInfo
    at_ms: int


@dataclass
class Page:
    """What a method found: `result` counters (without `orders`) and the rows to render."""

    fields: dict[str, object]
    rows: list[SubOrder]
    parameter_keys: tuple[str, ...] = field(default=("custom_parameters",))


def order_list(call: Call) -> Page:
    """Page-number pagination over the filtered, sorted window."""
    _choice(call.params, "locale_site", SITES)
    rows, _ = _filtered(call)
    page_size = _int(call.params, "page_size", DEFAULT_PAGE_SIZE, 1, 50)
    page_no = _int(call.params, "page_no", 1, 1, None)
    page = rows[(page_no - 1) * page_size : page_no * page_size]
    return Page(
        {
            "current_page_no": page_no,
            "current_record_count": len(page),
            "total_page_no": math.ceil(len(rows) / page_size),
            "total_record_count": len(rows),
        },
        page,
    )


def order_listbyindex(call: Call) -> Page:
    """Cursor pagination: rows strictly after `start_query_index_id` in (time, sub_order_id) order."""
    rows, time_type = _filtered(call)
    page_size = _int(call.params, "page_size", DEFAULT_PAGE_SIZE, 1, 50)
    start = 0
    cursor = call.params.get("start_query_index_id")
    if cursor:
        match = _CURSOR.fullmatch(cursor)
        if match is None:
            raise _invalid("start_query_index_id")
        after = (int(match[1]), int(match[3]))
        start = bisect.bisect_right(rows, after, key=lambda o: (o.time_of(time_type), o.sub_order_id))
    page = rows[start : start + page_size]
    fields: dict[str, object] = {"current_record_count": len(page)}
    if page:
        fields["min_query_index_id"] = _cursor(page[0], time_type)
        fields["max_query_index_id"] = _cursor(page[-1], time_type)
    return Page(fields, page)


def order_get(call: Call) -> Page:
    """Lookup by comma-separated sub-order IDs; emits the documented `customer_parameters`."""
    raw = call.params.get("order_ids", "")
    if not raw.strip():
        raise BusinessError("MissingParameter", _missing_msg("order_ids"))
    try:
        ids = [int(part) for part in raw.split(",") if part.strip()]
    except ValueError:
        raise _invalid("order_ids") from None
    rows = call.dataset.find(ids, call.at_ms, call.config.get_matches_order_id)
    keys = (
        ("customer_parameters", "custom_parameters")
        if call.config.get_emits_custom_parameters
        else ("customer_parameters",)
    )
    return Page({"current_record_count": len(rows)}, rows, keys)


METHODS: dict[str, Callable[[Call], Page]] = {
    "aliexpress.affiliate.order.list": order_list,
    "aliexpress.affiliate.order.listbyindex": order_listbyindex,
    "aliexpress.affiliate.order.get": order_get,
}


def _filtered(call: Call) -> tuple[list[SubOrder], TimeType]:
    """Validate the window parameters and return the matching rows, sorted, with the time type."""
    params = call.params
    for name in ("start_time", "end_time", "status"):
        if not params.get(name):
            raise BusinessError("MissingParameter", _missing_msg(name))
    status = OrderStatus(_choice(params, "status", [s.value for s in OrderStatus]))
    time_type = TimeType(_choice(params, "time_type", [t.value for t in TimeType]) or TimeType.PAID.value)
    query_zone = ZoneInfo(call.config.query_zone) if call.config.query_zone else call.zone
    start = _time(params, "start_time", query_zone)
    end = _time(params, "end_time", query_zone)
    if end < start:
        raise BusinessError("InvalidParameter", "end_time must not be earlier than start_time")
    _check_window_length(start, end, params, call.config)
    return call.dataset.query(status, time_type, to_ms(start), to_ms(end), call.at_ms), time_type


def _check_window_length(
    start: datetime, end: datetime, params: Mapping[str, str], config: GatewayConfig
) -> None:
    """Refuse a window over `max_window_days` of real time or, when strict, of wall-clock time."""
    limit = config.max_window_days
    if limit is None:
        return
    spans = [end - start]
    if config.strict_window:
        wall = [datetime.strptime(params[name], TIME_FORMAT) for name in ("start_time", "end_time")]
        spans.append(wall[1] - wall[0])
    if max(spans) > timedelta(days=limit):
        raise BusinessError(
            "InvalidParameter", f"The time range between start_time and end_time must not exceed {limit} days"
        )


def _cursor(order: SubOrder, time_type: TimeType) -> str:
    return f"{order.time_of(time_type)}_{order.row}_{order.sub_order_id}"


def _missing_msg(name: str) -> str:
    return f'The input parameter "{name}" that is mandatory for processing this request is not supplied'


def _invalid(name: str) -> BusinessError:
    return BusinessError("InvalidParameter", f'The specified parameter "{name}" is not valid')


def _choice(params: Mapping[str, str], name: str, allowed: list[str] | tuple[str, ...]) -> str:
    """The parameter's value if it is one of `allowed`; "" when absent."""
    value = params.get(name, "")
    if value and value not in allowed:
        raise _invalid(name)
    return value


def _int(params: Mapping[str, str], name: str, default: int, low: int, high: int | None) -> int:
    value = params.get(name, "")
    if not value:
        return default
    if not value.isascii() or not value.isdigit():
        raise _invalid(name)
    number = int(value)
    if number < low or (high is not None and number > high):
        raise _invalid(name)
    return number


def _time(params: Mapping[str, str], name: str, zone: ZoneInfo) -> datetime:
    """A `yyyy-MM-dd HH:mm:ss` query time read in the gateway's configured zone, as UTC.

    UTC so that window lengths are real durations even across a DST change.
    """
    value = params[name]
    try:
        if not _TIME_TEXT.fullmatch(value):
            raise ValueError(value)
        return datetime.strptime(value, TIME_FORMAT).replace(tzinfo=zone).astimezone(UTC)
    except ValueError:
        raise _invalid(name) from None
