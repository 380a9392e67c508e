"""The notification after a sync: one summary of what it changed, never one message per order.

New orders with what they are estimated to earn, orders whose commission a settlement confirmed,
and orders that became Invalid with what they had been expected to earn: each kind on its line,
amounts per currency and never added together, each kind switched off in Settings ▸ Desktop.
Clicking the message shows exactly the orders it summed up (`showRequested`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QPoint, QRect, QSize, Signal, Slot
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

from aliorders_desktop import config, store
from aliorders_desktop.store import Change, ChangedIn, ChangeSum, SyncChanges
from aliorders_desktop.sync.service import SyncResult
from aliorders_desktop.ui.background import BackgroundTask, Job
from aliorders_desktop.ui.formats import fill, money
from aliorders_desktop.ui.tray import AppTray

MESSAGE_MS = 15_000
NOTICE_SIZE = QSize(420, 200)
"""About the room a desktop's message takes beside the tray icon (Qt's own balloon on X11,
Windows' notifications)."""
ANNOUNCED = (store.SyncOutcome.COMPLETED, store.SyncOutcome.PARTIAL)
"""Syncs that went through; a cancelled one says so in the status bar instead."""


def _amounts(sums: list[ChangeSum], estimate: bool) -> str:
    mark = "≈ " if estimate else ""
    return " · ".join(mark + money(s.amount, s.currency or "?") for s in sums)


def wanted_kinds(settings: config.Settings) -> list[Change]:
    """The kinds of change Settings ▸ Desktop asks to be told about, in the message's order."""
    wanted = {Change.NEW: settings.notify_new, Change.SETTLED: settings.notify_settled}
    wanted[Change.INVALID] = settings.notify_invalid
    return [kind for kind, on in wanted.items() if on]


def changes_job(run_id: int) -> Job:
    """A `BackgroundTask` job summing what run `run_id` changed, on the worker's own connection."""

    def job(_report: Callable[[object], None], _cancel: threading.Event) -> SyncChanges:
        with store.job_connection():
            return store.sync_changes(run_id)

    return job


def latest_changes_job(after_run: int | None) -> Job:
    """A job summing what the latest sync that went through changed, if it came after run
    `after_run`; None when no such sync exists."""

    def job(_report: Callable[[object], None], _cancel: threading.Event) -> SyncChanges | None:
        with store.job_connection():
            run = store.last_successful_sync()
            if run is None or (after_run is not None and run.id <= after_run):
                return None
            return store.sync_changes(run.id)

    return job


def message_would_cover(window: QMainWindow | None, tray: QSystemTrayIcon) -> bool:
    """Whether a tray message would sit over the window the user is working in: it is the active
    window and fills its screen, or reaches the corner where the message appears by the icon
    (over the footer's totals, at the bottom of a laptop's screen)."""
    if window is None or not window.isActiveWindow() or window.isMinimized():
        return False
    if window.isMaximized() or window.isFullScreen():
        return True
    icon = tray.geometry()
    if not icon.isValid():
        return False
    centre = window.screen().geometry().center()
    left = icon.right() - NOTICE_SIZE.width() if icon.center().x() > centre.x() else icon.left()
    top = icon.top() - NOTICE_SIZE.height() if icon.center().y() > centre.y() else icon.bottom()
    return window.frameGeometry().intersects(QRect(QPoint(left, top), NOTICE_SIZE))


class ChangeNotifier(QObject):
    """After each sync that went through, sums up its changes on a worker thread and shows them
    through the tray; emits `showRequested` with the orders when the message is clicked.

    While the message would cover the `window` the user works in, the summary shows in its
    status bar instead (the "Changed in last sync" filter shows its orders there).
    """

    showRequested = Signal(object)

    def __init__(
        self, tray: AppTray, parent: QObject | None = None, window: QMainWindow | None = None
    ) -> None:
        super().__init__(parent)
        self._tray = tray
        self._window = window
        last = store.last_successful_sync()
        self._announced = last.id if last is not None else None
        """The latest sync told about (or that went through before this window opened)."""
        self.task = BackgroundTask("changesThread", self)
        self.task.succeeded.connect(self._on_changes)
        tray.messageChosen.connect(self._on_chosen)

    @Slot(object)
    def announce(self, result: SyncResult) -> None:
        """Tell what the sync behind `result` changed, if it went through and anything is wanted."""
        if result.outcome not in ANNOUNCED or result.run_id is None:
            return
        self._announced = max(result.run_id, self._announced or 0)
        if wanted_kinds(config.load_settings()):
            self.task.start(changes_job(result.run_id))

    @Slot()
    def announce_latest(self) -> None:
        """Tell what another user's or process's sync changed (a workspace announced a change):
        a viewer, who never syncs, hears of new orders this way too. A sync told about already is
        not told again."""
        if wanted_kinds(config.load_settings()):
            self.task.start(latest_changes_job(self._announced))

    def shutdown(self) -> None:
        self.task.shutdown()

    def summary(self, changes: SyncChanges, kinds: Iterable[Change]) -> tuple[str, ChangedIn | None]:
        """The message's text for `kinds`, and the orders it speaks of (None: nothing to say)."""
        shown = [kind for kind in kinds if changes.sums.get(kind)]
        if not shown:
            return "", None
        text = "\n".join(self.summary_line(kind, changes.sums[kind]) for kind in shown)
        return text, ChangedIn(changes.run_id, frozenset(shown))

    def summary_line(self, kind: Change, sums: list[ChangeSum]) -> str:
        """One kind of change in one line, e.g. "5 new orders · ≈ 3.20 USD · ≈ 150.00 RUB"."""
        count = sum(s.sub_orders for s in sums)
        if kind is Change.NEW:
            return fill(self.tr("%n new order(s) · %1", "", count), _amounts(sums, estimate=True))
        if kind is Change.SETTLED:
            return fill(self.tr("%n order(s) settled · %1", "", count), _amounts(sums, estimate=False))
        lost = _amounts(sums, estimate=False)
        return fill(self.tr("%n order(s) became Invalid · %1 lost", "", count), lost)

    @Slot(object)
    def _on_changes(self, changes: SyncChanges | None) -> None:
        if changes is None:
            return
        self._announced = max(changes.run_id, self._announced or 0)
        text, shown = self.summary(changes, wanted_kinds(config.load_settings()))
        if shown is None:
            return
        if message_would_cover(self._window, self._tray):
            line = fill(self.tr("What the sync changed: %1"), text.replace("\n", "; "))
            self._window.statusBar().showMessage(line, MESSAGE_MS)
            return
        self._tray.notify(self.tr("What the sync changed"), text, MESSAGE_MS, shown)

    @Slot(object)
    def _on_chosen(self, subject: object) -> None:
        if isinstance(subject, ChangedIn):  # the tray's other messages are about other things
            self.showRequested.emit(subject)
