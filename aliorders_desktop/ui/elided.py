"""Texts that give way when the window is narrow: they elide ("Sub ID: af_s…post ✕") rather than
push the window past a 1366×768 screen, and show in full in their tooltip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionToolButton,
    QStylePainter,
    QToolButton,
    QToolTip,
    QWidget,
)

SHORTEST = "…"
"""What an elided button shows at least."""


class ElidingToolButton(QToolButton):
    """A text-only tool button that may be narrower than its text: it asks for its whole text
    (`sizeHint`) but accepts the room of a few letters (`minimumSizeHint`). It elides in the
    middle, so that a count or a closing "✕" at the end stays in sight."""

    def __init__(self, parent: QWidget | None = None, **kwargs: object) -> None:
        super().__init__(parent, **kwargs)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # may shrink

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        metrics = self.fontMetrics()
        padding = hint.width() - metrics.horizontalAdvance(self.text())
        least = padding + metrics.horizontalAdvance("M" * 3 + SHORTEST)
        return QSize(min(hint.width(), least), hint.height())

    def shown_text(self) -> str:
        """The text as it fits the button's width now."""
        metrics, text = self.fontMetrics(), self.text()
        room = self.width() - (self.sizeHint().width() - metrics.horizontalAdvance(text))
        if room >= metrics.horizontalAdvance(text):  # elidedText measures in fractions of a pixel
            return text
        return metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, max(room, 0))

    def is_elided(self) -> bool:
        return self.shown_text() != self.text()

    def paintEvent(self, event: QPaintEvent) -> None:
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        option.text = self.shown_text()
        QStylePainter(self).drawComplexControl(QStyle.ComplexControl.CC_ToolButton, option)

    def event(self, event: QEvent) -> bool:
        """While elided, the tooltip starts with the whole text."""
        if event.type() == QEvent.Type.ToolTip and self.is_elided():
            assert isinstance(event, QHelpEvent)
            tip = "\n\n".join(filter(None, (self.text(), self.toolTip())))
            QToolTip.showText(event.globalPos(), tip, self)
            return True
        return super().event(event)


class ElidingLabel(QLabel):
    """A one-line plain-text label that may be narrower than its text, eliding in the middle
    (a path keeps its start and its file name); the whole text is in its tooltip."""

    def __init__(self, parent: QWidget | None = None, **kwargs: object) -> None:
        super().__init__(parent, **kwargs)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:
        least = self.fontMetrics().horizontalAdvance("M" * 6 + SHORTEST)
        return QSize(min(self.sizeHint().width(), least), super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideMiddle, self.contentsRect().width()
        )
        painter = QPainter(self)
        self.style().drawItemText(
            painter, self.contentsRect(), int(self.alignment()), self.palette(), self.isEnabled(), shown
        )
