"""Breakdown tables: what each tracking ID, sub ID, product, country… earned, one click away from its orders.

The store returns at most a few hundred groups already summed, so this small model sorts them in
Python when a header is clicked; no query runs for a sort.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from aliorders_desktop.store.insights import BreakdownBy, BreakdownRow
from aliorders_desktop.ui.columns import no_tracking_tip
from aliorders_desktop.ui.formats import fill, major, number, percent

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

CONTEXT = "Breakdown"
NO_SUB_ID_TIP = QT_TRANSLATE_NOOP(
    "Breakdown",
    "No sub ID: the link carried no custom parameters. Add a sub ID to links (letters, digits, "
    "_ - .) to see which placement converts.",
)


def sub_id_label(custom_parameters: str) -> str:
    """The custom parameters as people read them: `af_sub=blog_post_3 · af_sub2=story`.

    The API passes them as a JSON object; anything else is shown as it came.
    """
    try:
        parsed = json.loads(custom_parameters)
    except ValueError:
        return custom_parameters
    if not isinstance(parsed, dict) or not parsed:
        return custom_parameters
    return " · ".join(f"{name}={value}" for name, value in parsed.items())


@dataclass(frozen=True)
class _Column:
    title: str
    """English, marked for translation; the header shows it translated, as `tip`."""
    tip: str
    value: Callable[[BreakdownRow], Any]
    """The sort value; display text comes from `text`."""
    text: Callable[[BreakdownRow, str | None], str]
    """The shown text, given the row and the breakdown's currency."""


def _money_column(title: str, tip: str, field: str) -> _Column:
    return _Column(
        title,
        tip,
        lambda r: getattr(r.figures, field),
        lambda r, currency: major(getattr(r.figures, field), currency),
    )


def _count_column(title: str, tip: str, field: str) -> _Column:
    return _Column(
        title, tip, lambda r: getattr(r.figures, field), lambda r, _: number(getattr(r.figures, field))
    )


_FIGURE_COLUMNS = (
    _count_column(
        QT_TRANSLATE_NOOP("Breakdown", "Orders"),
        QT_TRANSLATE_NOOP("Breakdown", "Buyer orders (checkouts); one order can hold several products"),
        "orders",
    ),
    _count_column(
        QT_TRANSLATE_NOOP("Breakdown", "Sub-orders"),
        QT_TRANSLATE_NOOP("Breakdown", "Line items: one per product bought"),
        "sub_orders",
    ),
    _money_column(
        QT_TRANSLATE_NOOP("Breakdown", "Paid"),
        QT_TRANSLATE_NOOP("Breakdown", "What buyers paid, Invalid orders included"),
        "paid_amount",
    ),
    _money_column(
        QT_TRANSLATE_NOOP("Breakdown", "Unsettled"),
        QT_TRANSLATE_NOOP(
            "Breakdown",
            "Commission not settled yet, still an estimate (Payment Completed, Buyer Confirmed Receipt)",
        ),
        "estimated",
    ),
    _money_column(
        QT_TRANSLATE_NOOP("Breakdown", "Settled"),
        QT_TRANSLATE_NOOP("Breakdown", "Final commission of Completed Settlement orders"),
        "settled",
    ),
    _Column(
        QT_TRANSLATE_NOOP("Breakdown", "Invalid"),
        QT_TRANSLATE_NOOP(
            "Breakdown",
            "Share of sub-orders that became Invalid (refunded, cancelled, flagged or never settled)",
        ),
        lambda r: r.figures.invalid_share or 0.0,
        lambda r, _: percent(r.figures.invalid_share),
    ),
    _Column(
        QT_TRANSLATE_NOOP("Breakdown", "Rate"),
        QT_TRANSLATE_NOOP("Breakdown", "Average commission rate of these sub-orders"),
        lambda r: r.average_rate if r.average_rate is not None else -1.0,
        lambda r, _: "" if r.average_rate is None else percent(r.average_rate / 100, 2),
    ),
    _Column(
        QT_TRANSLATE_NOOP("Breakdown", "Share"),
        QT_TRANSLATE_NOOP("Breakdown", "Share of all the commission (estimated and settled) in this range"),
        lambda r: r.share or 0.0,
        lambda r, _: percent(r.share),
    ),
)


FIGURE_WIDTHS = (58, 74, 84, 78, 74, 58, 58, 58)
"""Widths of the figure columns; the group's name takes the rest."""
RATE_AND_SHARE = (7, 8)
"""The columns of the average commission rate and the share of the total."""


DIMENSION_TITLES = {
    BreakdownBy.TRACKING_ID: QT_TRANSLATE_NOOP("Breakdown", "Tracking ID"),
    BreakdownBy.SUB_ID: QT_TRANSLATE_NOOP("Breakdown", "Sub ID"),
    BreakdownBy.SUB_ID_KEY: QT_TRANSLATE_NOOP("Breakdown", "Sub ID"),
    BreakdownBy.PRODUCT: QT_TRANSLATE_NOOP("Breakdown", "Product"),
    BreakdownBy.CATEGORY: QT_TRANSLATE_NOOP("Breakdown", "Category"),
    BreakdownBy.COUNTRY: QT_TRANSLATE_NOOP("Breakdown", "Ship-to country"),
    BreakdownBy.SITE: QT_TRANSLATE_NOOP("Breakdown", "Site"),
    BreakdownBy.BUYER: QT_TRANSLATE_NOOP("Breakdown", "New or returning buyer"),
    BreakdownBy.HOT: QT_TRANSLATE_NOOP("Breakdown", "Hot product"),
    BreakdownBy.PLATFORM: QT_TRANSLATE_NOOP("Breakdown", "Platform"),
}
"""The first column's title, and the "Breakdown by" choice, of each dimension."""
_KEY_TIPS = {
    BreakdownBy.TRACKING_ID: QT_TRANSLATE_NOOP("Breakdown", "The tracking ID the buyer's click carried"),
    BreakdownBy.SUB_ID: QT_TRANSLATE_NOOP("Breakdown", "The custom parameters (sub IDs) the link carried"),
}
_FLAG_LABELS = {
    "new": QT_TRANSLATE_NOOP("Breakdown", "New buyer"),
    "returning": QT_TRANSLATE_NOOP("Breakdown", "Returning buyer"),
    "hot": QT_TRANSLATE_NOOP("Breakdown", "Hot product"),
    "regular": QT_TRANSLATE_NOOP("Breakdown", "Regular product"),
}


class BreakdownModel(QAbstractTableModel):
    """Groups of one breakdown; `Qt.UserRole` on any cell gives the group's key ("" for none)."""

    def __init__(self, by: BreakdownBy, parent: Any = None) -> None:
        super().__init__(parent)
        self.by = by
        self.sub_id_key = ""
        self._rows: list[BreakdownRow] = []
        self._currency: str | None = None
        label = _Column("", "", self._label_sort_value, lambda row, _: self.label(row))
        self._columns = (label, *_FIGURE_COLUMNS)

    def set_rows(
        self,
        rows: list[BreakdownRow],
        currency: str | None,
        by: BreakdownBy | None = None,
        sub_id_key: str = "",
    ) -> None:
        """Show `rows`, whose money is in `currency`, grouped by `by` (by default, as before) and
        its sub-ID key."""
        self.beginResetModel()
        self.by = by or self.by
        self.sub_id_key = sub_id_key
        self._rows, self._currency = list(rows), currency
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 0)

    def rows(self) -> list[BreakdownRow]:
        return list(self._rows)

    def key_title(self) -> str:
        title = QCoreApplication.translate(CONTEXT, DIMENSION_TITLES[self.by])
        if self.by is BreakdownBy.SUB_ID_KEY:
            return fill(QCoreApplication.translate(CONTEXT, "Sub ID %1"), self.sub_id_key or "—")
        return title

    def label(self, row: BreakdownRow) -> str:
        if row.key is None:
            if self.by is BreakdownBy.TRACKING_ID:
                return QCoreApplication.translate("Breakdown", "(no tracking ID)")
            if self.by in (BreakdownBy.SUB_ID, BreakdownBy.SUB_ID_KEY):
                return QCoreApplication.translate("Breakdown", "(no sub ID)")
            return QCoreApplication.translate("Breakdown", "(none)")
        if self.by is BreakdownBy.SUB_ID:
            return sub_id_label(row.key)
        if self.by is BreakdownBy.PRODUCT and row.title:
            return f"{row.title} ({row.key})"
        if row.key in _FLAG_LABELS and self.by in (BreakdownBy.BUYER, BreakdownBy.HOT):
            return QCoreApplication.translate("Breakdown", _FLAG_LABELS[row.key])
        return row.key

    def _label_sort_value(self, row: BreakdownRow) -> tuple[bool, str]:
        return row.key is None, self.label(row).casefold()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.key_title()
                if section == 0
                else QCoreApplication.translate(CONTEXT, self._columns[section].title)
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = _KEY_TIPS.get(self.by) if section == 0 else self._columns[section].tip
            return QCoreApplication.translate(CONTEXT, tip) if tip else None
        if role == Qt.ItemDataRole.TextAlignmentRole and section:
            return RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[index.column()].text(row, self._currency)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column():
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.UserRole:
            return row.key or ""
        return None

    def _tooltip(self, row: BreakdownRow) -> str:
        if row.key is None:
            if self.by is BreakdownBy.TRACKING_ID:
                return no_tracking_tip()
            if self.by in (BreakdownBy.SUB_ID, BreakdownBy.SUB_ID_KEY):
                return QCoreApplication.translate(CONTEXT, NO_SUB_ID_TIP)
        if self.by is BreakdownBy.TRACKING_ID:
            what = QCoreApplication.translate("Breakdown", "Tracking ID: %1")
        elif self.by is BreakdownBy.SUB_ID:
            what = QCoreApplication.translate("Breakdown", "Sub ID: %1")
        else:
            what = f"{self.key_title()}: %1"
        click = QCoreApplication.translate("Breakdown", "Click to show these orders in the table.")
        return f"{fill(what, self.label(row))}\n{click}"

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return  # no sort chosen: keep the store's order, best earners first
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=self._columns[column].value, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


class BreakdownTable(QTableView):
    """A breakdown; clicking a group emits `chosen` with its key ("" for the group without one)."""

    chosen = Signal(str)

    def __init__(self, by: BreakdownBy, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName=name)
        self.breakdown = BreakdownModel(by, self)
        self.setModel(self.breakdown)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setSortingEnabled(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(22)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(48)
        for column, width in enumerate(FIGURE_WIDTHS, start=1):  # never narrower than the title
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(self._on_clicked)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Give the group's name the room the figures leave, but never less than its title needs:
        in some languages the figures' titles leave little."""
        super().resizeEvent(event)
        header = self.horizontalHeader()
        figures = sum(
            header.sectionSize(column)
            for column in range(1, header.count())
            if not header.isSectionHidden(column)
        )
        header.resizeSection(0, max(header.sectionSizeHint(0), self.viewport().width() - figures))

    def set_rows(
        self,
        rows: list[BreakdownRow],
        currency: str | None,
        by: BreakdownBy | None = None,
        sub_id_key: str = "",
    ) -> None:
        """Show `rows` (of `by`, by default the table's), whose money is in `currency`, keeping the
        sort the user chose."""
        self.breakdown.set_rows(rows, currency, by, sub_id_key)
        header = self.horizontalHeader()
        self.breakdown.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    @Slot(QModelIndex)
    def _on_clicked(self, index: QModelIndex) -> None:
        self.chosen.emit(index.data(Qt.ItemDataRole.UserRole))
