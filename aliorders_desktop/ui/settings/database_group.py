"""Settings ▸ Advanced ▸ Database: a file on this computer, or a team workspace on PostgreSQL.

Choosing a workspace is only kept once its server has answered (`WorkspaceCheck`, in the
background); its password goes to the system keyring, never into the address or a file.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from aliorders_desktop import config, credentials, database_password, store
from aliorders_desktop.store.workspace import WorkspaceProbe
from aliorders_desktop.ui.background import BackgroundTask
from aliorders_desktop.ui.formats import fill
from aliorders_desktop.ui.settings.checks import WorkspaceCheck, describe_probe
from aliorders_desktop.ui.settings.widgets import hint, message_label, show_message, with_hint

log = logging.getLogger(__name__)

LOCAL_DATABASE_KEY = "storage/localDatabase"
"""The local file chosen before switching to a workspace, so that switching back finds it again."""


def is_workspace(database: str) -> bool:
    return store.is_server_url(database)


def workspace_url_problem(url: str) -> str:
    """Why `url` cannot be a workspace address ("" if it can); passwords belong in the keyring."""
    if not is_workspace(url):
        return QCoreApplication.translate(
            "DatabaseGroup",
            "Enter the workspace address, starting with postgresql://",
        )
    if ":" in url.split("://", 1)[1].partition("@")[0] and "@" in url:
        return QCoreApplication.translate(
            "DatabaseGroup",
            "Put the password in the Password field (kept in the system keyring), not in the address.",
        )
    return ""


class DatabaseGroup(QGroupBox):
    """Where the orders live. Saving is the Advanced page's: a workspace chosen for saving is
    announced with `workspaceConfirmed(url)` once the server answered and its password is kept,
    or with `workspaceRefused(message)` when the password could not be kept."""

    workspaceConfirmed = Signal(str)
    workspaceRefused = Signal(str)
    checkFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Database"))
        self._workspace_test = BackgroundTask("workspace-test", self)
        self._workspace_test.succeeded.connect(self._on_workspace_checked)
        self._workspace_test.failed.connect(self._on_workspace_check_failed)
        self._workspace_test.finished.connect(self._on_workspace_check_finished)
        self._save_after_check = False

        self.local_radio = QRadioButton(
            self.tr("A &file on this computer"),
            self,
            objectName="localStorageRadio",
        )
        self.workspace_radio = QRadioButton(
            self.tr("A team &workspace on a PostgreSQL server"), self, objectName="workspaceStorageRadio"
        )
        self.local_radio.setChecked(True)
        self.local_radio.toggled.connect(self._on_storage_toggled)

        self.database_edit = QLineEdit(self)
        self.database_edit.setObjectName("databaseEdit")
        self.database_edit.setPlaceholderText(config.default_database())
        self.database_edit.setClearButtonEnabled(True)
        self.choose_database_button = QPushButton(self.tr("&Choose…"), self)
        self.choose_database_button.setObjectName("chooseDatabaseButton")
        self.choose_database_button.clicked.connect(self._on_choose_database_clicked)
        database_row = QHBoxLayout()
        database_row.addWidget(self.database_edit, 1)
        database_row.addWidget(self.choose_database_button)

        self.workspace_url_edit = QLineEdit(self, objectName="workspaceUrlEdit")
        self.workspace_url_edit.setPlaceholderText("postgresql://alice@db.example.com/aliorders")
        self.workspace_password_edit = QLineEdit(self, objectName="workspacePasswordEdit")
        self.workspace_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_workspace_button = QPushButton(
            self.tr("T&est connection"), self, objectName="testWorkspaceButton"
        )
        self.test_workspace_button.clicked.connect(self._on_test_workspace_clicked)
        password_row = QHBoxLayout()
        password_row.addWidget(self.workspace_password_edit, 1)
        password_row.addWidget(self.test_workspace_button)
        self.workspace_status = message_label("workspaceStatus", self)

        form = QFormLayout(self)
        form.addRow(self.local_radio)
        form.addRow(
            self.tr("File:"),
            with_hint(
                database_row,
                hint(
                    self.tr(
                        "Where your orders are kept on this computer. Leave empty for the default place.",
                    ),
                    self,
                ),
            ),
        )
        form.addRow(self.workspace_radio)
        form.addRow(
            self.tr("Address:"),
            with_hint(
                self.workspace_url_edit,
                hint(
                    self.tr(
                        "Your workspace admin gives you this address, your user name and a password. "
                        "Your local file stays where it is: you can switch back at any time."
                    ),
                    self,
                ),
            ),
        )
        form.addRow(self.tr("Password:"), password_row)
        form.addRow(self.workspace_status)
        self._on_storage_toggled()

    def load(self, database: str) -> None:
        """Show the saved `database`; for a workspace, the local file it left stays offered."""
        if is_workspace(database):
            self.workspace_radio.setChecked(True)
            self.workspace_url_edit.setText(database)
            if database_password.saved_password(database):
                self.workspace_password_edit.setPlaceholderText(self.tr("(saved in the system keyring)"))
            self.database_edit.setText(str(QSettings().value(LOCAL_DATABASE_KEY, "")))
        else:
            self.database_edit.setText(database)

    def workspace_chosen(self) -> bool:
        return self.workspace_radio.isChecked()

    def workspace_url(self) -> str:
        """The workspace address as typed, when nothing else about it (the password) was changed."""
        return "" if self.workspace_password_edit.text() else self.workspace_url_edit.text().strip()

    def local_database(self) -> str:
        database = self.database_edit.text().strip()
        return str(Path(database).expanduser()) if database else ""

    def remember_local_database(self) -> None:
        """Keep the local file's path, so that switching back from a workspace finds it again."""
        QSettings().setValue(LOCAL_DATABASE_KEY, self.local_database())

    def check_workspace(self, *, save: bool) -> bool:
        """Ask the server in the background; with `save`, confirm the address once it answered well.

        Returns whether the check started (`checkFinished` follows), not whether it will pass.
        """
        url = self.workspace_url_edit.text().strip()
        problem = workspace_url_problem(url)
        if problem:
            self._show_status(problem, error=True)
            self.workspace_url_edit.setFocus()
            return False
        password = self.workspace_password_edit.text() or database_password.saved_password(url) or ""
        if not self._workspace_test.start(WorkspaceCheck(url, password)):
            return False
        self._save_after_check = save
        self.test_workspace_button.setEnabled(False)
        self._show_status(self.tr("Connecting…"))
        return True

    def shutdown(self) -> None:
        self._workspace_test.shutdown()

    @Slot()
    def _on_storage_toggled(self) -> None:
        local = self.local_radio.isChecked()
        for widget in (self.database_edit, self.choose_database_button):
            widget.setEnabled(local)
        for widget in (self.workspace_url_edit, self.workspace_password_edit, self.test_workspace_button):
            widget.setEnabled(not local)

    @Slot()
    def _on_choose_database_clicked(self) -> None:
        current = self.database_edit.text().strip() or config.default_database()
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Where to keep your orders"),
            current,
            self.tr("Order databases (*.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # picking an existing database is fine
        )
        if path:
            chosen = Path(path)
            self.database_edit.setText(str(chosen if chosen.suffix else chosen.with_suffix(".db")))

    @Slot()
    def _on_test_workspace_clicked(self) -> None:
        self.check_workspace(save=False)

    @Slot(object)
    def _on_workspace_checked(self, found: WorkspaceProbe) -> None:
        self._show_status(describe_probe(found))
        if not self._save_after_check:
            return
        url = self.workspace_url_edit.text().strip()
        if self.workspace_password_edit.text():
            try:
                database_password.save_password(url, self.workspace_password_edit.text())
            except credentials.KeyringUnavailable as exc:
                self.workspaceRefused.emit(fill(self.tr("Not saved. %1"), exc))
                return
        self.workspaceConfirmed.emit(url)

    @Slot(object)
    def _on_workspace_check_failed(self, error: object) -> None:
        if isinstance(error, store.StoreError):
            self._show_status(fill(self.tr("%1 Nothing was changed."), error), error=True)
            return
        log.warning("workspace test failed unexpectedly: %s", type(error).__name__)
        self._show_status(
            fill(self.tr("The test failed unexpectedly (%1)."), type(error).__name__),
            error=True,
        )

    @Slot()
    def _on_workspace_check_finished(self) -> None:
        self.test_workspace_button.setEnabled(self.workspace_radio.isChecked())
        self.checkFinished.emit()

    def _show_status(self, text: str, *, error: bool = False) -> None:
        show_message(self.workspace_status, text, error=error)
