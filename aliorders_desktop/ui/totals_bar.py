"""The footer: how many orders are shown and their totals per currency, plus the selection's.

The totals of what is shown are added up on a worker thread: over all time at a million orders
that takes about a third of a second, which the window should not freeze for at every filter
change or every refresh during a sync.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from aliorders_desktop import store
from aliorders_desktop.store import CurrencyTotals, OrderFilter
from aliorders_desktop.ui.background import BackgroundTask, Job
from aliorders_desktop.ui.formats import fill, major, money, number

PENDING_AFTER_MS = 250
"""Say the totals are being added up only if they take longer than this (no flicker otherwise)."""


def totals_job(f: OrderFilter) -> Job:
    """A `BackgroundTask` job returning the totals of `f`, on the worker thread's own connection."""

    def job(_report: Callable[[object], None], _cancel: threading.Event) -> list[CurrencyTotals]:
        with store.job_connection():
            return store.totals(f)

    return job


class TotalsBar(QWidget):
    """Emits `updated` once the totals of the latest `show_totals` call are on screen."""

    updated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="totalsBar")
        # Wrapping: two currencies' totals and a selection's are wider than a 1280-pixel window.
        self.shown = QLabel(objectName="totalsShown", wordWrap=True)
        self.selection = QLabel(objectName="totalsSelection", wordWrap=True)
        self.shown.setToolTip(
            self.tr(
                "Totals of every order the filters select, per settlement currency. “Commission ≈” sums the "
            "current estimates; Invalid orders count for nothing; “settled” is final commission."
            )
        )
        self.task = BackgroundTask("totalsThread", self)
        self.task.succeeded.connect(self._on_totals)
        self.task.failed.connect(self._on_failed)
        self.task.finished.connect(self._on_finished)
        self._pending = QTimer(self, singleShot=True, interval=PENDING_AFTER_MS)
        self._pending.timeout.connect(self._show_pending)
        self._generation = 0
        self._computing = 0
        """The generation the running (or last) computation is for; older ones are not shown."""
        self._count = 0
        self._filter: OrderFilter | None = None
        self._totals: list[CurrencyTotals] | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.shown, 1)
        layout.addWidget(self.selection)

    def show_totals(self, count: int, f: OrderFilter) -> None:
        """Show `count` orders and, once added up in the background, the totals of `f`.

        Until they arrive the previous text stays (briefly) or says they are being added up; a
        newer call makes a running computation's result obsolete.
        """
        self._generation += 1
        self._count, self._filter, self._totals = count, f, None
        if not count:
            self._pending.stop()
            self._show([])
            return
        self._pending.start()
        if not self.task.is_running():
            self._compute()
        # else `_on_finished` starts the newest computation

    def totals_of(self, f: OrderFilter) -> list[CurrencyTotals] | None:
        """The totals on screen if they are those of `f` (e.g. for Select All), else None."""
        return self._totals if f == self._filter else None

    def shutdown(self) -> None:
        self._pending.stop()
        self.task.shutdown()

    def _compute(self) -> None:
        self._computing = self._generation
        self.task.start(totals_job(self._filter))

    @Slot(object)
    def _on_totals(self, totals: list[CurrencyTotals]) -> None:
        if self._computing == self._generation:
            self._show(totals)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        if self._computing == self._generation:
            self._pending.stop()
            failed = fill(self.tr("the totals could not be added up: %1"), error)
            self._set_count_text(f"<i>{failed}</i>")

    @Slot()
    def _on_finished(self) -> None:
        if self._computing != self._generation and self._count:
            self._compute()

    @Slot()
    def _show_pending(self) -> None:
        pending = self.tr("adding up totals…")
        self._set_count_text(f"<i>{pending}</i>")

    def _show(self, totals: list[CurrencyTotals]) -> None:
        self._pending.stop()
        self._totals = totals
        self._set_count_text(self.describe(totals))
        self.updated.emit()

    def describe(self, totals: list[CurrencyTotals]) -> str:
        """One line per currency; different currencies are never added together."""
        return " &nbsp;|&nbsp; ".join(
            fill(
                self.tr("<b>%1</b> paid %2 · Commission ≈ %3 · at completion %4 · settled %5"),
                t.currency or "?",
                major(t.paid_amount, t.currency),
                money(t.estimated_commission, t.currency or "?"),
                major(t.finished_commission, t.currency),
                major(t.settled_commission, t.currency),
            )
            for t in totals
        )

    def _set_count_text(self, rest: str) -> None:
        label = self.tr("%Ln order(s)", "", self._count)
        self.shown.setText(f"{label} &nbsp; {rest}" if rest else label)

    def show_selection(self, count: int, totals: list[CurrencyTotals] | None) -> None:
        """Sums of the selected rows; None when the selection is too big to add up row by row."""
        if count < 2:
            self.selection.clear()
            return
        if totals is None:
            self.selection.setText(fill(self.tr("Selected %1"), number(count)))
            return
        sums = "; ".join(
            fill(
                self.tr("%1 paid, ≈ %2"),
                money(t.paid_amount, t.currency or "?"),
                money(t.estimated_commission, t.currency or "?"),
            )
            for t in totals
        )
        self.selection.setText(fill(self.tr("Selected %1: %2"), number(count), sums))
