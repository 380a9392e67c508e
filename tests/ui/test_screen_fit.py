"""The window fits a 1366×768 laptop screen in every language, tab and date range: nothing it
shows may ask for more than the default 1280×720 window (the rest is the desktop's panels and the
window's frame). Measured on demo mode's data, which has several currencies, tracking IDs and
more sub IDs than Insights lists."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget
from ui.translation_support import real_catalogues, translated
from ui.windows import SYNC_TIMEOUT, open_window

from aliorders_desktop import demo, store
from aliorders_desktop.store.insights import BreakdownBy, breakdown, currencies
from aliorders_desktop.sync.service import SyncService
from aliorders_desktop.ui import language
from aliorders_desktop.ui.main_window import MainWindow

LANGUAGES = ("en", "ru", "es", "pt_BR")
LIMIT = (1280, 720)


@pytest.fixture(scope="module")
def demo_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database filled as demo mode fills it (its gateway, data set and account), synced once
    for the module; each test works on a copy."""
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "orders.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ALIORDERS_CONFIG_DIR", str(folder / "config"))
        patch.setenv("ALIORDERS_DATA_DIR", str(folder / "data"))
        session = demo.start_demo(database=str(path))
        try:
            store.open_database(path)
            today = date.today()
            SyncService(session.credentials, session.client_settings).run(
                today - timedelta(days=demo.DEMO_DAYS + 1), today
            )
        finally:
            store.close_database()
            session.stop()
    return path


@pytest.fixture
def demo_copy(demo_database: Path, tmp_path: Path) -> Iterator[Path]:
    """A copy of the demo database, in a folder with a long path (the status bar shows it)."""
    folder = tmp_path / "OneDrive - A Company With A Rather Long Registered Name Ltd" / "Documents"
    path = folder / "Affiliate reports and order databases" / "orders.db"
    path.parent.mkdir(parents=True)
    shutil.copy(demo_database, path)
    store.open_database(path)
    yield path
    store.close_database()


def too_big(window: MainWindow) -> str:
    """What makes the window need more than `LIMIT`, or "" when it fits."""
    needed = window.minimumSizeHint().expandedTo(window.minimumSize())
    if needed.width() <= LIMIT[0] and needed.height() <= LIMIT[1] and window.width() <= LIMIT[0]:
        return ""
    widest = sorted(
        (w.minimumSizeHint().width(), type(w).__name__, w.objectName())
        for w in window.findChildren(QWidget)
        if w.isVisibleTo(window) and w.objectName()
    )[-6:]
    return f"needs {needed.width()}×{needed.height()}, is {window.width()} wide; widest: {widest[::-1]}"


def walk_tabs(qtbot, window: MainWindow, state: str) -> list[str]:
    """Show the current filters on Orders, then on Insights (once its figures are in), then on
    Orders again (a tab once shown keeps counting in the window's minimum size)."""
    problems = []
    with qtbot.waitSignal(window.insights.refreshed, timeout=SYNC_TIMEOUT):
        window.tabs.setCurrentWidget(window.insights)
    problems.append(f"{state}, Insights: {too_big(window)}")
    window.tabs.setCurrentWidget(window.orders_page)
    qtbot.waitUntil(lambda: "…" not in window.totals.shown.text())
    problems.append(f"{state}, Orders: {too_big(window)}")
    return [p for p in problems if not p.endswith(": ")]


def keep_only_days_since(first: date) -> None:
    """Delete the orders paid before `first` (local day), so that a range starting then has no
    earlier period with orders."""
    start = datetime.combine(first, time()).astimezone().astimezone(UTC)
    older = [r.id for r in store.iter_rows(store.OrderFilter(paid_to=start))]
    assert older
    store.delete_orders(older)


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_window_fits_the_screen_in_every_tab_and_range(qtbot, code: str, demo_copy: Path) -> None:
    with translated(*real_catalogues(code), locale=language.locale_for(code, QLocale("C"))):
        window = open_window(qtbot, demo_copy)
        window.resize(*LIMIT)
        problems = []
        for preset, state in (("all", "All time"), ("last90", "Last 90 days, with an earlier period")):
            window.filters.dates.set_preset(preset)
            problems += walk_tabs(qtbot, window, state)
        usual = store.OrderFilter(currency=currencies(store.OrderFilter())[0])
        longest = max((r.key or "" for r in breakdown(usual, BreakdownBy.SUB_ID)), key=len)
        window.filters.show_group(sub_id=longest)  # a drill-down from Insights shows its sub ID
        problems += walk_tabs(qtbot, window, "Last 90 days, one sub ID")
        window.filters.clear()
        keep_only_days_since(window.filters.dates.range()[0])
        window.refresh()
        problems += walk_tabs(qtbot, window, "Last 90 days, no earlier period")
    assert not problems, "\n".join(problems)
