"""The strip above the table that says which days of the range on screen no sync ever fetched.

Without it, a range partly synced (the first automatic sync fetches 30 days) reads as complete.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from aliorders_desktop import store
from aliorders_desktop.ui.formats import day

_STYLE = (
    "QFrame#coverageNotice { background: #fff4d6; border: 1px solid #e2c16b; border-radius: 4px; }"
    "QFrame#coverageNotice QLabel { color: #4d3800; }"
)


class CoverageNotice(QFrame):
    """Hidden while every day of the range was synced. `syncRequested` carries the missing days,
    as a list of (first, last) ranges, for the window's one sync path."""

    syncRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="coverageNotice")
        self.setStyleSheet(_STYLE)
        self.text = QLabel(objectName="coverageText", wordWrap=True)
        self.sync_button = QPushButton(self.tr("Sync them"), objectName="syncMissingButton")
        self.sync_button.setToolTip(self.tr("Fetch exactly these days from AliExpress"))
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 10, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.sync_button)
        self.sync_button.clicked.connect(self._on_sync_clicked)
        self.gaps: list[tuple[date, date]] = []
        self.hide()

    def show_gaps(self, gaps: list[tuple[date, date]], *, can_sync: bool, workspace: bool) -> None:
        """Show the days no sync fetched, with a button to fetch them when this user can sync.

        `workspace`: a viewer of a team workspace is told nobody there synced them.
        """
        self.gaps = gaps
        if not gaps:
            self.hide()
            return
        self.text.setText(store.unsynced_text(gaps, day, workspace=workspace and not can_sync))
        self.sync_button.setVisible(can_sync)
        self.show()

    @Slot()
    def _on_sync_clicked(self) -> None:
        self.syncRequested.emit(list(self.gaps))
