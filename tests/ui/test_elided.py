"""Buttons and labels that elide in a narrow window, and only then."""

from __future__ import annotations

import pytest

from aliorders_desktop.ui.elided import ElidingLabel, ElidingToolButton

TEXTS = ["Changed in last sync (3000)", "Изменённые (3000)", "Cambiados en la última sincronización (3000)"]


@pytest.mark.parametrize("text", TEXTS)
def test_a_button_as_wide_as_it_asks_shows_its_whole_text(qtbot, text: str) -> None:
    button = ElidingToolButton(text=text)
    qtbot.addWidget(button)
    button.resize(button.sizeHint())
    assert button.shown_text() == text and not button.is_elided()


@pytest.mark.parametrize("text", TEXTS)
def test_a_narrower_button_elides_in_the_middle_keeping_its_end(qtbot, text: str) -> None:
    button = ElidingToolButton(text=text)
    qtbot.addWidget(button)
    button.resize(button.minimumSizeHint().width() + 20, button.sizeHint().height())
    shown = button.shown_text()
    assert button.is_elided() and "…" in shown and shown.endswith(")")
    assert button.minimumSizeHint().width() < button.sizeHint().width()


def test_a_long_path_label_asks_for_little_room(qtbot) -> None:
    label = ElidingLabel("Database: /home/someone/OneDrive - A Company Ltd/Documents/aliorders/orders.db")
    qtbot.addWidget(label)
    assert label.minimumSizeHint().width() < label.sizeHint().width() / 3
