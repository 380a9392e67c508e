"""A breakdown table (`store.breakdown`) as a CSV file or an Excel workbook.

One row per group and currency, the same columns as the Insights table; money never summed
across currencies (each currency's groups and shares stand on their own). Written through
`safe_write`, so a file appears only once complete, with text cells neutralised like every export.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Sequence
from pathlib import Path

from aliorders_desktop.i18n import QT_TRANSLATE_NOOP
from aliorders_desktop.store.insights import BreakdownRow

from .cells import money, safe_text
from .columns import heading
from .safe_write import replaced_when_complete

BREAKDOWN_COLUMNS = (
    (QT_TRANSLATE_NOOP("Export", "Group"), 28),
    (QT_TRANSLATE_NOOP("Export", "Title"), 40),
    (QT_TRANSLATE_NOOP("Export", "Currency"), 10),
    (QT_TRANSLATE_NOOP("Export", "Orders"), 10),
    (QT_TRANSLATE_NOOP("Export", "Sub-orders"), 11),
    (QT_TRANSLATE_NOOP("Export", "Paid amount"), 16),
    (QT_TRANSLATE_NOOP("Export", "Estimated commission"), 20),
    (QT_TRANSLATE_NOOP("Export", "Settled commission (final)"), 24),
    (QT_TRANSLATE_NOOP("Export", "Invalid rate (%)"), 14),
    (QT_TRANSLATE_NOOP("Export", "Average commission rate (%)"), 24),
    (QT_TRANSLATE_NOOP("Export", "Share of commission (%)"), 22),
)
NO_VALUE = QT_TRANSLATE_NOOP("Export", "(none)")


def export_breakdown(
    path: str | os.PathLike[str],
    tables: Sequence[tuple[str, Sequence[BreakdownRow]]],
    *,
    xlsx: bool,
    english: bool = False,
) -> int:
    """Write (currency, breakdown rows) tables as one sheet; returns the rows written."""
    rows = [_cells(currency, row, english) for currency, table in tables for row in table]
    titles = [heading(title, english) for title, _ in BREAKDOWN_COLUMNS]
    target = Path(path)
    with replaced_when_complete(target) as partial:
        if xlsx:
            _write_xlsx(partial, titles, rows, english)
        else:
            with partial.open("w", encoding="utf-8", newline="") as handle:
                handle.write("\ufeff")  # so Excel detects UTF-8
                writer = csv.writer(handle)
                writer.writerow(titles)
                writer.writerows([_csv_text(cell) for cell in row] for row in rows)
    return len(rows)


def _cells(currency: str, row: BreakdownRow, english: bool) -> list[object]:
    """A row's values: text, integer counts, money as (minor units, currency), ratios as percent."""
    f = row.figures
    return [
        row.key if row.key is not None else heading(NO_VALUE, english),
        row.title or "",
        currency,
        f.orders,
        f.sub_orders,
        (f.paid_amount, currency),
        (f.estimated, currency),
        (f.settled, currency),
        _percent(f.invalid_share),
        None if row.average_rate is None else round(row.average_rate, 2),
        _percent(row.share),
    ]


def _percent(ratio: float | None) -> float | None:
    return None if ratio is None else round(100 * ratio, 2)


def _csv_text(cell: object) -> object:
    if isinstance(cell, tuple):
        return money(*cell)
    if isinstance(cell, str):
        return safe_text(cell)
    return "" if cell is None else cell


def _write_xlsx(path: Path, titles: list[str], rows: list[list[object]], english: bool) -> None:
    import xlsxwriter  # only once someone exports a workbook, as for orders

    from .xlsx_file import Formats, major_number, start_sheet

    book = xlsxwriter.Workbook(str(path))
    formats = Formats(book)
    sheet = book.add_worksheet(heading(QT_TRANSLATE_NOOP("Export", "Breakdown"), english))
    start_sheet(sheet, formats, list(zip(titles, (width for _, width in BREAKDOWN_COLUMNS), strict=True)))
    for index, cells in enumerate(rows, start=1):
        for col, cell in enumerate(cells):
            if isinstance(cell, tuple):
                sheet.write_number(index, col, major_number(*cell), formats.money(cell[1]))
            elif isinstance(cell, str):
                sheet.write_string(index, col, safe_text(cell))
            elif isinstance(cell, float):
                sheet.write_number(index, col, cell, formats.rate)
            elif cell is not None:
                sheet.write_number(index, col, cell)
    book.close()
