"""Export from the window: ask where and in which format (remembering the choice), write what
the filters select on a worker thread, and report how it went. The files are
`aliorders_desktop.export`'s, as on the command line."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSettings, Slot
from PySide6.QtWidgets import QFileDialog, QStatusBar, QWidget

from aliorders_desktop import store
from aliorders_desktop.export import ExportCancelled, ExportFormat, export_orders
from aliorders_desktop.ui.background import BackgroundTask
from aliorders_desktop.ui.banner import MessageBanner
from aliorders_desktop.ui.main_window.error_text import describe_error
from aliorders_desktop.ui.orders_model import OrdersModel

WORKBOOK = "Excel workbook (*.xlsx)"
CSV_PLAIN = "CSV (*.csv)"
CSV_FOR_EXCEL = "CSV for Excel, long IDs kept as text (*.csv)"
WORKBOOK_ENGLISH = QT_TRANSLATE_NOOP("ExportController", "Excel workbook in English, for scripts (*.xlsx)")
CSV_ENGLISH = QT_TRANSLATE_NOOP("ExportController", "CSV with English column titles, for scripts (*.csv)")
KINDS = (WORKBOOK, CSV_PLAIN, CSV_FOR_EXCEL, WORKBOOK_ENGLISH, CSV_ENGLISH)
WORKBOOKS = (WORKBOOK, WORKBOOK_ENGLISH)
ENGLISH = (WORKBOOK_ENGLISH, CSV_ENGLISH)
"""Kinds whose titles stay English whatever the language (`aliorders export --english-headers`)."""
KIND_KEY = "export/kind"
"""The file type chosen last time, offered first next time."""


class ExportController(QObject):
    """Owns the export's worker; one export at a time."""

    def __init__(
        self, parent: QWidget, *, model: OrdersModel, banner: MessageBanner, status: QStatusBar
    ) -> None:
        super().__init__(parent)  # the file dialog's parent too; not kept, so no reference cycle
        self._model = model
        self._banner = banner
        self._status = status
        self.task = BackgroundTask("exportThread", self)
        self.task.progressed.connect(self._on_progress)
        self.task.succeeded.connect(self._on_succeeded)
        self.task.failed.connect(self._on_failed)

    @Slot()
    def export(self) -> None:
        if self.task.is_running():
            return
        last = QSettings().value(KIND_KEY, WORKBOOK)
        last = last if last in KINDS else WORKBOOK
        extension = "xlsx" if last in WORKBOOKS else "csv"
        suggested = f"aliorders-{date.today():%Y-%m-%d}.{extension}"
        path, kind = QFileDialog.getSaveFileName(
            self.parent(), "Export orders", suggested, ";;".join(KINDS), last
        )
        if not path:
            return
        QSettings().setValue(KIND_KEY, kind)
        fmt = ExportFormat.XLSX if kind in WORKBOOKS else ExportFormat.CSV
        self.export_to(path, excel_ids=kind == CSV_FOR_EXCEL, fmt=fmt, english_headers=kind in ENGLISH)

    def export_to(
        self,
        path: str,
        excel_ids: bool = False,
        fmt: ExportFormat | None = None,
        english_headers: bool = False,
    ) -> None:
        """Export what the filters and sort select (all matching rows, not only those on screen),
        as `aliorders export` does: a workbook or a CSV file as `fmt` (or the file name) says,
        with `--excel-ids` when `excel_ids` and `--english-headers` when `english_headers`."""
        sort, descending = self._model.sort_key
        fmt = fmt or ExportFormat.of_path(path)
        selected = self._model.order_filter
        self.task.start(_export_job(path, fmt, selected, sort, descending, excel_ids, english_headers))
        self._status.showMessage(f"Exporting to {path}…")

    @Slot(object)
    def _on_progress(self, written: int) -> None:
        self._status.showMessage(f"Exporting… {written:,} rows written")

    @Slot(object)
    def _on_succeeded(self, outcome: tuple[str, int]) -> None:
        path, written = outcome
        self._banner.show_message(f"Exported {written:,} rows to {path}.", kind="info")
        self._status.clearMessage()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        if isinstance(error, ExportCancelled):
            self._status.showMessage("Export cancelled.", 5000)
            return
        message, details = describe_error(error)
        self._banner.show_message(f"The export failed: {message}", details)


def _export_job(
    path: str,
    fmt: ExportFormat,
    order_filter: store.OrderFilter,
    sort: str,
    descending: bool,
    excel_ids: bool,
    english_headers: bool,
):
    def job(report: Callable[[object], None], cancel: threading.Event) -> tuple[str, int]:
        with store.db.connection_context():
            written = export_orders(
                path,
                fmt,
                order_filter,
                sort,
                descending,
                ids_as_text=excel_ids,
                english_headers=english_headers,
                progress=report,
                cancel=cancel,
            )
        return path, written

    return job
