"""Start-up of the window: the Qt application, the theme, the database and demo mode."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSize, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from aliorders_desktop import __version__, config, store
from aliorders_desktop.demo import start_demo
from aliorders_desktop.logs import install_crash_handler
from aliorders_desktop.ui import language, theme
from aliorders_desktop.ui.formats import fill
from aliorders_desktop.ui.garbage import GuiThreadCollector
from aliorders_desktop.ui.main_window import MainWindow
from aliorders_desktop.ui.platform_check import resources_dir
from aliorders_desktop.ui.session import AppSession

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        path = resources_dir() / f"aliorders-{size}.png"
        if path.exists():
            icon.addFile(str(path), QSize(size, size))
    return icon


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("aliorders")
    app.setOrganizationName("aliorders")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("aliorders")
    app.setWindowIcon(app_icon())
    language.install(app, config.load_settings().language)
    theme.apply_theme(app, theme.saved_theme())
    return app


class CrashNotice(QObject):
    """Shows crash reports in the GUI thread, whichever thread crashed."""

    reported = Signal(str)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.reported.connect(self._show)

    def show(self, message: str) -> None:
        self.reported.emit(message)

    @Slot(str)
    def _show(self, message: str) -> None:
        QMessageBox.warning(QApplication.activeWindow(), "aliorders", message)


def open_session(app: QApplication, *, demo: bool, database: str | None) -> AppSession:
    """Open the right database; raises StoreError with a human message when it cannot."""
    demo_session = start_demo() if demo else None
    target = database or (
        demo_session.database if demo_session else config.load_settings().effective_database
    )
    try:
        store.open_database(target)
    except store.StoreError:
        if demo_session:
            demo_session.stop()
        raise
    return AppSession(app=app, database=target, demo=demo_session)


UNREADABLE = (store.NotADatabaseError, store.CorruptDatabaseError, store.ForeignDatabaseError)


def offer_move_aside(error: store.StoreError) -> bool:
    """Explain why the database cannot be opened; for an unreadable file, offer to set it aside.

    The file is only renamed (never deleted or overwritten), and only when the user says so.
    Returns whether the app can go on with a fresh database.
    """
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("App", "aliorders cannot open its database"),
        str(error),
    )
    box.setObjectName("databaseProblem")
    move = None
    if isinstance(error, UNREADABLE) and Path(error.location).is_file():
        box.setInformativeText(
            QCoreApplication.translate(
                "App",
                "You can set the file aside (it is renamed, not deleted) and start a new, "
                "empty database; a sync then fetches your orders again.",
            )
        )
        move = box.addButton(
            QCoreApplication.translate("App", "Set aside and start fresh"), QMessageBox.ButtonRole.AcceptRole
        )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if move is None or box.clickedButton() is not move:
        return False
    kept = store.move_aside(error.location)
    QMessageBox.information(
        None, "aliorders", fill(QCoreApplication.translate("App", "The old file was kept as %1."), kept)
    )
    return True


def run_app(*, demo: bool = False, database: str | None = None, in_tray: bool = False) -> int:
    """The window's event loop; `in_tray` (a start at login) leaves the window closed where the
    tray can bring it back."""
    app = create_application()
    GuiThreadCollector(app)
    install_crash_handler(CrashNotice(app).show)
    try:
        session = open_session(app, demo=demo, database=database)
    except store.StoreError as exc:
        if not offer_move_aside(exc):
            return 1
        session = open_session(app, demo=demo, database=database)
    window = MainWindow(session)
    session.windows.append(window)
    if not (in_tray and window.tray_link.start_in_tray()):
        window.show()
    if demo and store.count_orders(store.OrderFilter()) == 0:
        window.start_demo_sync()
    try:
        return app.exec()
    finally:
        session.shutdown()
        store.close_database()
