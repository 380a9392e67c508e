"""Pseudo catalogues of the Qt-free messages, for the tests that look for untranslated text.

Made from a real catalogue: every stretch of translated text is wrapped in ⟦ ⟧, while the values
put into it ({file}, %s…) stay outside. Once the marked pieces are removed from what the user
reads, only data may be left; a word of English that did not come through a catalogue shows up.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from aliorders_desktop import i18n
from tools.core_translations import CATALOGUES, write

PLACEHOLDER = re.compile(r"(\{\w*\}|%\(\w+\)[sr]|%[nsr])")


def marked(text: str) -> str:
    """A translation with each stretch of its own text in ⟦ ⟧ and its placeholders left outside."""
    return "".join(
        part if PLACEHOLDER.fullmatch(part) or not part.strip() else f"⟦{part}⟧"
        for part in PLACEHOLDER.split(text)
    )


def pseudo_catalogue(language: str, folder: Path) -> None:
    """`core_<language>.ts` in `folder`, every translation of the real one marked."""
    tree = ElementTree.parse(CATALOGUES / f"core_{language}.ts")
    for translation in tree.getroot().iter("translation"):
        for element in list(translation.iter("numerusform")) or [translation]:
            element.text = marked(element.text or "")
    write(tree, folder / f"core_{language}.ts")


@contextmanager
def pseudo_core(language: str, folder: Path) -> Iterator[None]:
    """The Qt-free messages in a pseudo-translated `language` for the duration of a test."""
    pseudo_catalogue(language, folder)
    before_dir, before_language = i18n.CATALOGUE_DIR, i18n.language()
    i18n.CATALOGUE_DIR = folder
    i18n.catalogue.cache_clear()
    i18n.set_language(language)
    try:
        yield
    finally:
        i18n.CATALOGUE_DIR = before_dir
        i18n.catalogue.cache_clear()
        i18n.set_language(before_language)
