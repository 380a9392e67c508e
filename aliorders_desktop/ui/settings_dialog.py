"""Settings: the AliExpress account (keyring, environment or this session), connection and appearance.

The App Secret only ever goes to `credentials` (keyring or memory) and to the AliExpress client;
it is never written to a file, a log line or a label. "Test connection" runs on a worker thread
through `BackgroundTask`, so a slow or unreachable gateway never freezes the window.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStyle,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from aliorders_desktop import config, credentials, database_password, store
from aliorders_desktop.aliexpress.client import (
    DEFAULT_GATEWAY_URL,
    AliExpressClient,
    AppCredentials,
    Cancelled,
    ClientSettings,
    check_gateway_url,
)
from aliorders_desktop.aliexpress.errors import ApiError, ConfigurationError
from aliorders_desktop.aliexpress.gateway import DEMO_APP_KEY, DEMO_APP_SECRET
from aliorders_desktop.aliexpress.orders import OrderStatus
from aliorders_desktop.store.workspace import WorkspaceProbe, probe
from aliorders_desktop.ui.background import BackgroundTask
from aliorders_desktop.ui.theme import THEME_KEY, THEMES, is_dark, saved_theme

log = logging.getLogger(__name__)

TEST_OK = "Connected — AliExpress accepted the App Key and App Secret."
LOCAL_DATABASE_KEY = "storage/localDatabase"
"""The local file chosen before switching to a workspace, so that switching back finds it again."""


def short_key(app_key: str) -> str:
    """Enough of the App Key to recognise it, as mail clients show part of an account."""
    return f"{app_key[:4]}…" if len(app_key) > 4 else app_key


@dataclass(frozen=True)
class WorkspaceCheck:
    """A `BackgroundTask` job: connect to the workspace and ask what this user may do there."""

    url: str
    password: str

    def __call__(self, report: Callable[[object], None], cancel: threading.Event) -> WorkspaceProbe:
        return probe(self.url, self.password)


def describe_probe(found: WorkspaceProbe) -> str:
    may = found.permissions
    if not found.set_up:
        rights = "the database is empty; aliorders sets up the workspace in it when it opens it"
    elif may.can_sync:
        rights = "you may sync" + (" and delete orders" if may.can_delete else "")
    else:
        rights = "view only: syncing is done by the workspace admin"
    return f"Connected to {found.location} as {may.user}: {rights}."


@dataclass(frozen=True)
class ConnectionCheck:
    """A `BackgroundTask` job: ask for the first page of yesterday's paid orders.

    Any answer (even an empty page) proves that the gateway accepted the App Key and the
    signature made with the App Secret. Retries and throttle waits are kept short: the user is
    waiting for a yes or no, not for a sync.
    """

    credentials: AppCredentials
    settings: ClientSettings

    def __call__(self, report: Callable[[object], None], cancel: threading.Event) -> None:
        settings = replace(
            self.settings,
            max_attempts=2,
            connect_timeout=min(self.settings.connect_timeout, 10.0),
            read_timeout=min(self.settings.read_timeout, 20.0),
            max_throttle_wait=min(self.settings.max_throttle_wait, 20.0),
        )
        now = datetime.now(UTC)
        with AliExpressClient(self.credentials, settings, cancel) as client:
            next(client.iter_pages(now - timedelta(days=1), now, OrderStatus.PAID))


class SettingsDialog(QDialog):
    """Account, connection and appearance settings, laid out like a mail client's account settings."""

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
        self.setWindowTitle("Settings")
        self._demo = demo
        self._fixed_client_settings = client_settings
        self._client_settings = client_settings or config.load_settings().client_settings()
        self._connection_test = BackgroundTask("connection-test", self)
        self._connection_test.succeeded.connect(self._on_test_succeeded)
        self._connection_test.failed.connect(self._on_test_failed)
        self._connection_test.finished.connect(self._on_test_finished)
        self._workspace_test = BackgroundTask("workspace-test", self)
        self._workspace_test.succeeded.connect(self._on_workspace_checked)
        self._workspace_test.failed.connect(self._on_workspace_check_failed)
        self._workspace_test.finished.connect(self._on_workspace_check_finished)
        self._save_after_check = False

        self._tabs = QTabWidget(self)
        self._tabs.setObjectName("settingsTabs")
        self._account_tab = self._build_account_tab()
        self._tabs.addTab(self._account_tab, "Account")
        self._tabs.addTab(self._build_advanced_tab(), "Advanced")
        self._tabs.addTab(self._build_appearance_tab(), "Appearance")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._tabs)
        layout.addWidget(buttons)
        # Enter in a field must not close the dialog or press a button on another tab.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)

        self._refresh_account()
        self._load_advanced()
        self.resize(640, 580)

    # ----------------------------------------------------------------- public

    def show_account_tab(self) -> None:
        self._tabs.setCurrentWidget(self._account_tab)

    def done(self, result: int) -> None:
        self._stop_connection_test()
        self._workspace_test.shutdown()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_connection_test()
        self._workspace_test.shutdown()
        super().closeEvent(event)

    def _stop_connection_test(self) -> None:
        """Cancel and join a running test as Settings closes, leaving the tab as it was before it."""
        if self._connection_test.is_running():
            self._connection_test.shutdown()
            self._on_test_finished()
            self._refresh_account()

    # ------------------------------------------------------------ account tab

    def _build_account_tab(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("accountTab")

        intro = _wrapping_label(
            "aliorders downloads your orders with your AliExpress affiliate app's <b>App Key</b> and "
            "<b>App Secret</b>. You find both on the AliExpress Open Platform: "
            "<i>App Console → your affiliate app</i>.",
            page,
        )

        self.account_status = _wrapping_label("", page)
        self.account_status.setObjectName("accountStatus")
        self.account_status.setTextFormat(Qt.TextFormat.PlainText)
        status_font = QFont(self.account_status.font())
        status_font.setBold(True)
        self.account_status.setFont(status_font)

        self.demo_note = _note_frame(
            "demoNote",
            "You are exploring aliorders with <b>demo data</b>: the account below is a demo account, "
            "and no real orders are read. To connect your own AliExpress account, leave demo mode, "
            "then come back to Settings → Account.",
            QStyle.StandardPixmap.SP_MessageBoxInformation,
            page,
        )
        self.env_note = _note_frame(
            "envNote",
            f"These credentials come from the environment variables <b>{credentials.ENV_APP_KEY}</b> "
            f"and <b>{credentials.ENV_APP_SECRET}</b>, so they cannot be changed here. To change or "
            "remove them, edit those variables and restart aliorders.",
            QStyle.StandardPixmap.SP_MessageBoxInformation,
            page,
        )

        self.app_key_edit = QLineEdit(page)
        self.app_key_edit.setObjectName("appKeyEdit")
        self.app_key_edit.setPlaceholderText("e.g. 34061046")
        self.app_secret_edit = QLineEdit(page)
        self.app_secret_edit.setObjectName("appSecretEdit")
        self.app_secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.app_secret_edit.setPlaceholderText("App Secret")
        self.show_secret_action = QAction("Show", page)
        self.show_secret_action.setObjectName("showSecretAction")
        self.show_secret_action.setCheckable(True)
        self.show_secret_action.setToolTip("Show or hide the App Secret")
        self.show_secret_action.toggled.connect(self._on_show_secret_toggled)
        show_secret = QToolButton(page)
        show_secret.setDefaultAction(self.show_secret_action)
        secret_row = QHBoxLayout()
        secret_row.setContentsMargins(0, 0, 0, 0)
        secret_row.addWidget(self.app_secret_edit, 1)
        secret_row.addWidget(show_secret)
        secret_label = QLabel("App &Secret:", page)
        secret_label.setBuddy(self.app_secret_edit)
        self.secret_note = _hint(
            "The App Secret is kept in your system keyring (like your browser's saved passwords), "
            "never in files or logs.",
            page,
        )
        form = QFormLayout()
        form.addRow("App &Key:", self.app_key_edit)
        form.addRow(secret_label, _with_hint(secret_row, self.secret_note))

        self.account_message = _wrapping_label("", page)
        self.account_message.setObjectName("accountMessage")
        self.account_message.setTextFormat(Qt.TextFormat.PlainText)
        self.account_message.hide()

        self.keyring_warning = self._build_keyring_warning(page)

        self.test_button = QPushButton("&Test connection", page)
        self.test_button.setObjectName("testConnectionButton")
        self.test_button.setToolTip("Ask AliExpress whether it accepts this App Key and App Secret")
        self.test_button.clicked.connect(self._on_test_clicked)
        self.disconnect_button = QPushButton("&Disconnect", page)
        self.disconnect_button.setObjectName("disconnectButton")
        self.disconnect_button.setToolTip("Remove the App Key and App Secret from this computer")
        self.disconnect_button.clicked.connect(self._on_disconnect_clicked)
        self.save_button = QPushButton("Sa&ve", page)
        self.save_button.setObjectName("saveAccountButton")
        self.save_button.setToolTip("Keep the App Key and App Secret in the system keyring")
        self.save_button.clicked.connect(self._on_save_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.disconnect_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(self.account_status)
        layout.addWidget(self.demo_note)
        layout.addWidget(self.env_note)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.account_message)
        layout.addWidget(self.keyring_warning)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _build_keyring_warning(self, parent: QWidget) -> QFrame:
        self.session_only_button = QPushButton("Use for this session &only")
        self.session_only_button.setObjectName("sessionOnlyButton")
        self.session_only_button.clicked.connect(self._on_session_only_clicked)
        return _note_frame(
            "keyringWarning",
            "<b>This computer has no usable system keyring</b>, so aliorders cannot store the "
            "App Secret safely, and it will not write it to a file. You can:"
            "<ul style='margin-left: -20px'>"
            f"<li>set the environment variables <b>{credentials.ENV_APP_KEY}</b> and "
            f"<b>{credentials.ENV_APP_SECRET}</b> to your App Key and App Secret, then restart "
            "aliorders; or</li>"
            "<li>use them <b>for this session only</b>: they stay in memory until aliorders quits, "
            "and you enter them again next time.</li></ul>",
            QStyle.StandardPixmap.SP_MessageBoxWarning,
            parent,
            button=self.session_only_button,
        )

    def _refresh_account(self) -> None:
        """Show where the credentials come from and what can be done with them right now."""
        keyring = credentials.keyring_status()
        from_env = credentials.credentials_from_env()
        fixed = self._demo or from_env is not None
        self.demo_note.setVisible(self._demo)
        self.env_note.setVisible(not self._demo and from_env is not None)
        self.keyring_warning.setVisible(not fixed and not keyring.usable)
        self.secret_note.setVisible(not fixed and keyring.usable)
        for edit in (self.app_key_edit, self.app_secret_edit):
            edit.setReadOnly(fixed)
        self.save_button.setVisible(not fixed and keyring.usable)

        if self._demo:
            self._show_fields(AppCredentials(DEMO_APP_KEY, DEMO_APP_SECRET))
            self.disconnect_button.setVisible(False)
            self._set_status(
                f"Demo account: App Key {short_key(DEMO_APP_KEY)} (demo data, not a real AliExpress account)."
            )
            return
        if from_env is not None:
            self._show_fields(from_env)
            self.disconnect_button.setVisible(False)
            self._set_status(
                f"Connected: App Key {short_key(from_env.app_key)}, from environment "
                f"variables {credentials.ENV_APP_KEY} and {credentials.ENV_APP_SECRET}."
            )
            return
        self.disconnect_button.setVisible(True)
        try:
            current = credentials.load_credentials()
        except credentials.KeyringUnavailable as exc:
            self.disconnect_button.setEnabled(False)
            self._set_status(str(exc), error=True)
            return
        self.disconnect_button.setEnabled(current is not None)
        if current is None:
            self._set_status(
                "Not connected. Enter your App Key and App Secret, then Save."
                if keyring.usable
                else "Not connected."
            )
            return
        self._show_fields(current)
        where = (
            "stored in the system keyring"
            if keyring.usable
            else ("for this session only (forgotten when aliorders quits)")
        )
        self._set_status(f"Connected: App Key {short_key(current.app_key)}, {where}.")

    def _show_fields(self, shown: AppCredentials) -> None:
        self.app_key_edit.setText(shown.app_key)
        self.app_secret_edit.setText(shown.app_secret)

    def _entered_credentials(self) -> AppCredentials | None:
        """The typed credentials, or None after telling the user what is missing."""
        entered = AppCredentials(self.app_key_edit.text(), self.app_secret_edit.text())
        missing = [
            name
            for name, value in (("App Key", entered.app_key), ("App Secret", entered.app_secret))
            if not value
        ]
        if missing:
            self._show_message(f"Enter the {' and the '.join(missing)} first.", error=True)
            (self.app_key_edit if not entered.app_key else self.app_secret_edit).setFocus()
            return None
        self._show_message("")
        return entered

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.account_status.setText(text)
        self.account_status.setStyleSheet(_error_style() if error else "")

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.account_message.setText(text)
        self.account_message.setStyleSheet(_error_style() if error else "")
        self.account_message.setVisible(bool(text))

    @Slot(bool)
    def _on_show_secret_toggled(self, shown: bool) -> None:
        self.app_secret_edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_secret_action.setText("Hide" if shown else "Show")

    @Slot()
    def _on_save_clicked(self) -> None:
        entered = self._entered_credentials()
        if entered is None:
            return
        if not credentials.keyring_status().usable:
            self._refresh_account()
            self._show_message("Nothing was saved: see the choices below.", error=True)
            return
        try:
            credentials.save_credentials(entered)
        except credentials.KeyringUnavailable as exc:
            self._show_message(f"Nothing was saved. {exc}", error=True)
            return
        self._show_message("Saved.")
        self._refresh_account()
        self.credentialsChanged.emit()

    @Slot()
    def _on_session_only_clicked(self) -> None:
        entered = self._entered_credentials()
        if entered is None:
            return
        credentials.use_for_session(entered)
        self._show_message("Using these credentials until aliorders quits. Nothing was written to disk.")
        self._refresh_account()
        self.credentialsChanged.emit()

    @Slot()
    def _on_disconnect_clicked(self) -> None:
        answer = QMessageBox.question(
            self,
            "Disconnect from AliExpress?",
            "Remove the App Key and App Secret from this computer?\n\n"
            "Orders already downloaded stay. To sync again you will need to enter the App Key and "
            "App Secret again.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            credentials.delete_credentials()
        except credentials.KeyringUnavailable as exc:
            self._show_message(f"Could not disconnect. {exc}", error=True)
            return
        self.app_key_edit.clear()
        self.app_secret_edit.clear()
        self._show_message("Disconnected. The App Key and App Secret were removed from this computer.")
        self._refresh_account()
        self.credentialsChanged.emit()

    @Slot()
    def _on_test_clicked(self) -> None:
        entered = self._entered_credentials()
        if entered is None:
            return
        if self._connection_test.start(ConnectionCheck(entered, self._client_settings)):
            self.test_button.setEnabled(False)
            self.test_button.setText("Testing…")
            self._set_status("Asking AliExpress…")

    @Slot(object)
    def _on_test_succeeded(self, _result: object) -> None:
        self._set_status(TEST_OK)

    @Slot(object)
    def _on_test_failed(self, error: object) -> None:
        if isinstance(error, Cancelled):
            return
        if isinstance(error, ApiError):
            self._set_status(str(error), error=True)
            return
        # Unknown failures may carry request data in their text: log and show only the type.
        log.warning("connection test failed unexpectedly: %s", type(error).__name__)
        self._set_status(f"The test failed unexpectedly ({type(error).__name__}). Try again.", error=True)

    @Slot()
    def _on_test_finished(self) -> None:
        self.test_button.setEnabled(True)
        self.test_button.setText("&Test connection")

    # ----------------------------------------------------------- advanced tab

    def _build_advanced_tab(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("advancedTab")

        self.gateway_url_edit = QLineEdit(page)
        self.gateway_url_edit.setObjectName("gatewayUrlEdit")
        self.gateway_url_edit.setPlaceholderText(DEFAULT_GATEWAY_URL)
        self.gateway_url_edit.setClearButtonEnabled(True)
        self.api_zone_combo = QComboBox(page)
        self.api_zone_combo.setObjectName("apiZoneCombo")
        for zone, description in config.API_ZONES.items():
            self.api_zone_combo.addItem(description, zone)
            self.api_zone_combo.setItemData(
                self.api_zone_combo.count() - 1, zone, Qt.ItemDataRole.ToolTipRole
            )
        connection = QGroupBox("Connection to AliExpress", page)
        gateway_label = QLabel("&Gateway address:", connection)
        gateway_label.setBuddy(self.gateway_url_edit)
        zone_label = QLabel("API &time zone:", connection)
        zone_label.setBuddy(self.api_zone_combo)
        connection_form = QFormLayout(connection)
        connection_form.addRow(
            gateway_label,
            _with_hint(
                self.gateway_url_edit,
                _hint(
                    "Leave empty to use the standard AliExpress address. Change it only if AliExpress tells "
                    "you to.",
                    connection,
                ),
            ),
        )
        connection_form.addRow(
            zone_label,
            _with_hint(
                self.api_zone_combo,
                _hint(
                    "AliExpress documents its order times as \u201cPST\u201d. This setting only changes how "
                    "date ranges are sent to AliExpress and how the times it returns are read.",
                    connection,
                ),
            ),
        )

        storage = self._build_storage_group(page)

        overrides = [name for name in (config.ENV_GATEWAY, config.ENV_DB) if os.environ.get(name)]
        self.override_note = _wrapping_label(
            f"Note: {' and '.join(overrides)} {'is' if len(overrides) == 1 else 'are'} set in the "
            "environment and take precedence over what you choose here."
            if overrides
            else "",
            page,
        )
        self.override_note.setVisible(bool(overrides))

        self.advanced_message = _wrapping_label("", page)
        self.advanced_message.setObjectName("advancedMessage")
        self.advanced_message.setTextFormat(Qt.TextFormat.PlainText)
        self.advanced_message.hide()
        save = QPushButton("Sa&ve", page)
        save.setObjectName("saveAdvancedButton")
        save.clicked.connect(self._on_save_advanced_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(save)

        layout = QVBoxLayout(page)
        layout.addWidget(connection)
        layout.addWidget(storage)
        layout.addWidget(self.override_note)
        layout.addWidget(self.advanced_message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _build_storage_group(self, page: QWidget) -> QGroupBox:
        """Where the orders live: a file on this computer, or a team workspace on PostgreSQL."""
        storage = QGroupBox("Database", page)
        self.local_radio = QRadioButton("A &file on this computer", storage, objectName="localStorageRadio")
        self.workspace_radio = QRadioButton(
            "A team &workspace on a PostgreSQL server", storage, objectName="workspaceStorageRadio"
        )
        self.local_radio.setChecked(True)
        self.local_radio.toggled.connect(self._on_storage_toggled)

        self.database_edit = QLineEdit(storage)
        self.database_edit.setObjectName("databaseEdit")
        self.database_edit.setPlaceholderText(config.default_database())
        self.database_edit.setClearButtonEnabled(True)
        self.choose_database_button = QPushButton("&Choose…", storage)
        self.choose_database_button.setObjectName("chooseDatabaseButton")
        self.choose_database_button.clicked.connect(self._on_choose_database_clicked)
        database_row = QHBoxLayout()
        database_row.addWidget(self.database_edit, 1)
        database_row.addWidget(self.choose_database_button)

        self.workspace_url_edit = QLineEdit(storage, objectName="workspaceUrlEdit")
        self.workspace_url_edit.setPlaceholderText("postgresql://alice@db.example.com/aliorders")
        self.workspace_password_edit = QLineEdit(storage, objectName="workspacePasswordEdit")
        self.workspace_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_workspace_button = QPushButton(
            "T&est connection", storage, objectName="testWorkspaceButton"
        )
        self.test_workspace_button.clicked.connect(self._on_test_workspace_clicked)
        password_row = QHBoxLayout()
        password_row.addWidget(self.workspace_password_edit, 1)
        password_row.addWidget(self.test_workspace_button)
        self.workspace_status = _wrapping_label("", storage)
        self.workspace_status.setObjectName("workspaceStatus")
        self.workspace_status.setTextFormat(Qt.TextFormat.PlainText)
        self.workspace_status.hide()

        form = QFormLayout(storage)
        form.addRow(self.local_radio)
        form.addRow(
            "File:",
            _with_hint(
                database_row,
                _hint(
                    "Where your orders are kept on this computer. Leave empty for the default place.", storage
                ),
            ),
        )
        form.addRow(self.workspace_radio)
        form.addRow(
            "Address:",
            _with_hint(
                self.workspace_url_edit,
                _hint(
                    "Your workspace admin gives you this address, your user name and a password. "
                    "Your local file stays where it is: you can switch back at any time.",
                    storage,
                ),
            ),
        )
        form.addRow("Password:", password_row)
        form.addRow(self.workspace_status)
        self._on_storage_toggled()
        return storage

    @Slot()
    def _on_storage_toggled(self) -> None:
        local = self.local_radio.isChecked()
        for widget in (self.database_edit, self.choose_database_button):
            widget.setEnabled(local)
        for widget in (self.workspace_url_edit, self.workspace_password_edit, self.test_workspace_button):
            widget.setEnabled(not local)

    def _load_advanced(self) -> None:
        settings = config.load_settings()
        self.gateway_url_edit.setText(settings.gateway_url)
        index = self.api_zone_combo.findData(settings.api_zone)
        if index < 0:  # a zone set by hand in the file: keep it selectable rather than lose it
            self.api_zone_combo.addItem(settings.api_zone, settings.api_zone)
            index = self.api_zone_combo.count() - 1
        self.api_zone_combo.setCurrentIndex(index)
        if _is_workspace(settings.database):
            self.workspace_radio.setChecked(True)
            self.workspace_url_edit.setText(settings.database)
            if database_password.saved_password(settings.database):
                self.workspace_password_edit.setPlaceholderText("(saved in the system keyring)")
            self.database_edit.setText(str(QSettings().value(LOCAL_DATABASE_KEY, "")))
        else:
            self.database_edit.setText(settings.database)

    def _show_advanced_message(self, text: str, *, error: bool = False) -> None:
        self.advanced_message.setText(text)
        self.advanced_message.setStyleSheet(_error_style() if error else "")
        self.advanced_message.setVisible(bool(text))

    @Slot()
    def _on_choose_database_clicked(self) -> None:
        current = self.database_edit.text().strip() or config.default_database()
        path, _filter = QFileDialog.getSaveFileName(
            self,
            "Where to keep your orders",
            current,
            "Order databases (*.db);;All files (*)",
            options=QFileDialog.Option.DontConfirmOverwrite,  # picking an existing database is fine
        )
        if path:
            chosen = Path(path)
            self.database_edit.setText(str(chosen if chosen.suffix else chosen.with_suffix(".db")))

    @Slot()
    def _on_save_advanced_clicked(self) -> None:
        gateway_url = self.gateway_url_edit.text().strip()
        if gateway_url:
            try:
                check_gateway_url(gateway_url)
            except ConfigurationError as exc:
                self._show_advanced_message(f"Not saved. {exc}", error=True)
                self.gateway_url_edit.setFocus()
                return
        if self.workspace_radio.isChecked():
            self._check_workspace(save=True)  # saved once the server has answered
            return
        self._save_advanced(self._local_database())

    def _local_database(self) -> str:
        database = self.database_edit.text().strip()
        return str(Path(database).expanduser()) if database else ""

    def _save_advanced(self, database: str) -> None:
        """Write the Advanced tab's settings with `database` (a file path, "" or a workspace URL)."""
        previous = config.load_settings()
        settings = replace(
            previous,
            gateway_url=self.gateway_url_edit.text().strip(),
            api_zone=self.api_zone_combo.currentData(),
            database=database,
        )
        try:
            config.save_settings(settings)
        except OSError as exc:
            self._show_advanced_message(f"Could not save the settings: {exc.strerror or exc}.", error=True)
            return
        QSettings().setValue(LOCAL_DATABASE_KEY, self._local_database())
        if self._fixed_client_settings is None:
            self._client_settings = config.load_settings().client_settings()
        when = "from the next start outside demo mode" if self._demo else "when you close Settings"
        if _is_workspace(database):
            local = self._local_database() or config.default_database()
            self._show_advanced_message(
                f"Saved. aliorders switches to the workspace {when}. Your local file stays at "
                f"{local}: choose it here again to switch back."
            )
        elif database != previous.database:
            self._show_advanced_message(f"Saved. aliorders switches to this database {when}.")
        else:
            self._show_advanced_message("Saved.")
        self.settingsChanged.emit()

    # ----------------------------------------------------------- workspace

    @Slot()
    def _on_test_workspace_clicked(self) -> None:
        self._check_workspace(save=False)

    def _check_workspace(self, *, save: bool) -> None:
        """Ask the server in the background; with `save`, keep the address once it answered well."""
        url = self.workspace_url_edit.text().strip()
        problem = _workspace_url_problem(url)
        if problem:
            self._show_workspace_status(problem, error=True)
            self.workspace_url_edit.setFocus()
            return
        password = self.workspace_password_edit.text() or database_password.saved_password(url) or ""
        if self._workspace_test.start(WorkspaceCheck(url, password)):
            self._save_after_check = save
            self.test_workspace_button.setEnabled(False)
            self._show_workspace_status("Connecting…")

    @Slot(object)
    def _on_workspace_checked(self, found: WorkspaceProbe) -> None:
        self._show_workspace_status(describe_probe(found))
        if not self._save_after_check:
            return
        url = self.workspace_url_edit.text().strip()
        if self.workspace_password_edit.text():
            try:
                database_password.save_password(url, self.workspace_password_edit.text())
            except credentials.KeyringUnavailable as exc:
                self._show_advanced_message(f"Not saved. {exc}", error=True)
                return
        self._save_advanced(url)

    @Slot(object)
    def _on_workspace_check_failed(self, error: object) -> None:
        if isinstance(error, store.StoreError):
            self._show_workspace_status(f"{error} Nothing was changed.", error=True)
            return
        log.warning("workspace test failed unexpectedly: %s", type(error).__name__)
        self._show_workspace_status(f"The test failed unexpectedly ({type(error).__name__}).", error=True)

    @Slot()
    def _on_workspace_check_finished(self) -> None:
        self.test_workspace_button.setEnabled(self.workspace_radio.isChecked())

    def _show_workspace_status(self, text: str, *, error: bool = False) -> None:
        self.workspace_status.setText(text)
        self.workspace_status.setStyleSheet(_error_style() if error else "")
        self.workspace_status.setVisible(bool(text))

    # --------------------------------------------------------- appearance tab

    def _build_appearance_tab(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("appearanceTab")
        self.theme_combo = QComboBox(page)
        self.theme_combo.setObjectName("themeCombo")
        for key, label in THEMES.items():
            self.theme_combo.addItem(label, key)
        self.theme_combo.setCurrentIndex(self.theme_combo.findData(saved_theme()))
        self.theme_combo.currentIndexChanged.connect(self._on_theme_changed)
        theme_label = QLabel("&Theme:", page)
        theme_label.setBuddy(self.theme_combo)
        form = QFormLayout()
        form.addRow(
            theme_label,
            _with_hint(
                self.theme_combo,
                _hint("\u201cFollow the system\u201d picks light or dark to match your computer.", page),
            ),
        )
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    @Slot(int)
    def _on_theme_changed(self, _index: int) -> None:
        theme = self.theme_combo.currentData()
        QSettings().setValue(THEME_KEY, theme)
        self.themeChanged.emit(theme)


def _is_workspace(database: str) -> bool:
    return store.is_server_url(database)


def _workspace_url_problem(url: str) -> str:
    """Why `url` cannot be a workspace address ("" if it can); passwords belong in the keyring."""
    if not _is_workspace(url):
        return "Enter the workspace address, starting with postgresql://"
    if ":" in url.split("://", 1)[1].partition("@")[0] and "@" in url:
        return "Put the password in the Password field (kept in the system keyring), not in the address."
    return ""


def _wrapping_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _hint(text: str, parent: QWidget) -> QLabel:
    """Explanatory text under a field, a little smaller so the fields stay the focus."""
    label = _wrapping_label(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    return label


def _with_hint(field: QWidget | QLayout, hint: QLabel) -> QVBoxLayout:
    """A field with its hint right under it; separate form rows would space them too far apart."""
    column = QVBoxLayout()
    column.setSpacing(3)
    if isinstance(field, QLayout):
        column.addLayout(field)
    else:
        column.addWidget(field)
    column.addWidget(hint)
    return column


def _note_frame(
    name: str, html: str, icon: QStyle.StandardPixmap, parent: QWidget, *, button: QPushButton | None = None
) -> QFrame:
    """A boxed note with a standard icon: information (demo, environment) or a warning (no keyring)."""
    frame = QFrame(parent)
    frame.setObjectName(name)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    icon_label = QLabel(frame)
    size = frame.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
    icon_label.setPixmap(frame.style().standardIcon(icon).pixmap(size, size))
    icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
    text = _wrapping_label(html, frame)
    text.setTextFormat(Qt.TextFormat.RichText)
    column = QVBoxLayout()
    column.addWidget(text)
    if button is not None:
        column.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
    row = QHBoxLayout(frame)
    row.addWidget(icon_label)
    row.addLayout(column, 1)
    return frame


def _error_style() -> str:
    return f"color: {'#ff7b72' if is_dark() else '#b3261e'};"
