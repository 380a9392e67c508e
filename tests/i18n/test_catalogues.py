"""The core catalogues are complete, current, and keep every placeholder of their source."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from aliorders_desktop import i18n
from tools import core_translations

PLACEHOLDERS = re.compile(r"\{\w*\}|%\(\w+\)[sr]|%[nsr]")
CATALOGUES = sorted(core_translations.CATALOGUES.glob("core_*.ts"))


def messages(path: Path) -> list[ElementTree.Element]:
    return list(ElementTree.parse(path).getroot().iter("message"))


def test_every_translated_language_has_a_catalogue() -> None:
    wanted = sorted(f"core_{code}.ts" for code in core_translations.LANGUAGES)
    assert [path.name for path in CATALOGUES] == wanted


def test_a_fresh_extraction_changes_nothing(tmp_path: Path) -> None:
    """Every message in the code is in the catalogues, and nothing they hold is gone from the code."""
    for fresh in core_translations.update(tmp_path):
        current = core_translations.CATALOGUES / fresh.name
        assert fresh.read_text(encoding="utf-8") == current.read_text(encoding="utf-8"), (
            f"{current.name} is out of date: run python3 dev.py translations core"
        )


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.stem)
def test_every_message_is_translated_with_the_same_placeholders(path: Path) -> None:
    language = path.stem.removeprefix("core_")
    forms_wanted = core_translations.LANGUAGES[language]
    found = messages(path)
    assert len(found) > 150
    for message in found:
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        if "%n" in source:
            assert message.get("numerus") == "yes" and len(forms) == forms_wanted, source
        for form in forms:
            assert form.strip(), f"{language}: no translation of {source!r}"
            same = sorted(PLACEHOLDERS.findall(form)) == sorted(PLACEHOLDERS.findall(source))
            assert same, (language, form)


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.stem)
def test_the_runtime_reads_every_message_of_the_catalogue(path: Path) -> None:
    language = path.stem.removeprefix("core_")
    assert len(i18n.catalogue(language)) == len(messages(path))
