"""The question before an account's first sync: how much history to fetch.

Auto-sync fetches the last 30 days; a publisher with years of orders would otherwise believe the
table complete. Each choice shows the fewest API calls it needs (pages are unknown until asked).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from aliorders_desktop.ui.date_range import ALL_TIME_START
from aliorders_desktop.ui.formats import date_edit_format, day, fill, number

RECENT_DAYS = 90
DEFAULT_SINCE_YEARS = 2


class FirstSyncDialog(QDialog):
    """Offers the last 90 days, this year, or everything since a date; `chosen_range()` once
    accepted. `fewest_calls(first, last)` is the sync planner's count for a range."""

    def __init__(
        self,
        fewest_calls: Callable[[date, date], int],
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent, objectName="firstSyncDialog")
        self.setWindowTitle(self.tr("First sync"))
        self._fewest_calls = fewest_calls
        self._today = today or date.today()
        intro = QLabel(
            self.tr(
                "Your account is connected. How much of your order history should aliorders fetch now? "
                "Later syncs keep it up to date by themselves."
            ),
            wordWrap=True,
        )
        self.recent = QRadioButton(self.tr("The last 90 days"), objectName="firstSyncRecent")
        self.this_year = QRadioButton(
            fill(self.tr("This year (since %1)"), day(self._today.replace(month=1, day=1))),
            objectName="firstSyncThisYear",
        )
        self.since = QRadioButton(self.tr("Everything since"), objectName="firstSyncSince")
        self.since_date = QDateEdit(objectName="firstSyncSinceDate", calendarPopup=True)
        self.since_date.setDisplayFormat(date_edit_format())
        self.since_date.setDateRange(QDate(ALL_TIME_START), QDate(self._today))
        self.since_date.setDate(QDate(date(self._today.year - DEFAULT_SINCE_YEARS, 1, 1)))
        self.choices = QButtonGroup(self)
        for button in (self.recent, self.this_year, self.since):
            self.choices.addButton(button)
        self.recent.setChecked(True)
        self.estimate = QLabel(objectName="firstSyncEstimate", wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.sync_button = buttons.addButton(self.tr("Sync"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sync_button.setObjectName("firstSyncButton")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Not now"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        since_row = QHBoxLayout()
        since_row.addWidget(self.since)
        since_row.addWidget(self.since_date)
        since_row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.recent)
        layout.addWidget(self.this_year)
        layout.addLayout(since_row)
        layout.addWidget(self.estimate)
        layout.addWidget(buttons)
        self.choices.buttonToggled.connect(self._show_estimate)
        self.since_date.dateChanged.connect(self._on_since_changed)
        self._show_estimate()
        self.resize(520, self.sizeHint().height())

    def chosen_range(self) -> tuple[date, date]:
        if self.recent.isChecked():
            first = self._today - timedelta(days=RECENT_DAYS - 1)
        elif self.this_year.isChecked():
            first = self._today.replace(month=1, day=1)
        else:
            first = self.since_date.date().toPython()
        return first, self._today

    @Slot()
    def _on_since_changed(self) -> None:
        self.since.setChecked(True)
        self._show_estimate()

    @Slot()
    def _show_estimate(self) -> None:
        first, last = self.chosen_range()
        calls = self._fewest_calls(first, last)
        self.estimate.setText(
            fill(
                self.tr(
                    "%1 – %2: at least %3 calls to AliExpress, one more for every further page of 50 "
                    "orders. AliExpress limits how fast they may come, so a long history takes a while; "
                    "you can use aliorders meanwhile."
                ),
                day(first),
                day(last),
                number(calls),
            )
        )
