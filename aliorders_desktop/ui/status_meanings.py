"""What each status means for the money: estimate or final, what comes next, and how long that
usually takes on this account (`store.lifecycle`), for the status cells and the status filter.

The typical times are read on a worker thread whenever the store changes; until then, and
without enough history, the texts say so rather than guess.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from aliorders_desktop import store
from aliorders_desktop.aliexpress.orders import OrderStatus, status_name
from aliorders_desktop.store.lifecycle import StatusTimings, Typical, status_timings
from aliorders_desktop.ui.background import BackgroundTask, Job
from aliorders_desktop.ui.formats import fill, number

StatusTips = dict[str, str]
"""Per status (as AliExpress names it), what it means."""


def _usually(typical: Typical, after: str) -> str:
    if typical.median_days is None:
        return fill(
            QCoreApplication.translate(
                "StatusMeanings",
                "How long that takes on this account: not enough history yet (%1 orders so far).",
            ),
            number(typical.count),
        )
    # Days as a figure, not a counted word: translators write "44 дн." rather than agree a noun
    # with a number outside a QObject's tr(), which extraction cannot mark as counted.
    return fill(
        QCoreApplication.translate(
            "StatusMeanings", "On this account that usually takes about %1 days %2 (median of %3 orders)."
        ),
        number(round(typical.median_days)),
        after,
        number(typical.count),
    )


def status_tips(timings: StatusTimings | None) -> StatusTips:
    """The meaning of each status; `timings` None while they are being read."""
    if timings is None:
        to_confirm = to_settle = QCoreApplication.translate(
            "StatusMeanings", "How long that takes on this account: being worked out…"
        )
    else:
        to_confirm = _usually(
            timings.to_confirm, QCoreApplication.translate("StatusMeanings", "after payment")
        )
        to_settle = _usually(
            timings.to_settle, QCoreApplication.translate("StatusMeanings", "after confirmation")
        )
    paid, confirmed = OrderStatus.PAID, OrderStatus.CONFIRMED
    settled, invalid = OrderStatus.SETTLED, OrderStatus.INVALID
    return {
        paid.value: "\n".join(
            [
                fill(
                    QCoreApplication.translate(
                        "StatusMeanings", "%1: the buyer paid. The commission is an estimate."
                    ),
                    status_name(paid),
                ),
                fill(
                    QCoreApplication.translate("StatusMeanings", "Next: the buyer confirms receipt (%1)."),
                    status_name(confirmed),
                ),
                to_confirm,
            ]
        ),
        confirmed.value: "\n".join(
            [
                fill(
                    QCoreApplication.translate(
                        "StatusMeanings", "%1: the buyer has the goods. The commission is still an estimate."
                    ),
                    status_name(confirmed),
                ),
                fill(
                    QCoreApplication.translate(
                        "StatusMeanings", "Next: AliExpress settles it into your balance (%1)."
                    ),
                    status_name(settled),
                ),
                to_settle,
            ]
        ),
        settled.value: fill(
            QCoreApplication.translate(
                "StatusMeanings",
                "%1: final. The commission was settled into your balance; nothing comes next.",
            ),
            status_name(settled),
        ),
        invalid.value: fill(
            QCoreApplication.translate(
                "StatusMeanings", "%1: final. Refunded, cancelled or flagged: the order earns no commission."
            ),
            status_name(invalid),
        ),
    }


def timings_job() -> Job:
    def job(_report: Callable[[object], None], _cancel: threading.Event) -> StatusTimings:
        with store.job_connection():
            return status_timings()

    return job


class StatusMeanings(QObject):
    """Emits `changed` with new `StatusTips` each time the typical times were read again."""

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tips: StatusTips = status_tips(None)
        self._stale = False
        self.task = BackgroundTask("statusTimingsThread", self)
        self.task.succeeded.connect(self._on_read)
        self.task.finished.connect(self._on_finished)

    def refresh(self) -> None:
        """Read the typical times again (the store changed); once more after a running read."""
        self._stale = True
        if not self.task.is_running():
            self._stale = False
            self.task.start(timings_job())

    def shutdown(self) -> None:
        self.task.shutdown()

    @Slot(object)
    def _on_read(self, timings: StatusTimings) -> None:
        self.tips = status_tips(timings)
        self.changed.emit(self.tips)

    @Slot()
    def _on_finished(self) -> None:
        if self._stale:
            self._stale = False
            self.task.start(timings_job())
