"""The orders table: the view over `OrdersModel`, its columns (order, widths, which are shown,
the column menu, saved state) and its selection, read without building an index per cell."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelection, QItemSelectionModel, QPoint, QSettings, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from aliorders_desktop.store import DateBasis, OrderRow
from aliorders_desktop.ui import row_actions
from aliorders_desktop.ui.columns import COLUMN_INDEX, COLUMNS
from aliorders_desktop.ui.main_window.column_layout import (
    DEFAULT_SORT,
    SortState,
    apply_defaults,
    restore_layout,
    save_layout,
)
from aliorders_desktop.ui.orders_model import OrdersModel

BASIS_COLUMNS = {
    DateBasis.PAID: "paid_at",
    DateBasis.CONFIRMED: "finished_at",
    DateBasis.SETTLED: "settled_at",
}
"""The column of each date basis's time."""
ROW_HEIGHT = 24
KEEP_SELECTION_MAX = 2_000
LAYOUT_KEY = "table/columns"
LEGACY_HEADER_KEY = "table/header"


class OrdersTable(QTableView):
    """Owns its model; the window reads the selection from here and reloads through `reload`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="ordersTable")
        self.orders = OrdersModel(self)
        self.setModel(self.orders)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        # The header paints each section with whether its neighbours are selected columns, which
        # Qt finds out by checking every row (QItemSelectionModel.isColumnSelected): 13 s per
        # repaint after Ctrl+A at a million rows. The header selects nothing here (a click sorts),
        # so it gets a selection model of its own, in which no column is ever selected.
        header.setSelectionModel(QItemSelectionModel(self.orders, header))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        apply_defaults(header)
        header.customContextMenuRequested.connect(self._on_header_menu)

    # --- columns -------------------------------------------------------------------------
    def restore_columns(self, settings: QSettings) -> None:
        """The columns as the user left them, and the rows sorted as their header shows.

        A header state saved by Qt before layouts were saved by key is still read: it was written
        against the same column indexes, which only ever grow at the end.
        """
        header = self.horizontalHeader()
        layout, legacy = settings.value(LAYOUT_KEY), settings.value(LEGACY_HEADER_KEY)
        sort = restore_layout(header, layout) if isinstance(layout, str) else None
        if sort is None and isinstance(legacy, QByteArray) and header.restoreState(legacy):
            sort = SortState(header.sortIndicatorSection(), header.sortIndicatorOrder())
        sort = sort or DEFAULT_SORT
        self.orders.sort(sort.column, sort.order)

    def follow_basis(self, basis: DateBasis) -> None:
        """Sorted by one date basis's time, sort by the new basis's instead (shown, same direction):
        the range and the order are then one index range, and the dates the range is on show."""
        header = self.horizontalHeader()
        if COLUMNS[header.sortIndicatorSection()].key not in BASIS_COLUMNS.values():
            return  # the user chose another sort: keep it
        column = COLUMN_INDEX[BASIS_COLUMNS[basis]]
        if column != header.sortIndicatorSection():
            header.showSection(column)
            self.sortByColumn(column, header.sortIndicatorOrder())

    def save_columns(self, settings: QSettings) -> None:
        settings.setValue(LAYOUT_KEY, save_layout(self.horizontalHeader()))

    def visible_columns(self) -> list[int]:
        """The shown columns' model indexes, in the order they are shown."""
        header = self.horizontalHeader()
        logical = [header.logicalIndex(v) for v in range(header.count())]
        return [index for index in logical if not header.isSectionHidden(index)]

    @Slot(QPoint)
    def _on_header_menu(self, point: QPoint) -> None:
        header = self.horizontalHeader()
        menu = QMenu(self)
        menu.setObjectName("columnMenu")
        for index, column in enumerate(COLUMNS):
            action = menu.addAction(column.label())
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(index))
            action.setData(index)
        menu.triggered.connect(self._on_column_toggled)
        menu.popup(header.mapToGlobal(point))
        self.column_menu = menu

    @Slot(QAction)
    def _on_column_toggled(self, action: QAction) -> None:
        header = self.horizontalHeader()
        visible = header.count() - header.hiddenSectionCount()
        if action.isChecked() or visible > 1:
            header.setSectionHidden(action.data(), not action.isChecked())

    # --- selection -----------------------------------------------------------------------
    def selected_row_numbers(self) -> list[int]:
        """Selected rows from the selection's ranges, without a model index per cell as Qt's
        selectedRows() builds (a list of a million indexes after Ctrl+A at a million rows)."""
        ranges = self.selectionModel().selection()
        return sorted({row for span in ranges for row in range(span.top(), span.bottom() + 1)})

    def selection_size(self) -> int:
        return sum(span.height() for span in self.selectionModel().selection())

    def selected_rows(self) -> list[OrderRow]:
        return self.orders.rows(self.selected_row_numbers())

    @Slot()
    def copy_selection(self) -> None:
        rows = self.selected_rows()
        if rows:
            row_actions.copy_text(row_actions.selection_as_tsv(rows, self.visible_columns()))

    def reload(self) -> bool:
        """Re-read the store, keeping the selection where its rows still are (unless it is bigger
        than a few screens). Returns whether a current row was set, which shows its details
        (`currentRowChanged`)."""
        selected = self._selected_rows_with_pks()
        current = self.currentIndex()
        self.orders.reload()
        return self._restore_selection(selected, current.row() if current.isValid() else -1)

    def _selected_rows_with_pks(self) -> list[tuple[int, int]]:
        if self.selection_size() > KEEP_SELECTION_MAX:
            return []
        rows = self.selected_row_numbers()
        return [(row, found.id) for row in rows if (found := self.orders.row(row)) is not None]

    def _restore_selection(self, selected: list[tuple[int, int]], current_row: int) -> bool:
        selection = QItemSelection()
        last_column = self.orders.columnCount() - 1
        for old_row, pk in selected:
            row = self.orders.find_row(pk, old_row)
            if row is not None:
                selection.select(self.orders.index(row, 0), self.orders.index(row, last_column))
        self.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if not 0 <= current_row < self.orders.rowCount():
            return False
        self.selectionModel().setCurrentIndex(
            self.orders.index(current_row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
        )
        return True
