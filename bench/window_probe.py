"""Child process for B4 and B6: start the real window offscreen and time what the user waits for.

Run as `python -m bench.window_probe DATABASE [--interact]`. Prints one JSON object: the epoch
times of the first painted rows and of the footer's totals (the parent subtracts the time it
spawned this process, so the interpreter start and every import count), the seconds of each
interaction with `--interact`, and the process's peak RSS. Imports happen inside `main` on
purpose: they are part of the start.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Callable

PRESET_KEY = "filters/datePreset"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    parser.add_argument("--all-time", action="store_true", help="open on the 'All time' preset")
    parser.add_argument("--interact", action="store_true", help="time filter, sort and scroll changes")
    args = parser.parse_args()

    from PySide6.QtCore import QSettings

    from aliorders_desktop.ui.app import create_application, open_session
    from aliorders_desktop.ui.background import BackgroundTask
    from aliorders_desktop.ui.main_window import MainWindow

    app = create_application([sys.argv[0]])
    if args.all_time:
        QSettings().setValue(PRESET_KEY, "all")
    window = MainWindow(open_session(app, demo=False, database=args.database))
    window.show()
    repaint(window)
    report: dict[str, object] = {"first_paint_at": time.time()}
    totals_shown(window)
    report["totals_at"] = time.time()
    if args.interact:
        report["steps"] = interact(window)
    report["peak_rss_mb"] = peak_rss_mb()
    for task in window.findChildren(BackgroundTask):  # e.g. the earnings strip may still be adding up:
        task.shutdown()  # a QThread that outlives the interpreter aborts it (not closed: that saves state)
    print(json.dumps(report))


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def repaint(window) -> None:
    """Let queued events run, then paint the table's rows now (which makes the model fetch them)."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    window.table.viewport().repaint()


def totals_shown(window) -> None:
    """Let events run until the footer shows the totals of what is shown (a worker adds them up)."""
    from PySide6.QtWidgets import QApplication

    while window.model.rowCount() and window.totals.totals_of(window.model.order_filter) is None:
        QApplication.processEvents()
        time.sleep(0.001)


def interact(window) -> list[tuple[str, str, float]]:
    """(kind, what, seconds) for each change, from the call that makes it to the repainted rows;
    for filter changes also ("totals", what, seconds) to the footer's new totals; and the peak
    memory (MB) before the selection steps, which hold an index per selected row."""
    from PySide6.QtCore import Qt

    from aliorders_desktop.aliexpress.orders import OrderStatus
    from aliorders_desktop.store import DateBasis
    from aliorders_desktop.ui.columns import COLUMNS
    from aliorders_desktop.ui.signals import signals_blocked

    filters, table = window.filters, window.table

    def typed(box, text: str) -> Callable[[], None]:
        def apply() -> None:
            with signals_blocked(box):  # the window's own debounce is a deliberate pause, not work
                box.setText(text)
            window.apply_filters()

        return apply

    def statuses(chosen: frozenset[str]) -> Callable[[], None]:
        def apply() -> None:
            filters.statuses.set_selected(chosen)
            window.apply_filters()

        return apply

    scrollbar = table.verticalScrollBar()
    steps: list[tuple[str, str, Callable[[], None]]] = [
        ("filter", "Tracking ID 'yt'", typed(filters.tracking_id, "yt")),
        ("filter", "clear Tracking ID", typed(filters.tracking_id, "")),
        ("filter", "status Buyer Confirmed Receipt", statuses(frozenset({OrderStatus.CONFIRMED.value}))),
        ("filter", "all statuses", statuses(frozenset())),
        ("filter", "date preset Last 30 days", lambda: filters.dates.set_preset("last30")),
        ("filter", "Last 30 days by settlement date", lambda: filters.basis.set_basis(DateBasis.SETTLED)),
        ("filter", "Last 30 days by payment date", lambda: filters.basis.set_basis(DateBasis.PAID)),
        ("filter", "date preset All time", lambda: filters.dates.set_preset("all")),
        ("scroll", "jump to the last row", table.scrollToBottom),
        ("scroll", "jump to the middle", lambda: scrollbar.setValue(scrollbar.maximum() // 2)),
        ("scroll", "jump to the first row", table.scrollToTop),
        ("select", "select all (Ctrl+A) with totals", table.selectAll),
        ("select", "clear the selection", table.clearSelection),
    ]
    for index, column in enumerate(COLUMNS):
        steps.append(
            ("sort", column.title, lambda i=index: table.sortByColumn(i, Qt.SortOrder.DescendingOrder))
        )
    paid = next(i for i, column in enumerate(COLUMNS) if column.key == "paid_at")
    steps.append(
        ("sort", "Paid (back to the default)", lambda: table.sortByColumn(paid, Qt.SortOrder.DescendingOrder))
    )
    timings = []
    for kind, what, action in steps:
        if kind == "select" and timings[-1][0] != "select":
            timings.append(("memory", "peak before select all", peak_rss_mb()))
        started = time.perf_counter()
        action()
        repaint(window)
        timings.append((kind, what, time.perf_counter() - started))
        if kind == "filter":
            totals_shown(window)
            timings.append(("totals", what, time.perf_counter() - started))
    return timings


if __name__ == "__main__":
    main()
