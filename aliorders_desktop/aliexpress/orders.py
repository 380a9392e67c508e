"""The order vocabulary shared by the client, the simulator, the store and the window."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from aliorders_desktop.i18n import QT_TRANSLATE_NOOP, translate


class OrderStatus(enum.StrEnum):
    """The four statuses the affiliate API knows, in lifecycle order."""

    PAID = "Payment Completed"
    CONFIRMED = "Buyer Confirmed Receipt"
    SETTLED = "Completed Settlement"
    INVALID = "Invalid"


class TimeType(enum.StrEnum):
    """Which timestamp an order list query filters its window on."""

    PAID = "Payment Completed Time"
    CONFIRMED = "Buyer Confirmed Receipt Time"
    SETTLED = "Completed Settlement Time"


_STATUS_NAMES = {
    OrderStatus.PAID: QT_TRANSLATE_NOOP("OrderStatus", "Payment Completed"),
    OrderStatus.CONFIRMED: QT_TRANSLATE_NOOP("OrderStatus", "Buyer Confirmed Receipt"),
    OrderStatus.SETTLED: QT_TRANSLATE_NOOP("OrderStatus", "Completed Settlement"),
    OrderStatus.INVALID: QT_TRANSLATE_NOOP("OrderStatus", "Invalid"),
}
_TIME_TYPE_NAMES = {
    TimeType.PAID: QT_TRANSLATE_NOOP("OrderStatus", "payment completed time"),
    TimeType.CONFIRMED: QT_TRANSLATE_NOOP("OrderStatus", "buyer confirmed receipt time"),
    TimeType.SETTLED: QT_TRANSLATE_NOOP("OrderStatus", "completed settlement time"),
}


def status_name(status: str) -> str:
    """The status as the user reads it; the stored and exported API value stays English.

    A status AliExpress adds one day is shown as it sent it.
    """
    return translate("OrderStatus", _STATUS_NAMES[status]) if status in _STATUS_NAMES else status


def time_type_name(time_type: TimeType) -> str:
    """Which time a query filters on, in words ("payment completed time")."""
    return translate("OrderStatus", _TIME_TYPE_NAMES[time_type])


SITES = ("global", "ru_site", "es_site", "it_site")

MINOR_UNIT_EXPONENTS = {
    **dict.fromkeys(("BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG"), 0),
    **dict.fromkeys(("RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"), 0),
    **dict.fromkeys(("BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"), 3),
}
"""ISO 4217 currencies whose minor unit is not a hundredth of the major one; every other has
`DEFAULT_MINOR_UNIT_EXPONENT` (also what SQLite's CSV cells choose from, `store.text_cells.money`)."""
DEFAULT_MINOR_UNIT_EXPONENT = 2


def minor_unit_exponent(currency: str | None) -> int:
    """Decimal places of the currency's minor unit (JPY 0, USD 2, KWD 3): how an amount written in
    major units becomes the integer minor units the app stores. Unknown or absent: 2."""
    return MINOR_UNIT_EXPONENTS.get((currency or "").upper(), DEFAULT_MINOR_UNIT_EXPONENT)


def major_units(minor: int, currency: str | None) -> Decimal:
    """Stored minor units as the exact amount in major units, with as many decimals as the
    currency has: (495, "JPY") → 495, (1113, "USD") → 11.13, (1500, "KWD") → 1.500.

    Every reader of stored money (window, exports, chart) goes through this, so an amount reads
    the same everywhere and with the exponent the parser stored it with."""
    return Decimal(minor).scaleb(-minor_unit_exponent(currency))


@dataclass(frozen=True, slots=True)
class OrderRecord:
    """One sub-order (line item) as the API reports it, typed.

    Money is in integer minor units (cents, kopecks) of `currency`; times are timezone-aware;
    IDs are exact Python ints (they can exceed 2**53, so never pass through float).
    """

    sub_order_id: int
    order_id: int
    status: str
    tracking_id: str | None = None
    custom_parameters: str | None = None
    product_id: int | None = None
    category_id: int | None = None
    product_title: str | None = None
    product_url: str | None = None
    product_image_url: str | None = None
    quantity: int | None = None
    site: str | None = None
    platform: str | None = None
    created_at: datetime | None = None
    paid_at: datetime | None = None
    finished_at: datetime | None = None
    settled_at: datetime | None = None
    paid_amount: int | None = None
    finished_amount: int | None = None
    estimated_paid_commission: int | None = None
    estimated_finished_commission: int | None = None
    new_buyer_bonus_commission: int | None = None
    commission_rate: str | None = None
    currency: str | None = None
    ship_to_country: str | None = None
    is_new_buyer: bool | None = None
    is_hot_product: bool | None = None
    is_affiliate_product: bool | None = None
    effect_detail_status: str | None = None


@dataclass(frozen=True, slots=True)
class RecordProblem:
    """A field of one sub-order that could not be read (stored empty) or an order that could not be kept."""

    sub_order_id: str
    """As sent (text), or "" when the order names none."""
    field: str
    """The API's field name, e.g. "paid_amount"."""
    value: str
    """The offending value as text, cut to 40 characters (never a secret: API order data only)."""
