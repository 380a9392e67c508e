"""The status check-list of the filter bar, used with the mouse and the keyboard, in English and
in Russian (whose status names are the longest)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionMenuItem
from ui.translation_support import real_catalogues, translated

from aliorders_desktop import i18n
from aliorders_desktop.aliexpress.orders import OrderStatus, status_name
from aliorders_desktop.ui import language
from aliorders_desktop.ui.filter_bar import StatusFilter


def opened(qtbot, code: str) -> StatusFilter:
    """The check-list as narrow as a crowded filter bar makes it, with its list open."""
    box = StatusFilter()
    qtbot.addWidget(box)
    box.resize(box.minimumSizeHint())
    box.show()
    qtbot.waitExposed(box)
    box.showPopup()
    qtbot.waitUntil(box.view().isVisible)
    return box


@pytest.mark.parametrize("code", ["en", "ru"])
def test_a_click_on_a_status_ticks_it_and_a_second_click_unticks_it(qtbot, code: str) -> None:
    i18n.set_language(code)
    with translated(*real_catalogues(code), locale=language.locale_for(code, QLocale("C"))):
        box = opened(qtbot, code)
        view = box.view()
        confirmed = OrderStatus.CONFIRMED
        rect = view.visualRect(box.model().index(list(OrderStatus).index(confirmed), 0))
        with qtbot.waitSignal(box.changed):
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert box.selected() == {confirmed.value}
        assert view.isVisible()  # open for the next status
        assert box.placeholderText() == status_name(confirmed)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert box.selected() == frozenset()


def test_the_keyboard_ticks_a_status_too(qtbot) -> None:
    box = opened(qtbot, "en")
    view = box.view()
    view.setCurrentIndex(box.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert box.selected() == {OrderStatus.PAID.value}


def needed_width(box: StatusFilter, text: str) -> int:
    """What the style needs to draw `text` whole as a checkable menu item, which is how the
    list draws each status."""
    option = QStyleOptionMenuItem()
    option.initFrom(box.view())
    option.checkType = QStyleOptionMenuItem.CheckType.NonExclusive
    option.text = text
    metrics = box.view().fontMetrics()
    size = QSize(metrics.horizontalAdvance(text), metrics.height())
    return box.style().sizeFromContents(QStyle.ContentsType.CT_MenuItem, option, size, box).width()


@pytest.mark.parametrize("code", ["en", "ru", "es", "pt_BR"])
def test_the_open_list_shows_every_status_name_whole(qtbot, code: str) -> None:
    i18n.set_language(code)
    with translated(*real_catalogues(code), locale=language.locale_for(code, QLocale("C"))):
        box = opened(qtbot, code)
        room = box.view().viewport().width()
        names = [status_name(status) for status in OrderStatus]
        assert not [
            f"{name!r} needs {needed_width(box, name)}" for name in names if needed_width(box, name) > room
        ]
