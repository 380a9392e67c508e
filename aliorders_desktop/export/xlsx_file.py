"""Excel workbooks: typed cells a publisher can sum and filter without an import dialog.

IDs are text (Excel keeps 15 significant digits of a number, so 16-digit IDs would lose their
last), money is a number in its currency's format, times are Excel dates on this computer's
clock. The header row is frozen and filters, and a second sheet totals what was exported per
currency. XlsxWriter's `constant_memory` mode writes each row to disk as it comes, so memory
stays flat at any number of rows.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from functools import cache
from itertools import chain
from pathlib import Path
from tempfile import TemporaryDirectory

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from aliorders_desktop import store
from aliorders_desktop.aliexpress.orders import major_units, minor_unit_exponent, status_name
from aliorders_desktop.i18n import QT_TRANSLATE_NOOP, translate
from aliorders_desktop.store import OrderFilter

from .cells import commission_state, commission_state_name, flag, flag_name, safe_text
from .columns import COLUMNS, SOURCE_INDEX, Kind, heading
from .rows import Progress, stored_batches
from .safe_write import ExportError, replaced_when_complete

MAX_ROWS = 1_048_576 - 1
"""Excel's rows per sheet, less the header."""

_EXCEL_EPOCH = datetime(1899, 12, 30)
_DATE_FORMAT = "yyyy-mm-dd hh:mm:ss"
TOTALS_SHEET = QT_TRANSLATE_NOOP("Export", "Totals")
ORDERS_SHEET = QT_TRANSLATE_NOOP("Export", "Orders")


class Formats:
    """The workbook's cell formats, made once each (a workbook holds a limited number)."""

    def __init__(self, book: xlsxwriter.Workbook) -> None:
        self.book = book
        self.header = book.add_format({"bold": True, "bottom": 1})
        self.date = book.add_format({"num_format": _DATE_FORMAT})
        self.rate = book.add_format({"num_format": "0.00"})

    @cache  # noqa: B019 - one per currency for the workbook's life
    def money(self, currency: str | None) -> Format:
        """Thousands grouped, as many decimals as the currency has (JPY none, KWD three), its code."""
        places = minor_unit_exponent(currency)
        decimals = "." + "0" * places if places else ""
        suffix = f' "{currency}"' if currency else ""
        return self.book.add_format({"num_format": f"#,##0{decimals}{suffix}"})


def major_number(minor: int, currency: str | None) -> float:
    """A stored amount as the number a money cell holds (a cell is a double anyway)."""
    return float(major_units(minor, currency))


def export_xlsx(
    path: str | os.PathLike[str],
    order_filter: OrderFilter,
    sort: str = "paid_at",
    descending: bool = True,
    *,
    english: bool = False,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Write every row the filter selects, in the given sort, and their totals; return the rows written.

    The file appears under its name only when complete: a failure or cancel leaves no half file.
    Titles, sheet names, statuses and words are in the user's language, or all English if `english`.
    """
    target = Path(path)
    if (count := store.count_orders(order_filter)) > MAX_ROWS:
        too_many = translate(
            "Export",
            "{count} orders are more than an Excel sheet holds ({limit}); "
            "narrow the date range or export CSV",
        )
        raise ExportError(None, too_many.format(count=count, limit=MAX_ROWS), str(target))
    with workbook(target) as (book, formats):
        orders = book.add_worksheet(heading(ORDERS_SHEET, english))
        totals = book.add_worksheet(heading(TOTALS_SHEET, english))
        selected = chain.from_iterable(stored_batches(order_filter, sort, descending, progress, cancel))
        written = write_orders(orders, formats, selected, english)
        _write_totals(totals, formats, store.totals(order_filter), english)
    if progress:
        progress(written)
    return written


@contextmanager
def workbook(target: Path) -> Iterator[tuple[xlsxwriter.Workbook, Formats]]:
    """A workbook written row by row, that appears as `target` only once complete."""
    with (
        replaced_when_complete(target) as partial,
        # Each sheet's rows wait in a file of their own until the workbook is assembled: beside
        # the target (the disk the workbook goes to anyway), in a folder removed however it ends.
        TemporaryDirectory(prefix=f".{target.name}.", dir=target.parent, ignore_cleanup_errors=True) as rows,
    ):
        book = xlsxwriter.Workbook(str(partial), {"constant_memory": True, "tmpdir": rows})
        yield book, Formats(book)
        try:
            book.close()
        except FileCreateError as exc:
            raise exc.args[0] from None  # XlsxWriter wraps the OSError that says what went wrong


def write_orders(sheet: Worksheet, formats: Formats, rows: Iterable[tuple], english: bool) -> int:
    """The order columns (`columns.COLUMNS`) of `rows` (stored values, `columns.SOURCES`) under a
    filtering header; returns the rows written."""
    start_sheet(sheet, formats, [(heading(column.title, english), column.width) for column in COLUMNS])
    writers = [
        (index, SOURCE_INDEX[column.source], _cell_writer(column.kind, sheet, formats, english))
        for index, column in enumerate(COLUMNS)
    ]
    currency_at = SOURCE_INDEX["currency"]
    row = 0
    for values in rows:
        row += 1
        currency = values[currency_at]
        for col, source, write in writers:
            value = values[source]
            if value is not None:
                write(row, col, value, currency)
    sheet.autofilter(0, 0, row, len(COLUMNS) - 1)
    return row


Writer = Callable[[int, int, object, str | None], object]


def _cell_writer(kind: Kind, sheet: Worksheet, formats: Formats, english: bool) -> Writer:
    """How a non-empty stored value of this kind goes into its cell. Text is always written as
    text: a string cell is never evaluated, so nothing needs neutralising."""
    text, number = sheet.write_string, sheet.write_number
    if kind in (Kind.ID, Kind.NAME) or (kind is Kind.STATUS and english):
        return lambda row, col, value, _: text(row, col, str(value))
    if kind is Kind.STATUS:
        return lambda row, col, value, _: text(row, col, status_name(value))
    if kind is Kind.TEXT:
        return lambda row, col, value, _: text(row, col, value)
    if kind is Kind.STATE:
        state = commission_state if english else commission_state_name
        return lambda row, col, value, _: text(row, col, state(value))
    if kind is Kind.FLAG:
        yes_no = flag if english else flag_name
        return lambda row, col, value, _: text(row, col, yes_no(value))
    if kind is Kind.COUNT:
        return lambda row, col, value, _: number(row, col, value)
    if kind is Kind.MONEY:
        return lambda row, col, minor, currency: number(
            row, col, major_number(minor, currency), formats.money(currency)
        )
    if kind is Kind.TIME:
        return lambda row, col, value, _: number(row, col, _excel_date(value), formats.date)
    return lambda row, col, value, _: _write_rate(sheet, formats, row, col, value)


def start_sheet(sheet: Worksheet, formats: Formats, columns: Sequence[tuple[str, int]]) -> None:
    """Titles in a frozen header row, and each column as wide as its (title, width) says."""
    for index, (_, width) in enumerate(columns):
        sheet.set_column(index, index, width)
    sheet.write_row(0, 0, [title for title, _ in columns], formats.header)
    sheet.freeze_panes(1, 0)


def _excel_date(epoch: int) -> float:
    """Epoch seconds as an Excel date on this computer's clock (days since 1899-12-30)."""
    return (datetime.fromtimestamp(epoch) - _EXCEL_EPOCH).total_seconds() / 86_400


def _write_rate(sheet: Worksheet, formats: Formats, row: int, col: int, rate: str) -> None:
    """"3.00%" as the number 3.00 under "Commission rate (%)"; anything else as the text it is."""
    try:
        sheet.write_number(row, col, float(rate.removesuffix("%")), formats.rate)
    except ValueError:
        sheet.write_string(row, col, safe_text(rate))


_TOTALS_COLUMNS = (
    (QT_TRANSLATE_NOOP("Export", "Currency"), 10),
    (QT_TRANSLATE_NOOP("Export", "Sub-orders"), 11),
    (QT_TRANSLATE_NOOP("Export", "Paid amount"), 18),
    (QT_TRANSLATE_NOOP("Export", "Estimated commission"), 20),
    (QT_TRANSLATE_NOOP("Export", "Commission at completion"), 24),
    (QT_TRANSLATE_NOOP("Export", "Settled commission (final)"), 24),
)
_NO_CURRENCY = QT_TRANSLATE_NOOP("Export", "(none)")
_ESTIMATE_NOTE = QT_TRANSLATE_NOOP(
    "Export", "Commission is an estimate until Completed Settlement; Invalid orders earn none."
)


def _write_totals(
    sheet: Worksheet, formats: Formats, totals: list[store.CurrencyTotals], english: bool
) -> None:
    """One row per currency, never summed across currencies."""
    start_sheet(sheet, formats, [(heading(title, english), width) for title, width in _TOTALS_COLUMNS])
    for row, total in enumerate(totals, start=1):
        money = formats.money(total.currency)
        sheet.write_string(row, 0, total.currency or heading(_NO_CURRENCY, english))
        sheet.write_number(row, 1, total.sub_orders)
        sums = (total.paid_amount, total.estimated_commission, total.finished_commission)
        for col, minor in enumerate((*sums, total.settled_commission), start=2):
            sheet.write_number(row, col, major_number(minor, total.currency), money)
    note_row = len(totals) + 2
    sheet.write_string(note_row, 0, heading(_ESTIMATE_NOTE, english))
