"""The window speaks Russian, Spanish and Brazilian Portuguese completely.

The catalogues hold every text of the sources, fully translated (three plural forms in Russian,
two in Spanish and Portuguese) with the source's placeholders; every text the window and its
dialogs show goes through them (checked on a pseudo-translation that marks each translated text,
walking the widgets); and no button, tab or column title is cut off in any language.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pseudo_core import pseudo_core
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QTranslator
from PySide6.QtWidgets import QAbstractButton, QHeaderView, QTabBar, QWidget
from ui.translation_support import (
    Shown,
    plain,
    pseudo_catalogue,
    real_catalogues,
    shown_texts,
    translated,
    untranslated_part,
)
from ui.windows import open_settings_dialog, open_window

from aliorders_desktop import config, languages
from aliorders_desktop.ui import language
from aliorders_desktop.ui.elided import ElidingToolButton
from aliorders_desktop.ui.main_window import MainWindow
from aliorders_desktop.ui.row_actions import DeleteConfirmation
from tools import translations

PLURAL_FORMS = {"en": 2, "ru": 3, "es": 2, "pt_BR": 2}
TRANSLATED = ("ru", "es", "pt_BR")
SIZE = (1280, 720)

DATA_WIDGETS = {
    "detailsTitle": "the product's title",
    "checkoutSubOrders": "the checkout's products, statuses and amounts",
    "statusFilter": "status names; their display names come with the command line's",
    "currencySelector": "currency codes",
    "databaseEdit": "the default database path",
    "gatewayUrlEdit": "the default gateway address",
    "workspaceUrlEdit": "an example address",
    "databaseLabel": "the database's location",
    "productLink": "the product's address",
    "pipelineForecast": "month names, which the locale writes",
    "whatMovedLabel": "the names of the breakdown's rows (sub IDs, products…), elided",
}
"""Widgets that show data (or status names, which another change translates), not window texts."""
DATA_PREFIXES = ("detail_",)
"""The details pane's values: order fields as stored."""
ALLOWED = {
    "aliorders",
    "AliExpress",
    *languages.LANGUAGES.values(),
    "USD",
    "RUB",
    "EUR",
    "BRL",
}
"""Proper names and currency codes, which no language translates."""


# --- catalogues ----------------------------------------------------------------------------


def test_the_catalogues_hold_every_text_of_the_sources_and_the_qm_files_are_compiled_from_them() -> None:
    problems = translations.differences()
    report = "\n".join(f"{path}:\n  " + "\n  ".join(lines) for path, lines in problems.items())
    assert not problems, f"{report}\nRun: python3 dev.py translations, then translate what is new."


@pytest.mark.parametrize("code", [*TRANSLATED, "en"])
def test_every_text_is_translated_with_its_placeholders_and_plural_forms(code: str) -> None:
    problems = []
    for (context, source), message in translations.messages(translations.catalogue(code)).items():
        where = f"[{context}] {source!r}"
        translation = message.find("translation")
        if translation.get("type"):
            problems.append(f"{where} is {translation.get('type')}")
            continue
        counted = message.get("numerus") == "yes"
        forms = [form.text or "" for form in translation.iter("numerusform")]
        forms = forms if counted else [translation.text]
        if counted and len(forms) != PLURAL_FORMS[code]:
            problems.append(f"{where} has {len(forms)} plural forms, not {PLURAL_FORMS[code]}")
        for form in forms:
            problems += [f"{where}: {problem}" for problem in _form_problems(source, form or "", counted)]
        if counted and not re.search(r"%L?n", forms[-1] or ""):
            problems.append(f"{where}: the plural form does not show the number")
    assert not problems, "\n".join(problems)


def _form_problems(source: str, form: str, counted: bool) -> list[str]:
    if not form.strip():
        return ["empty translation"]
    problems = []
    if sorted(re.findall(r"%\d", source)) != sorted(re.findall(r"%\d", form)):
        problems.append(f"placeholders differ in {form!r}")
    if sorted(re.findall(r"</?\w+", source)) != sorted(re.findall(r"</?\w+", form)):
        problems.append(f"markup differs in {form!r}")
    if re.search(r"&\w", source) and not re.search(r"&\w", form):
        problems.append(f"no keyboard accelerator (&) in {form!r}")
    if not counted and re.search(r"%L?n", form):
        problems.append(f"a count in an uncounted text: {form!r}")
    return problems


def test_russian_plurals_follow_the_number() -> None:
    with translated(*real_catalogues("ru")):
        orders = [QCoreApplication.translate("TotalsBar", "%Ln order(s)", "", n) for n in (1, 2, 5, 21, 11)]
    assert orders == ["1 заказ", "2 заказа", "5 заказов", "21 заказ", "11 заказов"]


# --- every shown text goes through a catalogue ----------------------------------------------


@pytest.fixture
def pseudo(tmp_path: Path):
    """Every text from a catalogue marked: the window's own, and the Qt-free layers' (status names,
    time zones, errors) that the window shows too."""
    with translated(pseudo_catalogue(tmp_path)), pseudo_core("ru", tmp_path):
        yield


def untranslated(texts: list[Shown]) -> list[str]:
    left = []
    for shown in texts:
        rest = untranslated_part(plain(shown.text))
        for allowed in ALLOWED:
            rest = rest.replace(allowed, " ")
        if re.search(r"[^\W\d_]", rest):
            left.append(f"{shown.where}: {shown.text!r}")
    return left


def skip_data(root: QWidget) -> set[str]:
    names = {w.objectName() for w in root.findChildren(QWidget) if w.objectName().startswith(DATA_PREFIXES)}
    return names | set(DATA_WIDGETS)


def full_window(qtbot, store_path: Path) -> MainWindow:
    """A window on synced orders with every part showing: details, a selection, the Insights tab."""
    window = open_window(qtbot, store_path)
    window.resize(*SIZE)
    window.filters.dates.set_preset("last30")
    with qtbot.waitSignal(window.sync_task.finished, timeout=60_000):
        window.start_sync()
    window.details_action.trigger()
    window.table.selectRow(0)
    window.table.selectRow(1)
    window.table.selectAll()
    with qtbot.waitSignal(window.insights.refreshed, timeout=30_000):
        window.tabs.setCurrentWidget(window.insights)
    window.tabs.setCurrentWidget(window.orders_page)
    qtbot.waitUntil(lambda: "…" not in window.totals.shown.text())
    return window


def test_every_text_of_the_window_and_its_menus_is_translated(qtbot, pseudo, connected, store_path) -> None:
    window = full_window(qtbot, store_path)
    window.table.selectRow(0)
    window.row_menu._on_requested(window.table.visualRect(window.model.index(0, 0)).center())
    window.table._on_header_menu(QPoint(5, 5))
    texts = shown_texts(window, skip_data(window))
    texts += shown_texts(window.row_menu, set()) + shown_texts(window.table.column_menu, set())
    assert len(texts) > 150  # the walk reached the window's parts
    assert not untranslated(texts)


def test_every_text_of_settings_and_the_confirmations_is_translated(
    qtbot, pseudo, connected, store_path
) -> None:
    window = full_window(qtbot, store_path)
    dialog = open_settings_dialog(qtbot)
    confirmation = DeleteConfirmation(window, window.table.selected_rows()[:12])
    texts = shown_texts(dialog, skip_data(dialog)) + shown_texts(confirmation, set())
    confirmation.deleteLater()
    assert any(t.text == "⟦Delete orders⟧" for t in texts)
    assert not untranslated(texts)


def test_the_walk_finds_a_text_left_in_english(qtbot, pseudo, store_path) -> None:
    window = open_window(qtbot, store_path)
    window.filters.clear_button.setText("Clear")
    texts = shown_texts(window.filters, skip_data(window))
    assert untranslated(texts) == ["QPushButton#clearFiltersButton text: 'Clear'"]


# --- the chosen language, with its formats ---------------------------------------------------


@pytest.mark.parametrize(
    ("code", "system", "expected"),
    [
        ("ru", "ru_RU", "ru_RU"),
        ("es", "es_MX", "es_MX"),
        ("es", "de_DE", "es_ES"),
        ("pt_BR", "pt_PT", "pt_BR"),
        ("en", "en_GB", "en_GB"),
        ("en", "ru_RU", "en_US"),
    ],
)
def test_the_language_gets_the_systems_country_when_it_speaks_it(code, system, expected) -> None:
    assert language.locale_for(code, QLocale(system)).name() == expected


def test_the_window_starts_in_the_chosen_language_with_its_qt_buttons(qtbot, store_path) -> None:
    app = QCoreApplication.instance()
    before = QLocale()
    try:
        assert language.install(app, "ru") == "ru"
        assert QLocale().language() == QLocale.Language.Russian
        window = open_window(qtbot, store_path)
        assert window.commands.sync.text() == "Синхронизировать"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"
    finally:
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
        QLocale.setDefault(before)
        language.install_translators(app, "en")


# --- nothing is cut off ----------------------------------------------------------------------


def clipped(root: QWidget) -> list[str]:
    """Buttons narrower than their text, tabs and column titles that do not fit, among what shows.

    An `ElidingToolButton` is made to give way (its whole text then leads its tooltip), so that
    the window fits the screen: it is not counted."""
    found = []
    for button in root.findChildren(QAbstractButton):
        if isinstance(button, ElidingToolButton):
            continue
        if button.isVisibleTo(root) and button.text() and button.width() < button.sizeHint().width():
            found.append(f"button {button.text()!r}: {button.width()} < {button.sizeHint().width()}")
    for bar in root.findChildren(QTabBar):
        for index in range(bar.count() if bar.isVisibleTo(root) else 0):
            needed = bar.fontMetrics().horizontalAdvance(plain(bar.tabText(index)))
            if bar.tabRect(index).width() < needed + 8:
                found.append(f"tab {bar.tabText(index)!r}: {bar.tabRect(index).width()} < {needed + 8}")
    for header in root.findChildren(QHeaderView):
        for section in range(header.count() if header.isVisibleTo(root) else 0):
            width, needed = header.sectionSize(section), header.sectionSizeHint(section)
            if not header.isSectionHidden(section) and width < needed:
                title = header.model().headerData(section, header.orientation())
                found.append(f"column {title!r}: {width} < {needed}")
    return found


@pytest.mark.parametrize("code", ["en", *TRANSLATED])
def test_nothing_is_cut_off_at_the_default_size(qtbot, code, connected, store_path) -> None:
    with translated(*real_catalogues(code), locale=language.locale_for(code, QLocale("C"))):
        window = full_window(qtbot, store_path)
        assert window.width() == SIZE[0], "the window's parts need more than the default width"
        problems = [f"orders: {p}" for p in clipped(window)]
        window.tabs.setCurrentWidget(window.insights)
        problems += [f"insights: {p}" for p in clipped(window)]
        dialog = open_settings_dialog(qtbot)
        for index in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(index)
            problems += [f"settings {index}: {p}" for p in clipped(dialog)]
    assert not problems


def test_settings_keeps_the_chosen_language_for_the_next_start(qtbot) -> None:
    dialog = open_settings_dialog(qtbot)
    combo = dialog.appearance.language_combo
    assert combo.currentData() == "" and combo.itemText(0).startswith("System default")
    combo.setCurrentIndex(combo.findData("pt_BR"))
    dialog.save()
    assert config.load_settings().language == "pt_BR"
    reopened = open_settings_dialog(qtbot)
    assert reopened.appearance.language_combo.currentText() == "Português (Brasil)"
    reopened.appearance.language_combo.setCurrentIndex(0)
    reopened.save()
    assert config.load_settings().language == ""
