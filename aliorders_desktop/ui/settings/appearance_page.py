"""Settings ▸ Appearance: the theme, applied as soon as it is chosen."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal, Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from aliorders_desktop.ui.settings.widgets import hint, with_hint
from aliorders_desktop.ui.theme import THEME_KEY, THEMES, saved_theme


class AppearancePage(QWidget):
    """Saves the theme itself and says so with `themeChanged`, which the window follows."""

    themeChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appearanceTab")
        self.theme_combo = QComboBox(self)
        self.theme_combo.setObjectName("themeCombo")
        for key, label in THEMES.items():
            self.theme_combo.addItem(label, key)
        self.theme_combo.setCurrentIndex(self.theme_combo.findData(saved_theme()))
        self.theme_combo.currentIndexChanged.connect(self._on_theme_changed)
        theme_label = QLabel("&Theme:", self)
        theme_label.setBuddy(self.theme_combo)
        form = QFormLayout()
        form.addRow(
            theme_label,
            with_hint(
                self.theme_combo,
                hint("\u201cFollow the system\u201d picks light or dark to match your computer.", self),
            ),
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

    @Slot(int)
    def _on_theme_changed(self, _index: int) -> None:
        theme = self.theme_combo.currentData()
        QSettings().setValue(THEME_KEY, theme)
        self.themeChanged.emit(theme)
