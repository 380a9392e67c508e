"""The window's life in the system tray: the icon and its menu, closing to it, and the summary of
what each sync changed.

Where the desktop has no tray, there is no icon and closing the window quits, as before: aliorders
never runs on with no way back to its window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Slot
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

from aliorders_desktop import config
from aliorders_desktop.store import ChangedIn
from aliorders_desktop.ui.background import BackgroundTask
from aliorders_desktop.ui.change_notice import ChangeNotifier
from aliorders_desktop.ui.earnings_strip import EarningsStrip
from aliorders_desktop.ui.filter_bar import FilterBar
from aliorders_desktop.ui.main_window.auto_sync import AutoSync
from aliorders_desktop.ui.tray import AppTray, tray_available

TOLD_KEY = "tray/toldKeepsRunning"
"""QSettings: the one-time message that closing the window leaves aliorders in the tray was shown."""
TOLD_MS = 8000


class TrayLink(QObject):
    """Owns the tray icon (None without a tray) and the sync's notifier; the window asks it what
    closing means (`keeps_running`)."""

    def __init__(
        self,
        window: QMainWindow,
        *,
        sync_action: QAction,
        sync_task: BackgroundTask,
        auto_sync: AutoSync,
        earnings: EarningsStrip,
        filters: FilterBar,
        tabs: QTabWidget,
        orders_page: QWidget,
    ) -> None:
        super().__init__(window)
        self._filters, self._tabs, self._orders_page = filters, tabs, orders_page
        self.tray: AppTray | None = None
        self.notifier: ChangeNotifier | None = None
        if not tray_available():  # looked up here at each window, so tests can stand in for the desktop
            return
        self.tray = AppTray(QApplication.windowIcon(), sync_action, window)
        self.tray.openRequested.connect(self.show_window)
        self.tray.toggleRequested.connect(self.toggle_window)
        self.tray.quitRequested.connect(self.quit)
        earnings.computed.connect(self.tray.show_earnings)
        self.tray.set_auto_sync_paused(auto_sync.paused)
        self.tray.pauseAutoSyncToggled.connect(auto_sync.set_paused)
        auto_sync.pausedChanged.connect(self.tray.set_auto_sync_paused)
        self.notifier = ChangeNotifier(self.tray, self, window=window)
        sync_task.succeeded.connect(self.notifier.announce)
        self.notifier.showRequested.connect(self.show_changes)
        self.tray.show()

    def window(self) -> QMainWindow:
        """The window this link belongs to (its parent, not a reference of ours)."""
        return self.parent()

    def keeps_running(self, event: QCloseEvent) -> bool:
        """Whether closing only hides the window: the user closed it (not Quit, not a database
        switch), there is a tray to come back from, and Settings ▸ Desktop says so."""
        return self.tray is not None and event.spontaneous() and config.load_settings().keep_in_tray

    def start_in_tray(self) -> bool:
        """Whether the window may stay closed at start (aliorders started at login): only with a
        tray to open it from and Settings ▸ Desktop keeping aliorders there."""
        if self.tray is None or not config.load_settings().keep_in_tray:
            return False
        QApplication.setQuitOnLastWindowClosed(False)
        return True

    def hide_window(self) -> None:
        """Hide the window into the tray, the first time saying that aliorders keeps running.

        While it is hidden, closing some other window (Settings, opened by Sync now without an
        account) must not end the app as "the last window closed": only Quit does.
        """
        QApplication.setQuitOnLastWindowClosed(False)
        self.window().hide()
        settings = QSettings()
        if self.tray is None or settings.value(TOLD_KEY, False, type=bool):
            return
        settings.setValue(TOLD_KEY, True)
        told = self.tr("aliorders keeps running here, and syncs go on. Quit it from this icon's menu.")
        self.tray.notify("aliorders", told, TOLD_MS)  # about nothing to open: a click only dismisses it

    def leave(self) -> None:
        """The window really closes: take the icon away and stop the notifier's worker."""
        QApplication.setQuitOnLastWindowClosed(True)
        if self.notifier is not None:
            self.notifier.shutdown()
        if self.tray is not None:
            self.tray.hide()

    @Slot()
    def show_window(self) -> None:
        window = self.window()
        QApplication.setQuitOnLastWindowClosed(True)
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    @Slot()
    def toggle_window(self) -> None:
        window = self.window()
        if window.isVisible() and not window.isMinimized():
            self.hide_window()
        else:
            self.show_window()

    @Slot()
    def quit(self) -> None:
        """Quit for real, as File ▸ Quit does: a running sync stops as it does when the window closes."""
        if self.window().close():
            QApplication.quit()

    @Slot(object)
    def show_changes(self, changed: ChangedIn) -> None:
        """Bring the window up on exactly the orders a notification spoke of."""
        self.show_window()
        self._tabs.setCurrentWidget(self._orders_page)
        self._filters.show_changes(changed)
