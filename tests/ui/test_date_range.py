"""The date range as a user types it: a whole date over the selected one, in the locale's order;
a first day after the last refused where it is typed; and the presets, on a frozen clock."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDateEdit
from ui.translation_support import translated

from aliorders_desktop.ui.date_range import CUSTOM, PRESETS, DateRangePicker, typed_day

TODAY = date(2026, 6, 17)  # the frozen clock's day


def make_picker(qtbot) -> DateRangePicker:
    """A picker in the locale the test chose, on All time (1 Jan 2015 – the frozen clock's day)."""
    widget = DateRangePicker()
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    widget.set_preset("all")
    return widget


def type_over(qtbot, edit: QDateEdit, text: str) -> None:
    """Select the whole date (Ctrl+A) and type `text` over it, then Enter."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


@pytest.mark.usefixtures("frozen_clock")
@pytest.mark.parametrize(("locale", "typed"), [("en_US", "8/6/2025"), ("ru_RU", "06.08.2025")])
def test_a_whole_date_typed_over_the_selected_one_replaces_all_of_it(qtbot, locale, typed) -> None:
    with translated(locale=QLocale(locale)):
        picker = make_picker(qtbot)
        with qtbot.waitSignal(picker.rangeChanged):
            type_over(qtbot, picker.from_edit, typed)
        assert picker.range() == (date(2025, 8, 6), TODAY)
        assert picker.preset() == CUSTOM
        assert picker.from_edit.text() == typed


@pytest.mark.usefixtures("frozen_clock")
def test_what_is_no_date_gives_the_previous_one_back(qtbot) -> None:
    with translated(locale=QLocale("en_US")):
        picker = make_picker(qtbot)
        type_over(qtbot, picker.to_edit, "13/45/2026")
        assert picker.to_edit.date().toPython() == TODAY
        assert picker.to_edit.text() == "6/17/2026"
        assert picker.range() == (date(2015, 1, 1), TODAY)


@pytest.mark.usefixtures("frozen_clock")
def test_a_first_day_after_the_last_is_refused_with_a_mark_until_put_right(qtbot) -> None:
    with translated(locale=QLocale("en_US")):
        picker = make_picker(qtbot)
        changes = []
        picker.rangeChanged.connect(lambda: changes.append(picker.range()))
        type_over(qtbot, picker.from_edit, "12/6/2026")
        assert changes == []  # the range in force is unchanged
        assert picker.range() == (date(2015, 1, 1), TODAY)
        assert "after the last day" in picker.refusal
        assert all("border" in e.styleSheet() for e in (picker.from_edit, picker.to_edit))
        assert picker.from_edit.toolTip() == picker.refusal
        type_over(qtbot, picker.to_edit, "12/31/2026")
        assert changes == [(date(2026, 12, 6), date(2026, 12, 31))]
        assert picker.refusal == "" and picker.from_edit.styleSheet() == ""
        assert picker.from_edit.toolTip() == "First day of the range (included)"


@pytest.mark.usefixtures("frozen_clock")
def test_the_presets_include_the_last_12_months(qtbot) -> None:
    picker = make_picker(qtbot)
    picker.set_preset("last12months")
    assert picker.range() == (date(2025, 6, 18), TODAY)
    assert picker.preset_box.currentText() == "Last 12 months"
    assert PRESETS["last12months"][1](date(2028, 2, 29)) == (date(2027, 3, 1), date(2028, 2, 29))


@pytest.mark.parametrize(
    ("text", "display_format", "expected"),
    [
        ("8/6/2026", "M/d/yyyy", date(2026, 8, 6)),
        ("08/06/26", "M/d/yyyy", date(2026, 8, 6)),
        ("6.8.2026", "dd.MM.yyyy", date(2026, 8, 6)),
        ("2026-08-06", "dd.MM.yyyy", date(2026, 8, 6)),
        ("6/8", "d/M/yyyy", date(2030, 8, 6)),  # the year shown stays
        ("31/2/2026", "d/M/yyyy", None),
        ("8/6", "M/d/yyyy", date(2030, 8, 6)),
        ("tomorrow", "M/d/yyyy", None),
    ],
)
def test_typed_days_follow_the_locales_order(text, display_format, expected) -> None:
    assert typed_day(text, display_format, 2030) == expected


@pytest.mark.usefixtures("frozen_clock")
def test_tabbing_into_a_date_selects_all_of_it_ready_to_be_typed_over(qtbot) -> None:
    with translated(locale=QLocale("en_US")):
        picker = make_picker(qtbot)
        picker.preset_box.setFocus()
        qtbot.keyClick(picker.preset_box, Qt.Key.Key_Tab)
        assert picker.from_edit.hasFocus()
        assert picker.from_edit.lineEdit().selectedText() == "1/1/2015"
        qtbot.keyClicks(picker.from_edit, "3/1/2026")
        qtbot.keyClick(picker.from_edit, Qt.Key.Key_Tab)  # leaving the box takes the date too
        assert picker.range() == (date(2026, 3, 1), TODAY)
