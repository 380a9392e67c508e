from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from aliorders_desktop.store import (
    OrderFilter,
    count_orders,
    db,
    delete_orders,
    fetch_window,
    is_server,
    job_connection,
    save_orders,
    totals,
)

from .factory import T0, order_record

PAGES, PAGE_SIZE = 40, 250
ALL = OrderFilter()


def run_alongside_a_sync(gui_work: Callable[[], None]) -> int:
    """Save PAGES pages in a worker thread while another thread repeats `gui_work` until the sync
    ends, each on its own connection as in the app. Returns how often `gui_work` ran."""
    errors: list[BaseException] = []
    started, done = threading.Event(), threading.Event()
    runs = 0

    def worker() -> None:
        try:
            with db.connection_context():
                for page in range(PAGES):
                    save_orders([order_record() for _ in range(PAGE_SIZE)], T0 + timedelta(seconds=page))
                    started.set()
        except BaseException as exc:  # reported by the test thread
            errors.append(exc)
        finally:
            started.set()
            done.set()

    def gui() -> None:
        nonlocal runs
        try:
            with db.connection_context():
                started.wait()
                while not done.is_set():
                    gui_work()
                    runs += 1
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker), threading.Thread(target=gui)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    return runs


def test_reading_while_another_thread_writes(store: Path) -> None:
    """The window keeps querying while the sync worker saves pages: no "database is locked"."""

    def read() -> None:
        count_orders(ALL)
        fetch_window(ALL, "paid_at", True, 0, 60)
        totals(OrderFilter(tracking_id="blog"))

    assert run_alongside_a_sync(read) > 0
    assert count_orders(ALL) == PAGES * PAGE_SIZE


def test_writing_from_the_window_while_the_worker_writes(store: Path) -> None:
    """A delete from the window waits for the worker's page transaction instead of failing."""
    deleted: list[int] = []

    def delete_newest() -> None:
        newest = fetch_window(ALL, "paid_at", True, 0, 1)
        deleted.append(delete_orders([row.id for row in newest]))

    assert run_alongside_a_sync(delete_newest) > 0
    assert count_orders(ALL) == PAGES * PAGE_SIZE - sum(deleted)


def page_cache(connection) -> int | None:
    """SQLite's page cache of `connection` in KiB (a server has none of its own)."""
    if is_server():
        return None
    return -connection.execute("PRAGMA cache_size").fetchone()[0]


def test_a_job_connection_is_its_threads_own_and_closed_after_the_job(store: Path):
    save_orders([order_record() for _ in range(3)], T0)
    seen: dict[str, object] = {}

    def job() -> None:
        with job_connection():
            seen["currencies"] = len(totals(ALL))
            seen["cache"] = page_cache(db.connection())
        seen["closed"] = db.is_closed()

    thread = threading.Thread(target=job)
    thread.start()
    thread.join()
    assert seen["currencies"] == 1  # the job read the orders through its own connection
    assert seen["closed"]  # and closed it
    assert not db.is_closed()  # the main thread's connection stays open
    if not is_server():  # a job's scans read each page once: it keeps a small cache
        assert seen["cache"] < page_cache(db.connection())
