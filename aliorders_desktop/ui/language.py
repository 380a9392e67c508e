"""The window's language: its own catalogue, Qt's for standard buttons and dialogs, and the
locale every number, amount and date is written in.

Which language is `languages.resolve`'s answer, shared with the command line. A change in
Settings applies at the next start: widgets built before it would keep their old texts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from aliorders_desktop import i18n, languages

TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"
"""The compiled window catalogues, `ui_<lang>.qm`, shipped as package data. English has one too:
the plural forms of counted texts ("%Ln order(s)" → "1 order", "2 orders")."""

MAIN_TERRITORY = {
    "en": QLocale.Country.UnitedStates,
    "ru": QLocale.Country.Russia,
    "es": QLocale.Country.Spain,
    "pt_BR": QLocale.Country.Brazil,
}
"""The country whose formats a language gets when the system's own country does not speak it."""


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The language with the system's territory when the system speaks it (es with Mexico's
    formats in Mexico), else with the language's main country. Brazilian Portuguese is always
    Brazil's: its catalogue is written for Brazil."""
    system = system or QLocale.system()
    wanted = QLocale(language).language()
    if language != "pt_BR" and system.language() == wanted:
        return QLocale(wanted, system.territory())
    return QLocale(wanted, MAIN_TERRITORY[language])


def install(app: QCoreApplication, choice: str) -> str:
    """Speak the resolved language from now on, with its local formats; returns its code.

    The messages the window shows from the Qt-free layers (statuses, errors) follow too."""
    language = languages.resolve(choice)
    i18n.set_language(language)
    QLocale.setDefault(locale_for(language))
    install_translators(app, language)
    return language


def catalogues(language: str) -> list[tuple[str, str]]:
    """(name, folder) of each catalogue `language` needs: the window's, and Qt's own for its
    standard buttons and dialogs (English needs none of Qt's)."""
    wanted = [(f"ui_{language}", str(TRANSLATIONS))]
    if language != languages.SOURCE_LANGUAGE:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        wanted.append((f"qtbase_{language}", qt_folder))
    return wanted


def install_translators(app: QCoreApplication, language: str) -> list[str]:
    """Load the catalogues of `language`; returns the names of those found. A missing one leaves
    its texts in English rather than failing the start (the self-test reports it). The
    translators are parented to `app`, which keeps them alive."""
    loaded = []
    for name, folder in catalogues(language):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            loaded.append(name)
    return loaded
