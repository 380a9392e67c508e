"""CSV files: UTF-8 with a BOM so Excel detects the encoding, times on this computer's clock.

Text that a spreadsheet would run as a formula is neutralised. Rows are formatted a batch and a
column at a time: each column of a batch is one `map` of a C-level function where one exists
(cached money, dictionary look-ups, `datetime.fromtimestamp`), and unformatted columns pass
through untouched, so most cells never run a line of Python. At a million rows, that is most of
the difference to writing the stored values as they are.
"""

from __future__ import annotations

import csv
import os
import threading
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from itertools import repeat
from pathlib import Path

from aliorders_desktop.aliexpress.orders import OrderStatus
from aliorders_desktop.store import OrderFilter

from .cells import commission_state, flag, local_time_of_epoch, money, safe_text
from .columns import COLUMNS, SOURCE_INDEX, Kind
from .rows import Progress, stored_batches
from .safe_write import replaced_when_complete

Column = Sequence[object]
"""The values of one column across a batch of rows."""


def _local_times(epochs: Column) -> Iterable[str]:
    if None in epochs:
        return map(local_time_of_epoch, epochs)
    return map(str, map(datetime.fromtimestamp, epochs))  # the same text, without a Python call


def _commission_states(statuses: Column) -> Iterable[str]:
    return map(_STATES.get, statuses, repeat(commission_state("")))


def _flags(values: Column) -> Iterable[str]:
    return map(_FLAGS.__getitem__, values)


_STATES = {status.value: commission_state(status) for status in OrderStatus}
_FLAGS = {value: flag(value) for value in (True, False, None)}  # 1 and 0 hash as True and False


def _excel_ids(values: Column) -> Iterable[str | None]:
    """IDs as ="…", so Excel keeps all their digits instead of rounding them."""
    return (None if value is None else f'="{value}"' for value in values)


_CELLS: dict[Kind, Callable[[Column], Iterable[object]] | None] = {
    Kind.ID: None,  # csv.writer writes ints and None (as "") itself, in C
    Kind.TEXT: lambda values: map(safe_text, values),
    Kind.NAME: None,
    Kind.STATE: _commission_states,
    Kind.COUNT: None,
    Kind.MONEY: lambda values: map(money, values),  # cached: most amounts cost a dictionary look-up
    Kind.RATE: None,
    Kind.TIME: _local_times,
    Kind.FLAG: _flags,
}


def export_csv(
    path: str | os.PathLike[str],
    order_filter: OrderFilter,
    sort: str = "paid_at",
    descending: bool = True,
    *,
    ids_as_text: bool = False,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Write every row the filter selects, in the given sort; return the number of rows written.

    The file appears under its name only when complete: a failure or cancel leaves no half file.
    `ids_as_text` writes IDs as ="…" so Excel keeps all their digits instead of rounding them.
    """
    cells = {**_CELLS, Kind.ID: _excel_ids} if ids_as_text else _CELLS
    plan = [(SOURCE_INDEX[column.source], cells[column.kind]) for column in COLUMNS]
    written = 0
    # "utf-8" plus a written BOM is byte for byte "utf-8-sig", whose encoder is Python code
    # called for every row written; this one is C.
    with (
        replaced_when_complete(Path(path)) as partial,
        partial.open("w", encoding="utf-8", newline="") as handle,
    ):
        handle.write("\ufeff")
        writer = csv.writer(handle)
        writer.writerow(column.title for column in COLUMNS)
        for batch in stored_batches(order_filter, sort, descending, progress, cancel):
            stored = list(zip(*batch, strict=True))
            cells = [stored[i] if cell is None else cell(stored[i]) for i, cell in plan]
            writer.writerows(zip(*cells, strict=False))  # maps have no length to check
            written += len(batch)
    if progress:
        progress(written)
    return written
