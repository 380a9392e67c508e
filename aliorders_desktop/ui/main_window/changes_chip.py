"""A strip above the table while it shows a sync's changes instead of the dates: says which ones,
and takes the window back to all orders in one click.

A notification click or the "Changed in last sync" button sets that filter and greys the dates;
without this strip, the table would just look oddly short.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from aliorders_desktop.store import Change, ChangedIn

_STYLE = (
    "QFrame#changesChip { background: #e6f0fd; border: 1px solid #a9c4ea; border-radius: 4px; }"
    "QFrame#changesChip QLabel { color: #17355c; }"
)


class ChangesChip(QFrame):
    """Hidden unless `show_filter` gets a sync's changes; `clearRequested` from its button."""

    clearRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="changesChip")
        self.setStyleSheet(_STYLE)
        self.text = QLabel(objectName="changesChipText", wordWrap=True)
        self.clear_button = QPushButton(self.tr("Show all orders ✕"), objectName="changesChipClear")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 10, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.clear_button)
        self.clear_button.clicked.connect(self.clearRequested)
        self.hide()

    def show_filter(self, changed: ChangedIn | None) -> None:
        if changed is None:
            self.hide()
            return
        kinds = changed.kinds
        if kinds == {Change.NEW}:
            text = self.tr("Showing: orders new in the last sync, whenever paid.")
        elif kinds == {Change.SETTLED}:
            text = self.tr("Showing: orders the last sync found settled, whenever paid.")
        elif kinds == {Change.INVALID}:
            text = self.tr("Showing: orders that became Invalid in the last sync, whenever paid.")
        elif kinds:
            text = self.tr("Showing: orders the last sync's notification spoke of, whenever paid.")
        else:
            text = self.tr("Showing: orders the last sync added or changed, whenever paid.")
        self.text.setText(text + " " + self.tr("The dates do not apply."))
        self.show()
