"""The JSON the simulated gateway sends: error bodies, the two envelope shapes, and order fields."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from aliorders_desktop.aliexpress.gateway.config import GatewayConfig
from aliorders_desktop.aliexpress.gateway.dataset import SubOrder
from aliorders_desktop.aliexpress.orders import OrderStatus

TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


class ErrorReply(Exception):
    """A gateway-level refusal, sent as `{"error_response": {...}}` with HTTP 200 (reference §8).

    `legacy=True` gives the old TOP form: numeric `code` plus `sub_code`/`sub_msg`, no `type`.
    """

    def __init__(
        self,
        code: str | int,
        msg: str,
        *,
        sub_code: str | None = None,
        sub_msg: str | None = None,
        legacy: bool = False,
    ):
        super().__init__(msg)
        self.code = code
        self.msg = msg
        self.sub_code = sub_code
        self.sub_msg = sub_msg
        self.legacy = legacy

    def body(self, request_id: str, trace_id: str) -> dict[str, object]:
        if self.legacy:
            error: dict[str, object] = {
                "code": self.code,
                "msg": self.msg,
                "sub_code": self.sub_code,
                "sub_msg": self.sub_msg,
                "request_id": request_id,
            }
        else:
            error = {
                "type": "ISV",
                "code": self.code,
                "msg": self.msg,
                "request_id": request_id,
                "_trace_id_": trace_id,
            }
        return {"error_response": error}


def envelope(
    method: str, resp_result: dict[str, object], request_id: str, simplified: bool, config: GatewayConfig
) -> dict[str, object]:
    """Classic shape wraps everything in `<method>_response`; simplified puts it at the root."""
    inner: dict[str, object] = {"resp_result": resp_result, "request_id": request_id}
    if simplified and not config.keep_wrapper_when_simplified:
        return inner
    return {method.replace(".", "_") + "_response": inner}


def orders_value(items: list[dict[str, object]], simplified: bool, config: GatewayConfig) -> object:
    """Classic lists are wrapped as `{"order": [...]}`; simplified ones are plain arrays.

    With `single_object_lists`, a one-element list becomes `{"order": {...}}` in either shape:
    the single-object form clients are known to guard against (reference §5.3).
    """
    if config.single_object_lists and len(items) == 1:
        return {"order": items[0]}
    return items if simplified else {"order": items}


def stringify_numbers(value: object) -> object:
    """Every JSON integer as a numeric string, to exercise clients' tolerant number parsing."""
    if isinstance(value, dict):
        return {k: stringify_numbers(v) for k, v in value.items()}
    if isinstance(value, list):
        return [stringify_numbers(v) for v in value]
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


def format_time(epoch_ms: int, zone: ZoneInfo) -> str:
    """Zone-less `yyyy-MM-dd HH:mm:ss` in the configured zone, as the API writes times."""
    return datetime.fromtimestamp(epoch_ms // 1000, zone).strftime(TIME_FORMAT)


def order_fields(
    order: SubOrder, at_ms: int, zone: ZoneInfo, parameter_keys: Sequence[str] = ("custom_parameters",)
) -> dict[str, object]:
    """One sub-order as the API shows it at `at_ms`: later events and their amounts are absent."""
    status = order.status_at(at_ms)
    product = order.product
    bp = product.commission_rate_bp
    fields: dict[str, object] = {
        "order_id": order.order_id,
        "sub_order_id": order.sub_order_id,
    }
    if order.tracking_id is not None:
        fields["tracking_id"] = order.tracking_id
    if order.custom_parameters is not None:
        for key in parameter_keys:
            fields[key] = order.custom_parameters
    fields.update(
        {
            "product_id": product.product_id,
            "category_id": product.category_id,
            "product_title": product.title,
            "product_detail_url": product.detail_url,
            "product_main_image_url": product.image_url,
            "product_count": order.product_count,
            "order_status": status.value,
            "order_type": order.site,
            "order_platform": order.platform,
            "created_time": format_time(order.created_ms, zone),
            "paid_time": format_time(order.paid_ms, zone),
            "paid_amount": order.paid_amount,
            "estimated_paid_commission": order.estimated_paid_commission,
            "new_buyer_bonus_commission": order.new_buyer_bonus_commission,
            "commission_rate": f"{bp // 100}.{bp % 100:02d}%",
            "is_new_buyer": "Y" if order.is_new_buyer else "N",
            "is_hot_product": "Y" if order.is_hot_product else "N",
            "is_affiliate_product": "Y" if order.is_affiliate_product else "N",
            "settled_currency": order.currency,
            "ship_to_country": order.ship_to_country,
        }
    )
    if order.finished_ms is not None and order.finished_ms <= at_ms:
        fields["finished_time"] = format_time(order.finished_ms, zone)
        fields["finished_amount"] = order.finished_amount
        fields["estimated_finished_commission"] = order.estimated_finished_commission
    if order.settled_ms is not None and order.settled_ms <= at_ms:
        fields["completed_settlement_time"] = format_time(order.settled_ms, zone)
    if status is OrderStatus.INVALID:
        fields["effect_detail_status"] = order.invalid_reason
    return fields
