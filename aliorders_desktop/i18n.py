"""The words of the Qt-free layers (command line, sync, store, exports) in the user's language.

The catalogues are the Qt Linguist sources `translations/core_<lang>.ts`, read with the standard
library: the command line must not load Qt to print a line, and one format lets one tool edit
these and the window's `ui_<lang>.ts`. `pyside6-lupdate` extracts every `translate("Context",
"…")` call (see `tools/core_translations.py`). Counted messages carry `%n`, as in Qt: they are
numerus messages whose forms follow the language's plural rule, the same rule Qt applies to the
same `.ts` forms. A missing catalogue or message falls back to the English source.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from functools import cache
from pathlib import Path

from aliorders_desktop import languages

CATALOGUE_DIR = Path(__file__).resolve().parent / "translations"
CATALOGUE_PREFIX = "core_"

Key = tuple[str, str, str]
"""(context, source text, disambiguation) — what identifies a message in a `.ts` file."""
Catalogue = dict[Key, list[str]]
"""Each message's translation: one text, or the numerus forms in the language's order."""

_active = languages.SOURCE_LANGUAGE


def _one_form(n: int) -> int:
    return 0


def _english_style(n: int) -> int:
    return 0 if n == 1 else 1


def _french_style(n: int) -> int:
    return 0 if n <= 1 else 1


def _russian_style(n: int) -> int:
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


PLURAL_RULES: dict[str, Callable[[int], int]] = {
    "en": _english_style,
    "es": _english_style,
    "pt_BR": _french_style,  # Qt counts 0 as singular for Brazilian Portuguese, as Brazilians do
    "ru": _russian_style,
}
"""Which numerus form a count takes, per language, as Qt Linguist orders the forms."""


def set_language(code: str) -> None:
    """Speak `code` (a key of `languages.LANGUAGES`) from now on, in every thread."""
    global _active
    _active = code


def follow_choice(choice: str) -> None:
    """Speak the language Settings chose (`Settings.language`; "" follows the system's)."""
    set_language(languages.resolve(choice))


def language() -> str:
    """The language messages are translated into."""
    return _active


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the active language; with `n` >= 0, the plural form for `n`, `%n` replaced by it.

    The signature is `QCoreApplication.translate`'s, so `pyside6-lupdate` extracts the calls.
    """
    forms = catalogue(_active).get((context, text, disambiguation or ""))
    if not forms:
        chosen = text
    elif n < 0:
        chosen = forms[0]
    else:
        rule = PLURAL_RULES.get(_active, _one_form)
        chosen = forms[min(rule(n), len(forms) - 1)] or text
    return chosen.replace("%n", str(n)) if n >= 0 else chosen


DECIMAL_COMMA = frozenset({"ru", "es", "pt_BR"})
"""Languages that write 2,5 where English writes 2.5."""


def decimal(value: float, places: int) -> str:
    """A number with `places` decimals as the active language writes it (seconds, not money:
    exports keep their machine-readable numbers)."""
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if _active in DECIMAL_COMMA else text


def translate_noop(context: str, text: str) -> str:
    """Mark `text` for extraction where it is defined, to be `translate`d where it is shown."""
    return text


QT_TRANSLATE_NOOP = translate_noop
"""The name `pyside6-lupdate` looks for: `QT_TRANSLATE_NOOP("Context", "text")`."""


@cache
def catalogue(code: str) -> Catalogue:
    """The finished translations of `core_<code>.ts`, parsed once; empty when there is none."""
    path = CATALOGUE_DIR / f"{CATALOGUE_PREFIX}{code}.ts"
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError):
        return {}
    found: Catalogue = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            forms = forms or [translation.text or ""]
            if any(forms):
                key = (name, message.findtext("source", ""), message.findtext("comment", ""))
                found[key] = forms
    return found
