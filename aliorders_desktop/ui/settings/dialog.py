"""The Settings dialog: hosts one page per tab and passes on what they announce.

Every page behaves the same way: nothing is kept until Save, which applies every page; Cancel
keeps nothing. (Test connection and Disconnect are commands, done when pressed.)
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QTabWidget, QVBoxLayout, QWidget

from aliorders_desktop.aliexpress.client import ClientSettings
from aliorders_desktop.ui.settings.account_page import AccountPage
from aliorders_desktop.ui.settings.advanced_page import AdvancedPage
from aliorders_desktop.ui.settings.appearance_page import AppearancePage
from aliorders_desktop.ui.settings.desktop_page import DesktopPage
from aliorders_desktop.ui.settings.sync_page import SyncPage


class SettingsDialog(QDialog):
    """Each page loads its own settings and writes them in its `apply`; Save applies every page and
    closes, unless a page says what is wrong (its tab is then shown)."""

    credentialsChanged = Signal()
    settingsChanged = Signal()
    themeChanged = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        client_settings: ClientSettings | None = None,
        demo: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.tabs = QTabWidget(self)  # first, so that the tabs come first in the focus chain
        self.tabs.setObjectName("settingsTabs")
        self.account = AccountPage(self, client_settings=client_settings, demo=demo)
        self.sync = SyncPage(self)
        self.advanced = AdvancedPage(self, demo=demo)
        self.appearance = AppearancePage(self)
        self.desktop = DesktopPage(self)
        self.account.credentialsChanged.connect(self.credentialsChanged)
        self.sync.settingsChanged.connect(self.settingsChanged)
        self.advanced.settingsChanged.connect(self.settingsChanged)
        self.appearance.themeChanged.connect(self.themeChanged)
        self.tabs.addTab(self.account, self.tr("Account"))
        self.tabs.addTab(self.sync, self.tr("Sync"))
        self.tabs.addTab(self.advanced, self.tr("Advanced"))
        self.tabs.addTab(self.appearance, self.tr("Appearance"))
        self.tabs.addTab(self.desktop, self.tr("Desktop"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("settingsSaveButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.advanced.settingsChanged.connect(self._on_advanced_saved)
        self.advanced.database.checkFinished.connect(self._on_workspace_checked)
        self._awaiting_workspace = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        # Enter in a field must not close the dialog or press a button on another tab.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.resize(640, 580)

    @Slot()
    def save(self) -> None:
        """Apply every page in turn; close once all are kept. A workspace is checked with its server
        first, so the dialog closes when that answer comes (and stays open if it is a refusal)."""
        for page in (self.account, self.sync, self.appearance, self.desktop):
            if not page.apply():
                self.tabs.setCurrentWidget(page)
                return
        applied = self.advanced.apply()
        if applied is None:
            self._awaiting_workspace = True
            self.save_button.setEnabled(False)
        elif applied:
            self.accept()
        else:
            self.tabs.setCurrentWidget(self.advanced)

    @Slot()
    def _on_advanced_saved(self) -> None:
        if self._awaiting_workspace:
            self._awaiting_workspace = False
            self.accept()

    @Slot()
    def _on_workspace_checked(self) -> None:
        """The server answered without the workspace being saved: stay, showing why."""
        if self._awaiting_workspace:
            self._awaiting_workspace = False
            self.save_button.setEnabled(True)
            self.tabs.setCurrentWidget(self.advanced)

    def show_account_tab(self) -> None:
        self.tabs.setCurrentWidget(self.account)

    def done(self, result: int) -> None:
        self._stop_checks()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_checks()
        super().closeEvent(event)

    def _stop_checks(self) -> None:
        self.account.stop_test()
        self.advanced.shutdown()
