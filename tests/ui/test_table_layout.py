"""The table a publisher expects: its default columns, a layout that survives restarts and
upgrades, toolbar icons in the theme's colours, and sync progress that always fits its bar."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QImage, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QToolBar, QToolButton
from store.factory import order_record
from ui.windows import open_window

from aliorders_desktop import store
from aliorders_desktop.store import SaveCounts
from aliorders_desktop.sync.service import SyncProgress
from aliorders_desktop.ui.columns import COLUMN_INDEX, COLUMNS, DEFAULT_COLUMNS
from aliorders_desktop.ui.formats import number
from aliorders_desktop.ui.main_window import MainWindow
from aliorders_desktop.ui.main_window.orders_table import LAYOUT_KEY, LEGACY_HEADER_KEY

TOOLBAR_BUTTONS = ("syncButton", "refreshButton", "exportButton", "detailsButton", "settingsButton")


@pytest.fixture
def orders_today(frozen_clock, store_path):
    """A few orders paid this (frozen) morning, so the table, not the empty state, shows."""
    morning = datetime(2026, 6, 17, 9, 0).astimezone()
    store.save_orders([order_record(paid_at=morning, product_title=f"Lamp {n}") for n in range(5)], morning)
    return store_path


def shown_keys(window: MainWindow) -> list[str]:
    return [COLUMNS[index].key for index in window.table.visible_columns()]


def test_the_default_columns_put_what_a_publisher_looks_for_first(qtbot, orders_today) -> None:
    window = open_window(qtbot, orders_today, preset="today")
    titles = [COLUMNS[index].title for index in window.table.visible_columns()]
    assert titles == [
        *("Paid", "Product", "Status", "Commission"),
        *("Paid amount", "Tracking ID", "Order ID", "Sub-order ID"),
    ]
    assert not window.details.isVisible()


def test_commission_is_in_view_at_1280_by_720_without_scrolling(qtbot, orders_today) -> None:
    window = open_window(qtbot, orders_today, preset="today")
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.width() == 1280)
    assert window.stack.currentWidget() is window.table
    header = window.table.horizontalHeader()
    commission = COLUMN_INDEX["commission"]
    left = header.sectionViewportPosition(commission)
    assert window.table.horizontalScrollBar().value() == 0
    assert left >= 0 and left + header.sectionSize(commission) <= window.table.viewport().width()


def test_a_changed_layout_survives_a_restart(qtbot, orders_today) -> None:
    window = open_window(qtbot, orders_today, preset="today")
    header = window.table.horizontalHeader()
    header.moveSection(header.visualIndex(COLUMN_INDEX["commission"]), 0)
    header.setSectionHidden(COLUMN_INDEX["tracking_id"], True)
    header.setSectionHidden(COLUMN_INDEX["commission_rate"], False)
    header.resizeSection(COLUMN_INDEX["product"], 333)
    window.table.sortByColumn(COLUMN_INDEX["commission"], Qt.SortOrder.AscendingOrder)
    expected = shown_keys(window)
    window.close()
    again = open_window(qtbot, orders_today, preset="today")
    assert shown_keys(again) == expected
    assert expected[0] == "commission" and "tracking_id" not in expected and "commission_rate" in expected
    assert again.table.horizontalHeader().sectionSize(COLUMN_INDEX["product"]) == 333
    assert again.model.sort_key == ("estimated_commission", False)


def test_a_layout_saved_by_another_version_is_read_by_column_not_by_position(qtbot, orders_today) -> None:
    """An older version knew no Tracking ID column and had one this version dropped; a newer one
    may number columns differently. The saved columns keep their order, width and visibility."""
    saved = {
        "columns": [
            {"key": "status", "width": 140, "hidden": False},
            {"key": "a_column_since_removed", "width": 90, "hidden": False},
            {"key": "commission", "width": 125, "hidden": False},
            {"key": "paid_at", "width": 130, "hidden": False},
            {"key": "product", "width": 200, "hidden": True},
            {"key": "ship_to_country", "width": 70, "hidden": False},
        ],
        "sort": {"key": "status", "descending": False},
    }
    QSettings().setValue(LAYOUT_KEY, json.dumps(saved))
    window = open_window(qtbot, orders_today, preset="today")
    keys = shown_keys(window)
    assert keys[:4] == ["status", "commission", "paid_at", "ship_to_country"]
    assert "product" not in keys
    assert "tracking_id" in keys[4:]  # a column the saved layout did not know shows as by default
    assert window.table.horizontalHeader().sectionSize(COLUMN_INDEX["commission"]) == 125
    assert window.model.sort_key == ("status", False)


def test_a_header_state_saved_by_qt_in_an_earlier_version_is_still_read(qtbot, orders_today) -> None:
    """Before layouts were saved by key, Qt's own header state was saved; it names columns by
    index, which stay valid because columns are only ever added at the end."""
    earlier = QHeaderView(Qt.Orientation.Horizontal)
    earlier.setModel(QStandardItemModel(0, len(COLUMNS)))
    earlier.moveSection(COLUMN_INDEX["order_id"], 0)
    earlier.setSectionHidden(COLUMN_INDEX["ship_to_country"], True)
    earlier.setSortIndicator(COLUMN_INDEX["status"], Qt.SortOrder.AscendingOrder)
    QSettings().setValue(LEGACY_HEADER_KEY, earlier.saveState())
    window = open_window(qtbot, orders_today, preset="today")
    keys = shown_keys(window)
    assert keys[0] == "order_id" and "ship_to_country" not in keys
    assert window.model.sort_key == ("status", False)


def test_an_unreadable_saved_layout_leaves_the_defaults(qtbot, orders_today) -> None:
    QSettings().setValue(LAYOUT_KEY, "{not json")
    window = open_window(qtbot, orders_today, preset="today")
    assert shown_keys(window) == list(DEFAULT_COLUMNS)


def _ink(icon_image: QImage) -> QColor:
    """The colour of the first clearly drawn pixel of an icon."""
    for y in range(icon_image.height()):
        for x in range(icon_image.width()):
            colour = icon_image.pixelColor(x, y)
            if colour.alpha() > 200:
                return colour
    raise AssertionError("the icon is blank")


def test_toolbar_buttons_have_icons_beside_their_text_in_the_themes_colour(qtbot, store_path) -> None:
    window = open_window(qtbot, store_path)
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    buttons = [window.findChild(QToolButton, name) for name in TOOLBAR_BUTTONS]
    assert all(button.text() and not button.icon().isNull() for button in buttons)
    window.set_theme("light")
    light = _ink(buttons[0].icon().pixmap(24, 24).toImage())
    window.set_theme("dark")
    dark = _ink(buttons[0].icon().pixmap(24, 24).toImage())
    assert light.lightness() < 100 < 160 < dark.lightness()


def test_the_sync_progress_text_fits_its_bar_with_large_numbers(qtbot, connected, store_path) -> None:
    connected.config.latency_seconds = 5  # no real page reports progress while the test looks
    window = open_window(qtbot, store_path, preset="last90")
    bar = window.progress
    margins = 2 * 6  # the bar's frame, and some air so the text does not touch it

    def fits() -> bool:
        return f"{number(12_345_678)} new" in bar.text() and (
            bar.fontMetrics().horizontalAdvance(bar.text()) + margins <= bar.width()
        )

    with qtbot.waitSignal(window.sync_task.finished, timeout=60_000):
        window.start_sync()
        qtbot.waitUntil(bar.isVisible)
        window.sync_task.progressed.emit(
            SyncProgress(pages_done=123_456, pages_planned=200_000, counts=SaveCounts(new=12_345_678))
        )
        qtbot.waitUntil(fits, timeout=2000)
        window.cancel_sync()
