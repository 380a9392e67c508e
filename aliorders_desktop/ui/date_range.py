"""The date-range picker: From/To with calendar pop-ups and the presets publishers think in."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QToolTip, QWidget

from aliorders_desktop.ui.formats import date_edit_format, fill
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


def _last_12_months(today: date) -> tuple[date, date]:
    """The year up to today: from the day after the same date a year before (1 March after a
    29 February)."""
    try:
        year_before = today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        year_before = today.replace(year=today.year - 1, day=28)
    return year_before + timedelta(days=1), today


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
    "last12months": (QT_TRANSLATE_NOOP("DateRange", "Last 12 months"), _last_12_months),
    "this_year": (QT_TRANSLATE_NOOP("DateRange", "This year"), lambda t: (t.replace(month=1, day=1), t)),
    "all": (QT_TRANSLATE_NOOP("DateRange", "All time"), lambda t: (ALL_TIME_START, t)),
}
"""Each preset's English name (marked for translation: `preset_name` shows it) and its days."""
CUSTOM = "custom"


def preset_name(key: str) -> str:
    """A preset's name in the window's language."""
    return QCoreApplication.translate("DateRange", PRESETS[key][0])


def typed_day(text: str, display_format: str, year: int) -> date | None:
    """A whole date as typed, in the order of the locale's format: "8/6/2026" is 6 August in the
    US (M/d/yyyy), "06.08.2026" is 6 August in Russia (dd.MM.yyyy). Any separators; one or two
    digits for the day and month; two or four for the year (without one, `year`); a year first
    is read as year-month-day, as in "2026-08-06". None when it is no date."""
    groups = re.findall(r"\d+", text)
    numbers = [int(group) for group in groups]
    if len(numbers) == 3 and len(groups[0]) == 4:
        order = "yMd"
    else:
        order = "".join(sorted("dMy", key=lambda part: display_format.find(part)))
    if len(numbers) == 2:
        order = order.replace("y", "")
        numbers.append(year)
        order += "y"
    if len(numbers) != 3:
        return None
    parts = dict(zip(order, numbers, strict=True))
    if parts["y"] < 100:
        parts["y"] += 2000
    try:
        return date(parts["y"], parts["M"], parts["d"])
    except ValueError:
        return None


class DateField(QDateEdit):
    """A date box that takes a whole date typed over its selected text.

    QDateEdit types into one section at a time: over a selected "12/4/2026", typing "8/6/2026"
    changed the day and the year and kept December. Here typing over the whole text starts a new
    date, read as the locale writes dates (`typed_day`) on Enter or when the focus leaves; what
    is no date gives the previous one back. Tabbing into the box selects all of it, ready for that.
    """

    def __init__(self, name: str, tip: str) -> None:
        super().__init__(objectName=name, calendarPopup=True)
        self._typed: str | None = None
        self.setToolTip(tip)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text, key = event.text(), event.key()
        command = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        edit = self.lineEdit()
        whole = edit.hasSelectedText() and edit.selectedText() == edit.text()
        if text and text.isprintable() and not command and (self._typed is not None or whole):
            self._show_typed((self._typed or "") + text)
            return
        if self._typed is not None:
            if key == Qt.Key.Key_Backspace:
                self._show_typed(self._typed[:-1])
                return
            if key == Qt.Key.Key_Escape:
                self._typed = None
                self._show_date()
                return
            self.finish_typing()
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.selectAll()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.finish_typing()
        super().focusOutEvent(event)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if self._typed is not None:  # read as a whole once finished
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)

    def finish_typing(self) -> None:
        """Take the date typed so far, if any (setting it emits `dateChanged`)."""
        if self._typed is None:
            return
        typed, self._typed = self._typed, None
        day = typed_day(typed, self.displayFormat(), self.date().year())
        if day is not None and self.minimumDate().toPython() <= day <= self.maximumDate().toPython():
            self.setDate(QDate(day))
        self._show_date()

    def _show_typed(self, text: str) -> None:
        self._typed = text
        self.lineEdit().setText(text)

    def _show_date(self) -> None:
        self.lineEdit().setText(self.textFromDateTime(self.dateTime()))
        self.selectAll()


INVALID_STYLE = "QDateEdit { border: 2px solid #c62828; border-radius: 3px; }"
"""How a date that makes the range run backwards is marked."""


class DateRangePicker(QWidget):
    """Emits `rangeChanged` when the user picks a preset or edits either date.

    A first day after the last is refused: both boxes are marked and say why, and the range in
    force (`range`) stays the last one that made sense, until the dates are put right.
    """

    rangeChanged = Signal()

    def __init__(self, parent: QWidget | None = None, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._today = today
        self.preset_box = QComboBox(objectName="datePreset")
        for key in PRESETS:
            self.preset_box.addItem(preset_name(key), key)
        self.preset_box.addItem(self.tr("Custom range"), CUSTOM)
        self.preset_box.setToolTip(self.tr("Orders are shown by the day the buyer paid (your local time)."))
        self._tips = (
            self.tr("First day of the range (included)"),
            self.tr("Last day of the range (included)"),
        )
        self.from_edit = self._date_edit("dateFrom", self._tips[0])
        self.to_edit = self._date_edit("dateTo", self._tips[1])
        self._applied = (self._today(), self._today())
        self.refusal = ""
        """Why the dates shown are not the range in force ("" while they are)."""
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

    def _date_edit(self, name: str, tip: str) -> DateField:
        edit = DateField(name, tip)
        edit.setDisplayFormat(date_edit_format())
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
        self._show(min(first, last), max(first, last))
        self.rangeChanged.emit()

    def range(self) -> tuple[date, date]:
        """The inclusive day range in force: never reversed (see `refusal`)."""
        return self._applied

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
        first, last = self.from_edit.date().toPython(), self.to_edit.date().toPython()
        if first > last:
            self._refuse(self.sender() or self.from_edit)
            return
        if (first, last) == self._applied and not self.refusal:
            return  # Enter or the focus leaving confirms the date again: nothing changed
        with signals_blocked(self.preset_box):
            self.preset_box.setCurrentIndex(self.preset_box.findData(CUSTOM))
        self._apply(first, last)
        self.rangeChanged.emit()

    def _refuse(self, edited: QWidget) -> None:
        """Mark both boxes and say why, at once by the box just edited, and leave the range as it was."""
        self.refusal = fill(
            self.tr("The first day (%1) is after the last day (%2): the dates were not applied."),
            self.from_edit.text(),
            self.to_edit.text(),
        )
        for edit in (self.from_edit, self.to_edit):
            edit.setStyleSheet(INVALID_STYLE)
            edit.setToolTip(self.refusal)
        QToolTip.showText(edited.mapToGlobal(QPoint(0, edited.height())), self.refusal, edited)

    def _apply(self, first: date, last: date) -> None:
        self._applied = (first, last)
        if self.refusal:
            self.refusal = ""
            QToolTip.hideText()
            for edit, tip in zip((self.from_edit, self.to_edit), self._tips, strict=True):
                edit.setStyleSheet("")
                edit.setToolTip(tip)

    def _show(self, first: date, last: date) -> None:
        with signals_blocked(self.from_edit, self.to_edit):
            self.from_edit.setDate(QDate(first))
            self.to_edit.setDate(QDate(last))
        self._apply(first, last)
