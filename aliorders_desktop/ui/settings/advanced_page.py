"""Settings ▸ Advanced: how aliorders reaches AliExpress, and where the orders are kept.

How aliorders talks to AliExpress belongs in the Connection group here (when and how much it
syncs is on the Sync page); the Database group lives in `database_group`. Settings' Save keeps
both, as `config.save_settings` does.
"""

from __future__ import annotations

import os
from dataclasses import replace

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from aliorders_desktop import config
from aliorders_desktop.aliexpress.client import DEFAULT_GATEWAY_URL, check_gateway_url
from aliorders_desktop.aliexpress.errors import ConfigurationError
from aliorders_desktop.ui.formats import fill
from aliorders_desktop.ui.settings.database_group import DatabaseGroup, is_workspace
from aliorders_desktop.ui.settings.widgets import hint, message_label, show_message, with_hint, wrapping_label


class AdvancedPage(QWidget):
    """Loads the saved settings and writes them back on `apply` (Settings' Save); `settingsChanged`
    once written."""

    settingsChanged = Signal()

    def __init__(self, parent: QWidget | None = None, *, demo: bool) -> None:
        super().__init__(parent)
        self.setObjectName("advancedTab")
        self._demo = demo
        connection = self._build_connection_group()
        self.database = DatabaseGroup(self)
        self.database.workspaceConfirmed.connect(self._save)
        self.database.workspaceRefused.connect(self._on_workspace_refused)

        overrides = [name for name in (config.ENV_GATEWAY, config.ENV_DB) if os.environ.get(name)]
        self.override_note = wrapping_label(self._override_text(overrides), self)
        self.override_note.setVisible(bool(overrides))

        self.message = message_label("advancedMessage", self)

        layout = QVBoxLayout(self)
        layout.addWidget(connection)
        layout.addWidget(self.database)
        layout.addWidget(self.override_note)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._load()

    def shutdown(self) -> None:
        self.database.shutdown()

    def _override_text(self, overrides: list[str]) -> str:
        """Which environment variables overrule this page, if any."""
        if not overrides:
            return ""
        if len(overrides) == 1:
            text = self.tr(
                "Note: %1 is set in the environment and takes precedence over what you choose here.",
            )
        else:
            text = self.tr(
                "Note: %1 and %2 are set in the environment and take precedence over what you choose here."
            )
        return fill(text, *overrides)

    def _build_connection_group(self) -> QGroupBox:
        connection = QGroupBox(self.tr("Connection to AliExpress"), self)
        self.gateway_url_edit = QLineEdit(self)
        self.gateway_url_edit.setObjectName("gatewayUrlEdit")
        self.gateway_url_edit.setPlaceholderText(DEFAULT_GATEWAY_URL)
        self.gateway_url_edit.setClearButtonEnabled(True)
        self.api_zone_combo = QComboBox(self)
        self.api_zone_combo.setObjectName("apiZoneCombo")
        for zone in config.API_ZONES:
            description = config.api_zone_name(zone)
            self.api_zone_combo.addItem(description, zone)
            last = self.api_zone_combo.count() - 1
            self.api_zone_combo.setItemData(last, zone, Qt.ItemDataRole.ToolTipRole)
        gateway_label = QLabel(self.tr("&Gateway address:"), connection)
        gateway_label.setBuddy(self.gateway_url_edit)
        zone_label = QLabel(self.tr("API &time zone:"), connection)
        zone_label.setBuddy(self.api_zone_combo)
        form = QFormLayout(connection)
        form.addRow(
            gateway_label,
            with_hint(
                self.gateway_url_edit,
                hint(
                    self.tr(
                        "Leave empty to use the standard AliExpress address. Change it only if AliExpress "
                        "tells you to."
                    ),
                    connection,
                ),
            ),
        )
        form.addRow(
            zone_label,
            with_hint(
                self.api_zone_combo,
                hint(
                    self.tr(
                        "AliExpress documents its order times as \u201cPST\u201d. This setting only changes "
                        "how date ranges are sent to AliExpress and how the times it returns are read."
                    ),
                    connection,
                ),
            ),
        )
        return connection

    def _load(self) -> None:
        settings = config.load_settings()
        self.gateway_url_edit.setText(settings.gateway_url)
        index = self.api_zone_combo.findData(settings.api_zone)
        if index < 0:  # a zone set by hand in the file: keep it selectable rather than lose it
            self.api_zone_combo.addItem(settings.api_zone, settings.api_zone)
            index = self.api_zone_combo.count() - 1
        self.api_zone_combo.setCurrentIndex(index)
        self.database.load(settings.database)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        show_message(self.message, text, error=error)

    def apply(self) -> bool | None:
        """Save the page: True once written, False if something is wrong (the page says what), None
        while a workspace is being checked (`settingsChanged` or `database.checkFinished` follows)."""
        gateway_url = self.gateway_url_edit.text().strip()
        if gateway_url:
            try:
                check_gateway_url(gateway_url)
            except ConfigurationError as exc:
                self._show_message(fill(self.tr("Not saved. %1"), exc), error=True)
                self.gateway_url_edit.setFocus()
                return False
        if self.database.workspace_chosen():
            saved = config.load_settings()
            if self.database.workspace_url() == saved.database and self._unchanged_connection(saved):
                return True
            return None if self.database.check_workspace(save=True) else False
        return self._save(self.database.local_database())

    def _unchanged_connection(self, saved: config.Settings) -> bool:
        return (self.gateway_url_edit.text().strip(), self.api_zone_combo.currentData()) == (
            saved.gateway_url,
            saved.api_zone,
        )

    @Slot(str)
    def _on_workspace_refused(self, message: str) -> None:
        self._show_message(message, error=True)

    @Slot(str)
    def _save(self, database: str) -> bool:
        """Write this page's settings with `database` (a file path, "" or a workspace URL)."""
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
            self._show_message(
                fill(self.tr("Could not save the settings: %1."), exc.strerror or exc),
                error=True,
            )
            return False
        self.database.remember_local_database()
        if is_workspace(database):
            local = self.database.local_database() or config.default_database()
            if self._demo:
                text = self.tr(
                    "Saved. aliorders switches to the workspace from the next start outside demo mode. "
                    "Your local file stays at %1: choose it here again to switch back."
                )
            else:
                text = self.tr(
                    "Saved. aliorders switches to the workspace when you close Settings. Your local file "
                    "stays at %1: choose it here again to switch back."
                )
            self._show_message(fill(text, local))
        elif database != previous.database:
            self._show_message(
                self.tr("Saved. aliorders switches to this database from the next start outside demo mode.")
                if self._demo
                else self.tr("Saved. aliorders switches to this database when you close Settings.")
            )
        else:
            self._show_message(self.tr("Saved."))
        self.settingsChanged.emit()
        return True
