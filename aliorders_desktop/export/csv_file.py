"""CSV files: UTF-8 with a BOM so Excel detects the encoding, times on this computer's clock.

Text that a spreadsheet would run as a formula is neutralised. Each row is formatted by one pass
over a precomputed plan of (stored value, formatter) pairs: at a million rows, every call saved
per cell is seconds.
"""

from __future__ import annotations

import csv
import os
import threading
from collections.abc import Callable
from pathlib import Path

from aliorders_desktop.store import OrderFilter

from .cells import commission_state, flag, local_time_of_epoch, money, safe_text
from .columns import COLUMNS, SOURCE_INDEX, Kind
from .rows import Progress, stored_values
from .safe_write import replaced_when_complete


def _excel_id(value: int | None) -> str | None:
    return None if value is None else f'="{value}"'


_CELLS: dict[Kind, Callable[[object], object] | None] = {
    Kind.ID: None,  # csv.writer writes ints and None (as "") itself, in C
    Kind.TEXT: safe_text,
    Kind.NAME: None,
    Kind.STATE: commission_state,
    Kind.COUNT: None,
    Kind.MONEY: money,
    Kind.RATE: None,
    Kind.TIME: local_time_of_epoch,
    Kind.FLAG: flag,
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
    cells = {**_CELLS, Kind.ID: _excel_id} if ids_as_text else _CELLS
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
        for values in stored_values(order_filter, sort, descending, progress, cancel):
            writer.writerow([values[i] if cell is None else cell(values[i]) for i, cell in plan])
            written += 1
    if progress:
        progress(written)
    return written
