"""Auto-sync: while the window is open, sync by itself every so often (Settings ▸ Sync).

It only decides *when* and *which days*; the sync itself is the window's `SyncController`, the
same as the Sync button's, so a manual and an automatic sync can never run side by side. When is
read from the store's record of syncs, so a sync by hand (or by `aliorders sync`) that completes
also moves the next one on. Everything here runs on the GUI thread.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

from aliorders_desktop import config, credentials, store
from aliorders_desktop.aliexpress.client import AppCredentials
from aliorders_desktop.aliexpress.errors import CredentialsError, NetworkError, PermissionDeniedError
from aliorders_desktop.sync.service import SyncResult
from aliorders_desktop.ui.main_window.sync_controller import SyncController
from aliorders_desktop.ui.session import AppSession

TICK_MS = 60_000
"""How often the schedule looks at the clock: due syncs start, and the status bar's times move on."""
FAILURES_BEFORE_PAUSE = 3
MAX_BACKOFF = 4
"""After failures in a row, the next try waits 1, 2, then at most this many intervals."""


class AutoSyncState(enum.Enum):
    UNAVAILABLE = "unavailable"
    """Nothing to schedule: a workspace viewer, or no account yet."""
    OFF = "off"
    SCHEDULED = "scheduled"
    PAUSED = "paused"
    """By the user, until they resume."""
    OFFLINE = "offline"
    """The last try could not reach AliExpress; it tries again at `next_at`."""
    FAILING = "failing"
    """`FAILURES_BEFORE_PAUSE` tries in a row failed; it tries again at `next_at`."""
    REFUSED = "refused"
    """AliExpress refused the account: until the user changes it in Settings or syncs by hand."""


@dataclass(frozen=True)
class Schedule:
    """Where auto-sync stands, for the status bar."""

    state: AutoSyncState
    next_at: datetime | None = None
    """When the next automatic sync (or try) is due, in UTC; None when none is."""


class AutoSync(QObject):
    """The window's sync schedule. `scheduleChanged` carries a `Schedule` after every tick and every
    change; `pausedChanged` follows `set_paused`, the user's own pause."""

    pausedChanged = Signal(bool)
    scheduleChanged = Signal(object)

    def __init__(self, parent: QObject, *, session: AppSession, controller: SyncController) -> None:
        super().__init__(parent)
        self._session = session
        self._controller = controller
        self._settings = config.load_settings()
        self._permitted = True
        self._paused = False
        self._failures = 0
        self._offline = False
        self._retry_at: datetime | None = None
        self._refused_account: AppCredentials | None = None
        self._refused = False
        self._current_account = self._account()
        """Read at start and when Settings closes, not at every tick: a keyring read may be slow."""
        self._timer = QTimer(self, interval=TICK_MS)
        self._timer.timeout.connect(self.tick)
        controller.runSucceeded.connect(self._on_run_succeeded)
        controller.runFailed.connect(self._on_run_failed)

    # --- what the window and (later) the tray menu call ------------------------------------
    @property
    def paused(self) -> bool:
        return self._paused

    def start(self) -> None:
        """Look at the clock every minute from now on; the first due sync starts at the first tick,
        once the window has settled."""
        self._timer.start()
        self._announce()

    def stop(self) -> None:
        self._timer.stop()

    def set_permitted(self, permitted: bool) -> None:
        """Whether this database user may sync: a workspace viewer's window never syncs by itself."""
        self._permitted = permitted
        self._announce()

    @Slot(bool)
    def set_paused(self, paused: bool) -> None:
        if paused == self._paused:
            return
        self._paused = paused
        self.pausedChanged.emit(paused)
        self._announce()

    @Slot()
    def sync_now(self) -> None:
        """Sync the days an automatic sync would, now, as a sync by hand (whose problems are shown)."""
        try:
            first, last = self.sync_range()
        except store.StoreError:
            return  # the database is out of reach: the next reload says so
        self._controller.start_range(first, last)

    @Slot()
    def reload_settings(self) -> None:
        """Follow what Settings has saved; a new App Key or Secret lifts a pause for a refused one."""
        self._settings = config.load_settings()
        self._current_account = self._account()
        if self._refused and self._current_account != self._refused_account:
            self._refused = False
        self._announce()

    # --- the schedule -----------------------------------------------------------------------
    @Slot()
    def tick(self) -> None:
        """Start the automatic sync if it is due, then tell the status bar how things stand."""
        schedule = self.schedule()
        if schedule.next_at is not None and schedule.next_at <= datetime.now(UTC):
            self._start_due_sync()
        self.scheduleChanged.emit(schedule)  # a sync just started changes nothing until it ends

    def schedule(self) -> Schedule:
        """Where auto-sync stands now, read afresh: the store may have a newer sync from elsewhere."""
        if not self._permitted or not self.has_account():
            return Schedule(AutoSyncState.UNAVAILABLE)
        if not self._settings.auto_sync_minutes:
            return Schedule(AutoSyncState.OFF)
        if self._paused:
            return Schedule(AutoSyncState.PAUSED)
        if self._refused:
            return Schedule(AutoSyncState.REFUSED)
        try:
            next_at = self._next_due()
        except store.StoreError:
            return Schedule(AutoSyncState.UNAVAILABLE)
        if self._failures and self._offline:
            return Schedule(AutoSyncState.OFFLINE, next_at)
        if self._failures >= FAILURES_BEFORE_PAUSE:
            return Schedule(AutoSyncState.FAILING, next_at)
        return Schedule(AutoSyncState.SCHEDULED, next_at)

    def sync_range(self) -> tuple[date, date]:
        """The last N days (Settings ▸ Sync), and every day since the last completed sync.

        Since it means from the earlier of the day it started and the last day it covered: a sync
        of an old range by hand leaves the days after that range still to fetch.
        """
        today = date.today()
        first = today - timedelta(days=self._settings.recheck_days - 1)
        last_run = store.last_successful_sync()
        if last_run is not None:
            first = min(first, last_run.range_end, last_run.started_at.astimezone().date())
        return first, today

    def _interval(self) -> timedelta:
        return timedelta(minutes=self._settings.auto_sync_minutes)

    def _next_due(self) -> datetime:
        """One interval after the last completed sync (now if there was none), or the retry time
        after failures, whichever is later."""
        last_run = store.last_successful_sync()
        due = datetime.now(UTC)
        if last_run is not None:
            due = (last_run.finished_at or last_run.started_at) + self._interval()
        if self._retry_at is not None:
            due = max(due, self._retry_at)
        return due

    def _start_due_sync(self) -> None:
        """Start the automatic sync, unless a sync is running: this window's own (waited for: the
        next tick decides again) or another process's (a turn skipped quietly). Nor while a dialog
        such as Settings is open, where the user may be about to switch databases."""
        if self._controller.is_running() or QApplication.activeModalWidget() is not None:
            return
        try:
            if store.sync_running():
                return
            first, last = self.sync_range()
        except store.StoreError:
            return
        self._controller.start_range(first, last, automatic=True)

    @Slot(object, bool)
    def _on_run_succeeded(self, result: SyncResult, automatic: bool) -> None:
        if result.outcome is store.SyncOutcome.CANCELLED:
            if automatic:  # the user stopped it: not again before an interval has passed
                self._retry_at = datetime.now(UTC) + self._interval()
        else:
            self._failures, self._offline, self._retry_at, self._refused = 0, False, None, False
        self._announce()

    @Slot(object, bool)
    def _on_run_failed(self, error: object, automatic: bool) -> None:
        if isinstance(error, store.SyncInProgressError):
            return  # another process took the lock first: this turn is skipped
        if isinstance(error, CredentialsError | PermissionDeniedError):
            self._current_account = self._account()  # the one refused, read once
            self._refused, self._refused_account = True, self._current_account
        elif not automatic:
            self._refused = False  # synced by hand: the schedule carries on as it was
        if automatic:
            self._failures += 1
            self._offline = isinstance(error, NetworkError) and error.retryable
            backoff = min(2 ** (self._failures - 1), MAX_BACKOFF)
            self._retry_at = datetime.now(UTC) + self._interval() * backoff
        self._announce()

    def _announce(self) -> None:
        self.scheduleChanged.emit(self.schedule())

    def _account(self) -> AppCredentials | None:
        try:
            return self._session.credentials()
        except credentials.KeyringUnavailable:
            return None

    def has_account(self) -> bool:
        """Whether an account (or the demo one) was connected when Settings last closed."""
        return self._current_account is not None
