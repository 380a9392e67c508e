"""Python's cycle collector, run on the GUI thread only.

The collector runs on whichever thread happens to allocate when a threshold is passed. If that is
a sync's fetch thread while a closed window or a finished chart waits in a reference cycle, Qt
objects get freed off the GUI thread, and the app crashes. So automatic collection is switched off
and the GUI thread collects on a timer, generation by generation, as the automatic collector would.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Slot

CHECK_INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    """Once created (on the GUI thread), every cycle collection happens there."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self, interval=CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    @Slot()
    def collect(self) -> None:
        collect_due_generations()


def collect_due_generations() -> None:
    """Collect the generations whose allocation counts passed their thresholds, oldest last."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in range(3):
        if counts[generation] <= thresholds[generation]:
            return
        gc.collect(generation)
