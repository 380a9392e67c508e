"""CSV files: UTF-8 with a BOM so Excel detects the encoding, times on this computer's clock.

Every text cell that a spreadsheet would run as a formula is neutralised (names and statuses
too: they come from the API like titles); numbers keep their sign. At a million rows, making the
cells is most of an export's work, so it is done where it costs least. On a file database,
SQLite makes every cell (`store.text_cells`) and the rows go from one streamed query straight
to `csv.writer`. On a server, each column of a batch of raw values is one `map` of a C-level
function where one exists (cached money, dictionary look-ups, `datetime.fromtimestamp`), and
unformatted columns pass through untouched. Both give the same bytes.
"""

from __future__ import annotations

import csv
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from itertools import repeat
from pathlib import Path

from peewee import ColumnBase, Node

from aliorders_desktop import store
from aliorders_desktop.aliexpress.orders import (
    DEFAULT_MINOR_UNIT_EXPONENT,
    MINOR_UNIT_EXPONENTS,
    OrderStatus,
)
from aliorders_desktop.store import OrderFilter, text_cells

from .cells import (
    FORMULA_TRIGGERS,
    commission_state,
    flag,
    local_time_of_epoch,
    money,
    safe_number_text,
    safe_text,
)
from .columns import COLUMNS, SOURCE_INDEX, SOURCES, Kind, heading
from .rows import BATCH, Progress, reported
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
    Kind.NAME: lambda values: map(safe_text, values),
    Kind.STATUS: lambda values: map(safe_text, values),
    Kind.STATE: _commission_states,
    Kind.COUNT: None,
    Kind.MONEY: None,  # see `_column_cells`: an amount needs its row's currency
    Kind.RATE: lambda values: map(safe_number_text, values),
    Kind.TIME: _local_times,
    Kind.FLAG: _flags,
}

_CURRENCY_AT = SOURCE_INDEX["currency"]


def _column_cells(stored: Sequence[Column], at: int, kind: Kind) -> Iterable[object]:
    """The cells of the batch's column `at`, of this kind."""
    if kind is Kind.MONEY:
        return map(money, stored[at], stored[_CURRENCY_AT])  # cached: mostly a dictionary look-up
    cell = _CELLS[kind]
    return stored[at] if cell is None else cell(stored[at])


_SQL_CELLS: dict[Kind, Callable[[ColumnBase], Node]] = {
    Kind.ID: lambda column: column,
    Kind.TEXT: lambda column: text_cells.formula_safe(column, FORMULA_TRIGGERS),
    Kind.NAME: lambda column: text_cells.formula_safe(column, FORMULA_TRIGGERS),
    Kind.STATUS: lambda column: text_cells.formula_safe(column, FORMULA_TRIGGERS),
    Kind.STATE: lambda column: text_cells.mapped(column, _STATES, commission_state("")),
    Kind.COUNT: lambda column: column,
    Kind.MONEY: lambda column: text_cells.money(
        column, store.Order.currency, MINOR_UNIT_EXPONENTS, DEFAULT_MINOR_UNIT_EXPONENT
    ),
    Kind.RATE: lambda column: text_cells.number_safe(column, FORMULA_TRIGGERS),
    Kind.TIME: text_cells.local_time,
    Kind.FLAG: lambda column: text_cells.mapped(column, {True: flag(True), False: flag(False)}, None),
}
"""The same cells as `_CELLS`, made by SQLite (see `store.text_cells`)."""


def export_csv(
    path: str | os.PathLike[str],
    order_filter: OrderFilter,
    sort: str = "paid_at",
    descending: bool = True,
    *,
    ids_as_text: bool = False,
    english_headers: bool = False,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Write every row the filter selects, in the given sort; return the number of rows written.

    The file appears under its name only when complete: a failure or cancel leaves no half file.
    `ids_as_text` writes IDs as ="…" so Excel keeps all their digits instead of rounding them.
    The header row is in the user's language unless `english_headers`; the cells are the same
    in every language (statuses as AliExpress names them, numbers and times as machines read them).
    """
    written = 0
    # "utf-8" plus a written BOM is byte for byte "utf-8-sig", whose encoder is Python code
    # called for every row written; this one is C.
    with (
        replaced_when_complete(Path(path)) as partial,
        partial.open("w", encoding="utf-8", newline="") as handle,
    ):
        handle.write("\ufeff")
        writer = csv.writer(handle)
        writer.writerow(heading(column.title, english_headers) for column in COLUMNS)
        for batch in reported(formatted_rows(order_filter, sort, descending, ids_as_text), progress, cancel):
            writer.writerows(batch)
            written += len(batch)
    if progress:
        progress(written)
    return written


def formatted_rows(
    order_filter: OrderFilter, sort: str, descending: bool, ids_as_text: bool = False
) -> Iterator[list[tuple]]:
    """The CSV cells of every row the filter selects, in the given sort, a batch at a time."""
    formatted = _formatted_in_python if store.is_server() else _formatted_in_sql
    return formatted(order_filter, sort, descending, ids_as_text)


def _formatted_in_sql(
    order_filter: OrderFilter, sort: str, descending: bool, ids_as_text: bool
) -> Iterator[list[tuple]]:
    """Rows of cells as SQLite makes them, from one streamed query."""
    cells = {**_SQL_CELLS, Kind.ID: text_cells.quoted} if ids_as_text else _SQL_CELLS
    columns = [cells[column.kind](getattr(store.Order, column.source)) for column in COLUMNS]
    return store.iter_selected(order_filter, columns, sort, descending, BATCH)


def _formatted_in_python(
    order_filter: OrderFilter, sort: str, descending: bool, ids_as_text: bool
) -> Iterator[list[tuple]]:
    """Rows of cells made from raw stored values, a column of a batch at a time."""
    plan = [(SOURCE_INDEX[column.source], column.kind) for column in COLUMNS]
    for batch in filter(None, store.iter_value_batches(order_filter, SOURCES, sort, descending, BATCH)):
        stored = list(zip(*batch, strict=True))
        formatted = [
            _excel_ids(stored[i]) if ids_as_text and kind is Kind.ID else _column_cells(stored, i, kind)
            for i, kind in plan
        ]
        yield list(zip(*formatted, strict=False))  # maps have no length to check
