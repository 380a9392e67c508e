"""A background job's outcome reaches the GUI thread only after its worker thread has ended."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, QThread

from aliorders_desktop.ui.background import BackgroundTask


class Seen:
    """What the GUI thread saw when the outcome arrived."""

    def __init__(self) -> None:
        self.ran = threading.Event()
        self.worker: QThread | None = None
        self.worker_finished: bool | None = None
        self.still_running: bool | None = None
        self.outcome: object = None

    def job(self, fail: bool):
        def run(report, cancel: threading.Event) -> str:
            self.worker = QThread.currentThread()
            self.ran.set()
            if fail:
                raise OSError("disk gone")
            return "done"

        return run

    def outcome_arrived(self, task: BackgroundTask, outcome: object) -> None:
        self.worker_finished = self.worker.isFinished()
        self.still_running = task.is_running()
        self.outcome = outcome


@pytest.mark.parametrize("fail", [False, True], ids=["succeeded", "failed"])
def test_the_outcome_arrives_after_the_worker_thread_ended(qtbot, fail: bool) -> None:
    owner = QObject()
    task = BackgroundTask("test-task", owner)
    seen = Seen()
    outcome_signal = task.failed if fail else task.succeeded
    outcome_signal.connect(lambda outcome: seen.outcome_arrived(task, outcome))

    with qtbot.waitSignal(task.finished, timeout=5000):
        assert task.start(seen.job(fail))

    assert seen.worker_finished is True  # so a handler may delete `owner` and its thread
    assert seen.still_running is False  # and may start the next job at once
    assert str(seen.outcome) == ("disk gone" if fail else "done")


def test_a_shut_down_job_reports_nothing_later(qtbot) -> None:
    task = BackgroundTask("test-task")
    outcomes: list[object] = []
    task.succeeded.connect(outcomes.append)
    task.finished.connect(lambda: outcomes.append("finished"))
    seen = Seen()
    assert task.start(seen.job(fail=False))
    assert seen.ran.wait(5)
    task.shutdown()  # the thread ends after posting its outcome
    qtbot.wait(100)
    assert outcomes == []
    assert not task.is_running()


def test_a_shut_down_task_starts_nothing_more(qtbot) -> None:
    """What its owner's timers or signals ask for after closing must not outlive the owner."""
    task = BackgroundTask("test-task")
    task.shutdown()
    seen = Seen()
    assert not task.start(seen.job(fail=False))
    qtbot.wait(50)
    assert not seen.ran.is_set() and not task.is_running()
