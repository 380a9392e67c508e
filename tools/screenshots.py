"""Render the screenshots of the README and docs/features.md: `python tools/screenshots.py [OUT_DIR]`.

Uses demo data from the simulated gateway, a throwaway database and throwaway settings, so it
never touches the user's own orders or preferences.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SCRATCH = Path(tempfile.mkdtemp(prefix="aliorders-shots-"))
os.environ["ALIORDERS_CONFIG_DIR"] = str(SCRATCH / "config")
os.environ["ALIORDERS_DATA_DIR"] = str(SCRATCH / "data")

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer, QTranslator  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractItemView,
    QApplication,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from aliorders_desktop import store  # noqa: E402
from aliorders_desktop.aliexpress.orders import OrderStatus  # noqa: E402
from aliorders_desktop.days import local_zone  # noqa: E402
from aliorders_desktop.demo import start_demo  # noqa: E402
from aliorders_desktop.export.statement import export_statement  # noqa: E402
from aliorders_desktop.store.insights import BreakdownBy  # noqa: E402
from aliorders_desktop.store.statement import months_of, statement  # noqa: E402
from aliorders_desktop.sync.service import SyncService  # noqa: E402
from aliorders_desktop.ui import language  # noqa: E402
from aliorders_desktop.ui.app import create_application  # noqa: E402
from aliorders_desktop.ui.main_window import MainWindow  # noqa: E402
from aliorders_desktop.ui.session import AppSession  # noqa: E402
from aliorders_desktop.ui.settings import SettingsDialog  # noqa: E402

SIZE = (1280, 720)
"""The window's default size, so the pictures show what a new user sees."""
TRANSLATED = ("ru", "es", "pt_BR")
"""Languages whose Orders tab and Settings are shown too, as orders-<code>.png and settings-<code>.png."""
WITH_INSIGHTS = ("ru",)
"""Languages whose Insights tab and statement are shown too (insights-<code>.png, statement-<code>.png)."""


def settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, out: Path, name: str) -> None:
    settle()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path}")


def speak(app: QApplication, code: str) -> None:
    """Use language `code` (its catalogues and formats) for what is built from now on."""
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()
    language.install(app, code)


def window_for(app: QApplication, session: AppSession) -> MainWindow:
    window = MainWindow(session)
    window.resize(*SIZE)
    window.show()
    return window


def select_settled_checkout(window: MainWindow) -> None:
    """Select the first settled row whose checkout holds several products: the richest details."""
    for row in range(window.model.rowCount()):
        found = window.model.row(row)
        if found.status == OrderStatus.SETTLED and len(store.sub_orders_of(found.order_id)) > 1:
            window.table.selectRow(row)
            window.table.scrollTo(window.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
            return


def show_insights(window: MainWindow) -> None:
    """Switch to the Insights tab and wait (at most 30 s) until its figures are all in."""
    loop = QEventLoop()
    window.insights.refreshed.connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    window.tabs.setCurrentWidget(window.insights)
    loop.exec()


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    QCoreApplication.setOrganizationName("aliorders-screenshots")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(SCRATCH / "qsettings"))
    app = create_application()
    speak(app, "en")  # whatever the machine's language

    store.open_database(SCRATCH / "empty.db")
    empty = window_for(app, AppSession(app=app, database=str(SCRATCH / "empty.db")))
    save(empty, out, "empty-state")
    empty.close()
    store.close_database()

    demo = start_demo(orders=3000)
    demo.server.config.latency_seconds = 0.2
    store.open_database(demo.database)
    session = AppSession(app=app, database=demo.database, demo=demo)
    window = window_for(app, session)
    window.filters.dates.set_preset("last30")
    window.start_sync()
    while window.progress.value() < 12 or window.model.rowCount() == 0:  # the table fills as it goes
        settle(50)
    save(window, out, "sync-in-progress")
    demo.server.config.latency_seconds = 0
    window.cancel_sync()
    while window.sync_task.is_running():
        settle(50)
    SyncService(demo.credentials, demo.client_settings).run(date.today() - timedelta(days=119), date.today())
    window.banner.dismiss()
    window.filters.dates.set_preset("last90")
    window.statusBar().clearMessage()
    window.refresh()
    window.table.selectRow(2)
    save(window, out, "orders")
    window.details_action.trigger()  # the pane starts closed
    select_settled_checkout(window)
    save(window, out, "order-details")
    window.details_action.trigger()
    show_insights(window)
    save(window, out, "insights")
    save_breakdown(window, out)
    window.filters.clear()
    window.tabs.setCurrentIndex(0)
    window.filters.dates.set_preset("last12months")  # more than was synced: the notice says so
    window.refresh()
    save(window, out, "never-synced")
    window.filters.dates.set_preset("last90")
    window.refresh()
    save_statement(out, "statement")

    dialog = SettingsDialog(window, client_settings=session.client_settings(), demo=True)
    dialog.show()
    save(dialog, out, "settings")
    dialog.close()

    window.set_theme("dark")
    save(window, out, "orders-dark")
    window.set_theme("auto")
    window.close()
    for code in TRANSLATED:
        save_translated(app, session, out, code)
    speak(app, "en")
    demo.stop()
    store.close_database()
    return 0


def save_breakdown(window: MainWindow, out: Path) -> None:
    """Insights broken down by ship-to country, then the orders of its first row."""
    insights = window.insights
    by = next(
        i for i in range(insights.by_box.count()) if insights.by_box.itemData(i)[0] is BreakdownBy.COUNTRY
    )
    loop = QEventLoop()
    insights.refreshed.connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    insights.by_box.setCurrentIndex(by)
    loop.exec()
    save(window, out, "breakdown")
    insights.chosen.clicked.emit(insights.chosen.model().index(0, 0))
    settle(500)
    save(window, out, "breakdown-drilldown")


def save_statement(out: Path, name: str) -> None:
    """The last three months' statement as a workbook, its sheets shown as a spreadsheet shows them."""
    from openpyxl import load_workbook  # a test dependency: the screenshots are made from a checkout

    last = date.today().replace(day=1) - timedelta(days=1)
    first = (last.replace(day=1) - timedelta(days=62)).replace(day=1)
    path = SCRATCH / f"{name}.xlsx"
    zone = local_zone()
    export_statement(path, statement(months_of(first, last), zone), zone)
    tabs = QTabWidget()
    for sheet in load_workbook(path, read_only=True).worksheets:
        rows = [[cell for cell in row] for row in sheet.iter_rows(values_only=True, max_row=40)]
        width = max(map(len, rows), default=0)
        table = QTableWidget(len(rows), width)
        notes = []
        for r, row in enumerate(rows):
            if sum(value is not None for value in row) == 1 and width > 1:  # the note: across the sheet
                notes.append((r, str(row[0])))
                continue
            for c, value in enumerate(row):
                text = "" if value is None else f"{value:,.2f}" if isinstance(value, float) else str(value)
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()  # to the figures, before the note spans them all
        for r, text in notes:
            table.setSpan(r, 0, 1, width)
            table.setItem(r, 0, QTableWidgetItem(text))
        tabs.addTab(table, sheet.title)
    tabs.resize(*SIZE)
    tabs.show()
    save(tabs, out, name)
    tabs.close()


def save_translated(app: QApplication, session: AppSession, out: Path, code: str) -> None:
    """The Orders tab with a row's details, and Settings, in language `code`."""
    speak(app, code)
    window = window_for(app, session)
    window.filters.dates.set_preset("last90")
    window.refresh()
    if not window.details_action.isChecked():  # the last window's choice is remembered
        window.details_action.trigger()
    select_settled_checkout(window)
    save(window, out, f"orders-{code}")
    dialog = SettingsDialog(window, client_settings=session.client_settings(), demo=True)
    dialog.show()
    save(dialog, out, f"settings-{code}")
    dialog.close()
    if code in WITH_INSIGHTS:
        show_insights(window)
        save(window, out, f"insights-{code}")
        save_statement(out, f"statement-{code}")
    window.close()


if __name__ == "__main__":
    default = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else default))
