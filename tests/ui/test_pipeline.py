"""Insights' pipeline: unsettled commission by age, the forecast's method, a click shows the orders."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from store.factory import order_record
from ui.windows import open_window

from aliorders_desktop import store
from aliorders_desktop.aliexpress.orders import OrderStatus


def test_bands_and_too_little_history_then_a_click_shows_the_band(qtbot, frozen_clock, store_path) -> None:
    now = datetime.now().astimezone()
    store.save_orders(
        [
            order_record(paid_at=now - timedelta(days=5), estimated_paid_commission=150),
            order_record(paid_at=now - timedelta(days=40), estimated_paid_commission=250),
            order_record(
                status=OrderStatus.SETTLED.value,
                paid_at=now - timedelta(days=80),
                settled_at=now - timedelta(days=30),
            ),
        ],
        now,
    )
    window = open_window(qtbot, store_path, preset="today")
    window.tabs.setCurrentWidget(window.insights)
    pipeline = window.insights.pipeline
    qtbot.waitUntil(lambda: pipeline.bands.rowCount() == 1 and not pipeline.task.is_running())
    assert pipeline.bands.verticalHeaderItem(0).text() == "USD · Paid"
    assert [pipeline.bands.item(0, c).text() if pipeline.bands.item(0, c) else "" for c in range(4)] == [
        "1.50",
        "2.50",
        "",
        "",
    ]
    assert pipeline.method.text() == (
        "No forecast yet: it is learnt from this account's own settlements, and there are 1 settled "
        "orders; it needs 50."
    )
    assert pipeline.forecast.isHidden()
    pipeline.bands.cellClicked.emit(0, 1)
    assert window.tabs.currentWidget() is window.orders_page
    assert window.filters.statuses.selected() == {OrderStatus.PAID.value}
    today = date.today()
    assert window.filters.dates.range() == (today - timedelta(days=60), today - timedelta(days=31))
    assert window.model.rowCount() == 1 and window.model.row(0).estimated_paid_commission == 250
    assert window.model.order_filter.currency == "USD"
