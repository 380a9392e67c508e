"""The rows an export writes, with the progress reports and the cancel check both formats share."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

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
    at most `BATCH` rows at a time (never none).

    Before each batch after the first, reports how many rows were handed out, and raises
    `ExportCancelled` once `cancel` is set.
    """
    handed = 0
    for batch in filter(None, store.iter_value_batches(order_filter, SOURCES, sort, descending, BATCH)):
        if handed:
            if cancel and cancel.is_set():
                raise ExportCancelled
            if progress:
                progress(handed)
        yield batch
        handed += len(batch)
