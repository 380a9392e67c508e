"""The earnings strip above the orders: what today, yesterday, this week, this month and last month
earned, and what landed in the balance, the figures a publisher looks for first.

For each of the date picker's presets, in the user's local days, per currency and never mixed:
*earned* is the estimated commission of the orders paid in the period (Invalid earns nothing);
*landed* is the commission of the orders settled in it, by settlement date, which is what reached
the balance then. Both are the footer's totals (`store.totals`, so the same commission rules) on
the paid and the settled date basis. They are added up on a worker thread; clicking a figure
shows its orders by choosing that preset on that basis.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from aliorders_desktop import store
from aliorders_desktop.aliexpress.orders import OrderStatus
from aliorders_desktop.store import CurrencyTotals, DateBasis, OrderFilter
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

LANDED_SUFFIX = "Landed"
"""Appended to a period's objectName for its "landed" figure."""
TITLE_SUFFIX = "Title"
"""Appended to a period's objectName for the label naming it above its two figures."""


def period_filters(today: date, basis: DateBasis = DateBasis.PAID) -> dict[str, OrderFilter]:
    """The orders paid (or settled, by `basis`) in each period's local days, as seen on `today`."""
    return {key: OrderFilter.for_days(*PRESETS[key][1](today), basis=basis) for key in PERIODS}


def earnings_job(today: date) -> Job:
    """A `BackgroundTask` job adding up every period on the paid and on the settled basis, on the
    worker thread's own connection: (earned, landed) `Earnings`."""
    earned, landed = period_filters(today), period_filters(today, DateBasis.SETTLED)

    def job(_report: Callable[[object], None], _cancel: threading.Event) -> tuple[Earnings, Earnings]:
        with store.job_connection():
            return store.totals_per_period(earned), store.totals_per_period(landed)

    return job


class EarningsStrip(QWidget):
    """Emits `periodChosen` with a preset key and a `DateBasis` when a figure is clicked (paid for
    what was earned, settled for what landed), `computed` with the earned `Earnings` each time they
    are added up (the tray shows today's), and `updated` once the figures of the latest `refresh`
    are on screen."""

    periodChosen = Signal(str, object)
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
        """Per preset key, the button showing what the period earned."""
        self.landed: dict[str, QToolButton] = {}
        """Per preset key, the button showing what landed in the period."""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        caption = QLabel(self.tr("Commission"), objectName="earningsCaption")
        caption.setToolTip(
            self.tr(
                "Commission per period, per currency, in your local days.\n"
                "Earned: the commission of the orders paid in the period; “≈” = estimate until "
                "settled; Invalid orders earn nothing.\n"
                "Landed: the commission settled in the period, by settlement date: what reached your "
                "balance.\nClick a figure to show its orders (it sets the date range)."
            )
        )
        layout.addWidget(caption)
        for key, name in PERIODS.items():
            earned = QToolButton(objectName=name, autoRaise=True)
            earned.setText(f"{self._earned_title()}\n{ADDING_UP}")
            earned.setToolTip(
                fill(
                    self.tr(
                        "Commission of the orders paid in “%1” (your local days), per currency: "
                        "“≈” = estimate until settled; Invalid orders earn nothing.\n"
                        "Click to show these orders: sets the range to “%1” by payment date."
                    ),
                    preset_name(key),
                )
            )
            earned.clicked.connect(self._on_earned_clicked)
            landed = QToolButton(objectName=name + LANDED_SUFFIX, autoRaise=True)
            landed.setText(f"{self.tr('landed')}\n{ADDING_UP}")
            landed.setToolTip(
                fill(
                    self.tr(
                        "Commission settled in “%1” (your local days, by settlement date), per "
                        "currency: final, in your balance.\n"
                        "Click to show these orders: sets the range to “%1” by settlement date."
                    ),
                    preset_name(key),
                )
            )
            landed.clicked.connect(self._on_landed_clicked)
            self.figures[key] = earned
            self.landed[key] = landed
            # The period's name over its two figures, so that neither repeats it: the strip stays
            # narrow enough for a 1366 px screen in every language.
            title = QLabel(preset_name(key), objectName=name + TITLE_SUFFIX)
            title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            pair = QHBoxLayout()
            pair.setSpacing(0)
            pair.addWidget(earned)
            pair.addWidget(landed)
            period = QVBoxLayout()
            period.setSpacing(0)
            period.addWidget(title)
            period.addLayout(pair)
            layout.addLayout(period)
        layout.addStretch(1)
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
        self.task.start(earnings_job(self._day))

    def _earned_title(self) -> str:
        return self.tr("earned")

    @Slot(object)
    def _on_earnings(self, sums: tuple[Earnings, Earnings]) -> None:
        earned, landed = sums
        for key, totals in earned.items():
            self.figures[key].setText(self.earned_text(self._earned_title(), totals))
        for key, totals in landed.items():
            self.landed[key].setText(self.landed_text(self.tr("landed"), totals))
        self.computed.emit(earned)
        if not self._stale:
            self.updated.emit()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        failed = self.tr("could not be added up")
        for key in PERIODS:
            self.figures[key].setText(f"{self._earned_title()}\n{failed}")
            self.landed[key].setText(f"{self.tr('landed')}\n{failed}")
            for button in (self.figures[key], self.landed[key]):
                button.setStatusTip(str(error))

    def earned_text(self, label: str, totals: list[CurrencyTotals]) -> str:
        """The period's name, then one line per currency: the commission of its paid orders, an
        estimate (final once settled). Invalid orders add nothing (`store.rules`)."""
        lines = [
            fill(self.tr("≈ %1 %2"), major(t.estimated_commission, t.currency), t.currency or "?")
            for t in totals
        ]
        return "\n".join([label, *(lines or [self.tr("no orders")])])

    def landed_text(self, label: str, totals: list[CurrencyTotals]) -> str:
        """One line per currency in which commission was settled in the period: final figures."""
        lines = [
            fill(self.tr("%1 %2"), major(t.settled_commission, t.currency), t.currency or "?")
            for t in totals
            if t.status_counts.get(OrderStatus.SETTLED.value)
        ]
        return "\n".join([label, *(lines or [self.tr("nothing")])])

    @Slot()
    def _on_finished(self) -> None:
        if self._stale:
            self._compute()

    @Slot()
    def _on_day_check(self) -> None:
        if self._day is not None and self._today() != self._day:
            self.refresh()

    @Slot()
    def _on_earned_clicked(self) -> None:
        key = next(key for key, button in self.figures.items() if button is self.sender())
        self.periodChosen.emit(key, DateBasis.PAID)

    @Slot()
    def _on_landed_clicked(self) -> None:
        key = next(key for key, button in self.landed.items() if button is self.sender())
        self.periodChosen.emit(key, DateBasis.SETTLED)
