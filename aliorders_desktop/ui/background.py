"""Background jobs (sync, export) on a worker thread, reporting through queued signals.

A job is a plain function `job(report, cancel)` that does all its I/O itself and calls
`report(value)` with small, immutable values. The `BackgroundTask` lives in the GUI thread; its
signals are what the window connects to, so nothing in the window ever runs on the worker thread.
The outcome is announced only once the worker thread has ended: whoever reacts to it may close
or delete the task's owner without destroying a running `QThread` (which aborts the process).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, Signal, Slot

Job = Callable[[Callable[[object], None], threading.Event], Any]


class _Worker(QObject):
    progressed = Signal(object)
    done = Signal(bool, object)
    """Whether the job succeeded, and its result or exception."""

    def __init__(self, job: Job, cancel: threading.Event) -> None:
        super().__init__()
        self._job, self._cancel = job, cancel

    @Slot()
    def run(self) -> None:
        try:
            result = self._job(self.progressed.emit, self._cancel)
        except Exception as exc:  # handed to the GUI thread, which decides what the user reads
            self.done.emit(False, exc)
        else:
            self.done.emit(True, result)


class BackgroundTask(QObject):
    """Runs one job at a time; `cancel()` sets the event the job checks between units of work."""

    started = Signal()
    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._cancel = threading.Event()
        self._shut_down = False

    def is_running(self) -> bool:
        return self._thread is not None

    def start(self, job: Job) -> bool:
        """Run `job` on a fresh worker thread unless one is running or the task was shut down;
        returns whether it started."""
        if self.is_running() or self._shut_down:
            return False
        self._cancel = threading.Event()
        self._thread = QThread(self)
        self._thread.setObjectName(self._name)
        self._worker = _Worker(job, self._cancel)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progressed)
        self._worker.done.connect(self._on_done)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()
        self.started.emit()
        return True

    @Slot()
    def cancel(self) -> None:
        self._cancel.set()

    def shutdown(self, timeout_ms: int = 20000) -> None:
        """Cancel and wait (the owner is closing; a job stops at its next check), then start no
        more jobs: a late timer or signal must not start a thread the owner's deletion would
        destroy while it runs."""
        self._shut_down = True
        if self._thread is None:
            return
        self._cancel.set()
        self._thread.quit()
        self._thread.wait(timeout_ms)
        QCoreApplication.removePostedEvents(self, QEvent.Type.MetaCall)  # what the job still reported
        self._cleanup()

    @Slot(object)
    def _on_progressed(self, value: object) -> None:
        self.progressed.emit(value)

    @Slot(bool, object)
    def _on_done(self, ok: bool, outcome: object) -> None:
        if self._thread is None:
            return
        self._thread.quit()
        self._thread.wait()
        self._cleanup()
        (self.succeeded if ok else self.failed).emit(outcome)
        self.finished.emit()

    def _cleanup(self) -> None:
        if self._thread is not None:
            self._thread.deleteLater()
        self._worker = self._thread = None
