"""The date-range picker: From/To with calendar pop-ups and the presets publishers think in."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Signal, Slot
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from aliorders_desktop.ui.formats import date_edit_format
from aliorders_desktop.ui.signals import signals_blocked

ALL_TIME_START = date(2015, 1, 1)


def _month_start(day: date) -> date:
    return day.replace(day=1)


def week_start(day: date) -> date:
    """The first day of `day`'s week as the user's locale counts weeks (QLocale.firstDayOfWeek):
    Monday in most of Europe, Sunday in the US, Saturday in parts of the Middle East. That is
    the week users expect "this week" to mean, not ISO's Monday everywhere."""
    first = QLocale().firstDayOfWeek().value  # Qt numbers Monday 1 … Sunday 7, like isoweekday()
    return day - timedelta(days=(day.isoweekday() - first) % 7)


def _last_month(today: date) -> tuple[date, date]:
    end = _month_start(today) - timedelta(days=1)
    return _month_start(end), end


PRESETS: dict[str, tuple[str, Callable[[date], tuple[date, date]]]] = {
    "today": (QT_TRANSLATE_NOOP("DateRange", "Today"), lambda t: (t, t)),
    "yesterday": (
        QT_TRANSLATE_NOOP("DateRange", "Yesterday"),
        lambda t: (t - timedelta(days=1), t - timedelta(days=1)),
    ),
    "this_week": (QT_TRANSLATE_NOOP("DateRange", "This week"), lambda t: (week_start(t), t)),
    "last7": (QT_TRANSLATE_NOOP("DateRange", "Last 7 days"), lambda t: (t - timedelta(days=6), t)),
    "last30": (QT_TRANSLATE_NOOP("DateRange", "Last 30 days"), lambda t: (t - timedelta(days=29), t)),
    "this_month": (QT_TRANSLATE_NOOP("DateRange", "This month"), lambda t: (_month_start(t), t)),
    "last_month": (QT_TRANSLATE_NOOP("DateRange", "Last month"), _last_month),
    "last90": (QT_TRANSLATE_NOOP("DateRange", "Last 90 days"), lambda t: (t - timedelta(days=89), t)),
    "this_year": (QT_TRANSLATE_NOOP("DateRange", "This year"), lambda t: (t.replace(month=1, day=1), t)),
    "all": (QT_TRANSLATE_NOOP("DateRange", "All time"), lambda t: (ALL_TIME_START, t)),
}
"""Each preset's English name (marked for translation: `preset_name` shows it) and its days."""
CUSTOM = "custom"


def preset_name(key: str) -> str:
    """A preset's name in the window's language."""
    return QCoreApplication.translate("DateRange", PRESETS[key][0])


class DateRangePicker(QWidget):
    """Emits `rangeChanged` when the user picks a preset or edits either date."""

    rangeChanged = Signal()

    def __init__(self, parent: QWidget | None = None, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._today = today
        self.preset_box = QComboBox(objectName="datePreset")
        for key in PRESETS:
            self.preset_box.addItem(preset_name(key), key)
        self.preset_box.addItem(self.tr("Custom range"), CUSTOM)
        self.preset_box.setToolTip(self.tr("Orders are shown by the day the buyer paid (your local time)."))
        self.from_edit = self._date_edit("dateFrom", self.tr("First day of the range (included)"))
        self.to_edit = self._date_edit("dateTo", self.tr("Last day of the range (included)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preset_box)
        layout.addWidget(self.from_edit)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.to_edit)
        self.preset_box.currentIndexChanged.connect(self._on_preset_chosen)
        self.from_edit.dateChanged.connect(self._on_date_edited)
        self.to_edit.dateChanged.connect(self._on_date_edited)
        self.set_preset("today")

    def _date_edit(self, name: str, tip: str) -> QDateEdit:
        edit = QDateEdit(objectName=name, calendarPopup=True)
        edit.setDisplayFormat(date_edit_format())
        edit.setToolTip(tip)
        return edit

    def preset(self) -> str:
        return self.preset_box.currentData()

    def set_preset(self, key: str) -> None:
        """Select a preset by key (unknown keys fall back to Today) and apply its dates."""
        index = self.preset_box.findData(key if key in PRESETS or key == CUSTOM else "today")
        if index == self.preset_box.currentIndex():
            self._on_preset_chosen(index)
        else:
            self.preset_box.setCurrentIndex(index)

    def set_range(self, first: date, last: date) -> None:
        """Show a custom range (e.g. restored from the last session)."""
        with signals_blocked(self.preset_box):
            self.preset_box.setCurrentIndex(self.preset_box.findData(CUSTOM))
        self._show(first, last)
        self.rangeChanged.emit()

    def range(self) -> tuple[date, date]:
        """The inclusive day range; a reversed range is read in the order that makes sense."""
        first, last = self.from_edit.date().toPython(), self.to_edit.date().toPython()
        return (first, last) if first <= last else (last, first)

    def is_all_time(self) -> bool:
        return self.preset() == "all"

    @Slot(int)
    def _on_preset_chosen(self, index: int) -> None:
        key = self.preset_box.itemData(index)
        if key == CUSTOM:
            return
        self._show(*PRESETS[key][1](self._today()))
        self.rangeChanged.emit()

    @Slot()
    def _on_date_edited(self) -> None:
        with signals_blocked(self.preset_box):
            self.preset_box.setCurrentIndex(self.preset_box.findData(CUSTOM))
        self.rangeChanged.emit()

    def _show(self, first: date, last: date) -> None:
        with signals_blocked(self.from_edit, self.to_edit):
            self.from_edit.setDate(QDate(first))
            self.to_edit.setDate(QDate(last))
