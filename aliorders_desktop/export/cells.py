"""How stored values read as text: money, local times, flags and spreadsheet-safe strings.

Shared by the CSV file, the window's table and its panels, so a figure reads the same everywhere.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from aliorders_desktop.aliexpress.orders import OrderStatus, major_units
from aliorders_desktop.i18n import QT_TRANSLATE_NOOP, translate

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


@lru_cache(maxsize=1 << 16)  # amounts repeat a lot (prices × quantities): an export looks most up
def money(minor: int | None, currency: str | None) -> str:
    """Integer minor units as a plain decimal in major units, with the currency's decimals:
    (1113, "USD") → "11.13", (-5, "USD") → "-0.05", (495, "JPY") → "495", (1500, "KWD") → "1.500"."""
    return "" if minor is None else format(major_units(minor, currency), "f")


def local_time_of_epoch(epoch: int | None) -> str:
    """Stored epoch seconds on this computer's clock, "2026-01-31 14:05:09".

    (The same text as `astimezone().strftime(...)` at well under half the cost: four per row.)
    """
    return "" if epoch is None else str(datetime.fromtimestamp(epoch))


def safe_text(value: str | None) -> str:
    """Prefix an apostrophe to text that a spreadsheet would otherwise evaluate as a formula."""
    if not value:
        return ""
    return "'" + value if value.startswith(FORMULA_TRIGGERS) else value


_NEGATIVE_NUMBER = re.compile(r"-[0-9][0-9.]*")


def safe_number_text(value: str | None) -> str:
    """A number kept as text ("-1.50", a commission rate) stays a number; anything else is
    neutralised as `safe_text` does, so a value that is not the number it should be runs nothing."""
    if value and _NEGATIVE_NUMBER.fullmatch(value):
        return value
    return safe_text(value)


_SIGN = r"[^\w\s\x00-\x1f\x7f=+\-@()!|&\"';:<>*/^\[\]{}~#?]"
"""A currency sign or percent: not a letter, digit, space, control or anything a formula is made of."""
_SHOWN_AMOUNT = re.compile(
    rf"-(?:[A-Za-z]{{0,2}}{_SIGN}{{1,3}}\s?)?[0-9][0-9.,'\s]*(?:[A-Za-z]{{1,3}}|{_SIGN}{{1,3}})?"
)


def safe_amount(text: str) -> str:
    """An amount as the window shows it ("-1,234.50 USD", "-1 234,50 ₽", "-$1.23") stays as it is, so
    a spreadsheet still reads it as the negative number it is; any other text is `safe_text`'d."""
    return text if _SHOWN_AMOUNT.fullmatch(text) else safe_text(text)


def commission_state(status: str) -> str:
    """Commission is an estimate until settlement, and there is none for an Invalid order."""
    return _COMMISSION_STATES.get(status, _ESTIMATE)


_ESTIMATE = QT_TRANSLATE_NOOP("CommissionState", "estimate")
_COMMISSION_STATES = {
    OrderStatus.SETTLED: QT_TRANSLATE_NOOP("CommissionState", "final"),
    OrderStatus.INVALID: QT_TRANSLATE_NOOP("CommissionState", "none"),
}


def commission_state_name(status: str) -> str:
    """`commission_state` as the user reads it; CSV files keep the English word for scripts."""
    return translate("CommissionState", commission_state(status))


def flag(value: bool | None) -> str:
    return "" if value is None else (_YES if value else _NO)


_YES, _NO = QT_TRANSLATE_NOOP("Flag", "Yes"), QT_TRANSLATE_NOOP("Flag", "No")


def flag_name(value: bool | None) -> str:
    """`flag` as the user reads it; CSV files keep Yes and No for scripts."""
    return translate("Flag", flag(value)) if value is not None else ""
