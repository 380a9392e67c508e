"""Which language a user gets, from the Settings choice and the system's locale."""

import pytest

from aliorders_desktop import languages


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "es_MX.UTF-8"}, "es"),
        ({"LANG": "pt_BR.UTF-8"}, "pt_BR"),
        ({"LANG": "pt_PT.UTF-8"}, "pt_BR"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
        ({"LC_ALL": "es_ES.UTF-8", "LANG": "ru_RU.UTF-8"}, "es"),
        ({"LC_MESSAGES": "ru_RU.UTF-8", "LANG": "en_US.UTF-8"}, "ru"),
        ({"LANGUAGE": "de:pt_BR:en", "LANG": "de_DE.UTF-8"}, "pt_BR"),
        ({"LANGUAGE": "de", "LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LC_ALL": "en_GB.UTF-8", "LANG": "ru_RU.UTF-8"}, "en"),
    ],
)
def test_system_language_reads_the_locale_variables_in_gettext_order(environ, expected):
    assert languages.system_language(environ) == expected


def test_a_settings_choice_wins_over_the_system():
    assert languages.resolve("es", {"LANG": "ru_RU.UTF-8"}) == "es"
    assert languages.resolve("en", {"LANG": "ru_RU.UTF-8"}) == "en"


def test_an_empty_or_unknown_choice_follows_the_system():
    assert languages.resolve("", {"LANG": "ru_RU.UTF-8"}) == "ru"
    assert languages.resolve("xx", {"LANG": "pt_BR.UTF-8"}) == "pt_BR"
