"""The filter bar: ID boxes, statuses, "no tracking ID", "Changed in last sync", a sub ID and a
currency set from Insights, Clear, and dates.

Typing is debounced so a million-row query runs once per pause, not once per key.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionMenuItem,
    QWidget,
)

from aliorders_desktop import store
from aliorders_desktop.aliexpress.orders import OrderStatus, status_name
from aliorders_desktop.store import Change, ChangeCounts, ChangedIn, DateBasis, Group, OrderFilter
from aliorders_desktop.ui.background import BackgroundTask, Job
from aliorders_desktop.ui.date_basis import DateBasisBox
from aliorders_desktop.ui.date_range import DateRangePicker
from aliorders_desktop.ui.elided import ElidingToolButton
from aliorders_desktop.ui.formats import fill, number
from aliorders_desktop.ui.insights.breakdown import sub_id_label
from aliorders_desktop.ui.signals import signals_blocked

DEBOUNCE_MS = 300


@dataclass(frozen=True)
class FilterState:
    """What the bar selects besides the dates, to go back to after an Insights drill-down."""

    order_id: str
    tracking_id: str
    tracking_exact: bool
    product_id: str
    statuses: frozenset[str]
    no_tracking: bool
    sub_id: str | None
    currency: str | None
    sub_ids: str = ""
    """The Sub ID box's text."""
    group: Group | None = None
    group_text: str = ""


def counts_job(run_id: int) -> Job:
    """A `BackgroundTask` job counting what sync run `run_id` changed, on its own connection."""

    def job(_report: Callable[[object], None], _cancel: threading.Event) -> tuple[int, ChangeCounts]:
        with store.job_connection():
            return run_id, store.change_counts(run_id)

    return job


STATUS_ROLE = Qt.ItemDataRole.UserRole
"""Where each item keeps its status as AliExpress names it; its text is the shown name."""


class StatusFilter(QComboBox):
    """A combo box of checkable statuses; none checked means every status."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="statusFilter")
        self.setToolTip(self.tr("Show only orders in the checked statuses"))
        self._items = QStandardItemModel(self)
        for status in OrderStatus:
            item = QStandardItem(status_name(status))
            item.setData(status.value, STATUS_ROLE)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
            self._items.appendRow(item)
        self.setModel(self._items)
        # As wide as "All statuses", not as the longest status (its list opens wider): the filter
        # bar must fit 1280 px in Russian too.
        self.setMinimumContentsLength(12)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._items.itemChanged.connect(self._on_item_changed)
        self._update_text()

    def set_tips(self, tips: dict[str, str]) -> None:
        """Show what each status means (`status_meanings`) on its item in the list."""
        for row in range(self._items.rowCount()):
            item = self._items.item(row)
            with signals_blocked(self._items):  # a tooltip is no change of the selection
                item.setToolTip(tips.get(item.data(STATUS_ROLE), ""))

    def selected(self) -> frozenset[str]:
        return frozenset(
            self._items.item(row).data(STATUS_ROLE)
            for row in range(self._items.rowCount())
            if self._items.item(row).checkState() == Qt.CheckState.Checked
        )

    def set_selected(self, statuses: frozenset[str]) -> None:
        with signals_blocked(self._items):
            for row in range(self._items.rowCount()):
                item = self._items.item(row)
                checked = item.data(STATUS_ROLE) in statuses
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._update_text()

    @Slot()
    def _on_item_changed(self) -> None:
        self._update_text()
        self.changed.emit()

    def showPopup(self) -> None:
        """Open the list as wide as its longest status with its check box: the box itself stays
        narrow in the filter bar, the names are never cut. (A click ticks an item through the
        list's own delegate, as Space does.)"""
        view = self.view()
        widest = max(map(self.item_width, range(self._items.rowCount())), default=0)
        scroll_bar = (
            view.verticalScrollBar().sizeHint().width() if view.verticalScrollBar().isVisible() else 0
        )
        view.setMinimumWidth(widest + 2 * view.frameWidth() + scroll_bar)
        super().showPopup()

    def item_width(self, row: int) -> int:
        """The room the list's row `row` needs to show its check box and whole status name: the
        list draws its items as the style draws a checkable menu item."""
        option = QStyleOptionMenuItem()
        option.initFrom(self.view())
        option.menuItemType = QStyleOptionMenuItem.MenuItemType.Normal
        option.checkType = QStyleOptionMenuItem.CheckType.NonExclusive
        option.text = self._items.item(row).text()
        metrics = self.view().fontMetrics()
        text = QSize(metrics.horizontalAdvance(option.text), metrics.height())
        return self.style().sizeFromContents(QStyle.ContentsType.CT_MenuItem, option, text, self).width()

    def hidePopup(self) -> None:  # keep the list open while several statuses are ticked
        if not self.view().underMouse():
            super().hidePopup()

    def _update_text(self) -> None:
        chosen = self.selected()
        names = [status_name(s) for s in OrderStatus if s in chosen]
        label = ", ".join(names) if names else self.tr("All statuses")
        self.setPlaceholderText(label)
        self.setCurrentIndex(-1)


BOX_WIDTH, BOX_MIN_WIDTH = 150, 66
"""Pixels of an ID box: as wide as a 16-digit ID when there is room, and at the least as wide as
its placeholder's first word, so that the "Changed in last sync" button and the date basis fit
at the default size in every language (the tooltip names the box whole)."""
SUB_ID_BOX_MIN_WIDTH = 40
"""Narrower than the ID boxes: with every button shown the bar must still fit a 1280 px window."""


BOX_STRETCH = 100
"""The boxes' share of room to spare, against the gap before the dates' 1: they widen first."""


class _IdBox(QLineEdit):
    """An ID box that asks for no more than its placeholder's room and takes up to `BOX_WIDTH`
    when the bar has room to spare: in a narrow window it never takes room from the buttons,
    whose texts then elide."""

    def sizeHint(self) -> QSize:
        return QSize(BOX_MIN_WIDTH, super().sizeHint().height())


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
        self.sub_id_box = self._box(
            "subIdBox", self.tr("Sub ID"), self.tr("Sub ID: key=value, or a value under any key")
        )
        self.sub_id_box.setMinimumWidth(SUB_ID_BOX_MIN_WIDTH)
        self.statuses = StatusFilter()
        self.no_tracking = QCheckBox(self.tr("No tracking ID"), objectName="noTrackingFilter")
        self.no_tracking.setToolTip(self.tr("Only orders whose click carried no tracking tag"))
        self.changes = ElidingToolButton(objectName="changedFilter", checkable=True, autoRaise=False)
        self.changes.hide()  # until there is a sync to speak of
        self._last_run: int | None = None
        self._counts = ChangeCounts()
        self._kinds: frozenset[Change] = frozenset()
        """Which changes the button shows: none means any (a notification narrows it)."""
        self.counting = BackgroundTask("changeCountsThread", self)
        self.counting.succeeded.connect(self._on_counted)
        self._follow = QTimer(self, singleShot=True, interval=0)
        """Re-applies the filters once a newer sync's changes replace those shown."""
        self.sub_id = ElidingToolButton(objectName="subIdFilter", autoRaise=False)
        self.sub_id.setToolTip(
            self.tr("Only orders whose link carried exactly this sub ID; click to remove it"),
        )
        self.sub_id.hide()
        self._sub_id: str | None = None
        self.group = ElidingToolButton(objectName="groupFilter", autoRaise=False)
        self.group.setToolTip(self.tr("Only the orders of this Insights breakdown row; click to remove it"))
        self.group.hide()
        self._group: Group | None = None
        self._group_text = ""
        self.currency = ElidingToolButton(objectName="currencyFilter", autoRaise=False)
        self.currency.setToolTip(
            self.tr(
                "Only orders settled in this currency, as the Insights row counted them; click to remove it"
            )
        )
        self.currency.hide()
        self._currency: str | None = None
        self._tracking_exact = False
        """The tracking ID box holds a whole ID from Insights, matched exactly until edited."""
        self.chips = QWidget(objectName="drillDownChips")
        """The chips of a click in Insights (sub ID, breakdown row, currency). The window shows
        them beside its tabs: in a long language the bar has no room left for them."""
        chips = QHBoxLayout(self.chips)
        chips.setContentsMargins(0, 0, 0, 0)
        for chip in (self.sub_id, self.group, self.currency):
            chips.addWidget(chip)
        self.clear_button = QPushButton(self.tr("Clear"), objectName="clearFiltersButton")
        self.clear_button.setToolTip(
            self.tr("Clear the ID boxes, statuses, “no tracking ID” and the sub ID (Esc)")
        )
        self.basis = DateBasisBox()
        self.dates = DateRangePicker()
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.order_id,
            self.tracking_id,
            self.product_id,
            self.sub_id_box,
            self.statuses,
            self.no_tracking,
            self.changes,
            self.chips,
            self.clear_button,
        ):
            is_box = widget in (self.order_id, self.tracking_id, self.product_id, self.sub_id_box)
            layout.addWidget(widget, BOX_STRETCH if is_box else 0)
        layout.addStretch(1)  # what the boxes leave, up to their `BOX_WIDTH`
        layout.addWidget(self.basis)
        layout.addWidget(self.dates)
        for box in (self.order_id, self.tracking_id, self.product_id, self.sub_id_box):
            box.textChanged.connect(self._debounce.start)
        self._debounce.timeout.connect(self.changed)
        self.statuses.changed.connect(self.changed)
        self.no_tracking.toggled.connect(self.changed)
        self.changes.toggled.connect(self._on_changes_toggled)
        self._follow.timeout.connect(self.changed)
        self.dates.rangeChanged.connect(self.changed)
        self.basis.basisChanged.connect(self._on_basis_changed)
        self._show_basis()
        self.clear_button.clicked.connect(self.clear)
        self.sub_id.clicked.connect(self._remove_sub_id)
        self.group.clicked.connect(self._remove_group)
        self.currency.clicked.connect(self._remove_currency)
        self.tracking_id.textEdited.connect(self._on_tracking_edited)

    def show_period(self, preset: str, basis: DateBasis) -> None:
        """Show one of the date picker's presets on `basis` (a click on the earnings strip)."""
        self.basis.set_basis_quietly(basis)
        self._show_basis()
        self.dates.set_preset(preset)  # applies the filters, once

    def show_paid(self, first: date, last: date, statuses: frozenset[str], currency: str | None) -> None:
        """Show the orders paid in the local days [first, last] in `statuses` and `currency` (a
        pipeline figure), the other filters cleared."""
        self._reset()
        self._set_currency(currency)
        self.basis.set_basis_quietly(DateBasis.PAID)
        self._show_basis()
        with signals_blocked(self.statuses):
            self.statuses.set_selected(statuses)
        self.dates.set_range(first, last)  # applies the filters, once

    @Slot()
    def _on_basis_changed(self) -> None:
        self._show_basis()
        self.changed.emit()

    def _show_basis(self) -> None:
        """Say on the range which day of each order it is on."""
        tips = {
            DateBasis.PAID: self.tr("Orders are shown by the day the buyer paid (your local time)."),
            DateBasis.CONFIRMED: self.tr(
                "Orders are shown by the day the buyer confirmed receipt (your local time); orders "
                "not confirmed yet are outside every range."
            ),
            DateBasis.SETTLED: self.tr(
                "Orders are shown by the day their commission was settled (your local time); orders "
                "not settled yet are outside every range."
            ),
        }
        self.dates.preset_box.setToolTip(tips[self.basis.basis()])

    def _box(self, name: str, placeholder: str, tip: str) -> QLineEdit:
        box = _IdBox(objectName=name, placeholderText=placeholder, clearButtonEnabled=True)
        box.setToolTip(tip)
        box.setMaxLength(200)
        box.setMinimumWidth(BOX_MIN_WIDTH)
        box.setMaximumWidth(BOX_WIDTH)  # the boxes give way first when the bar runs out of room
        return box

    def current_filter(self) -> OrderFilter:
        changed_in = self._changed_in()
        all_time = self.dates.is_all_time() or changed_in is not None  # a sync's changes, whenever paid
        first, last = (None, None) if all_time else self.dates.range()
        return OrderFilter.for_days(
            first,
            last,
            order_id=self.order_id.text(),
            tracking_id=self.tracking_id.text(),
            tracking_exact=self._tracking_exact,
            product_id=self.product_id.text(),
            sub_id=self.sub_id_box.text(),
            statuses=self.statuses.selected(),
            currency=self._currency,
            no_tracking_id=self.no_tracking.isChecked(),
            custom_parameters=self._sub_id,
            group=self._group,
            changed_in=changed_in,
            basis=self.basis.basis(),
        )

    @Slot()
    def clear(self) -> None:
        """Clear every filter but the date range, then apply at once (no debounce)."""
        self._reset()
        self.changed.emit()

    def _reset(self) -> None:
        texts = (self.order_id, self.tracking_id, self.product_id, self.sub_id_box)
        with signals_blocked(*texts, self.statuses, self.no_tracking):
            for box in texts:
                box.clear()
            self.statuses.set_selected(frozenset())
            self.no_tracking.setChecked(False)
        self._tracking_exact = False
        self._set_sub_id(None)
        self._set_group(None)
        self._set_currency(None)
        self._set_changes(False)
        self._debounce.stop()

    def filter_by(self, *, order_id: str = "", tracking_id: str | None = None) -> None:
        """Show one order's sub-orders or one tracking ID's orders (row actions)."""
        with signals_blocked(self.order_id, self.tracking_id):
            self.order_id.setText(order_id)
            if tracking_id is not None:
                self.tracking_id.setText(tracking_id)
        self._debounce.stop()
        self.changed.emit()

    def show_group(
        self, *, tracking_id: str | None = None, sub_id: str | None = None, currency: str | None = None
    ) -> None:
        """Narrow to one Insights breakdown row, keeping the other filters: a tracking ID (exactly,
        as the row groups it) or a sub ID (custom parameters), "" meaning the orders without one,
        in the row's `currency`, so the table holds the sub-orders the row counted."""
        with signals_blocked(self.tracking_id, self.no_tracking):
            if tracking_id is not None:
                self.tracking_id.setText(tracking_id)
                self.no_tracking.setChecked(not tracking_id)
                self._tracking_exact = bool(tracking_id)
        if sub_id is not None:
            self._set_sub_id(sub_id)
        if currency is not None:
            self._set_currency(currency)
        self._debounce.stop()
        self.changed.emit()

    def show_breakdown_row(self, group: Group, text: str, currency: str | None = None) -> None:
        """Narrow to one row of any other Insights breakdown (a product, a country…) in the row's
        `currency`, keeping the other filters; a chip named `text` shows it until clicked or cleared."""
        self._set_group(group, text)
        if currency is not None:
            self._set_currency(currency)
        self._debounce.stop()
        self.changed.emit()

    def _set_group(self, group: Group | None, text: str = "") -> None:
        self._group = group
        self._group_text = text
        shown = text if len(text) <= 40 else text[:39] + "…"
        self.group.setText(f"{shown}  ✕")
        self.group.setVisible(group is not None)
        self._resize_chips()

    @Slot()
    def _remove_group(self) -> None:
        self._set_group(None)
        self.changed.emit()

    def state(self) -> FilterState:
        return FilterState(
            self.order_id.text(),
            self.tracking_id.text(),
            self._tracking_exact,
            self.product_id.text(),
            self.statuses.selected(),
            self.no_tracking.isChecked(),
            self._sub_id,
            self._currency,
            self.sub_id_box.text(),
            self._group,
            self._group_text,
        )

    def restore(self, state: FilterState) -> None:
        """Select what `state` held (the dates and a sync's changes stay), then apply at once."""
        boxes = (
            self.order_id,
            self.tracking_id,
            self.product_id,
            self.sub_id_box,
            self.statuses,
            self.no_tracking,
        )
        with signals_blocked(*boxes):
            self.order_id.setText(state.order_id)
            self.tracking_id.setText(state.tracking_id)
            self.product_id.setText(state.product_id)
            self.sub_id_box.setText(state.sub_ids)
            self.statuses.set_selected(state.statuses)
            self.no_tracking.setChecked(state.no_tracking)
        self._tracking_exact = state.tracking_exact
        self._set_sub_id(state.sub_id)
        self._set_currency(state.currency)
        self._set_group(state.group, state.group_text)
        self._debounce.stop()
        self.changed.emit()

    @Slot(str)
    def _on_tracking_edited(self, _text: str) -> None:
        self._tracking_exact = False  # typed by the user: how it starts, as the box says

    def _set_currency(self, value: str | None) -> None:
        self._currency = value
        if value is not None:  # the code alone: the bar is short of room already
            self.currency.setText(f"{value}  ✕")
        self.currency.setVisible(value is not None)
        self._resize_chips()

    @Slot()
    def _remove_currency(self) -> None:
        self._set_currency(None)
        self.changed.emit()

    def _set_sub_id(self, value: str | None) -> None:
        self._sub_id = value
        if value is not None:
            label = sub_id_label(value) if value else self.tr("none")
            shown = label if len(label) <= 32 else label[:31] + "…"
            self.sub_id.setText(fill(self.tr("Sub ID: %1"), shown) + "  ✕")
        self.sub_id.setVisible(value is not None)
        self._resize_chips()

    def _resize_chips(self) -> None:
        """Shown while a chip is: a tab widget lays its corner out again only when the corner
        widget itself is shown or hidden, not when its size hint changes."""
        shown = any(chip.isVisibleTo(self.chips) for chip in (self.sub_id, self.group, self.currency))
        self.chips.hide()
        self.chips.setVisible(shown)
        self.chips.layout().activate()  # place the chips in their new room now, not once idle

    @Slot()
    def _remove_sub_id(self) -> None:
        self._set_sub_id(None)
        self.changed.emit()

    # --- "Changed in last sync" -------------------------------------------------------------
    def show_last_sync(self, run_id: int | None) -> None:
        """Offer the changes of the last sync that went through, with their counts. While they are
        shown, a newer sync's replace them (all of its changes), and the table follows."""
        if run_id == self._last_run:
            return
        self._last_run = run_id
        self._counts = ChangeCounts()  # until counted: a first sync's history may hold a million rows
        if run_id is not None:
            self.counting.start(counts_job(run_id))  # if one is running, its end counts this one
        self.changes.setVisible(run_id is not None)
        if self.changes.isChecked():
            self._kinds = frozenset()
            self._follow.start()
        self._show_changes_state()

    def show_changes(self, changed: ChangedIn) -> None:
        """Show exactly the orders a notification summed up: every other filter is cleared."""
        self.show_last_sync(changed.run_id)
        self._reset()
        self._kinds = changed.kinds
        self._set_changes(True)
        self._follow.stop()
        self.changed.emit()

    @Slot(object)
    def _on_counted(self, counted: tuple[int, ChangeCounts]) -> None:
        run_id, counts = counted
        if run_id != self._last_run:  # a newer sync came meanwhile: count that one
            if self._last_run is not None:
                self.counting.start(counts_job(self._last_run))
            return
        self._counts = counts
        self._show_changes_state()

    def shutdown(self) -> None:
        self.counting.shutdown()

    def _changed_in(self) -> ChangedIn | None:
        if not self.changes.isChecked() or self._last_run is None:
            return None
        return ChangedIn(self._last_run, self._kinds)

    @Slot(bool)
    def _on_changes_toggled(self, checked: bool) -> None:
        self._set_changes(checked)
        self.changed.emit()

    def _set_changes(self, checked: bool) -> None:
        if not checked:
            self._kinds = frozenset()
        with signals_blocked(self.changes):
            self.changes.setChecked(checked)
        self.dates.setEnabled(not checked)  # the changes are shown whenever the orders were paid
        self.basis.setEnabled(not checked)
        self._show_changes_state()

    def _show_changes_state(self) -> None:
        counts, kinds = self._counts, self._kinds
        if kinds == {Change.NEW}:
            text = self.tr("New in last sync (%n)", "", counts.new)
        elif kinds == {Change.SETTLED}:
            text = self.tr("Settled in last sync (%n)", "", counts.settled)
        elif kinds == {Change.INVALID}:
            text = self.tr("Invalid in last sync (%n)", "", counts.invalid)
        elif kinds:
            shown = sum(getattr(counts, kind.value) for kind in kinds)
            text = self.tr("Notified from last sync (%n)", "", shown)
        else:
            text = self.tr("Changed in last sync (%n)", "", counts.changed)
        self.changes.setText(text)
        self.changes.setEnabled(counts.changed > 0 or self.changes.isChecked())
        self.changes.setToolTip(
            fill(
                self.tr(
                    "The orders the last sync added or whose status it changed, whenever they were "
                    "paid: new: %1, settled: %2, became Invalid: %3, changed otherwise: %4. Click "
                    "again to show all orders."
                ),
                number(counts.new),
                number(counts.settled),
                number(counts.invalid),
                number(counts.changed - counts.new - counts.settled - counts.invalid),
            )
        )
