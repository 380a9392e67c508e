"""The status bar's lasting labels: the last sync, the database, the demo badge and a viewer's note."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from aliorders_desktop import store
from aliorders_desktop.ui.formats import day, fill, local_time

STALE_DAYS = 2
"""A last sync this many days old is shown in orange, with its age."""


class WindowStatusBar(QStatusBar):
    """Passing messages go through QStatusBar's own `showMessage`; the labels stay on the right."""

    def __init__(self, parent: QWidget | None = None, *, demo: bool) -> None:
        super().__init__(parent)
        self.last_sync_label = QLabel(objectName="lastSyncLabel")
        self.database_label = QLabel(objectName="databaseLabel")
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

    def show_last_sync(self, run: store.SyncRun | None, *, can_sync: bool) -> None:
        """When the orders were last synced; for a workspace viewer, also who syncs them."""
        self._show_workspace_note(run, viewer=not can_sync)
        if run is None:
            self.last_sync_label.setText(self.tr("Never synced"))
            return
        when = run.finished_at or run.started_at
        age = datetime.now(UTC) - when
        stale = age.days >= STALE_DAYS
        text = fill(self.tr("Last sync: %1"), local_time(when))
        self.last_sync_label.setText(text + (" " + self.tr("(%n day(s) ago)", "", age.days) if stale else ""))
        self.last_sync_label.setStyleSheet("color: #b35900; font-weight: bold;" if stale else "")
        self.last_sync_label.setToolTip(
            fill(self.tr("Range %1 – %2"), day(run.range_start), day(run.range_end)),
        )

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
