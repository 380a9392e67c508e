"""The monthly statement as a file: the commission settled in each month, per currency, and the
orders it came from (`store.statement`).

A workbook holds a summary sheet, then one sheet of orders per month; a CSV file holds the same
summary, then every order with its month. Both say that months are local calendar months (and
in which zone), and neither adds different currencies together.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Sequence
from datetime import tzinfo
from itertools import chain
from pathlib import Path

from aliorders_desktop.i18n import QT_TRANSLATE_NOOP
from aliorders_desktop.store.statement import StatementMonth

from .cells import money
from .columns import COLUMNS, heading
from .csv_file import formatted_rows
from .rows import stored_batches
from .safe_write import replaced_when_complete

SUMMARY_SHEET = QT_TRANSLATE_NOOP("Export", "Summary")
MONTH = QT_TRANSLATE_NOOP("Export", "Month")
_SUMMARY_COLUMNS = (
    (MONTH, 10),
    (QT_TRANSLATE_NOOP("Export", "Currency"), 10),
    (QT_TRANSLATE_NOOP("Export", "Sub-orders"), 11),
    (QT_TRANSLATE_NOOP("Export", "Settled commission"), 20),
)
_NOTE = QT_TRANSLATE_NOOP(
    "Export",
    "Commission settled in each month (Completed Settlement, final figures), by settlement date. "
    "Months are local calendar months ({zone}). Totals are per currency, never added across currencies.",
)
_SORT = "settled_at"


def statement_note(zone: tzinfo, english: bool = False) -> str:
    """What the figures are, and that months are the user's local calendar months."""
    return heading(_NOTE, english).format(zone=zone)


def export_statement(
    path: str | os.PathLike[str], months: Sequence[StatementMonth], zone: tzinfo, *, english: bool = False
) -> int:
    """Write the statement as a workbook (.xlsx) or CSV (any other name); returns the orders listed."""
    target = Path(path)
    if target.suffix.lower() == ".xlsx":
        return _write_workbook(target, months, zone, english)
    return _write_csv(target, months, zone, english)


def _summary_rows(months: Sequence[StatementMonth]) -> list[tuple[str, str, int, int]]:
    """(month, currency, sub-orders, settled commission in minor units); a month with nothing
    settled still has its row, with no currency."""
    rows = []
    for month in months:
        totals = [t for t in month.totals if t.sub_orders]
        rows.extend((month.label, t.currency or "", t.sub_orders, t.settled_commission) for t in totals)
        if not totals:
            rows.append((month.label, "", 0, 0))
    return rows


def _write_workbook(target: Path, months: Sequence[StatementMonth], zone: tzinfo, english: bool) -> int:
    from .xlsx_file import major_number, start_sheet, workbook, write_orders  # XlsxWriter only when needed

    written = 0
    with workbook(target) as (book, formats):
        summary = book.add_worksheet(heading(SUMMARY_SHEET, english))
        start_sheet(summary, formats, [(heading(title, english), width) for title, width in _SUMMARY_COLUMNS])
        rows = _summary_rows(months)
        for row, (label, currency, count, minor) in enumerate(rows, start=1):
            summary.write_string(row, 0, label)
            summary.write_string(row, 1, currency)
            summary.write_number(row, 2, count)
            summary.write_number(
                row, 3, major_number(minor, currency or None), formats.money(currency or None)
            )
        summary.write_string(len(rows) + 2, 0, statement_note(zone, english))
        for month in months:
            sheet = book.add_worksheet(month.label)
            batches = stored_batches(month.order_filter, _SORT, False, None, None)
            written += write_orders(sheet, formats, chain.from_iterable(batches), english)
    return written


def _write_csv(target: Path, months: Sequence[StatementMonth], zone: tzinfo, english: bool) -> int:
    written = 0
    with (
        replaced_when_complete(target) as partial,
        partial.open("w", encoding="utf-8", newline="") as handle,
    ):
        handle.write("\ufeff")  # Excel then reads it as UTF-8
        writer = csv.writer(handle)
        writer.writerow([statement_note(zone, english)])
        writer.writerow([])
        writer.writerow(heading(title, english) for title, _ in _SUMMARY_COLUMNS)
        for label, currency, count, minor in _summary_rows(months):
            writer.writerow([label, currency, count, money(minor, currency or None)])
        writer.writerow([])
        writer.writerow([heading(MONTH, english), *(heading(c.title, english) for c in COLUMNS)])
        for month in months:
            for batch in formatted_rows(month.order_filter, _SORT, False):
                writer.writerows((month.label, *row) for row in batch)
                written += len(batch)
    return written
