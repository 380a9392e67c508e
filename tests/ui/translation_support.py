"""What the translation tests share: installing catalogues for one test, a pseudo-translation in
which every translated text is marked, and the texts a window or dialog shows, gathered by
walking its widgets (not from a list kept by hand)."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTableView,
    QWidget,
)

from aliorders_desktop.ui import language
from tools import translations

OPEN, CLOSE = "⟦", "⟧"
"""How the pseudo-translation marks a text that went through the catalogue."""


@dataclass(frozen=True)
class Shown:
    """One text the user sees, and where."""

    where: str
    text: str


@contextmanager
def translated(*catalogues: Path | tuple[str, str], locale: QLocale | None = None) -> Iterator[None]:
    """The application with these catalogues (a .qm path, or a name and folder) installed over
    the others, and `locale` as the default, for the duration of a test."""
    app = QCoreApplication.instance()
    installed = []
    for catalogue in catalogues:
        translator = QTranslator()
        name, folder = (catalogue.name, str(catalogue.parent)) if isinstance(catalogue, Path) else catalogue
        assert translator.load(name, folder), f"cannot load {name} from {folder}"
        app.installTranslator(translator)
        installed.append(translator)
    before = QLocale()
    if locale is not None:
        QLocale.setDefault(locale)
    try:
        yield
    finally:
        QLocale.setDefault(before)
        for translator in installed:
            app.removeTranslator(translator)


def pseudo_catalogue(folder: Path) -> Path:
    """A catalogue of every source text of the window, each translated as ⟦source⟧ (counted
    texts keep their number), compiled to a .qm file in `folder`."""
    tree = ElementTree.parse(translations.catalogue("ru"))
    tree.getroot().set("language", "en")  # two plural forms
    for message in tree.getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        translation.clear()
        if message.get("numerus") == "yes":
            for _ in range(2):
                ElementTree.SubElement(translation, "numerusform").text = f"{OPEN}{source}{CLOSE}"
        else:
            translation.text = f"{OPEN}{source}{CLOSE}"
    ts = folder / "ui_pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = ts.with_suffix(".qm")
    subprocess.run([translations.qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def real_catalogues(code: str) -> list[tuple[str, str]]:
    return language.catalogues(code)


def plain(text: str) -> str:
    """A label's text as read: without markup, entities and the accelerator's ampersand."""
    text = re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ").replace("&amp;", "&")
    return re.sub(r"&(?=\S)", "", text)


def untranslated_part(text: str) -> str:
    """What is left of `text` once every marked (translated) part is taken out, innermost first."""
    previous = None
    while previous != text:
        previous, text = text, re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", " ", text)
    return text


def shown_texts(root: QWidget, skip: set[str]) -> list[Shown]:
    """Every text `root` and its children show or offer: labels, buttons, placeholders, combo
    items, group titles, tabs with their tooltips, header sections, menus, tooltips and window
    titles, hidden ones included (they show when their state comes). Widgets whose objectName
    is in `skip`, and their children, hold data rather than the window's own texts."""
    found: list[Shown] = []

    def add(widget: QWidget | QMenu, kind: str, text: str) -> None:
        if isinstance(text, str) and text.strip():
            found.append(Shown(f"{type(widget).__name__}#{widget.objectName() or '?'} {kind}", text))

    def skipped(widget: QWidget) -> bool:
        while widget is not None:
            if widget.objectName() in skip:
                return True
            widget = widget.parentWidget()
        return False

    for widget in [root, *root.findChildren(QWidget)]:
        if skipped(widget):
            continue
        add(widget, "tooltip", widget.toolTip())
        if widget.isWindow():
            add(widget, "title", widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton) and not _standard_button(widget):
            add(widget, "text", widget.text())
        elif isinstance(widget, QLineEdit):
            add(widget, "placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            add(widget, "placeholder", widget.placeholderText())
            for index in range(widget.count()):
                add(widget, f"item {index}", widget.itemText(index))
        elif isinstance(widget, QGroupBox):
            add(widget, "title", widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget, f"tab {index}", widget.tabText(index))
                add(widget, f"tab {index} tooltip", widget.tabToolTip(index))
        elif isinstance(widget, QTableView):
            model = widget.model()
            for column in range(model.columnCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    add(widget, f"header {column}", model.headerData(column, Qt.Orientation.Horizontal, role))
        for action in widget.actions():
            found += menu_texts(action.menu()) if action.menu() else []
            add(widget, f"action {action.objectName()}", action.text())
            add(widget, f"action {action.objectName()} tooltip", action.toolTip())
    return found


def menu_texts(menu: QMenu) -> list[Shown]:
    found = [Shown(f"menu {menu.objectName()}", menu.title())] if menu.title() else []
    for action in menu.actions():
        if action.menu():
            found += menu_texts(action.menu())
        elif action.text():
            found.append(Shown(f"menu {menu.title()} action", action.text()))
    return found


def _standard_button(button: QAbstractButton) -> bool:
    """A button of a QDialogButtonBox or QMessageBox with a standard role (Close, Cancel…):
    Qt's own catalogue (qtbase_<lang>.qm) translates it."""
    box = button.parentWidget()
    no_button = QDialogButtonBox.StandardButton.NoButton
    return isinstance(box, QDialogButtonBox) and box.standardButton(button) != no_button
