"""The status bar's lasting labels: the last and next sync, the database, the demo badge and a
viewer's note."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from aliorders_desktop import store
from aliorders_desktop.ui.elided import ElidingLabel
from aliorders_desktop.ui.formats import clock, day, fill, local_time
from aliorders_desktop.ui.main_window.auto_sync import AutoSyncState, Schedule

STALE_DAYS = 2
"""A last sync this many days old is shown in orange, with its age."""


class WindowStatusBar(QStatusBar):
    """Passing messages go through QStatusBar's own `showMessage`; the labels stay on the right."""

    def __init__(self, parent: QWidget | None = None, *, demo: bool) -> None:
        super().__init__(parent)
        self.last_sync_label = QLabel(objectName="lastSyncLabel")
        self.database_label = ElidingLabel(objectName="databaseLabel")  # a path can be long
        self.demo_badge = QLabel(" " + self.tr("DEMO DATA") + " ", objectName="demoBadge")
        self.demo_badge.setStyleSheet("background:#b8860b; color:white; border-radius:3px; font-weight:bold;")
        self.demo_badge.setToolTip(
            self.tr("Orders come from a simulated AliExpress on this computer, not your account.")
        )
        self.demo_badge.setVisible(demo)
        self.addPermanentWidget(self.last_sync_label)
        self.addPermanentWidget(self.database_label)
        self.addPermanentWidget(self.demo_badge)
        self.workspace_note = QLabel(objectName="workspaceNote")
        self.workspace_note.setToolTip(
            self.tr("Your database user may view, refresh and export the workspace's orders.")
        )
        self.workspace_note.hide()
        self.addPermanentWidget(self.workspace_note)
        location = store.database_location()  # a server address without its password
        self.database_label.setText(fill(self.tr("Database: %1"), location))
        self.database_label.setToolTip(location)
        self._last_run: store.SyncRun | None = None
        self._schedule = Schedule(AutoSyncState.UNAVAILABLE)

    def show_last_sync(self, run: store.SyncRun | None, *, can_sync: bool) -> None:
        """When the orders were last synced; for a workspace viewer, also who syncs them."""
        self._show_workspace_note(run, viewer=not can_sync)
        self._last_run = run
        self._show_sync_times()

    @Slot(object)
    def show_schedule(self, schedule: Schedule) -> None:
        """When auto-sync syncs next; it is announced every minute, so the times shown move on."""
        self._schedule = schedule
        self._show_sync_times()

    def _show_sync_times(self) -> None:
        now = datetime.now(UTC)
        run = self._last_run
        stale = False
        if run is None:
            synced = self.tr("Never synced")
            self.last_sync_label.setToolTip("")
        else:
            when = run.finished_at or run.started_at
            age = now - when
            stale = age.days >= STALE_DAYS
            synced = fill(
                self.tr("Synced %1 (%n day(s) ago)", "", age.days) if stale else self.tr("Synced %1"),
                self._moment(when, now),
            )
            self.last_sync_label.setToolTip(
                fill(self.tr("Range %1 – %2"), day(run.range_start), day(run.range_end))
            )
        upcoming = self._upcoming(now)
        self.last_sync_label.setText(fill(self.tr("%1 · %2"), synced, upcoming) if upcoming else synced)
        self.last_sync_label.setStyleSheet("color: #b35900; font-weight: bold;" if stale else "")

    def _upcoming(self, now: datetime) -> str:
        """What auto-sync does next, or "" when it has nothing to do here (a viewer, no account)."""
        state, next_at = self._schedule.state, self._schedule.next_at
        next_text = self._moment(next_at, now) if next_at is not None else ""
        if state is AutoSyncState.OFF:
            return self.tr("auto-sync off")
        if state is AutoSyncState.PAUSED:
            return self.tr("auto-sync paused")
        if state is AutoSyncState.REFUSED:
            return self.tr("auto-sync paused until the account is changed in Settings or you sync by hand")
        if state is AutoSyncState.OFFLINE:
            return fill(self.tr("auto-sync paused: no connection · next try %1"), next_text)
        if state is AutoSyncState.FAILING:
            return fill(self.tr("auto-sync paused after repeated failures · next try %1"), next_text)
        if state is AutoSyncState.SCHEDULED and next_at is not None and next_at <= now:
            return self.tr("next sync due now")
        if state is AutoSyncState.SCHEDULED:
            return fill(self.tr("next at %1"), next_text)
        return ""

    def _moment(self, when: datetime, now: datetime) -> str:
        """`when` on this computer's clock: the time alone today, with its day otherwise."""
        local = when.astimezone()
        days = (local.date() - now.astimezone().date()).days
        if days == 0:
            return clock(when)
        if days == -1:
            return fill(self.tr("yesterday %1"), clock(when))
        if days == 1:
            return fill(self.tr("tomorrow %1"), clock(when))
        return local_time(when)

    def _show_workspace_note(self, run: store.SyncRun | None, *, viewer: bool) -> None:
        self.workspace_note.setVisible(viewer)
        if viewer:
            if run:
                when = fill(self.tr("last sync %1"), local_time(run.finished_at))
            else:
                when = self.tr("no sync yet")
            self.workspace_note.setText(
                fill(self.tr("View only: syncing is done by the workspace admin (%1)."), when),
            )
