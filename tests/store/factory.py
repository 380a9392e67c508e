"""OrderRecord factory for store tests: realistic defaults, unique IDs, any field overridable."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

from aliorders_desktop.aliexpress.orders import OrderRecord, OrderStatus

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
BIG_ID_BASE = 8_100_000_000_000_000  # above 2**53, like real AliExpress IDs
_serial = itertools.count(1)


def order_record(**fields: object) -> OrderRecord:
    """A sub-order as the API client would yield it; `fields` override the defaults."""
    n = next(_serial)
    defaults: dict[str, object] = {
        "sub_order_id": BIG_ID_BASE + 2 * n + 1,
        "order_id": BIG_ID_BASE + 2 * n,
        "status": OrderStatus.PAID.value,
        "tracking_id": "blog",
        "custom_parameters": f'{{"af_sub":"post-{n}"}}',
        "product_id": 1_005_000_000_000_000 + n,
        "category_id": 44,
        "product_title": f"Product {n}",
        "product_url": f"https://www.aliexpress.com/item/{n}.html",
        "product_image_url": f"https://ae01.alicdn.com/{n}.jpg",
        "quantity": 1,
        "site": "global",
        "platform": "affiliate_platform",
        "created_at": T0 + timedelta(minutes=n),
        "paid_at": T0 + timedelta(minutes=n, seconds=30),
        "paid_amount": 1000 + n,
        "estimated_paid_commission": 70 + n,
        "estimated_finished_commission": 75 + n,
        "commission_rate": "7.00%",
        "currency": "USD",
        "ship_to_country": "US",
        "is_new_buyer": False,
        "is_hot_product": True,
        "is_affiliate_product": True,
    }
    return OrderRecord(**(defaults | fields))  # type: ignore[arg-type]
