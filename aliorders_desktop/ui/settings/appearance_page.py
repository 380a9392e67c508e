"""Settings ▸ Appearance: the theme, applied when Settings is saved, and the language, from the
next start (widgets built in one language would keep its texts)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from aliorders_desktop import config, languages
from aliorders_desktop.ui.formats import fill
from aliorders_desktop.ui.settings.widgets import hint, message_label, show_message, with_hint
from aliorders_desktop.ui.theme import THEME_KEY, THEMES, saved_theme, theme_name


class AppearancePage(QWidget):
    """On `apply` (Settings' Save), saves the theme and says so with `themeChanged`, which the window
    follows, and the language into the settings file, which the next start reads."""

    themeChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appearanceTab")
        self.theme_combo = QComboBox(self)
        self.theme_combo.setObjectName("themeCombo")
        for key in THEMES:
            self.theme_combo.addItem(theme_name(key), key)
        self.theme_combo.setCurrentIndex(self.theme_combo.findData(saved_theme()))
        theme_label = QLabel(self.tr("&Theme:"), self)
        theme_label.setBuddy(self.theme_combo)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        system = languages.LANGUAGES[languages.system_language()]
        self.language_combo.addItem(fill(self.tr("System default (%1)"), system), "")
        for code, name in languages.LANGUAGES.items():
            self.language_combo.addItem(name, code)
        chosen = self.language_combo.findData(config.load_settings().language)
        self.language_combo.setCurrentIndex(max(chosen, 0))
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language_combo)
        self.language_message = message_label("languageMessage", self)
        form = QFormLayout()
        form.addRow(
            theme_label,
            with_hint(
                self.theme_combo,
                hint(
                    self.tr("\u201cFollow the system\u201d picks light or dark to match your computer."),
                    self,
                ),
            ),
        )
        form.addRow(
            language_label,
            with_hint(self.language_combo, hint(self.tr("Takes effect when aliorders restarts."), self)),
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.language_message)
        layout.addStretch(1)

    def apply(self) -> bool:
        """Save the theme and the language; returns whether they were written."""
        theme = self.theme_combo.currentData()
        if theme != saved_theme():
            QSettings().setValue(THEME_KEY, theme)
            self.themeChanged.emit(theme)
        language = self.language_combo.currentData()
        settings = config.load_settings()
        if language == settings.language:
            return True
        try:
            config.save_settings(replace(settings, language=language))
        except OSError as exc:
            text = fill(self.tr("Could not save the settings: %1."), exc.strerror or exc)
            show_message(self.language_message, text, error=True)
            return False
        return True
