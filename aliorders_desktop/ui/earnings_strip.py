"""The earnings strip above the orders: what today, yesterday, this week, this month and last month
earned, the figures a publisher looks for first.

Each figure is the footer's totals (`store.totals`, so the same commission rules) over the orders
paid in one of the date picker's presets, in the user's local days, per currency and never mixed.
They are added up on a worker thread; clicking one shows its orders by choosing that preset.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from aliorders_desktop import store
from aliorders_desktop.store import CurrencyTotals, OrderFilter
from aliorders_desktop.ui.background import BackgroundTask, Job
from aliorders_desktop.ui.date_range import PRESETS, preset_name
from aliorders_desktop.ui.formats import fill, major

PERIODS: dict[str, str] = {
    "today": "earningsToday",
    "yesterday": "earningsYesterday",
    "this_week": "earningsThisWeek",
    "this_month": "earningsThisMonth",
    "last_month": "earningsLastMonth",
}
"""The date picker's presets the strip shows, left to right, with each figure's objectName."""

DAY_CHECK_MS = 60_000
"""How often the strip looks whether the local day changed: an app left open over midnight (or a
laptop woken the next morning) must not go on calling yesterday "today"."""

ADDING_UP = "…"
"""What a figure says until it has been added up for the first time."""

Earnings = dict[str, list[CurrencyTotals]]
"""Per preset key, its totals per currency."""


def period_filters(today: date) -> dict[str, OrderFilter]:
    """The orders paid in each period's local days, as seen on `today`."""
    return {key: OrderFilter.for_days(*PRESETS[key][1](today)) for key in PERIODS}


def earnings_job(filters: dict[str, OrderFilter]) -> Job:
    """A `BackgroundTask` job adding up every period, on the worker thread's own connection."""

    def job(_report: Callable[[object], None], _cancel: threading.Event) -> Earnings:
        with store.job_connection():
            return store.totals_per_period(filters)

    return job


class EarningsStrip(QWidget):
    """Emits `periodChosen` with a preset key when a figure is clicked, `computed` with the
    `Earnings` each time they are added up (the tray shows today's), and `updated` once the
    figures of the latest `refresh` are on screen."""

    periodChosen = Signal(str)
    computed = Signal(object)
    updated = Signal()

    def __init__(self, parent: QWidget | None = None, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent, objectName="earningsStrip")
        self._today = today
        self._day: date | None = None
        """The local day the figures on screen were added up for."""
        self._stale = False
        """Whether the store changed since the running computation began."""
        self.figures: dict[str, QToolButton] = {}
        self._group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for number, (key, name) in enumerate(PERIODS.items()):
            button = QToolButton(objectName=name, autoRaise=True)
            button.setText(f"{preset_name(key)}\n{ADDING_UP}")
            button.setToolTip(
                fill(
                    self.tr(
                        "Commission of the orders paid in the period “%1” (your local days), per "
                        "currency: “≈” is the current estimate, final once settled; “settled” counts "
                        "Completed Settlement only; Invalid orders earn nothing. Click to show these orders."
                    ),
                    preset_name(key),
                )
            )
            self._group.addButton(button, number)
            self.figures[key] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self._group.idClicked.connect(self._on_figure_clicked)
        self.task = BackgroundTask("earningsThread", self)
        self.task.succeeded.connect(self._on_earnings)
        self.task.failed.connect(self._on_failed)
        self.task.finished.connect(self._on_finished)
        self.day_timer = QTimer(self, objectName="earningsDayTimer", interval=DAY_CHECK_MS)
        self.day_timer.timeout.connect(self._on_day_check)
        self.day_timer.start()

    def refresh(self) -> None:
        """Add the figures up again (the store changed); a call during a computation runs one more
        after it, so the last figures shown are never older than the last call."""
        self._stale = True
        if not self.task.is_running():
            self._compute()

    def shutdown(self) -> None:
        self.task.shutdown()

    def _compute(self) -> None:
        self._stale = False
        self._day = self._today()
        self.task.start(earnings_job(period_filters(self._day)))

    @Slot(object)
    def _on_earnings(self, earnings: Earnings) -> None:
        for key, totals in earnings.items():
            self.figures[key].setText(self.figure_text(preset_name(key), totals))
        self.computed.emit(earnings)
        if not self._stale:
            self.updated.emit()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        for key, button in self.figures.items():
            failed = self.tr("could not be added up")
            button.setText(f"{preset_name(key)}\n{failed}")
            button.setStatusTip(str(error))

    def figure_text(self, label: str, totals: list[CurrencyTotals]) -> str:
        """The period's name, then one line per currency: the estimate (final once settled) and
        what is settled already. Invalid orders add nothing to either (`store.rules`)."""
        lines = [
            fill(
                self.tr("≈ %1 %2 · %3 settled"),
                major(t.estimated_commission, t.currency),
                t.currency or "?",
                major(t.settled_commission, t.currency),
            )
            for t in totals
        ]
        return "\n".join([label, *(lines or [self.tr("no orders")])])

    @Slot()
    def _on_finished(self) -> None:
        if self._stale:
            self._compute()

    @Slot()
    def _on_day_check(self) -> None:
        if self._day is not None and self._today() != self._day:
            self.refresh()

    @Slot(int)
    def _on_figure_clicked(self, number: int) -> None:
        self.periodChosen.emit(list(PERIODS)[number])
