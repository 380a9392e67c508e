"""Settings ▸ Account ▸ Test connection: asks AliExpress in the background and says what it answered.

Unknown failures may carry request data (the signature, the App Key) in their text, so only their
type is shown and logged.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QPushButton

from aliorders_desktop import config
from aliorders_desktop.aliexpress.client import AppCredentials, Cancelled, ClientSettings
from aliorders_desktop.aliexpress.errors import ApiError, CredentialsError, PermissionDeniedError
from aliorders_desktop.ui.background import BackgroundTask
from aliorders_desktop.ui.formats import fill
from aliorders_desktop.ui.settings.checks import ConnectionCheck

log = logging.getLogger(__name__)

TEST_OK = QT_TRANSLATE_NOOP("ConnectionTest", "Connected — AliExpress accepted the App Key and App Secret.")
"""Said only when the credentials tested are the ones kept (`AccountPage` decides)."""
BUTTON_TEXT = QT_TRANSLATE_NOOP("ConnectionTest", "&Test connection")


def button_text() -> str:
    """The test button's text while no test runs, in the window's language."""
    return QCoreApplication.translate("ConnectionTest", BUTTON_TEXT)


class ConnectionTest(QObject):
    """Drives `button` while a test runs; `statusChanged(text, is_error)` while it asks and when it
    fails, `accepted(credentials)` when AliExpress accepted them (whether they are kept is for the
    page to say)."""

    statusChanged = Signal(str, bool)
    accepted = Signal(object)

    def __init__(self, button: QPushButton, client_settings: ClientSettings | None, parent: QObject) -> None:
        super().__init__(parent)
        self._button = button
        self._fixed_client_settings = client_settings
        self._task = BackgroundTask("connection-test", self)
        self._task.succeeded.connect(self._on_succeeded)
        self._task.failed.connect(self._on_failed)
        self._task.finished.connect(self._on_finished)
        self._tested: AppCredentials | None = None

    def start(self, entered: AppCredentials) -> None:
        # The settings as saved now: the Advanced page may have changed the gateway since opening.
        settings = self._fixed_client_settings or config.load_settings().client_settings()
        self._tested = entered
        if self._task.start(ConnectionCheck(entered, settings)):
            self._button.setEnabled(False)
            self._button.setText(self.tr("Testing…"))
            self.statusChanged.emit(self.tr("Asking AliExpress…"), False)

    def stop(self) -> bool:
        """Cancel and join a running test; returns whether one was running."""
        if not self._task.is_running():
            return False
        self._task.shutdown()
        self._on_finished()
        return True

    @Slot(object)
    def _on_succeeded(self, _result: object) -> None:
        self.accepted.emit(self._tested)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        if isinstance(error, Cancelled):
            return
        if isinstance(error, CredentialsError | PermissionDeniedError):
            self.statusChanged.emit(self._what_to_fix_here(error), True)
            return
        if isinstance(error, ApiError):
            self.statusChanged.emit(str(error), True)
            return
        log.warning("connection test failed unexpectedly: %s", type(error).__name__)
        self.statusChanged.emit(
            fill(self.tr("The test failed unexpectedly (%1). Try again."), type(error).__name__), True
        )

    def _what_to_fix_here(self, error: CredentialsError | PermissionDeniedError) -> str:
        """The refusal without its advice to open Settings ▸ Account, where the user already is."""
        refused = error.reason
        if isinstance(error, CredentialsError):
            fix = self.tr(
                "Copy the App Key and App Secret again from App Console → your affiliate app, paste them "
                "above, and test again."
            )
        else:
            fix = self.tr(
                "Check in the AliExpress affiliate portal that this app may read orders, then test again."
            )
        return f"{refused} {fix}"

    @Slot()
    def _on_finished(self) -> None:
        self._button.setEnabled(True)
        self._button.setText(button_text())
