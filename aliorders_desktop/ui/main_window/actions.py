"""The window's commands (QActions with their shortcuts), its toolbar and its menus.

Only the commands and where they appear live here; the window connects each `triggered` to the
part that carries it out, so a new command is one entry here and one connection there.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar, QWidget

from aliorders_desktop.ui import theme
from aliorders_desktop.ui.icons import themed_icon


class WindowActions(QObject):
    """Every command of the main window, added to the window so its shortcut works anywhere in it."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.sync = self._action(
            self.tr("Sync"),
            "syncAction",
            "Ctrl+Shift+S",
            self.tr("Fetch the orders of the chosen dates from AliExpress (Ctrl+Shift+S)"),
        )
        self.refresh = self._action(
            self.tr("Refresh"),
            "refreshAction",
            "F5",
            self.tr("Re-read the orders already stored on this computer; nothing is fetched (F5)"),
        )
        self.export = self._action(
            self.tr("Export…"),
            "exportAction",
            "Ctrl+E",
            self.tr("Write every order the filters select to an Excel workbook or a CSV file (Ctrl+E)"),
        )
        self.statement = self._action(
            self.tr("Statement…"),
            "statementAction",
            "",
            self.tr("Write the commission settled in each month, with its orders, for your accounts"),
        )
        self.settings = self._action(
            self.tr("Settings…"), "settingsAction", "Ctrl+,", self.tr("Account, connection and appearance")
        )
        self.details = self._action(
            self.tr("Order details"),
            "detailsAction",
            "Ctrl+I",
            self.tr("Show every field, the checkout and the status history of the current order (Ctrl+I)"),
        )
        self.details.setCheckable(True)
        self.details.setChecked(False)  # the table gets the width until details are asked for
        self.copy = self._action(
            self.tr("Copy"),
            "copyAction",
            QKeySequence.StandardKey.Copy,
            self.tr("Copy the selected rows as tab-separated text"),
        )
        self.find = self._action(
            self.tr("Find"),
            "findAction",
            QKeySequence.StandardKey.Find,
            self.tr("Filter by Order ID (Ctrl+F)"),
        )
        self.clear_filters = self._action(self.tr("Clear filters"), "clearFiltersAction", "Esc")
        self.quit = self._action(self.tr("Quit"), "quitAction", QKeySequence.StandardKey.Quit)
        self.themes = QActionGroup(self, exclusive=True)  # one theme ticked at a time

    def window(self) -> QMainWindow:
        """The window these commands belong to (its parent, not a reference of ours: a window
        that held itself through its parts would only be freed by the garbage collector)."""
        return self.parent()

    def _action(
        self, text: str, name: str, shortcut: QKeySequence | QKeySequence.StandardKey | str, tip: str = ""
    ) -> QAction:
        window = self.window()
        action = QAction(text, window, objectName=name)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip or text)
        action.setStatusTip(tip)
        window.addAction(action)
        return action

    def _toolbar_actions(self) -> tuple[tuple[QAction, str, str], ...]:
        """Each toolbar command with its button's objectName and its icon's drawing."""
        return (
            (self.sync, "syncButton", "sync"),
            (self.refresh, "refreshButton", "refresh"),
            (self.export, "exportButton", "export"),
            (self.details, "detailsButton", "details"),
            (self.settings, "settingsButton", "settings"),
        )

    def build_toolbar(self) -> QToolBar:
        """The toolbar's buttons, then a spacer; the sync's progress goes after it."""
        toolbar = QToolBar(self.tr("Main"), objectName="mainToolbar", movable=False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action, name, _drawing in self._toolbar_actions():
            toolbar.addAction(action)
            toolbar.widgetForAction(action).setObjectName(name)
        self.paint_icons()
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred)
        toolbar.addWidget(spacer)
        return toolbar

    def paint_icons(self) -> None:
        """Draw the toolbar's icons in the application's colours (again after the theme changed:
        the application's palette changes at once, the window's only once the change reaches it)."""
        palette = QGuiApplication.palette()
        for action, _name, drawing in self._toolbar_actions():
            action.setIcon(themed_icon(drawing, palette))

    def build_menus(self) -> None:
        menus = self.window().menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        file_menu.addAction(self.export)
        file_menu.addAction(self.statement)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = menus.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.copy, self.find, self.clear_filters])
        view_menu = menus.addMenu(self.tr("&View"))
        view_menu.addAction(self.refresh)
        view_menu.addAction(self.details)
        theme_menu = view_menu.addMenu(self.tr("Appearance"))
        for key in theme.THEMES:
            action = theme_menu.addAction(theme.theme_name(key))
            action.setData(key)
            action.setCheckable(True)
            action.setChecked(key == theme.saved_theme())
            self.themes.addAction(action)
        account_menu = menus.addMenu(self.tr("&Account"))
        account_menu.addActions([self.sync, self.settings])

    def tick_theme(self, key: str) -> None:
        for action in self.themes.actions():
            if action.data() == key:
                action.setChecked(True)  # the exclusive group unticks the others
