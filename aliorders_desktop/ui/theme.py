"""Light and dark appearance: follow the system by default, with a manual choice that sticks.

Status colours come in a light and a dark variant so they stay readable on either background.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = {
    "auto": QT_TRANSLATE_NOOP("Theme", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("Theme", "Light"),
    "dark": QT_TRANSLATE_NOOP("Theme", "Dark"),
}
"""Each theme's key and English name (`theme_name` gives it in the window's language)."""
THEME_KEY = "appearance/theme"

# (light background variant, dark background variant) per status
_STATUS_COLOURS = {
    "Payment Completed": ("#1f5fbf", "#7fb0ff"),
    "Buyer Confirmed Receipt": ("#9a5b00", "#f0b35a"),
    "Completed Settlement": ("#1b7a35", "#6fd58b"),
    "Invalid": ("#8a8a8a", "#8f8f8f"),
}


def theme_name(key: str) -> str:
    return QCoreApplication.translate("Theme", THEMES[key])


def saved_theme() -> str:
    value = QSettings().value(THEME_KEY, "auto")
    return value if value in THEMES else "auto"


def is_dark(app: QGuiApplication | None = None) -> bool:
    """True when the window background is dark, whatever made it so."""
    app = app or QGuiApplication.instance()
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def status_colour(status: str, dark: bool) -> QColor:
    light_hex, dark_hex = _STATUS_COLOURS.get(status, ("#555555", "#bbbbbb"))
    return QColor(dark_hex if dark else light_hex)


def apply_theme(app: QApplication, theme: str) -> None:
    """Use Fusion everywhere (it honours palettes on every OS) and pick the palette for `theme`."""
    app.setStyle("Fusion")
    if theme == "auto":
        theme = "dark" if app.styleHints().colorScheme() == Qt.ColorScheme.Dark else "light"
    app.setPalette(_dark_palette() if theme == "dark" else app.style().standardPalette())


def _dark_palette() -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: "#2b2d30",
        role.WindowText: "#e6e6e6",
        role.Base: "#1f2023",
        role.AlternateBase: "#26282b",
        role.ToolTipBase: "#3a3d41",
        role.ToolTipText: "#f0f0f0",
        role.Text: "#e6e6e6",
        role.Button: "#33363a",
        role.ButtonText: "#e6e6e6",
        role.BrightText: "#ff6b6b",
        role.Link: "#6fa8ff",
        role.Highlight: "#2f65ca",
        role.HighlightedText: "#ffffff",
        role.PlaceholderText: "#8c8c8c",
        role.Mid: "#45484d",
        role.Dark: "#18191b",
        role.Light: "#3c3f44",
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for colour_role in (role.Text, role.ButtonText, role.WindowText):
        palette.setColor(disabled, colour_role, QColor("#7a7a7a"))
    return palette
