"""Money written the other ways the live API is known to write it, and a few absurd values.

The gateway writes money as the API reference says, integer minor units (535 for 5.35 USD). The
one rule every reader of it follows: an integer, as a JSON integer or a string of digits, is in
minor units; a number written with a decimal point or an exponent, as a JSON number or a string,
is in major units (scaled by the currency's minor-unit exponent: JPY 0, USD 2, KWD 3); a currency
code may stand beside it ("5.00 USD") and must be the order's.

Which orders are touched depends only on the sub-order ID and the configured share, so a test can
compute what the gateway sent (and what a reader should have kept) from the data set alone.
"""

from __future__ import annotations

import random
from decimal import Decimal

from aliorders_desktop.aliexpress.orders import minor_unit_exponent

MONEY_FIELDS = (
    "paid_amount",
    "finished_amount",
    "estimated_paid_commission",
    "estimated_finished_commission",
    "new_buyer_bonus_commission",
)
ABSURD_VALUES: tuple[tuple[str, object], ...] = (
    ("paid_amount", "1e30"),
    ("paid_time", None),  # None: the field is left out
    ("product_count", "--3"),
    ("commission_rate", "n/a%"),
)
"""The odd values the gateway can send: one per touched order, in the field named."""
_DECIMAL_SALT = 0x5EED_DEC
_ABSURD_SALT = 0xAB5_0D


def sends_decimal_money(sub_order_id: int, share: float) -> bool:
    """Whether this order's money goes out as JSON decimals in major units (11.13, 495.0)."""
    return _drawn(sub_order_id, share, _DECIMAL_SALT)


def absurd_value(sub_order_id: int, share: float) -> tuple[str, object] | None:
    """The (field, value) this order gets wrong, or None for an order sent as it is."""
    if not _drawn(sub_order_id, share, _ABSURD_SALT):
        return None
    return ABSURD_VALUES[sub_order_id % len(ABSURD_VALUES)]


def dress(
    fields: dict[str, object], sub_order_id: int, currency: str, decimal_share: float, absurd_share: float
) -> dict[str, object]:
    """The order's fields with its money in major units and its absurd value, as drawn."""
    if sends_decimal_money(sub_order_id, decimal_share):
        places = minor_unit_exponent(currency)
        for name in MONEY_FIELDS:
            minor = fields.get(name)
            if isinstance(minor, int):
                # The float's shortest repr is the decimal itself ("11.13", "495.0"): JSON numbers.
                fields[name] = float(Decimal(minor).scaleb(-places))
    absurd = absurd_value(sub_order_id, absurd_share)
    if absurd is not None:
        name, value = absurd
        if value is None:
            fields.pop(name, None)
        else:
            fields[name] = value
    return fields


def _drawn(sub_order_id: int, share: float, salt: int) -> bool:
    return share > 0 and random.Random(sub_order_id ^ salt).random() < share
