"""The orders table model: a window onto SQL results, never the whole table in memory.

`rowCount()` is one `COUNT(*)`; rows are fetched in blocks around what the view paints and kept in
a small LRU cache. Sorting and filtering re-run the query in SQL (there is no proxy model), so the
view stays responsive at a million orders.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from aliorders_desktop import store
from aliorders_desktop.aliexpress.orders import OrderStatus
from aliorders_desktop.store import OrderFilter, OrderRow
from aliorders_desktop.ui import theme
from aliorders_desktop.ui.columns import COLUMNS, commission_tip, no_tracking_tip

BLOCK = 200
MAX_BLOCKS = 40
LOOKAHEAD = 100
"""Rows a view may show below the one it asks for first: more than a tall window holds."""
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class OrdersModel(QAbstractTableModel):
    """Rows of the store selected by an `OrderFilter`, in the order of one sort key."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._filter = OrderFilter()
        self._sort = "paid_at"
        self._descending = True
        self._count = 0
        self._blocks: OrderedDict[int, list[OrderRow]] = OrderedDict()
        self._group_sizes: dict[int, int] = {}
        self._status_brushes: dict[str, QBrush] = {}
        self.status_tips: dict[str, str] = {}
        """What each status means for the money (`status_meanings`), the status cells' tooltips."""
        self._italic = QFont()
        self._italic.setItalic(True)
        self.refresh_palette()

    # --- what is shown -------------------------------------------------------------------
    @property
    def order_filter(self) -> OrderFilter:
        return self._filter

    @property
    def sort_key(self) -> tuple[str, bool]:
        return self._sort, self._descending

    def set_filter(self, order_filter: OrderFilter) -> None:
        self._filter = order_filter
        self.reload()

    def reload(self) -> None:
        """Re-read the store (after a sync page, a delete, or Refresh)."""
        self.beginResetModel()
        self._blocks.clear()
        self._group_sizes.clear()
        self._count = store.count_orders(self._filter)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Show the same rows in another order: the fetched blocks go, the count (a slow query on a
        big server table) stays, since sorting never changes it."""
        self._sort = COLUMNS[column].sort
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.beginResetModel()
        self._blocks.clear()
        self.endResetModel()

    def row(self, row: int) -> OrderRow | None:
        """The stored row at `row`, fetching its block if needed."""
        if not 0 <= row < self._count:
            return None
        block_no, offset = divmod(row, BLOCK)
        block = self._blocks.get(block_no)
        if block is None:
            block = self._fetch_blocks(block_no, 2 if self._next_block_soon(block_no, offset) else 1)
        else:
            self._blocks.move_to_end(block_no)
        return block[offset] if offset < len(block) else None

    def _next_block_soon(self, block_no: int, offset: int) -> bool:
        """Whether a view showing `offset` of this block will also show rows of the next, not yet
        fetched. Fetching both at once skips to them once: far into a million rows, finding
        where a window starts costs far more than reading its rows (jumping to the middle went
        from two such skips to one)."""
        return offset >= BLOCK - LOOKAHEAD and block_no + 1 not in self._blocks

    def _fetch_blocks(self, first: int, count: int) -> list[OrderRow]:
        """Fetch `count` blocks from block `first` in one query, keep them, and return the first."""
        rows = store.fetch_window(
            self._filter, self._sort, self._descending, first * BLOCK, count * BLOCK, total=self._count
        )
        self._note_groups(rows)
        for index in range(count):
            self._blocks[first + index] = rows[index * BLOCK : (index + 1) * BLOCK]
        while len(self._blocks) > MAX_BLOCKS:
            self._blocks.popitem(last=False)
        return self._blocks[first]

    def rows(self, rows: list[int]) -> list[OrderRow]:
        return [found for found in map(self.row, rows) if found is not None]

    def find_row(self, order_pk: int, near: int, span: int = BLOCK) -> int | None:
        """Where a row with primary key `order_pk` is now: at its old position `near` (the usual
        case), else the nearest row within `span` of it."""
        for row in _outward(near, span):
            if 0 <= row < self._count:
                found = self.row(row)
                if found is not None and found.id == order_pk:
                    return row
        return None

    # --- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section].label()
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(COLUMNS[section].align | Qt.AlignmentFlag.AlignVCenter)
        return None

    # flags() is deliberately not overridden: Qt's own answer (enabled, selectable) is the same, and
    # Qt asks it for every cell of a selection, which from Python cost seconds for Ctrl+A at 1M rows.

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role not in _ROLES:
            return None
        row = self.row(index.row())
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = column.text(row)
            if column.key == "order_id" and self._group_sizes.get(row.order_id, 1) > 1:
                text += f"  ·{self._group_sizes[row.order_id]}"
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.key in ("status", "commission") or row.status == OrderStatus.INVALID:
                return self._status_brushes.get(row.status)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if column.key == "commission" and row.status in (OrderStatus.PAID, OrderStatus.CONFIRMED):
                return self._italic
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(column.key, row)
        if role == ROW_ROLE:
            return row
        return None

    def _tooltip(self, key: str, row: OrderRow) -> str | None:
        if key == "tracking_id" and not row.tracking_id:
            return no_tracking_tip()
        if key == "status" and row.status in self.status_tips:
            return self.status_tips[row.status]
        if key in ("commission", "status"):
            return commission_tip(row)
        if key == "order_id" and self._group_sizes.get(row.order_id, 1) > 1:
            return self.tr(
                "One checkout with %n products: each product is its own row (sub-order) with its own "
                "status and commission. Right-click → Show all sub-orders.",
                "",
                self._group_sizes[row.order_id],
            )
        if key == "product":
            return row.product_title
        return None

    def _note_groups(self, block: list[OrderRow]) -> None:
        missing = {r.order_id for r in block} - self._group_sizes.keys()
        if missing:
            self._group_sizes.update(store.sub_order_counts(missing))

    def refresh_palette(self) -> None:
        """Recolour the statuses for the application's current palette (after a theme change).

        Nothing is re-read: the views repaint the colour role of what they show."""
        dark = theme.is_dark()
        self._status_brushes = {
            status.value: QBrush(theme.status_colour(status.value, dark)) for status in OrderStatus
        }
        if self._count:
            last = self.index(self._count - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.ForegroundRole])


def _outward(near: int, span: int) -> Iterator[int]:
    """`near`, then `near + 1`, `near - 1`, `near + 2`, … out to `span` on either side."""
    yield near
    for step in range(1, span + 1):
        yield near + step
        yield near - step


_ROLES = {
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.ToolTipRole,
    ROW_ROLE,
}
