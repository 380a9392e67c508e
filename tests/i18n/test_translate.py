"""Translating at run time: the active language, plural forms as Qt counts them, and fallbacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from aliorders_desktop import i18n
from aliorders_desktop.aliexpress.orders import OrderStatus, status_name

EXPORTED = "Exported %n rows to {file}"


def exported(language: str, n: int) -> str:
    i18n.set_language(language)
    return i18n.translate("Cli", EXPORTED, "", n).format(file="a.csv")


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "Экспортирована 1 строка в a.csv"),
        (2, "Экспортировано 2 строки в a.csv"),
        (5, "Экспортировано 5 строк в a.csv"),
        (11, "Экспортировано 11 строк в a.csv"),
        (21, "Экспортирована 21 строка в a.csv"),
        (22, "Экспортировано 22 строки в a.csv"),
        (25, "Экспортировано 25 строк в a.csv"),
        (112, "Экспортировано 112 строк в a.csv"),
    ],
)
def test_russian_has_three_plural_forms(n: int, expected: str) -> None:
    assert exported("ru", n) == expected


@pytest.mark.parametrize(
    ("language", "n", "expected"),
    [
        ("es", 0, "Exportadas 0 filas a a.csv"),
        ("es", 1, "Exportada 1 fila a a.csv"),
        ("es", 2, "Exportadas 2 filas a a.csv"),
        ("pt_BR", 0, "Exportada 0 linha para a.csv"),  # Qt's rule: 0 is singular in Brazil
        ("pt_BR", 1, "Exportada 1 linha para a.csv"),
        ("pt_BR", 2, "Exportadas 2 linhas para a.csv"),
        ("en", 1, "Exported 1 rows to a.csv"),  # English reads the source, which has one form
    ],
)
def test_spanish_and_portuguese_have_two(language: str, n: int, expected: str) -> None:
    assert exported(language, n) == expected


def test_statuses_are_shown_translated_and_unknown_ones_as_sent() -> None:
    i18n.set_language("ru")
    shown = [status_name(status) for status in OrderStatus]
    assert shown == ["Оплачен", "Получен покупателем", "Подтверждён", "Отклонён"]
    assert status_name("Frozen") == "Frozen"
    i18n.set_language("en")
    assert status_name(OrderStatus.SETTLED) == "Completed Settlement"


def test_a_missing_catalogue_or_message_reads_the_english_source(monkeypatch, tmp_path: Path) -> None:
    i18n.set_language("ru")
    assert i18n.translate("Cli", "a message nobody wrote") == "a message nobody wrote"
    monkeypatch.setattr(i18n, "CATALOGUE_DIR", tmp_path)
    i18n.catalogue.cache_clear()
    try:
        (tmp_path / "core_es.ts").write_text("<TS><context>", encoding="utf-8")  # cut off mid-file
        for language in ("ru", "es"):
            i18n.set_language(language)
            assert i18n.translate("Cli", EXPORTED, "", 3) == "Exported 3 rows to {file}"
    finally:
        i18n.catalogue.cache_clear()


def test_decimals_follow_the_language() -> None:
    i18n.set_language("pt_BR")
    assert i18n.decimal(2.25, 1) == "2,2"
    i18n.set_language("en")
    assert i18n.decimal(2.25, 1) == "2.2"
