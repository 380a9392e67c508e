"""A whole sync against a gateway that writes money in major units for some orders and sends a few
absurd values: every order is stored, money exact, and only the absurd fields are left empty."""

from __future__ import annotations

from datetime import date, timedelta

from aliorders_desktop import store
from aliorders_desktop.aliexpress.client import AppCredentials, ClientSettings
from aliorders_desktop.aliexpress.gateway import DEMO_APP_KEY, DEMO_APP_SECRET, GatewayServer, odd_values
from aliorders_desktop.aliexpress.gateway.dataset import SubOrder
from aliorders_desktop.days import local_zone
from aliorders_desktop.sync.planner import range_bounds
from aliorders_desktop.sync.service import SyncService

DECIMALS, ABSURD = 0.2, 0.02
PAID_AMOUNT_ODD = [pair for pair in odd_values.ABSURD_VALUES if pair[0] == "paid_amount"]


def sent(gateway: GatewayServer, first: date, last: date) -> list[SubOrder]:
    start, end = range_bounds(first, last, local_zone())
    lo, hi, now_ms = int(start.timestamp() * 1000), int(end.timestamp() * 1000), gateway.clock.now_ms()
    return [o for o in gateway.dataset.sub_orders if lo <= o.paid_ms < hi and o.paid_ms <= now_ms]


def test_decimal_money_is_stored_exactly_and_absurd_values_only_empty_their_field(
    demo_gateway, store_path
) -> None:
    demo_gateway.config.decimal_money_share = DECIMALS
    demo_gateway.config.absurd_value_share = ABSURD
    last = date.today()
    first = last - timedelta(days=60)
    settings = ClientSettings(gateway_url=demo_gateway.url, backoff_base=0.01, backoff_max=0.05)
    result = SyncService(AppCredentials(DEMO_APP_KEY, DEMO_APP_SECRET), settings).run(first, last)
    assert result.outcome in (store.SyncOutcome.COMPLETED, store.SyncOutcome.PARTIAL)

    rows = {row.sub_order_id: row for row in store.iter_rows(store.OrderFilter())}
    orders = sent(demo_gateway, first, last)
    assert {o.sub_order_id for o in orders} <= set(rows)  # and orders settled in range, paid before
    in_decimals = absurd_fields = 0
    for order in orders:
        row = rows[order.sub_order_id]
        in_decimals += odd_values.sends_decimal_money(order.sub_order_id, DECIMALS)
        absurd = odd_values.absurd_value(order.sub_order_id, ABSURD)
        field = absurd[0] if absurd else None
        absurd_fields += field is not None
        assert row.paid_amount == (None if field == "paid_amount" else order.paid_amount)
        assert row.estimated_paid_commission == order.estimated_paid_commission
        assert row.quantity == (None if field == "product_count" else order.product_count)
        assert (row.paid_at is None) == (field == "paid_time")
        bp = order.product.commission_rate_bp
        assert row.commission_rate == (None if field == "commission_rate" else f"{bp // 100}.{bp % 100:02d}")
    assert in_decimals > len(orders) / 10 and absurd_fields > 0
    truth = {o.sub_order_id: o for o in demo_gateway.dataset.sub_orders}
    well_formed = sum(
        truth[i].paid_amount for i in rows if odd_values.absurd_value(i, ABSURD) not in PAID_AMOUNT_ODD
    )
    assert sum(t.paid_amount for t in store.totals(store.OrderFilter())) == well_formed
