"""Amounts, numbers and dates in the window follow the chosen language's locale."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale
from ui.translation_support import translated

from aliorders_desktop.ui import formats

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("locale", "rub", "usd", "brl", "count"),
    [
        ("ru_RU", f"123{NBSP}456,78 RUB", f"123{NBSP}456,78 USD", f"123{NBSP}456,78 BRL", f"12{NBSP}345"),
        ("es_ES", "123.456,78 RUB", "123.456,78 USD", "123.456,78 BRL", "12.345"),
        ("pt_BR", "123.456,78 RUB", "123.456,78 USD", "123.456,78 BRL", "12.345"),
        ("en_US", "123,456.78 RUB", "123,456.78 USD", "123,456.78 BRL", "12,345"),
    ],
)
def test_money_has_the_locales_separators_and_always_the_currency_code(locale, rub, usd, brl, count) -> None:
    """The locale's own currency too: the footer and Insights name it by its code, so "₽" next
    to "RUB" would write one currency two ways."""
    with translated(locale=QLocale(locale)):
        assert [formats.money(12_345_678, c) for c in ("RUB", "USD", "BRL")] == [rub, usd, brl]
        assert formats.number(12_345) == count
        assert formats.money(None, "USD") == ""


def test_times_and_days_use_the_locales_short_formats() -> None:
    moment = datetime(2026, 6, 17, 9, 5, tzinfo=UTC)
    local = moment.astimezone()
    with translated(locale=QLocale("ru_RU")):
        assert formats.local_time(moment) == f"{local:%d.%m.%Y %H:%M}"
        assert formats.day(date(2026, 6, 7)) == "07.06.2026"
        assert formats.date_edit_format() == "dd.MM.yyyy"
        assert formats.percent(0.25) == f"25,0{NBSP}%"
    with translated(locale=QLocale("es_ES")):
        assert formats.date_edit_format() == "d/M/yyyy"  # four digits, where the short format has two


def test_fill_replaces_each_placeholder_once() -> None:
    assert formats.fill("%1 of %2", "%2", "x") == "%2 of x"
