"""The building blocks every Settings page lays out with, so the pages look alike."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLayout, QPushButton, QStyle, QVBoxLayout, QWidget

from aliorders_desktop.ui.theme import is_dark


def wrapping_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def message_label(name: str, parent: QWidget) -> QLabel:
    """A hidden plain-text line for outcomes: plain text, because it may quote what the user typed."""
    label = wrapping_label("", parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


def show_message(label: QLabel, text: str, *, error: bool = False) -> None:
    """Show `text` in `label` (hidden when empty), in the theme's error colour for a problem."""
    label.setText(text)
    label.setStyleSheet(error_style() if error else "")
    label.setVisible(bool(text))


def hint(text: str, parent: QWidget) -> QLabel:
    """Explanatory text under a field, a little smaller so the fields stay the focus."""
    label = wrapping_label(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    return label


def with_hint(field: QWidget | QLayout, hint_label: QLabel) -> QVBoxLayout:
    """A field with its hint right under it; separate form rows would space them too far apart."""
    column = QVBoxLayout()
    column.setSpacing(3)
    if isinstance(field, QLayout):
        column.addLayout(field)
    else:
        column.addWidget(field)
    column.addWidget(hint_label)
    return column


def note_frame(
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
    text = wrapping_label(html, frame)
    text.setTextFormat(Qt.TextFormat.RichText)
    column = QVBoxLayout()
    column.addWidget(text)
    if button is not None:
        column.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
    row = QHBoxLayout(frame)
    row.addWidget(icon_label)
    row.addLayout(column, 1)
    return frame


def error_style() -> str:
    return f"color: {'#ff7b72' if is_dark() else '#b3261e'};"
