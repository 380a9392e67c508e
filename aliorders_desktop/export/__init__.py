"""Exports of stored orders to CSV or Excel, shared by `aliorders export` and the window's Export….

Both formats hold the same columns (`columns.COLUMNS`) of exactly the rows a filter selects, in
the table's sort. Rows stream from the store in batches, so memory stays flat at any size, and a
file appears under its name only once complete (`safe_write`).
"""

from __future__ import annotations

import enum
import os
import threading
from pathlib import Path

from aliorders_desktop.store import OrderFilter

from .cells import commission_state, commission_state_name, flag, flag_name, money, safe_text
from .csv_file import export_csv
from .rows import ExportCancelled, Progress
from .safe_write import ExportError


class ExportFormat(enum.StrEnum):
    CSV = "csv"
    XLSX = "xlsx"

    @classmethod
    def of_path(cls, path: str | os.PathLike[str]) -> ExportFormat:
        """The format a file name asks for by its extension; CSV unless it ends in .xlsx."""
        return cls.XLSX if Path(path).suffix.lower() == ".xlsx" else cls.CSV


def export_orders(
    path: str | os.PathLike[str],
    fmt: ExportFormat,
    order_filter: OrderFilter,
    sort: str = "paid_at",
    descending: bool = True,
    *,
    ids_as_text: bool = False,
    english_headers: bool = False,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Write every row the filter selects, in the given sort, as `fmt`; return the rows written.

    `progress` is called with the rows written so far, every few thousand rows and at the end;
    setting `cancel` stops the export with `ExportCancelled` and leaves no file. Failures to write
    raise `ExportError`, whose `strerror` says in words what went wrong. `ids_as_text` applies
    to CSV only (an Excel workbook always keeps IDs as text). Titles are in the user's language
    unless `english_headers` (stable names for scripts; a workbook is then English throughout).
    """
    if fmt is ExportFormat.XLSX:
        # Imported here: the window imports this package at start-up for `money`, and needs
        # XlsxWriter only once someone exports a workbook.
        from .xlsx_file import export_xlsx

        return export_xlsx(
            path, order_filter, sort, descending, english=english_headers, progress=progress, cancel=cancel
        )
    return export_csv(
        path,
        order_filter,
        sort,
        descending,
        ids_as_text=ids_as_text,
        english_headers=english_headers,
        progress=progress,
        cancel=cancel,
    )


__all__ = [
    "ExportCancelled",
    "ExportError",
    "ExportFormat",
    "commission_state",
    "commission_state_name",
    "export_csv",
    "export_orders",
    "flag",
    "flag_name",
    "money",
    "safe_text",
]
