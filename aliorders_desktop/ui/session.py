"""What the window runs against: the open database, the account (real or demo) and the settings."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from aliorders_desktop import config, credentials, store
from aliorders_desktop.aliexpress.client import AppCredentials, ClientSettings
from aliorders_desktop.demo import DemoSession, start_demo


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

    def open_settings(self, parent: QWidget, account: bool = False) -> None:
        from aliorders_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(parent, client_settings=self.client_settings(), demo=self.demo is not None)
        if account:
            dialog.show_account_tab()
        dialog.themeChanged.connect(parent.set_theme)
        dialog.exec()
        dialog.deleteLater()

    def switch_to_demo(self, parent: QWidget) -> None:
        """Reopen the window on the demo database and sync the demo account's recent orders."""
        if self.demo is not None:
            return
        self.demo = start_demo()
        try:
            store.close_database()
            store.open_database(self.demo.database)
        except store.StoreError as exc:
            QMessageBox.critical(parent, "Demo data", str(exc))
            return
        self.database = self.demo.database
        from aliorders_desktop.ui.main_window import MainWindow

        window = MainWindow(self)
        window.filters.dates.set_preset("last90")
        window.show()
        self.windows.append(window)
        parent.close()
        window.start_sync()

    def shutdown(self) -> None:
        if self.demo is not None:
            self.demo.stop()
