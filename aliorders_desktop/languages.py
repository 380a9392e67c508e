"""The languages aliorders speaks, and which one a user gets.

Qt-free, so the command line and the window agree: the Settings choice wins, otherwise the
system's language (the POSIX locale variables, or the Windows user locale), otherwise English.
"""

from __future__ import annotations

import locale
import os
import sys
from collections.abc import Mapping

SOURCE_LANGUAGE = "en"
LANGUAGES = {
    "en": "English",
    "ru": "Русский",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
}
"""Language codes with each language's own name, as a language menu shows them."""

LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
"""Where POSIX keeps the user's language, in the order gettext reads them."""


def match(tag: str) -> str | None:
    """The supported language a locale tag such as "ru_RU.UTF-8", "es-MX" or "pt_PT" asks for.

    Any Portuguese gets the Brazilian translation, which Portuguese readers understand better
    than English.
    """
    base = tag.split(".")[0].split("@")[0].replace("-", "_")
    language = base.split("_")[0].lower()
    if language in ("", "c", "posix"):
        return None
    if language == "pt":
        return "pt_BR"
    return language if language in LANGUAGES else None


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The first supported language of the user's locale, or English."""
    environ = os.environ if environ is None else environ
    for variable in LOCALE_VARIABLES:
        # LANGUAGE may list several languages in order of preference: "pt_BR:pt:en".
        for tag in environ.get(variable, "").split(":"):
            if chosen := match(tag):
                return chosen
        if environ.get(variable) and variable != "LANGUAGE":
            return SOURCE_LANGUAGE  # the variable that decides names a language we do not speak
    if sys.platform == "win32":
        return match(windows_ui_language()) or SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def windows_ui_language() -> str:
    """The Windows display language as a POSIX tag ("ru_RU"); Windows sets no LANG."""
    import ctypes

    return locale.windows_locale.get(ctypes.windll.kernel32.GetUserDefaultUILanguage(), "")


def resolve(choice: str, environ: Mapping[str, str] | None = None) -> str:
    """The language to use: the Settings choice when it is one we speak, otherwise the system's."""
    return choice if choice in LANGUAGES else system_language(environ)
