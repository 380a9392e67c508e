"""What the table area shows when there is nothing to show, and what to do about it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

CONNECT_TEXT = QT_TRANSLATE_NOOP(
    "EmptyState",
    "<h2>Connect your AliExpress affiliate account</h2>"
    "<p>aliorders keeps every order your links earned on this computer, so you can filter, total and "
    "export years of orders instantly, even offline.</p>"
    "<p>You need the <b>App Key</b> and <b>App Secret</b> of your affiliate app (AliExpress Open "
    "Platform → App Console). The secret is kept in your system's keyring, never in a file.</p>",
)

NO_RESULTS_TEXT = QT_TRANSLATE_NOOP(
    "EmptyState",
    "<h2>No orders to show</h2>"
    "<p>If you know this range had sales:</p><ul>"
    "<li><b>Did you Sync?</b> Refresh only re-reads what is stored; Sync fetches from AliExpress.</li>"
    "<li><b>Is the range right?</b> It starts on <i>Today</i>; orders are dated by payment day.</li>"
    "<li><b>Are filters set?</b> An old Order ID, Tracking ID or Product ID hides everything else.</li>"
    "<li><b>Brand-new orders</b> can take a few hours to appear at AliExpress.</li></ul>",
)


class EmptyState(QWidget):
    """Two faces: "connect AliExpress" before any account exists, and the no-results checklist."""

    connectRequested = Signal()
    demoRequested = Signal()
    syncRequested = Signal()
    clearFiltersRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="emptyState")
        self.text = QLabel(objectName="emptyStateText", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.text.setFixedWidth(580)
        self.connect_button = QPushButton(self.tr("Connect AliExpress…"), objectName="connectButton")
        self.demo_button = QPushButton(self.tr("Explore demo data"), objectName="demoButton")
        self.sync_button = QPushButton(self.tr("Sync this range"), objectName="emptySyncButton")
        self.clear_button = QPushButton(self.tr("Clear filters"), objectName="emptyClearButton")
        self.connect_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch()
        for button in (self.connect_button, self.demo_button, self.sync_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch()
        column = QVBoxLayout(self)
        column.addStretch()
        column.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addStretch(2)
        self.connect_button.clicked.connect(self.connectRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        self.sync_button.clicked.connect(self.syncRequested)
        self.clear_button.clicked.connect(self.clearFiltersRequested)
        self.show_connect()

    def show_connect(self) -> None:
        self._show(CONNECT_TEXT, connect=True)

    def show_no_results(self, can_sync: bool) -> None:
        self._show(NO_RESULTS_TEXT, connect=False)
        self.sync_button.setVisible(can_sync)

    def _show(self, text: str, connect: bool) -> None:
        self.text.setText(QCoreApplication.translate("EmptyState", text))
        self.connect_button.setVisible(connect)
        self.demo_button.setVisible(connect)
        self.sync_button.setVisible(not connect)
        self.clear_button.setVisible(not connect)
