"""The order details pane: every field formatted, the checkout's products and the status timeline."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel
from store.factory import order_record
from ui.windows import open_window as open_app_window

from aliorders_desktop import store
from aliorders_desktop.aliexpress.orders import OrderRecord, OrderStatus
from aliorders_desktop.export import money
from aliorders_desktop.ui import theme
from aliorders_desktop.ui.columns import NO_TRACKING_TIP
from aliorders_desktop.ui.formats import local_time
from aliorders_desktop.ui.main_window import MainWindow
from aliorders_desktop.ui.order_details import OrderDetails, timeline

PAID, CONFIRMED, SETTLED, INVALID = (s.value for s in OrderStatus)
PAID_AT = datetime.now(UTC).replace(microsecond=0) - timedelta(days=20)
FIRST_SYNC = PAID_AT + timedelta(days=1)
SECOND_SYNC = PAID_AT + timedelta(days=19)


@pytest.fixture
def checkout(store_path: Path) -> list[OrderRecord]:
    """One checkout of three products; the first was seen paid, then (a later sync) settled."""
    first = order_record(paid_at=PAID_AT, status=PAID, tracking_id=None, is_new_buyer=True)
    others = [
        order_record(order_id=first.order_id, paid_at=PAID_AT, status=status, product_title=title)
        for status, title in ((PAID, "Phone case"), (INVALID, "折りたたみ傘 自動開閉"))
    ]
    store.save_orders([first, *others], FIRST_SYNC)
    settled = replace(
        first,
        status=SETTLED,
        finished_at=PAID_AT + timedelta(days=12),
        settled_at=PAID_AT + timedelta(days=18),
        finished_amount=first.paid_amount,
    )
    store.save_orders([settled], SECOND_SYNC)
    return [settled, *others]


def open_window(qtbot, database: Path) -> MainWindow:
    """A window on the last 30 days with the details pane switched on (it starts closed)."""
    window = open_app_window(qtbot, database, "last30")
    if not window.details_action.isChecked():
        window.details_action.trigger()
    return window


def select_sub_order(window: MainWindow, sub_order_id: int) -> None:
    row = next(r for r in range(window.model.rowCount()) if window.model.row(r).sub_order_id == sub_order_id)
    window.table.selectRow(row)


def value(window: MainWindow, key: str) -> QLabel:
    return window.findChild(QLabel, f"detail_{key}")


def test_every_field_is_shown_formatted(qtbot, store_path, checkout) -> None:
    window = open_window(qtbot, store_path)
    settled = checkout[0]
    select_sub_order(window, settled.sub_order_id)
    details = window.findChild(QLabel, "detailsTitle")
    assert details.text() == settled.product_title
    assert value(window, "order_id").text() == str(settled.order_id)
    assert value(window, "status").text() == SETTLED
    assert value(window, "paid_amount").text() == f"{money(settled.paid_amount, settled.currency)} USD"
    assert value(window, "commission").text().endswith("(final)")
    assert value(window, "paid_at").text() == local_time(PAID_AT)
    assert value(window, "settled_at").text() == local_time(settled.settled_at)
    assert value(window, "is_new_buyer").text() == "Yes" and value(window, "is_hot_product").text() == "Yes"
    assert value(window, "commission_rate").text() == "7.00%"
    assert value(window, "custom_parameters").text().startswith("af_sub=post-")
    assert value(window, "tracking_id").text() == "— none"
    assert value(window, "tracking_id").toolTip() == NO_TRACKING_TIP
    assert value(window, "effect_detail_status").text() == "—"
    link = window.findChild(QLabel, "productLink")
    assert settled.product_url in link.text()


def test_the_checkout_lists_all_its_products(qtbot, store_path, checkout) -> None:
    window = open_window(qtbot, store_path)
    select_sub_order(window, checkout[1].sub_order_id)
    assert "has 3 products" in window.findChild(QLabel, "checkoutCaption").text()
    lines = [label.text() for label in window.details.sub_orders.findChildren(QLabel)]
    assert len(lines) == 3
    assert [line for line in lines if "this row" in line] == [
        next(line for line in lines if "Phone case" in line)
    ]
    assert any("折りたたみ傘" in line and INVALID in line for line in lines)


def test_the_timeline_shows_seen_and_implied_steps_in_time_order(qtbot, store_path, checkout) -> None:
    window = open_window(qtbot, store_path)
    settled = checkout[0]
    select_sub_order(window, settled.sub_order_id)
    entries = window.details.history.entries
    assert [e.status for e in entries] == [PAID, CONFIRMED, SETTLED]
    assert [e.when for e in entries] == [PAID_AT, settled.finished_at, settled.settled_at]
    assert entries[0].note == f"seen by a sync on {local_time(FIRST_SYNC)}"
    assert "not seen by a sync" in entries[1].note
    assert entries[2].note == f"seen by a sync on {local_time(SECOND_SYNC)}"
    history = window.details.history
    qtbot.waitUntil(lambda: history.height() >= 3 * history.row_height())


def test_a_status_without_its_own_time_is_dated_by_the_sync_that_saw_it(store_path, checkout) -> None:
    invalid = checkout[2]
    (row,) = [r for r in store.sub_orders_of(invalid.order_id) if r.sub_order_id == invalid.sub_order_id]
    paid, invalid = timeline(row, store.status_history(row.id))
    assert (paid.status, paid.when) == (PAID, PAID_AT)  # the order's own paid time proves this step
    assert (invalid.status, invalid.when) == (INVALID, FIRST_SYNC)


def test_without_a_current_row_a_hint_shows_and_without_rows_the_pane_hides(
    qtbot, store_path, checkout
) -> None:
    window = open_window(qtbot, store_path)
    assert window.model.rowCount() == 3 and not window.table.currentIndex().isValid()
    assert window.findChild(QLabel, "detailsPlaceholder").isVisible()
    assert not window.details.content.isVisible()
    window.filters.order_id.setText("1")
    window.filters.changed.emit()
    assert window.stack.currentWidget() is window.empty_state and not window.details.isVisible()


def test_the_pane_starts_closed_and_remembers_being_opened_and_closed(qtbot, store_path, checkout) -> None:
    first = open_app_window(qtbot, store_path, "last30")
    assert not first.details_action.isChecked() and not first.details.isVisible()
    first.details_action.trigger()
    first.close()
    window = open_app_window(qtbot, store_path, "last30")
    assert window.details.isVisible() and window.details.objectName() == "orderDetails"
    window.details_action.trigger()
    assert not window.details.isVisible()
    select_sub_order(window, checkout[0].sub_order_id)
    assert window.details.placeholder.isVisibleTo(window.details)  # not read while switched off
    window.close()
    again = open_app_window(qtbot, store_path, "last30")
    assert not again.details_action.isChecked() and not again.details.isVisible()
    again.details_action.trigger()
    select_sub_order(again, checkout[0].sub_order_id)
    assert again.details.isVisible() and value(again, "status").text() == SETTLED


def test_the_product_link_takes_the_new_themes_link_colour(qtbot, store_path, checkout) -> None:
    details = OrderDetails()
    qtbot.addWidget(details)
    details.show_row(store.sub_orders_of(checkout[0].order_id)[0])
    details.show()
    app = QApplication.instance()

    def link_coloured_pixels() -> int:
        link = details.product_link
        image = link.grab().toImage()
        colour = link.palette().color(QPalette.ColorRole.Link).rgb()
        return sum(image.pixel(x, y) == colour for x in range(image.width()) for y in range(image.height()))

    theme.apply_theme(app, "light")
    app.processEvents()  # palette changes reach widgets as events
    assert link_coloured_pixels() > 0
    theme.apply_theme(app, "dark")
    app.processEvents()
    assert link_coloured_pixels() > 0  # drawn in the dark palette's link colour, not the light one's
    theme.apply_theme(app, "light")
