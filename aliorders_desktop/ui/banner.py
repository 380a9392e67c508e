"""A non-modal message strip above the table: the human message, with technical details on demand."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

_STYLES = {
    "error": "QFrame#messageBanner { background: #fde7e7; border: 1px solid #e3a5a5; border-radius: 4px; }"
    "QFrame#messageBanner QLabel { color: #5c1a1a; }",
    "warning": "QFrame#messageBanner { background: #fff4d6; border: 1px solid #e2c16b; border-radius: 4px; }"
    "QFrame#messageBanner QLabel { color: #4d3800; }",
    "info": "QFrame#messageBanner { background: #e6f0fd; border: 1px solid #a9c4ea; border-radius: 4px; }"
    "QFrame#messageBanner QLabel { color: #17355c; }",
}


class MessageBanner(QFrame):
    """Hidden until `show_message`; the user dismisses it, nothing blocks meanwhile."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="messageBanner")
        self.text = QLabel(objectName="bannerText", wordWrap=True)
        self.details_button = QPushButton(
            self.tr("Details"),
            objectName="bannerDetailsButton",
            checkable=True,
        )
        self.close_button = QPushButton(self.tr("Dismiss"), objectName="bannerDismissButton")
        self.details = QPlainTextEdit(objectName="bannerDetails", readOnly=True)
        self.details.setMaximumHeight(120)
        row = QHBoxLayout()
        row.addWidget(self.text, 1)
        row.addWidget(self.details_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(row)
        layout.addWidget(self.details)
        self.details_button.toggled.connect(self.details.setVisible)
        self.close_button.clicked.connect(self.dismiss)
        self.dismiss()

    def show_message(self, message: str, details: str = "", kind: str = "error") -> None:
        self.setStyleSheet(_STYLES[kind])
        self.text.setText(message)
        self.details.setPlainText(details)
        self.details_button.setVisible(bool(details))
        self.details_button.setChecked(False)
        self.details.hide()
        self.show()

    @Slot()
    def dismiss(self) -> None:
        self.hide()
