"""A sync from the window: start it for the chosen dates, show its progress, cancel it, and
report how it ended. The sync itself (`SyncService`) runs on a worker thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QProgressBar, QPushButton, QStatusBar, QToolBar

from aliorders_desktop import credentials, store
from aliorders_desktop.aliexpress.errors import ApiError
from aliorders_desktop.logs import report_crash
from aliorders_desktop.sync.service import SyncProgress, SyncResult, SyncService, odd_value_text
from aliorders_desktop.ui.background import BackgroundTask
from aliorders_desktop.ui.banner import MessageBanner
from aliorders_desktop.ui.date_range import DateRangePicker
from aliorders_desktop.ui.formats import day, fill, number
from aliorders_desktop.ui.main_window.error_text import describe_error, is_explained
from aliorders_desktop.ui.session import AppSession

REFRESH_COALESCE_MS = 400
"""While a sync saves pages, the table re-reads the database at most this often."""
PROGRESS_TEXT_PADDING = 24
"""Room either side of the progress text, in pixels, for the bar's frame and the style's margins."""
PROGRESS_STEPS = 1000
"""The progress bar's range: it shows a share (`SteadyShare`), not pages."""


class SteadyShare:
    """How much of a sync the progress bar shows as done: never less than it showed before.

    The pages planned grow as each query reports how many pages it has (2 of 3 done, then 2 of
    40), which drew the bar backwards. When the plan changes, what is left of the bar is spread
    over the pages still to come instead, so it only ever moves forward and is full at the end.
    """

    def __init__(self) -> None:
        self.share = 0.0
        self._planned = 0
        self._done = 0
        self._from_share, self._from_done = 0.0, 0

    def update(self, done: int, planned: int) -> float:
        """The share to show once `done` of `planned` pages are saved."""
        if planned != self._planned:
            self._planned = planned
            self._from_share, self._from_done = self.share, self._done
        self._done = done
        left = planned - self._from_done
        part = (done - self._from_done) / left if left > 0 else 1.0
        self.share = min(1.0, max(self.share, self._from_share + (1 - self._from_share) * part))
        return self.share


class SyncController(QObject):
    """Owns the sync's worker, its progress bar and Cancel button.

    `pagesSaved` (at most every `REFRESH_COALESCE_MS` while pages come in) and `ended` tell the
    window to re-read the store; `accountNeeded` that there is no account to sync with yet.
    `runSucceeded` (the `SyncResult`, completed or cancelled) and `runFailed` (the error) say how
    each run ended and whether it was an automatic one, for the schedule (`auto_sync`).
    """

    pagesSaved = Signal()
    ended = Signal()
    accountNeeded = Signal()
    runSucceeded = Signal(object, bool)
    runFailed = Signal(object, bool)

    def __init__(
        self,
        parent: QObject,
        *,
        session: AppSession,
        action: QAction,
        dates: DateRangePicker,
        banner: MessageBanner,
        status: QStatusBar,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._action = action
        self._dates = dates
        self._banner = banner
        self._status = status
        self._permitted = True
        self._automatic = False
        self._share = SteadyShare()
        self.task = BackgroundTask("syncThread", self)
        self.task.progressed.connect(self._on_progress)
        self.task.succeeded.connect(self._on_succeeded)
        self.task.failed.connect(self._on_failed)
        self.task.finished.connect(self._on_finished)
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_COALESCE_MS)
        self._refresh_timer.timeout.connect(self.pagesSaved)
        self.progress = QProgressBar(objectName="syncProgress", minimumWidth=160, textVisible=True)
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="cancelSyncButton")
        self.cancel_button.setToolTip(self.tr("Stop the sync now; every page saved so far is kept"))
        self.cancel_button.clicked.connect(self.cancel)

    def add_to(self, toolbar: QToolBar) -> None:
        """Put the progress bar and Cancel at the end of `toolbar`, hidden until a sync runs."""
        self._progress_action = toolbar.addWidget(self.progress)
        self._cancel_action = toolbar.addWidget(self.cancel_button)
        self._show_progress(False)

    def set_permitted(self, permitted: bool) -> None:
        """Whether this database user may sync: a workspace viewer gets no Sync command at all."""
        self._permitted = permitted
        self._action.setVisible(permitted)

    def is_running(self) -> bool:
        return self.task.is_running()

    def shutdown(self) -> None:
        self._refresh_timer.stop()
        self.task.shutdown()

    @Slot()
    def start(self) -> None:
        """Sync the dates the filter bar shows."""
        self.start_range(*self._dates.range())

    def start_range(self, first: date, last: date, *, automatic: bool = False) -> bool:
        """Sync [first, last]; returns whether the sync started.

        An `automatic` run (the schedule's) asks nothing of the user: no account or no keyring
        simply means no sync, and the banner the user may be reading stays.
        """
        return self.start_ranges([(first, last)], automatic=automatic)

    @Slot(object)
    def start_missing(self, ranges: list[tuple[date, date]]) -> None:
        """Sync exactly these ranges (the days no sync fetched), each recorded as a run of its own."""
        self.start_ranges(ranges)

    def start_ranges(self, ranges: list[tuple[date, date]], *, automatic: bool = False) -> bool:
        """Sync each of `ranges` in turn, as `start_range` syncs one; returns whether it started."""
        if not ranges or self.task.is_running() or not self._permitted:
            return False
        try:
            creds = self._session.credentials()
        except credentials.KeyringUnavailable as exc:
            if not automatic:
                self._banner.show_message(str(exc))
            return False
        if creds is None:
            if not automatic:
                self.accountNeeded.emit()
            return False
        service = self._session.sync_service(creds)
        windows = sum(service.window_count(first, last) for first, last in ranges)
        if not automatic:
            self._banner.dismiss()
        if not self.task.start(_sync_job(service, ranges)):
            return False  # shut down: the window is closing or being replaced
        self._automatic = automatic
        self._share = SteadyShare()
        self._show_progress(True)
        self.progress.setRange(0, 0)  # busy until the first page is saved
        (first, _), (_, last) = ranges[0], ranges[-1]
        if len(ranges) > 1:
            text = self.tr("Syncing the %Ln never-synced stretch(es) of %1 – %2…", "", len(ranges))
        elif windows > 1:
            text = self.tr("Syncing %1 – %2, split into %Ln windows of at most 90 days…", "", windows)
        else:
            text = self.tr("Syncing %1 – %2…")
        self._status.showMessage(fill(text, day(first), day(last)))
        return True

    @Slot()
    def cancel(self) -> None:
        self.task.cancel()
        self.cancel_button.setEnabled(False)
        self._status.showMessage(self.tr("Cancelling…"))

    @Slot(object)
    def _on_progress(self, progress: SyncProgress) -> None:
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setValue(
            round(PROGRESS_STEPS * self._share.update(progress.pages_done, progress.pages_planned))
        )
        self.progress.setFormat(
            fill(
                self.tr("%1 / %2 pages · %3 new"),
                number(progress.pages_done),
                number(progress.pages_planned),
                number(progress.counts.new),
            )
        )
        self._fit_progress_text()
        if not self._refresh_timer.isActive():  # not restarted: pages keep coming all along
            self._refresh_timer.start()

    @Slot(object)
    def _on_succeeded(self, result: SyncResult) -> None:
        self._status.showMessage(result.summary(), 15000)
        self.runSucceeded.emit(result, self._automatic)
        if result.problems:
            self._banner.show_message(
                self.tr(
                    "Synced, but AliExpress refused %Ln of the queries even as one-day windows, so the "
                    "orders they cover may be missing or out of date (the rest of the range is current). "
                    "Sync again later to fetch them.",
                    "",
                    len(result.problems),
                ),
                "\n".join([*result.problems, *map(odd_value_text, result.odd_values)]),
                kind="warning",
            )
        elif result.odd_values:
            self._banner.show_message(
                self.tr(
                    "Synced, but AliExpress sent %Ln value(s) that could not be read or stored: they were "
                    "left empty, or their order was skipped. The next sync tries them again.",
                    "",
                    len(result.odd_values),
                ),
                "\n".join(map(odd_value_text, result.odd_values)),
                kind="warning",
            )

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self.runFailed.emit(error, self._automatic)
        if not is_explained(error):  # a defect: the crash dialog names the log with its traceback
            self._status.clearMessage()
            report_crash(error)
            return
        if self._automatic and _passes_by_itself(error):
            self._status.clearMessage()  # "Syncing…" is over; the schedule's note says what next
            return
        message, details = describe_error(error)
        if not isinstance(error, store.SyncInProgressError):
            message += " " + self.tr("Orders fetched before the problem are kept.")
        self._banner.show_message(message, details)

    @Slot()
    def _on_finished(self) -> None:
        self._show_progress(False)
        self._refresh_timer.stop()
        self.ended.emit()

    def _fit_progress_text(self) -> None:
        """Widen the bar to its text, never narrowing it during one sync (so it does not jitter):
        the Fusion style draws the text over the whole bar and clips whatever does not fit."""
        needed = self.progress.fontMetrics().horizontalAdvance(self.progress.text()) + PROGRESS_TEXT_PADDING
        if needed > self.progress.minimumWidth():
            self.progress.setMinimumWidth(needed)

    def _show_progress(self, visible: bool) -> None:
        self._progress_action.setVisible(visible)
        self._cancel_action.setVisible(visible)
        self.cancel_button.setEnabled(visible)
        self._action.setEnabled(not visible)


def _passes_by_itself(error: object) -> bool:
    """Whether a problem goes away without the user: no connection, AliExpress busy or limiting,
    or another process syncing. An automatic run keeps quiet about those."""
    return isinstance(error, store.SyncInProgressError) or (isinstance(error, ApiError) and error.retryable)


def _sync_job(service: SyncService, ranges: list[tuple[date, date]]):
    def job(report: Callable[[object], None], cancel: threading.Event) -> SyncResult:
        return service.run_ranges(ranges, cancel=cancel, progress=lambda p: report(replace(p)))

    return job
