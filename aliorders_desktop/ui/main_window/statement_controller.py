"""Export → Statement…: the commission settled in each month of a chosen span, with its orders,
as an Excel workbook or a CSV file, written on a worker thread (`aliorders statement` writes the
same files)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QObject, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QStatusBar,
    QWidget,
)

from aliorders_desktop import store
from aliorders_desktop.days import local_zone
from aliorders_desktop.export.statement import export_statement
from aliorders_desktop.store.statement import months_of, statement
from aliorders_desktop.ui.background import BackgroundTask, Job
from aliorders_desktop.ui.banner import MessageBanner
from aliorders_desktop.ui.formats import fill
from aliorders_desktop.ui.main_window.error_text import describe_error


class StatementDialog(QDialog):
    """Which months the statement covers; last month by default."""

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent, objectName="statementDialog")
        self.setWindowTitle(self.tr("Statement"))
        last_month = ((today or date.today()).replace(day=1) - timedelta(days=1)).replace(day=1)
        self.first = self._month_edit("statementFirstMonth", last_month)
        self.last = self._month_edit("statementLastMonth", last_month)
        explanation = QLabel(
            self.tr(
                "The commission settled in each month (final figures, by settlement date), per "
                "currency, with the orders it came from: a summary, then one sheet per month. "
                "Months are your local calendar months."
            ),
            wordWrap=True,
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(explanation)
        layout.addRow(self.tr("From month"), self.first)
        layout.addRow(self.tr("To month"), self.last)
        layout.addRow(buttons)
        self.setMinimumWidth(420)

    def _month_edit(self, name: str, month: date) -> QDateEdit:
        edit = QDateEdit(QDate(month), objectName=name, calendarPopup=True)
        edit.setDisplayFormat("yyyy-MM")
        return edit

    def months(self) -> list[date]:
        """The first day of each chosen month, in order whichever end was picked first."""
        first, last = sorted((self.first.date().toPython(), self.last.date().toPython()))
        return months_of(first, last)


def statement_job(path: str, months: list[date]) -> Job:
    """Add up the months and write the file, on the worker thread's own connection."""

    def job(_report: Callable[[object], None], _cancel: threading.Event) -> tuple[str, int]:
        zone = local_zone()
        with store.job_connection():
            return path, export_statement(path, statement(months, zone), zone)

    return job


class StatementController(QObject):
    """Owns the statement's worker; one statement at a time."""

    def __init__(self, parent: QWidget, *, banner: MessageBanner, status: QStatusBar) -> None:
        super().__init__(parent)
        self._banner = banner
        self._status = status
        self.task = BackgroundTask("statementThread", self)
        self.task.succeeded.connect(self._on_succeeded)
        self.task.failed.connect(self._on_failed)

    @Slot()
    def ask(self) -> None:
        if self.task.is_running():
            return
        dialog = StatementDialog(self.parent())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        months = dialog.months()
        suggested = f"aliorders-statement-{months[0]:%Y-%m}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self.parent(),
            self.tr("Save the statement"),
            suggested,
            ";;".join([self.tr("Excel workbook (*.xlsx)"), self.tr("CSV (*.csv)")]),
        )
        if path:
            self.write(path, months)

    def write(self, path: str, months: list[date]) -> None:
        """Write the statement of `months` to `path` (a workbook if it ends in .xlsx, else CSV)."""
        self.task.start(statement_job(path, months))
        self._status.showMessage(fill(self.tr("Writing the statement to %1…"), path))

    @Slot(object)
    def _on_succeeded(self, outcome: tuple[str, int]) -> None:
        path, written = outcome
        self._banner.show_message(
            fill(self.tr("Wrote the statement (%Ln settled order(s)) to %1.", "", written), path), kind="info"
        )
        self._status.clearMessage()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        message, details = describe_error(error)
        self._banner.show_message(fill(self.tr("The statement could not be written: %1"), message), details)
