"""The system tray icon: today's commission at a glance, and the window, a sync and Quit one click
away while the window is closed.

Only created where the desktop has a tray (`tray_available`): elsewhere closing the window must
quit, or aliorders would run on with no way back to it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtGui import QAction, QCursor, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from aliorders_desktop.store import CurrencyTotals
from aliorders_desktop.ui.formats import fill, money
from aliorders_desktop.ui.signals import signals_blocked

TODAY = "today"
"""The earnings strip's period the tooltip shows."""


def tray_available() -> bool:
    """Whether this desktop shows tray icons (GNOME without its extension, for one, does not)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


def tooltip_text(today: list[CurrencyTotals]) -> str:
    """ "aliorders", then today's estimated commission, each currency on its own (never added up)."""
    if not today:
        line = QCoreApplication.translate("AppTray", "Today: no orders yet")
    else:
        amounts = " · ".join("≈ " + money(t.estimated_commission, t.currency or "?") for t in today)
        line = fill(QCoreApplication.translate("AppTray", "Today: %1"), amounts)
    return f"aliorders\n{line}"


class AppTray(QSystemTrayIcon):
    """The icon and its menu. It decides nothing itself: the window connects what it emits.

    `pauseAutoSyncToggled` reports the user's choice in the menu; `set_auto_sync_paused` shows
    the state the automatic sync is actually in. Messages go through `notify`, which remembers
    what each one is about: `messageChosen` carries that when the message on screen is clicked,
    and a message about nothing in particular is clicked away without effect.
    """

    openRequested = Signal()
    messageChosen = Signal(object)
    toggleRequested = Signal()
    quitRequested = Signal()
    pauseAutoSyncToggled = Signal(bool)

    def __init__(self, icon: QIcon, sync_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(icon, parent)
        self.setObjectName("trayIcon")
        self.setToolTip(tooltip_text([]))
        self.menu = QMenu(parent)  # a QMenu's parent must be a widget; the tray only borrows it
        self.menu.setObjectName("trayMenu")
        self.open_action = self.menu.addAction(self.tr("Open aliorders"))
        self.open_action.setObjectName("trayOpenAction")
        self.menu.addAction(sync_action)  # the window's own: disabled while a sync runs, hidden for viewers
        self.pause_action = self.menu.addAction(self.tr("Pause auto-sync"))
        self.pause_action.setObjectName("trayPauseAction")
        self.pause_action.setCheckable(True)
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction(self.tr("Quit aliorders"))
        self.quit_action.setObjectName("trayQuitAction")
        self.setContextMenu(self.menu)
        self.open_action.triggered.connect(self.openRequested)
        self.pause_action.toggled.connect(self.pauseAutoSyncToggled)
        self.quit_action.triggered.connect(self.quitRequested)
        self.activated.connect(self._on_activated)
        self.messageClicked.connect(self._on_message_clicked)
        self._message_subject: object | None = None

    def notify(self, title: str, text: str, milliseconds: int, subject: object | None = None) -> None:
        """Show a message; a click on it emits `messageChosen(subject)`, unless `subject` is None.

        A new message replaces the one on screen, and with it what a click means: a click on
        "aliorders keeps running here" must not open the orders of the sync announced before it.
        """
        self._message_subject = subject
        self.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, milliseconds)

    @Slot(bool)
    def set_auto_sync_paused(self, paused: bool) -> None:
        with signals_blocked(self.pause_action):
            self.pause_action.setChecked(paused)

    @Slot(object)
    def show_earnings(self, earnings: dict[str, list[CurrencyTotals]]) -> None:
        """Take today's figures from the earnings strip's latest sums."""
        self.setToolTip(tooltip_text(earnings.get(TODAY, [])))

    @Slot()
    def _on_message_clicked(self) -> None:
        subject, self._message_subject = self._message_subject, None  # one click, one effect
        if subject is not None:
            self.messageChosen.emit(subject)

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:  # a double click starts with one too
            self.toggleRequested.emit()
        elif reason == QSystemTrayIcon.ActivationReason.Context and not self.menu.isVisible():
            # Where the platform did not open the menu itself (a message on screen may keep it
            # from doing so), a right click still opens it.
            self.menu.popup(QCursor.pos())
