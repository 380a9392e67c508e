"""Settings ▸ Account: the App Key and App Secret, where they come from, and the connection test.

The App Secret only ever goes to `credentials` (keyring or memory) and to the AliExpress client;
it is never written to a file, a log line or a label. "Test connection" runs on a worker thread
through `BackgroundTask`, so a slow or unreachable gateway never freezes the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from aliorders_desktop import credentials
from aliorders_desktop.aliexpress.client import AppCredentials, ClientSettings
from aliorders_desktop.aliexpress.gateway import DEMO_APP_KEY, DEMO_APP_SECRET
from aliorders_desktop.ui.formats import fill
from aliorders_desktop.ui.settings.account_notes import demo_note, environment_note, keyring_warning
from aliorders_desktop.ui.settings.connection_test import TEST_OK, ConnectionTest, button_text
from aliorders_desktop.ui.settings.widgets import (
    error_style,
    hint,
    message_label,
    show_message,
    with_hint,
    wrapping_label,
)

SESSION_ONLY_KEY = "account/sessionOnlyAppKey"
"""QSettings: the (shortened) App Key last kept for a session only, so the next start can say that
the account is gone and auto-sync with it. The App Key is no secret; the App Secret is never kept."""


def short_key(app_key: str) -> str:
    """Enough of the App Key to recognise it, as mail clients show part of an account."""
    return f"{app_key[:4]}…" if len(app_key) > 4 else app_key


class AccountPage(QWidget):
    """Laid out like a mail client's account settings; `credentialsChanged` after each change.

    Typed credentials are kept on `apply` (Settings' Save): in the keyring, or for this session where
    there is none. Test connection only asks AliExpress, and says whether what it accepted is kept.
    """

    credentialsChanged = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, client_settings: ClientSettings | None, demo: bool
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountTab")
        self._demo = demo
        self._build()
        self._connection_test = ConnectionTest(self.test_button, client_settings, self)
        self._connection_test.statusChanged.connect(self._set_status)
        self._connection_test.accepted.connect(self._on_accepted)
        self._refresh()

    def stop_test(self) -> None:
        """Cancel and join a running test as Settings closes, leaving the page as it was before it."""
        if self._connection_test.stop():
            self._refresh()

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        intro = wrapping_label(
            self.tr(
                "aliorders downloads your orders with your AliExpress affiliate app's <b>App Key</b> and "
                "<b>App Secret</b>. You find both on the AliExpress Open Platform: "
                "<i>App Console → your affiliate app</i>."
            ),
            self,
        )

        self.account_status = wrapping_label("", self)
        self.account_status.setObjectName("accountStatus")
        self.account_status.setTextFormat(Qt.TextFormat.PlainText)
        status_font = QFont(self.account_status.font())
        status_font.setBold(True)
        self.account_status.setFont(status_font)

        self.demo_note = demo_note(self)
        self.env_note = environment_note(self)

        self.app_key_edit = QLineEdit(self)
        self.app_key_edit.setObjectName("appKeyEdit")
        self.app_key_edit.setPlaceholderText(self.tr("e.g. 34061046"))
        self.app_secret_edit = QLineEdit(self)
        self.app_secret_edit.setObjectName("appSecretEdit")
        self.app_secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.app_secret_edit.setPlaceholderText(self.tr("App Secret"))
        self.show_secret_action = QAction(self.tr("Show"), self)
        self.show_secret_action.setObjectName("showSecretAction")
        self.show_secret_action.setCheckable(True)
        self.show_secret_action.setToolTip(self.tr("Show or hide the App Secret"))
        self.show_secret_action.toggled.connect(self._on_show_secret_toggled)
        show_secret = QToolButton(self)
        show_secret.setDefaultAction(self.show_secret_action)
        secret_row = QHBoxLayout()
        secret_row.setContentsMargins(0, 0, 0, 0)
        secret_row.addWidget(self.app_secret_edit, 1)
        secret_row.addWidget(show_secret)
        secret_label = QLabel(self.tr("App &Secret:"), self)
        secret_label.setBuddy(self.app_secret_edit)
        self.secret_note = hint(
            self.tr(
                "The App Secret is kept in your system keyring (like your browser's saved passwords), "
                "never in files or logs."
            ),
            self,
        )
        form = QFormLayout()
        form.addRow(self.tr("App &Key:"), self.app_key_edit)
        form.addRow(secret_label, with_hint(secret_row, self.secret_note))

        self.account_message = message_label("accountMessage", self)
        self.keyring_warning = keyring_warning(self)

        self.test_button = self._button(button_text(), "testConnectionButton", self._on_test_clicked)
        self.test_button.setToolTip(self.tr("Ask AliExpress whether it accepts this App Key and App Secret"))
        self.disconnect_button = self._button(
            self.tr("&Disconnect"), "disconnectButton", self._on_disconnect_clicked
        )
        self.disconnect_button.setToolTip(self.tr("Remove the App Key and App Secret from this computer"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.disconnect_button)

        layout = QVBoxLayout(self)
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

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # ------------------------------------------------------------------- state

    def _refresh(self) -> None:
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

        if self._demo:
            self._show_fields(AppCredentials(DEMO_APP_KEY, DEMO_APP_SECRET))
            self.disconnect_button.setVisible(False)
            self._set_status(
                fill(
                    self.tr("Demo account: App Key %1 (demo data, not a real AliExpress account)."),
                    short_key(DEMO_APP_KEY),
                )
            )
            return
        if from_env is not None:
            self._show_fields(from_env)
            self.disconnect_button.setVisible(False)
            self._set_status(
                fill(
                    self.tr("Connected: App Key %1, from environment variables %2 and %3."),
                    short_key(from_env.app_key),
                    credentials.ENV_APP_KEY,
                    credentials.ENV_APP_SECRET,
                )
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
            self._set_status(self.tr("Not connected. Enter your App Key and App Secret, then Save."))
            return
        self._show_fields(current)
        if keyring.usable:
            connected = self.tr("Connected: App Key %1, stored in the system keyring.")
        else:
            connected = self.tr(
                "Connected: App Key %1, for this session only (forgotten when aliorders quits).",
            )
        self._set_status(fill(connected, short_key(current.app_key)))

    def _show_fields(self, shown: AppCredentials) -> None:
        self.app_key_edit.setText(shown.app_key)
        self.app_secret_edit.setText(shown.app_secret)

    def _entered_credentials(self) -> AppCredentials | None:
        """The typed credentials, or None after telling the user what is missing."""
        entered = AppCredentials(self.app_key_edit.text(), self.app_secret_edit.text())
        if not entered.app_key or not entered.app_secret:
            if not entered.app_key and not entered.app_secret:
                missing = self.tr("Enter the App Key and the App Secret first.")
            elif not entered.app_key:
                missing = self.tr("Enter the App Key first.")
            else:
                missing = self.tr("Enter the App Secret first.")
            self._show_message(missing, error=True)
            (self.app_key_edit if not entered.app_key else self.app_secret_edit).setFocus()
            return None
        self._show_message("")
        return entered

    @Slot(str, bool)
    def _set_status(self, text: str, error: bool = False) -> None:
        self.account_status.setText(text)
        self.account_status.setStyleSheet(error_style() if error else "")

    def _show_message(self, text: str, *, error: bool = False) -> None:
        show_message(self.account_message, text, error=error)

    def _changed(self, message: str) -> None:
        """The credentials were changed: say how, show where they come from now, and tell the window."""
        self._show_message(message)
        self._refresh()
        self.credentialsChanged.emit()

    # ----------------------------------------------------------------- actions

    @Slot(bool)
    def _on_show_secret_toggled(self, shown: bool) -> None:
        self.app_secret_edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_secret_action.setText(self.tr("Hide") if shown else self.tr("Show"))

    def _kept(self) -> AppCredentials | None:
        """The credentials the window uses now (None when there are none or the keyring refused)."""
        try:
            return credentials.load_credentials()
        except credentials.KeyringUnavailable:
            return None

    def apply(self) -> bool:
        """Keep the typed credentials if they changed: in the keyring, or for this session where
        there is none. Returns whether the page may close (else it says what is wrong)."""
        if self._demo or credentials.credentials_from_env() is not None:
            return True
        key, secret = self.app_key_edit.text(), self.app_secret_edit.text()
        if not key and not secret:
            return True  # nothing typed: nothing to keep (Disconnect removes what is kept)
        entered = self._entered_credentials()
        if entered is None:
            return False
        if entered == self._kept():
            return True
        if not credentials.keyring_status().usable:
            self._keep_for_session(entered)
            return True
        try:
            credentials.save_credentials(entered)
        except credentials.KeyringUnavailable as exc:
            self._show_message(fill(self.tr("Nothing was saved. %1"), exc), error=True)
            return False
        QSettings().remove(SESSION_ONLY_KEY)
        self._changed(self.tr("Saved."))
        return True

    def _keep_for_session(self, entered: AppCredentials) -> None:
        credentials.use_for_session(entered)
        QSettings().setValue(SESSION_ONLY_KEY, short_key(entered.app_key))
        self._changed(self.tr("Using these credentials until aliorders quits. Nothing was written to disk."))

    @Slot(object)
    def _on_accepted(self, tested: AppCredentials) -> None:
        """Say "connected" only for what is kept; where no keyring can keep them, keep them for the
        session at once, so the window goes on using what AliExpress has just accepted."""
        if tested == self._kept():
            self._set_status(QCoreApplication.translate("ConnectionTest", TEST_OK))
            return
        if credentials.keyring_status().usable:
            self._set_status(
                self.tr(
                    "AliExpress accepted the App Key and App Secret. Save keeps them in the system keyring."
                )
            )
            return
        self._keep_for_session(tested)
        self._set_status(
            self.tr(
                "AliExpress accepted the App Key and App Secret, but this computer has no keyring to keep "
                "them: they last until you quit aliorders."
            )
        )

    @Slot()
    def _on_disconnect_clicked(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Disconnect from AliExpress?"),
            self.tr(
                "Remove the App Key and App Secret from this computer?\n\n"
                "Orders already downloaded stay. To sync again you will need to enter the App Key and "
                "App Secret again."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            credentials.delete_credentials()
        except credentials.KeyringUnavailable as exc:
            self._show_message(fill(self.tr("Could not disconnect. %1"), exc), error=True)
            return
        QSettings().remove(SESSION_ONLY_KEY)
        self.app_key_edit.clear()
        self.app_secret_edit.clear()
        self._changed(self.tr("Disconnected. The App Key and App Secret were removed from this computer."))

    @Slot()
    def _on_test_clicked(self) -> None:
        entered = self._entered_credentials()
        if entered is not None:
            self._connection_test.start(entered)
