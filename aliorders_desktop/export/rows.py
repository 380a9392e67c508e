"""The rows an export writes, with the progress reports and the cancel check both formats share."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

from aliorders_desktop import store
from aliorders_desktop.store import OrderFilter

from .columns import SOURCES

REPORT_EVERY = 5000
"""Rows between progress reports and cancel checks: often enough to feel live, too rarely to cost."""

Progress = Callable[[int], None]


class ExportCancelled(Exception):
    """The user stopped the export; the partial file was removed."""


def stored_values(
    order_filter: OrderFilter,
    sort: str,
    descending: bool,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> Iterator[tuple]:
    """The stored values (`columns.SOURCES`) of every row the filter selects, in the given sort.

    Reports how many rows were handed out every `REPORT_EVERY` rows and raises `ExportCancelled`
    there once `cancel` is set.
    """
    stored = store.iter_values(order_filter, SOURCES, sort, descending, batch=REPORT_EVERY)
    for handed, values in enumerate(stored, start=1):
        yield values
        if handed % REPORT_EVERY == 0:
            if cancel and cancel.is_set():
                raise ExportCancelled
            if progress:
                progress(handed)
