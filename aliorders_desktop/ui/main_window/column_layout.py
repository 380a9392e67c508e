"""The table's column layout as the user left it, saved by column key rather than by position.

Qt's own header state names columns by their index in the model, so a version that adds or
reorders columns would read an older state as a scrambled one. Saved by key, a column keeps its
place, width and visibility whatever its index, a column the saved layout does not know appears
as it would by default, and one that no longer exists is skipped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

from aliorders_desktop.ui.columns import COLUMN_INDEX, COLUMNS, DEFAULT_COLUMNS


@dataclass(frozen=True)
class SortState:
    """The column the rows are sorted by (its index) and in which direction."""

    column: int
    order: Qt.SortOrder


DEFAULT_SORT = SortState(COLUMN_INDEX["paid_at"], Qt.SortOrder.DescendingOrder)


def apply_defaults(header: QHeaderView) -> None:
    """Every column at its default width, or its title's if that is wider (in some languages);
    `DEFAULT_COLUMNS` shown first in their order, the rest hidden after them."""
    for index, column in enumerate(COLUMNS):
        header.resizeSection(index, max(column.width, header.sectionSizeHint(index)))
        header.setSectionHidden(index, column.key not in DEFAULT_COLUMNS)
    _arrange(header, list(DEFAULT_COLUMNS))
    header.setSortIndicator(DEFAULT_SORT.column, DEFAULT_SORT.order)


def save_layout(header: QHeaderView) -> str:
    """The columns in the order shown, each with its width and visibility, and the sort."""
    columns = []
    for visual in range(header.count()):
        index = header.logicalIndex(visual)
        columns.append(
            {
                "key": COLUMNS[index].key,
                "width": header.sectionSize(index),
                "hidden": header.isSectionHidden(index),
            }
        )
    sort = {
        "key": COLUMNS[header.sortIndicatorSection()].key,
        "descending": header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
    }
    return json.dumps({"columns": columns, "sort": sort})


def restore_layout(header: QHeaderView, saved: str) -> SortState | None:
    """Apply a layout `save_layout` wrote (by this or another version) over the defaults; returns
    the sort it names, or None (and changes nothing) when `saved` cannot be read."""
    try:
        state = json.loads(saved)
        entries = [entry for entry in state["columns"] if entry["key"] in COLUMN_INDEX]
        sort = state.get("sort") or {}
    except (AttributeError, TypeError, ValueError, KeyError):  # unreadable: the defaults stay
        return None
    apply_defaults(header)
    for entry in entries:
        index = COLUMN_INDEX[entry["key"]]
        if isinstance(entry.get("width"), int) and entry["width"] > 0:
            header.resizeSection(index, entry["width"])
        header.setSectionHidden(index, bool(entry.get("hidden")))
    _arrange(header, [entry["key"] for entry in entries])
    if header.count() == header.hiddenSectionCount():
        header.setSectionHidden(COLUMN_INDEX[DEFAULT_COLUMNS[0]], False)
    column = COLUMN_INDEX.get(sort.get("key"), DEFAULT_SORT.column)
    order = Qt.SortOrder.DescendingOrder if sort.get("descending", True) else Qt.SortOrder.AscendingOrder
    header.setSortIndicator(column, order)
    return SortState(column, order)


def _arrange(header: QHeaderView, keys: list[str]) -> None:
    """Move the columns named by `keys` to the front, in that order; the others keep their order
    after them (so a column new to a saved layout lands where the defaults put it among the rest)."""
    for visual, key in enumerate(keys):
        header.moveSection(header.visualIndex(COLUMN_INDEX[key]), visual)
