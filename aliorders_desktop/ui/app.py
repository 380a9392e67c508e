"""Start-up of the window: the Qt application, the theme, the database and demo mode."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from aliorders_desktop import __version__, config, store
from aliorders_desktop.demo import start_demo
from aliorders_desktop.ui import theme
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
    theme.apply_theme(app, theme.saved_theme())
    return app


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


def run_app(*, demo: bool = False, database: str | None = None) -> int:
    app = create_application()
    try:
        session = open_session(app, demo=demo, database=database)
    except store.StoreError as exc:
        QMessageBox.critical(None, "aliorders cannot open its database", str(exc))
        return 1
    window = MainWindow(session)
    session.windows.append(window)
    window.show()
    if demo and store.count_orders(store.OrderFilter()) == 0:
        window.filters.dates.set_preset("last90")
        window.start_sync()
    try:
        return app.exec()
    finally:
        session.shutdown()
        store.close_database()
