"""Export from the window: ask where and in which format (remembering the choice), write what
the filters select on a worker thread, and report how it went. The files are
`aliorders_desktop.export`'s, as on the command line."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSettings, QStandardPaths, Slot
from PySide6.QtWidgets import QFileDialog, QStatusBar, QWidget

from aliorders_desktop import store
from aliorders_desktop.export import ExportCancelled, ExportFormat, export_orders
from aliorders_desktop.logs import report_crash
from aliorders_desktop.ui.background import BackgroundTask
from aliorders_desktop.ui.banner import MessageBanner
from aliorders_desktop.ui.formats import fill
from aliorders_desktop.ui.main_window.error_text import describe_error, is_explained
from aliorders_desktop.ui.orders_model import OrdersModel

WORKBOOK = QT_TRANSLATE_NOOP("ExportController", "Excel workbook (*.xlsx)")
CSV_PLAIN = QT_TRANSLATE_NOOP("ExportController", "CSV (*.csv)")
CSV_FOR_EXCEL = QT_TRANSLATE_NOOP("ExportController", "CSV for Excel, long IDs kept as text (*.csv)")
WORKBOOK_ENGLISH = QT_TRANSLATE_NOOP("ExportController", "Excel workbook in English, for scripts (*.xlsx)")
CSV_ENGLISH = QT_TRANSLATE_NOOP("ExportController", "CSV with English column titles, for scripts (*.csv)")
KINDS = (WORKBOOK, CSV_PLAIN, CSV_FOR_EXCEL, WORKBOOK_ENGLISH, CSV_ENGLISH)
"""The file types offered, by their English names (also what `KIND_KEY` keeps, whatever the language)."""
WORKBOOKS = (WORKBOOK, WORKBOOK_ENGLISH)
ENGLISH = (WORKBOOK_ENGLISH, CSV_ENGLISH)
"""Kinds whose titles stay English whatever the language (`aliorders export --english-headers`)."""
KIND_KEY = "export/kind"
"""The file type chosen last time, offered first next time."""
FOLDER_KEY = "export/folder"
"""The folder exported to last time, offered first next time (Documents before the first export)."""
SAME_KIND_AS = {
    ExportFormat.CSV: {WORKBOOK: CSV_PLAIN, WORKBOOK_ENGLISH: CSV_ENGLISH},
    ExportFormat.XLSX: {CSV_PLAIN: WORKBOOK, CSV_FOR_EXCEL: WORKBOOK, CSV_ENGLISH: WORKBOOK_ENGLISH},
}
"""For a name ending in .csv or .xlsx, the file type of that format closest to the one selected."""


def kind_name(kind: str) -> str:
    """A file type's name in the file dialog, in the window's language."""
    return QCoreApplication.translate("ExportController", kind)


def kind_for(path: str, selected: str) -> str:
    """The file type to write: the one the typed name asks for by its extension (`orders.csv`
    with the workbook type still selected is a CSV file), else the one selected."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in set(ExportFormat):
        return selected
    return SAME_KIND_AS[ExportFormat(suffix)].get(selected, selected)


def start_folder() -> Path:
    """Where the save dialog opens: the folder exported to last, else Documents (else home)."""
    last = QSettings().value(FOLDER_KEY, "")
    if last and Path(last).is_dir():
        return Path(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


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
        suggested = start_folder() / f"aliorders-{date.today():%Y-%m-%d}.{extension}"
        names = {kind_name(kind): kind for kind in KINDS}
        title = self.tr("Export %Ln filtered order(s)", "", self._model.rowCount())
        path, chosen = QFileDialog.getSaveFileName(
            self.parent(), title, str(suggested), ";;".join(names), kind_name(last)
        )
        if not path:
            return
        kind = kind_for(path, names.get(chosen, WORKBOOK))
        QSettings().setValue(KIND_KEY, kind)
        QSettings().setValue(FOLDER_KEY, str(Path(path).parent))
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
        self._status.showMessage(fill(self.tr("Exporting to %1…"), path))

    @Slot(object)
    def _on_progress(self, written: int) -> None:
        self._status.showMessage(self.tr("Exporting… %Ln row(s) written", "", written))

    @Slot(object)
    def _on_succeeded(self, outcome: tuple[str, int]) -> None:
        path, written = outcome
        self._banner.show_message(fill(self.tr("Exported %Ln row(s) to %1.", "", written), path), kind="info")
        self._status.clearMessage()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        if isinstance(error, ExportCancelled):
            self._status.showMessage(self.tr("Export cancelled."), 5000)
            return
        if not is_explained(error):  # a defect: the crash dialog names the log with its traceback
            report_crash(error)
            return
        message, details = describe_error(error)
        self._banner.show_message(fill(self.tr("The export failed: %1"), message), details)


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
        with store.job_connection():
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
