"""Each status says what it means for the money, in its cells and in the status filter."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from store.factory import order_record
from ui.windows import open_window

from aliorders_desktop import store
from aliorders_desktop.aliexpress.orders import OrderStatus
from aliorders_desktop.store.lifecycle import StatusTimings, Typical
from aliorders_desktop.ui.columns import COLUMN_INDEX
from aliorders_desktop.ui.status_meanings import status_tips


def test_the_texts_say_estimate_or_final_what_comes_next_and_how_long() -> None:
    tips = status_tips(StatusTimings(Typical(21.4, 300), Typical(None, 12)))
    paid, confirmed = tips[OrderStatus.PAID.value], tips[OrderStatus.CONFIRMED.value]
    assert "estimate" in paid and "Next: the buyer confirms receipt" in paid
    assert "about 21 days after payment (median of 300 orders)" in paid
    assert "estimate" in confirmed and "not enough history yet (12 orders so far)" in confirmed
    assert "final" in tips[OrderStatus.SETTLED.value] and "final" in tips[OrderStatus.INVALID.value]


def test_the_status_cell_and_filter_show_this_accounts_times(qtbot, frozen_clock, store_path) -> None:
    paid = datetime.now().astimezone() - timedelta(days=90)
    store.save_orders(
        [
            order_record(
                status=OrderStatus.SETTLED.value,
                paid_at=paid,
                finished_at=paid + timedelta(days=20),
                settled_at=paid + timedelta(days=35),
            )
            for _ in range(25)
        ],
        paid + timedelta(days=40),
    )
    window = open_window(qtbot, store_path, preset="all")
    qtbot.waitUntil(lambda: "median of 25 orders" in window.model.status_tips[OrderStatus.PAID.value])
    cell = window.model.index(0, COLUMN_INDEX["status"])
    tip = window.model.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Completed Settlement: final.")
    items = window.filters.statuses.model()
    confirmed = next(
        items.item(row)
        for row in range(items.rowCount())
        if items.item(row).data(Qt.ItemDataRole.UserRole) == OrderStatus.CONFIRMED.value
    )
    assert "about 15 days after confirmation (median of 25 orders)" in confirmed.toolTip()
