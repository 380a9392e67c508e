"""Shared constants and the tiny signing helper of the gateway tests (plain module, not a fixture)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from aliorders_desktop.aliexpress.gateway import DEMO_APP_KEY, DEMO_APP_SECRET
from aliorders_desktop.aliexpress.signing import sign

NOW = datetime(2025, 6, 1, 12, 0, 0, tzinfo=UTC)
LA = ZoneInfo("America/Los_Angeles")
LIST = "aliexpress.affiliate.order.list"
LISTBYINDEX = "aliexpress.affiliate.order.listbyindex"
GET = "aliexpress.affiliate.order.get"


def query_time(instant: datetime) -> str:
    """A window bound as the gateway reads it by default (America/Los_Angeles, zone-less)."""
    return instant.astimezone(LA).strftime("%Y-%m-%d %H:%M:%S")


def window(days_back: float, days_long: float) -> dict[str, str]:
    """start_time/end_time for [NOW - days_back, NOW - days_back + days_long]."""
    start = NOW - timedelta(days=days_back)
    return {"start_time": query_time(start), "end_time": query_time(start + timedelta(days=days_long))}


def signed(
    params: dict[str, object], secret: str = DEMO_APP_SECRET, sign_method: str = "sha256"
) -> dict[str, str]:
    """System parameters filled in (unless given) and signed per reference §3."""
    full = {
        "app_key": DEMO_APP_KEY,
        "timestamp": str(int(time.time() * 1000)),
        "sign_method": sign_method,
        "v": "2.0",
        "format": "json",
    }
    full.update({k: str(v) for k, v in params.items()})
    full["sign"] = sign(full, secret, full["sign_method"])
    return full
