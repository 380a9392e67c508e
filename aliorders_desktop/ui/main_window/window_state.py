"""What the window remembers between runs (QSettings): its size, the details pane, the tab,
the columns and the date range."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget

from aliorders_desktop.ui.date_range import DateRangePicker
from aliorders_desktop.ui.main_window.orders_table import OrdersTable
from aliorders_desktop.ui.signals import signals_blocked

DEFAULT_SIZE = (1280, 720)
"""Fits a 1366×768 laptop screen; at this size the default columns show Commission."""


@dataclass(frozen=True)
class WindowState:
    """The parts of a window whose state is kept, and how to keep it. The window itself is passed
    to each call rather than kept, so that it is freed as soon as it is dropped."""

    split: QSplitter
    details: QAction
    tabs: QTabWidget
    table: OrdersTable
    dates: DateRangePicker

    def restore(self, window: QMainWindow) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            window.restoreGeometry(geometry)
        else:
            window.resize(*DEFAULT_SIZE)
        split_state = settings.value("window/ordersSplitter")
        if isinstance(split_state, QByteArray):
            self.split.restoreState(split_state)
        self.details.setChecked(settings.value("window/details", False, type=bool))
        self.tabs.setCurrentIndex(settings.value("window/tab", 0, type=int))
        self.table.restore_columns(settings)
        preset = settings.value("filters/datePreset", "today")
        with signals_blocked(self.dates):  # the window applies the filters once, after
            if preset == "custom":
                first, last = settings.value("filters/dateFrom"), settings.value("filters/dateTo")
                try:
                    self.dates.set_range(date.fromisoformat(first), date.fromisoformat(last))
                except (TypeError, ValueError):
                    self.dates.set_preset("today")
            else:
                self.dates.set_preset(str(preset))

    def save(self, window: QMainWindow) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", window.saveGeometry())
        settings.setValue("window/ordersSplitter", self.split.saveState())
        settings.setValue("window/details", self.details.isChecked())
        settings.setValue("window/tab", self.tabs.currentIndex())
        self.table.save_columns(settings)
        settings.setValue("filters/datePreset", self.dates.preset())
        first, last = self.dates.range()
        settings.setValue("filters/dateFrom", first.isoformat())
        settings.setValue("filters/dateTo", last.isoformat())
