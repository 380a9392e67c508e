"""Guards against Qt binding releases that corrupt the interpreter from the table's hot paths."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class NothingModel(QAbstractTableModel):
    """Answers None, as the orders model does for every role it does not handle."""

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 1

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


def test_returning_none_from_data_keeps_none_alive(qapp) -> None:
    model = NothingModel()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(2000):
        index.data(Qt.ItemDataRole.DecorationRole)
    assert sys.getrefcount(None) >= before - 50
