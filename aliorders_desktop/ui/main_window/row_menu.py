"""The right-click menu of the orders table: copy, open, filter by the row, delete."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Signal, Slot
from PySide6.QtWidgets import QMenu, QWidget

from aliorders_desktop.store import OrderRow
from aliorders_desktop.ui import row_actions
from aliorders_desktop.ui.filter_bar import FilterBar
from aliorders_desktop.ui.formats import fill
from aliorders_desktop.ui.main_window.orders_table import OrdersTable


class RowMenu(QMenu):
    """Filled again for the row under the pointer at each right-click. Deleting needs the window
    (it confirms, then reloads), so it is only asked for, with `deleteRequested`."""

    deleteRequested = Signal()

    def __init__(self, table: OrdersTable, filters: FilterBar, parent: QWidget) -> None:
        super().__init__(parent, objectName="rowMenu")
        self._table = table
        self._filters = filters
        self._may_delete = False
        self._row: OrderRow | None = None
        table.customContextMenuRequested.connect(self._on_requested)

    def set_may_delete(self, may_delete: bool) -> None:
        self._may_delete = may_delete

    @Slot(QPoint)
    def _on_requested(self, point: QPoint) -> None:
        table = self._table
        index = table.indexAt(point)
        if not index.isValid():
            return
        if not table.selectionModel().isRowSelected(index.row()):
            table.selectRow(index.row())
        row = table.orders.row(index.row())
        if row is None:
            return
        self.clear()
        self._item(self.tr("Copy Order ID"), "copyOrderId", self._copy_order_id)
        self._item(self.tr("Copy row"), "copyRows", table.copy_selection)
        self._item(self.tr("Open product page"), "openProduct", self._open_product)
        self.addSeparator()
        if row.tracking_id:
            tracking = fill(self.tr("Filter by Tracking ID “%1”"), row.tracking_id)
            self._item(tracking, "filterTracking", self._filter_by_tracking)
        else:
            self._item(
                self.tr("Show orders without a tracking ID"),
                "filterTracking",
                self._filter_no_tracking,
            )
        self._item(self.tr("Show all sub-orders of this order"), "showSubOrders", self._show_sub_orders)
        if self._may_delete:
            self.addSeparator()
            count = table.selection_size()
            # Counted as the confirmation counts them: rows are sub-orders (products of an order).
            self._item(self.tr("Delete %Ln sub-order(s)…", "", count), "deleteOrders", self.deleteRequested)
        self._row = row
        self.popup(table.viewport().mapToGlobal(point))

    def _item(self, text: str, name: str, slot: Callable[[], None] | Signal) -> None:
        action = self.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(slot)

    @Slot()
    def _copy_order_id(self) -> None:
        row_actions.copy_text(str(self._row.order_id))

    @Slot()
    def _open_product(self) -> None:
        row_actions.open_product_page(self._row)

    @Slot()
    def _filter_by_tracking(self) -> None:
        self._filters.filter_by(tracking_id=self._row.tracking_id or "")

    @Slot()
    def _filter_no_tracking(self) -> None:
        self._filters.no_tracking.setChecked(True)

    @Slot()
    def _show_sub_orders(self) -> None:
        self._filters.filter_by(order_id=str(self._row.order_id), tracking_id="")
