"""The window's side of a team workspace: what this database user may do, and news of changes
others make. The window shows only what is allowed and refreshes on `changed`.

On an SQLite file everything is allowed and nothing is listened to.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from aliorders_desktop import store
from aliorders_desktop.store.workspace import ChangeListener, Permissions

COALESCE_MS = 500
"""A sync announces every page; the window refreshes at most this often instead."""


class WorkspaceWatcher(QObject):
    """Follows the open workspace: `changed` while others write (at most every `COALESCE_MS`), and
    the user's rights.

    The `ChangeListener` thread only emits `_notified`; the queued connection runs `_on_notified`
    in the GUI thread, which is the only place this object touches Qt state.
    """

    changed = Signal()
    permissionsChanged = Signal(object)  # Permissions
    _notified = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.permissions: Permissions = store.permissions()
        self._coalesce = QTimer(self, singleShot=True, interval=COALESCE_MS)
        self._coalesce.timeout.connect(self._on_coalesced)
        self._notified.connect(self._on_notified, Qt.ConnectionType.QueuedConnection)
        self._listener = ChangeListener(store.db.obj, self._notified.emit) if store.is_server() else None

    @property
    def listening(self) -> bool:
        """Whether changes are being followed right now (False on SQLite or while reconnecting)."""
        return self._listener is not None and self._listener.listening.is_set()

    def start(self) -> None:
        if self._listener is not None:
            self._listener.start()

    def stop(self) -> None:
        """Stop listening and wait for the thread (about half a second at most)."""
        self._coalesce.stop()
        if self._listener is not None:
            self._listener.stop()

    @Slot()
    def _on_notified(self) -> None:
        if not self._coalesce.isActive():  # not restarted, or a long sync would show nothing until it ends
            self._coalesce.start()

    @Slot()
    def _on_coalesced(self) -> None:
        try:
            current = store.permissions()
        except store.StoreError:
            current = self.permissions  # the server is away: the window shows its own error
        if current != self.permissions:
            self.permissions = current
            self.permissionsChanged.emit(current)
        self.changed.emit()
