"""The rows an export writes, with the progress reports and the cancel check both formats share."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator

from aliorders_desktop import store
from aliorders_desktop.store import OrderFilter

from .columns import SOURCES

BATCH = 5000
"""Rows read at a time, and between progress reports and cancel checks: often enough to feel
live, too rarely to cost."""

Progress = Callable[[int], None]


class ExportCancelled(Exception):
    """The user stopped the export; the partial file was removed."""


def stored_batches(
    order_filter: OrderFilter,
    sort: str,
    descending: bool,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> Iterator[list[tuple]]:
    """The stored values (`columns.SOURCES`) of every row the filter selects, in the given sort,
    at most `BATCH` rows at a time, `reported`."""
    batches = store.iter_value_batches(order_filter, SOURCES, sort, descending, BATCH)
    return reported(batches, progress, cancel)


def reported(
    batches: Iterable[list[tuple]], progress: Progress | None, cancel: threading.Event | None
) -> Iterator[list[tuple]]:
    """The batches that hold rows, reporting before each after the first how many rows were handed
    out, and raising `ExportCancelled` there once `cancel` is set."""
    handed = 0
    for batch in filter(None, batches):
        if handed:
            if cancel and cancel.is_set():
                raise ExportCancelled
            if progress:
                progress(handed)
        yield batch
        handed += len(batch)
