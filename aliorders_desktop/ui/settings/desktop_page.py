"""Settings ▸ Desktop: the tray, start at login and the notifications after a sync.

Like every page, it applies when Settings is saved. Start at login is read back from the
entry the operating system keeps (`autostart`), so the box shows what will really happen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QGroupBox, QVBoxLayout, QWidget

from aliorders_desktop import autostart, config
from aliorders_desktop.ui.formats import fill
from aliorders_desktop.ui.settings.widgets import hint, message_label, show_message, with_hint
from aliorders_desktop.ui.tray import tray_available


class DesktopPage(QWidget):
    """`tray_available` and `login_start` are the system's; tests pass their own."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        tray_available: Callable[[], bool] = tray_available,
        login_start: autostart.Autostart | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("desktopTab")
        self._login_start = login_start or autostart.for_this_system()
        settings = config.load_settings()
        has_tray = tray_available()

        self.keep_in_tray = self._box(
            "keepInTrayCheck", self.tr("&Keep running in the tray when the window is closed")
        )
        self.keep_in_tray.setChecked(has_tray and settings.keep_in_tray)
        self.keep_in_tray.setEnabled(has_tray)
        tray_hint = (
            self.tr("Syncs go on in the background. Quit from the tray icon's menu or File ▸ Quit.")
            if has_tray
            else self.tr("This desktop shows no tray icons, so closing the window quits aliorders.")
        )
        self.start_at_login = self._box("startAtLoginCheck", self.tr("&Start aliorders when I log in"))
        self.start_at_login.setChecked(self._login_start.is_enabled())
        self.notify_new = self._box("notifyNewCheck", self.tr("&New orders, with their estimated commission"))
        self.notify_settled = self._box(
            "notifySettledCheck", self.tr("Orders &settled: their commission is confirmed")
        )
        self.notify_invalid = self._box(
            "notifyInvalidCheck", self.tr("Orders that became &Invalid: their commission is lost")
        )
        for box, on in (
            (self.notify_new, settings.notify_new),
            (self.notify_settled, settings.notify_settled),
            (self.notify_invalid, settings.notify_invalid),
        ):
            box.setChecked(on)
        self.message = message_label("desktopMessage", self)

        window = QGroupBox(self.tr("Window"), self)
        window_layout = QVBoxLayout(window)
        window_layout.addLayout(with_hint(self.keep_in_tray, hint(tray_hint, window)))
        window_layout.addWidget(self.start_at_login)
        notices = QGroupBox(self.tr("After each sync, tell me about"), self)
        notices_layout = QVBoxLayout(notices)
        for box in (self.notify_new, self.notify_settled, self.notify_invalid):
            box.setEnabled(has_tray)
            notices_layout.addWidget(box)
        notices_hint = (
            self.tr("One message per sync, shown by the tray icon; click it to see those orders.")
            if has_tray
            else self.tr("The messages are shown by the tray icon, which this desktop does not have.")
        )
        notices_layout.addWidget(hint(notices_hint, notices))
        layout = QVBoxLayout(self)
        layout.addWidget(window)
        layout.addWidget(notices)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _box(self, name: str, text: str) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setObjectName(name)
        return box

    def apply(self) -> bool:
        """Save the choices and turn start at login on or off; returns whether all of it worked."""
        settings = config.load_settings()
        # Without a tray the box is off and disabled; the saved choice stays for a desktop with one.
        keep_in_tray = settings.keep_in_tray
        if self.keep_in_tray.isEnabled():
            keep_in_tray = self.keep_in_tray.isChecked()
        chosen = replace(
            settings,
            keep_in_tray=keep_in_tray,
            notify_new=self.notify_new.isChecked(),
            notify_settled=self.notify_settled.isChecked(),
            notify_invalid=self.notify_invalid.isChecked(),
        )
        if chosen != settings:
            config.save_settings(chosen)
        on = self.start_at_login.isChecked()
        if on == self._login_start.is_enabled():
            return True
        try:
            if on:
                self._login_start.enable(autostart.launch_command())
            else:
                self._login_start.disable()
        except OSError as exc:
            text = fill(self.tr("Start at login could not be changed: %1"), exc)
            show_message(self.message, text, error=True)
            self.start_at_login.setChecked(self._login_start.is_enabled())
            return False
        show_message(self.message, "")
        return True
