"""The filter bar: ID boxes, statuses, "no tracking ID", a sub ID set from Insights, Clear, and dates.

Typing is debounced so a million-row query runs once per pause, not once per key.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QPushButton, QToolButton, QWidget

from aliorders_desktop.aliexpress.orders import OrderStatus
from aliorders_desktop.store import OrderFilter
from aliorders_desktop.ui.date_range import DateRangePicker
from aliorders_desktop.ui.formats import fill
from aliorders_desktop.ui.insights.breakdown import sub_id_label
from aliorders_desktop.ui.signals import signals_blocked

DEBOUNCE_MS = 300


class StatusFilter(QComboBox):
    """A combo box of checkable statuses; none checked means every status."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="statusFilter")
        self.setToolTip(self.tr("Show only orders in the checked statuses"))
        self._items = QStandardItemModel(self)
        for status in OrderStatus:
            item = QStandardItem(status.value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
            self._items.appendRow(item)
        self.setModel(self._items)
        self.setMinimumContentsLength(16)
        self._items.itemChanged.connect(self._on_item_changed)
        self.view().pressed.connect(self._on_pressed)
        self._update_text()

    def selected(self) -> frozenset[str]:
        return frozenset(
            self._items.item(row).text()
            for row in range(self._items.rowCount())
            if self._items.item(row).checkState() == Qt.CheckState.Checked
        )

    def set_selected(self, statuses: frozenset[str]) -> None:
        with signals_blocked(self._items):
            for row in range(self._items.rowCount()):
                item = self._items.item(row)
                checked = item.text() in statuses
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._update_text()

    @Slot("QModelIndex")
    def _on_pressed(self, index) -> None:
        item = self._items.itemFromIndex(index)
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    @Slot()
    def _on_item_changed(self) -> None:
        self._update_text()
        self.changed.emit()

    def hidePopup(self) -> None:  # keep the list open while several statuses are ticked
        if not self.view().underMouse():
            super().hidePopup()

    def _update_text(self) -> None:
        chosen = self.selected()
        label = self.tr("All statuses") if not chosen else ", ".join(s for s in OrderStatus if s in chosen)
        self.setPlaceholderText(label)
        self.setCurrentIndex(-1)


class FilterBar(QWidget):
    """Emits `changed` (debounced for typing) whenever the selection of orders changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="filterBar")
        self.order_id = self._box(
            "orderIdFilter", self.tr("Order ID"), self.tr("Order ID (whole, or its first digits)")
        )
        self.tracking_id = self._box(
            "trackingIdFilter", self.tr("Tracking ID"), self.tr("Tracking ID, or how it starts")
        )
        self.product_id = self._box(
            "productIdFilter", self.tr("Product ID"), self.tr("Product ID (whole, or its first digits)")
        )
        self.statuses = StatusFilter()
        self.no_tracking = QCheckBox(self.tr("No tracking ID"), objectName="noTrackingFilter")
        self.no_tracking.setToolTip(self.tr("Only orders whose click carried no tracking tag"))
        self.sub_id = QToolButton(objectName="subIdFilter", autoRaise=False)
        self.sub_id.setToolTip(
            self.tr("Only orders whose link carried exactly this sub ID; click to remove it"),
        )
        self.sub_id.hide()
        self._sub_id: str | None = None
        self.clear_button = QPushButton(self.tr("Clear"), objectName="clearFiltersButton")
        self.clear_button.setToolTip(
            self.tr("Clear the ID boxes, statuses, “no tracking ID” and the sub ID (Esc)")
        )
        self.dates = DateRangePicker()
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.order_id,
            self.tracking_id,
            self.product_id,
            self.statuses,
            self.no_tracking,
            self.sub_id,
            self.clear_button,
        ):
            layout.addWidget(widget)
        layout.addStretch()
        layout.addWidget(self.dates)
        for box in (self.order_id, self.tracking_id, self.product_id):
            box.textChanged.connect(self._debounce.start)
        self._debounce.timeout.connect(self.changed)
        self.statuses.changed.connect(self.changed)
        self.no_tracking.toggled.connect(self.changed)
        self.dates.rangeChanged.connect(self.changed)
        self.clear_button.clicked.connect(self.clear)
        self.sub_id.clicked.connect(self._remove_sub_id)

    def _box(self, name: str, placeholder: str, tip: str) -> QLineEdit:
        box = QLineEdit(objectName=name, placeholderText=placeholder, clearButtonEnabled=True)
        box.setToolTip(tip)
        box.setMaxLength(200)
        box.setFixedWidth(150)
        return box

    def current_filter(self) -> OrderFilter:
        first, last = (None, None) if self.dates.is_all_time() else self.dates.range()
        return OrderFilter.for_days(
            first,
            last,
            order_id=self.order_id.text(),
            tracking_id=self.tracking_id.text(),
            product_id=self.product_id.text(),
            statuses=self.statuses.selected(),
            no_tracking_id=self.no_tracking.isChecked(),
            custom_parameters=self._sub_id,
        )

    @Slot()
    def clear(self) -> None:
        """Clear every filter but the date range, then apply at once (no debounce)."""
        boxes = (self.order_id, self.tracking_id, self.product_id, self.statuses, self.no_tracking)
        with signals_blocked(*boxes):
            for box in (self.order_id, self.tracking_id, self.product_id):
                box.clear()
            self.statuses.set_selected(frozenset())
            self.no_tracking.setChecked(False)
        self._set_sub_id(None)
        self._debounce.stop()
        self.changed.emit()

    def filter_by(self, *, order_id: str = "", tracking_id: str | None = None) -> None:
        """Show one order's sub-orders or one tracking ID's orders (row actions)."""
        with signals_blocked(self.order_id, self.tracking_id):
            self.order_id.setText(order_id)
            if tracking_id is not None:
                self.tracking_id.setText(tracking_id)
        self._debounce.stop()
        self.changed.emit()

    def show_group(self, *, tracking_id: str | None = None, sub_id: str | None = None) -> None:
        """Narrow to one Insights breakdown row, keeping the other filters: a tracking ID or a sub ID
        (custom parameters), "" meaning the orders without one."""
        with signals_blocked(self.tracking_id, self.no_tracking):
            if tracking_id is not None:
                self.tracking_id.setText(tracking_id)
                self.no_tracking.setChecked(not tracking_id)
        if sub_id is not None:
            self._set_sub_id(sub_id)
        self._debounce.stop()
        self.changed.emit()

    def _set_sub_id(self, value: str | None) -> None:
        self._sub_id = value
        if value is not None:
            label = sub_id_label(value) if value else self.tr("none")
            shown = label if len(label) <= 32 else label[:31] + "…"
            self.sub_id.setText(fill(self.tr("Sub ID: %1"), shown) + "  ✕")
        self.sub_id.setVisible(value is not None)

    @Slot()
    def _remove_sub_id(self) -> None:
        self._set_sub_id(None)
        self.changed.emit()
