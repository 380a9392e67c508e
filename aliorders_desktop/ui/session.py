"""What the window runs against: the open database, the account (real or demo) and the settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QStatusBar, QWidget

from aliorders_desktop import config, credentials, store
from aliorders_desktop.aliexpress.client import AppCredentials, ClientSettings
from aliorders_desktop.demo import DemoSession, start_demo
from aliorders_desktop.sync.service import SyncService
from aliorders_desktop.ui.formats import fill
from aliorders_desktop.ui.settings import SettingsDialog


class SessionWindow(Protocol):
    """What the session asks of a window on its database. A window class is also the factory of
    its replacements: the session builds them as `type(old)(session)`, so it imports no window."""

    def __init__(self, session: AppSession) -> None: ...
    def show(self) -> None: ...
    def close(self) -> bool: ...
    def deleteLater(self) -> None: ...
    def statusBar(self) -> QStatusBar: ...
    def set_theme(self, key: str) -> None: ...
    def is_busy(self) -> bool: ...
    def stop_background_work(self) -> None: ...
    def start_demo_sync(self) -> None: ...


@dataclass
class AppSession:
    """Owned by the application; the window asks it for credentials and client settings at each sync."""

    app: QApplication
    database: str
    demo: DemoSession | None = None
    windows: list[QWidget] = field(default_factory=list)

    def credentials(self) -> AppCredentials | None:
        if self.demo is not None:
            return self.demo.credentials
        return credentials.load_credentials()

    def client_settings(self) -> ClientSettings:
        if self.demo is not None:
            return self.demo.client_settings
        return config.load_settings().client_settings()

    def sync_service(self, account: AppCredentials) -> SyncService:
        """The sync engine for `account`, with the connection and concurrency from Settings."""
        concurrency = config.load_settings().sync_concurrency
        return SyncService(account, self.client_settings(), concurrency=concurrency)

    def open_settings(self, parent: SessionWindow, account: bool = False) -> bool:
        """Show Settings; if the user chose another database there, switch the window to it.

        Returns whether `parent` was replaced by a window on another database.
        """
        before = config.load_settings()
        dialog = SettingsDialog(parent, client_settings=self.client_settings(), demo=self.demo is not None)
        if account:
            dialog.show_account_tab()
        dialog.themeChanged.connect(parent.set_theme)
        dialog.exec()
        dialog.deleteLater()
        target = config.load_settings().effective_database
        if self.demo is not None or target == before.effective_database:
            return False
        return self.switch_database(parent, target, previous=before)

    def switch_database(self, parent: SessionWindow, target: str, previous: config.Settings) -> bool:
        """Reopen the window on `target`, which Settings has just saved.

        A running sync or export is stopped first (after asking): its worker thread must not
        write to the new database. If `target` cannot be opened, the current database stays
        open and the saved setting goes back to `previous`, so the next start does not fail too.
        Returns whether `parent` was replaced.
        """
        if parent.is_busy() and not _confirm_stop(parent):
            later = QCoreApplication.translate("AppSession", "The new database is opened at the next start.")
            parent.statusBar().showMessage(later, 10_000)
            return False
        parent.stop_background_work()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # an upgrade can take a while
        try:
            store.open_database(target)
        except store.StoreError as exc:
            QApplication.restoreOverrideCursor()
            config.save_settings(previous)
            QMessageBox.critical(
                parent,
                QCoreApplication.translate("AppSession", "aliorders cannot open that database"),
                f"{exc}\n\n" + fill(
                    QCoreApplication.translate("AppSession", "aliorders stays on %1."),
                    store.database_location(),
                ),
            )
        else:
            QApplication.restoreOverrideCursor()
            self.database = target
        self.replace_window(parent)
        return True

    def replace_window(self, old: SessionWindow) -> SessionWindow:
        """A new window of `old`'s kind on the open database, in place of `old`, which is closed and
        released."""
        window = type(old)(self)
        window.show()
        self.windows.append(window)
        old.close()
        if old in self.windows:
            self.windows.remove(old)
        old.deleteLater()
        return window

    def switch_to_demo(self, parent: SessionWindow) -> None:
        """Reopen the window on the demo database and sync the demo account's recent orders."""
        if self.demo is not None:
            return
        self.demo = start_demo()
        parent.stop_background_work()
        try:
            store.close_database()
            store.open_database(self.demo.database)
        except store.StoreError as exc:
            self.demo.stop()
            self.demo = None
            QMessageBox.critical(parent, QCoreApplication.translate("AppSession", "Demo data"), str(exc))
            self.replace_window(parent)  # its background work has stopped: a fresh window restarts it
            return
        self.database = self.demo.database
        self.replace_window(parent).start_demo_sync()

    def shutdown(self) -> None:
        if self.demo is not None:
            self.demo.stop()


def _confirm_stop(parent: QWidget) -> bool:
    """Ask before a database switch stops the sync or export that is running."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("AppSession", "Switch databases"),
        QCoreApplication.translate("AppSession",
            "A sync or an export is running. Switching databases now stops it; every page a sync "
            "has saved so far is kept.\n\nSwitch now?"
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
