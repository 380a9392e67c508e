"""How stored values read as text: money, local times, flags and spreadsheet-safe strings.

Shared by the CSV file, the window's table and its panels, so a figure reads the same everywhere.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from aliorders_desktop.aliexpress.orders import OrderStatus

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


@lru_cache(maxsize=1 << 16)  # amounts repeat a lot (prices × quantities): an export looks most up
def money(minor: int | None) -> str:
    """Integer minor units as a plain decimal in major units: 1113 → "11.13", -5 → "-0.05"."""
    if minor is None:
        return ""
    sign = "-" if minor < 0 else ""
    whole, cents = divmod(abs(minor), 100)
    return f"{sign}{whole}.{cents:02d}"


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


def commission_state(status: str) -> str:
    """Commission is an estimate until settlement, and there is none for an Invalid order."""
    return _COMMISSION_STATES.get(status, "estimate")


_COMMISSION_STATES = {OrderStatus.SETTLED: "final", OrderStatus.INVALID: "none"}


def flag(value: bool | None) -> str:
    return "" if value is None else ("Yes" if value else "No")
