"""Settings ▸ Sync: how often the open window syncs by itself, how far back it looks again, and how
many requests a sync sends at once. Like every page, it is written when Settings is saved."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from aliorders_desktop import config
from aliorders_desktop.sync.page_pool import DEFAULT_CONCURRENCY, MAX_CONCURRENCY
from aliorders_desktop.ui.formats import fill
from aliorders_desktop.ui.settings.widgets import hint, message_label, show_message, with_hint


class SyncPage(QWidget):
    """Writes its choices to the settings file on `apply` (Settings' Save); `settingsChanged` once written."""

    settingsChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncTab")
        self.interval_combo = QComboBox(self)
        self.interval_combo.setObjectName("autoSyncCombo")
        interval_names = {
            0: self.tr("Off"),
            15: self.tr("Every 15 minutes"),
            30: self.tr("Every 30 minutes"),
            60: self.tr("Every hour"),
            180: self.tr("Every 3 hours"),
        }
        for minutes in config.AUTO_SYNC_INTERVALS:
            self.interval_combo.addItem(interval_names[minutes], minutes)
        self.recheck_spin = QSpinBox(self)
        self.recheck_spin.setObjectName("recheckDaysSpin")
        self.recheck_spin.setRange(1, config.MAX_RECHECK_DAYS)
        self.recheck_spin.setKeyboardTracking(False)  # one save per finished entry, not per digit
        self.concurrency_spin = QSpinBox(self)
        self.concurrency_spin.setObjectName("concurrencySpin")
        self.concurrency_spin.setRange(1, MAX_CONCURRENCY)
        self.concurrency_spin.setKeyboardTracking(False)
        self.message = message_label("syncMessage", self)
        self._load()

        interval_label = QLabel(self.tr("Sync &automatically:"), self)
        interval_label.setBuddy(self.interval_combo)
        recheck_label = QLabel(self.tr("&Re-check the last:"), self)
        recheck_label.setBuddy(self.recheck_spin)
        concurrency_label = QLabel(self.tr("&Parallel requests:"), self)
        concurrency_label.setBuddy(self.concurrency_spin)
        self.recheck_spin.setSuffix(self.tr(" days"))
        form = QFormLayout()
        form.addRow(
            interval_label,
            with_hint(
                self.interval_combo,
                hint(
                    self.tr(
                        "While aliorders is open, it fetches new orders by itself. It waits for a sync "
                        "you started, and skips a turn while aliorders on the command line syncs."
                    ),
                    self,
                ),
            ),
        )
        form.addRow(
            recheck_label,
            with_hint(
                self.recheck_spin,
                hint(
                    self.tr(
                        "Each automatic sync fetches these days again, so orders that were settled, "
                        "refunded or made invalid since are brought up to date."
                    ),
                    self,
                ),
            ),
        )
        form.addRow(
            concurrency_label,
            with_hint(
                self.concurrency_spin,
                hint(
                    fill(
                        self.tr(
                            "How many pages a sync asks for at once (default %1). More is faster over a "
                            "slow connection; aliorders slows down by itself when AliExpress asks it to."
                        ),
                        DEFAULT_CONCURRENCY,
                    ),
                    self,
                ),
            ),
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _load(self) -> None:
        settings = config.load_settings()
        self.interval_combo.setCurrentIndex(self.interval_combo.findData(settings.auto_sync_minutes))
        self.recheck_spin.setValue(settings.recheck_days)
        self.concurrency_spin.setValue(settings.sync_concurrency)

    def apply(self) -> bool:
        """Save the choices; returns whether they were written (else the page says why)."""
        saved = config.load_settings()
        settings = replace(
            saved,
            auto_sync_minutes=self.interval_combo.currentData(),
            recheck_days=self.recheck_spin.value(),
            sync_concurrency=self.concurrency_spin.value(),
        )
        if settings == saved:
            return True
        try:
            config.save_settings(settings)
        except OSError as exc:
            show_message(
                self.message,
                fill(self.tr("Could not save the settings: %1."), exc.strerror or exc),
                error=True,
            )
            return False
        show_message(self.message, "")
        self.settingsChanged.emit()
        return True
