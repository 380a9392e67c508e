"""Reference cycles are freed on the GUI thread, never on whichever thread happens to allocate."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QApplication

from aliorders_desktop.ui.garbage import GuiThreadCollector


class Node:
    def __init__(self) -> None:
        self.me = self


def test_cycles_are_collected_by_the_gui_thread_on_a_timer(qtbot) -> None:
    collected_on: list[str] = []

    class Watched(Node):
        def __del__(self) -> None:
            collected_on.append(threading.current_thread().name)

    collector = GuiThreadCollector(QApplication.instance())
    try:
        assert not gc.isenabled()

        def make_garbage() -> None:  # a worker allocating far past every threshold
            watched = weakref.ref(Watched())
            assert watched() is not None
            for _ in range(50_000):
                Node()

        worker = threading.Thread(target=make_garbage, name="worker")
        worker.start()
        worker.join()
        assert collected_on == []  # the worker's allocations did not set the collector off
        qtbot.waitUntil(lambda: bool(collected_on), timeout=5000)
        assert collected_on == [threading.current_thread().name]
    finally:
        collector.deleteLater()
