"""The earnings strip: what today, yesterday, this week, this month and last month earned (by
payment date) and what landed (by settlement date), against sums worked out by hand, on a frozen
clock and in the machine's own zone (whatever it is)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QToolButton
from store.factory import order_record
from ui.windows import open_window

from aliorders_desktop import store
from aliorders_desktop.aliexpress.orders import OrderStatus
from aliorders_desktop.store import DateBasis
from aliorders_desktop.ui.columns import COLUMN_INDEX
from aliorders_desktop.ui.earnings_strip import ADDING_UP, LANDED_SUFFIX, PERIODS
from aliorders_desktop.ui.main_window import MainWindow

PAID, CONFIRMED, SETTLED, INVALID = (s.value for s in OrderStatus)
# The frozen clock stops at midday on Wednesday 2026-06-17, local time.


def local(*fields: int) -> datetime:
    return datetime(*fields).astimezone()


def sub_order(
    paid_at: datetime,
    status: str,
    paid: int,
    finished: int | None = None,
    currency: str = "USD",
    settled_at: datetime | None = None,
):
    return order_record(
        paid_at=paid_at,
        status=status,
        estimated_paid_commission=paid,
        estimated_finished_commission=finished,
        currency=currency,
        settled_at=settled_at,
    )


@pytest.fixture
def week_starts_on_sunday() -> Iterator[None]:
    """A US locale, whose weeks start on Sunday (restored after the test)."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def earnings_db(frozen_clock, store_path):
    store.save_orders(
        [
            sub_order(local(2026, 6, 17, 9, 0), PAID, 100),
            # settled today: the finished figure, earned and landed today
            sub_order(local(2026, 6, 17, 10, 0), SETTLED, 50, 80, settled_at=local(2026, 6, 17, 10, 30)),
            sub_order(local(2026, 6, 17, 11, 0), INVALID, 999, 999),  # earns nothing
            sub_order(local(2026, 6, 17, 8, 0), PAID, 300, currency="RUB"),  # never added to USD
            sub_order(local(2026, 6, 16, 23, 30), PAID, 40),  # yesterday, late evening
            sub_order(local(2026, 6, 14, 0, 30), CONFIRMED, 10, 20),  # Sunday
            sub_order(local(2026, 6, 13, 12, 0), PAID, 7),  # Saturday: last week, this month
            sub_order(local(2026, 6, 1, 0, 10), PAID, 5),
            # earned last month, landed yesterday
            sub_order(local(2026, 5, 31, 23, 50), SETTLED, 3, 4, settled_at=local(2026, 6, 16, 12, 0)),
            sub_order(local(2026, 5, 1, 0, 0), PAID, 2),
            sub_order(local(2026, 4, 30, 23, 59), PAID, 1000),  # in none of the periods
            # earned in April, landed last month
            sub_order(
                local(2026, 4, 10, 9, 0), SETTLED, 500, 600, "RUB", settled_at=local(2026, 5, 20, 9, 0)
            ),
        ],
        local(2026, 6, 17, 11, 30),
    )
    return store_path


def opened(qtbot, database) -> MainWindow:
    window = open_window(qtbot, database, preset="today")
    figures = [*window.earnings.figures.values(), *window.earnings.landed.values()]
    qtbot.waitUntil(lambda: all(ADDING_UP not in f.text() for f in figures))
    return window


def figure(window: MainWindow, name: str) -> QToolButton:
    return window.findChild(QToolButton, name)


def test_each_period_sums_earned_and_landed_commission_per_currency(
    qtbot, earnings_db, week_starts_on_sunday
) -> None:
    window = opened(qtbot, earnings_db)
    assert window.earnings.objectName() == "earningsStrip"
    earned = {key: figure(window, name).text() for key, name in PERIODS.items()}
    assert earned == {
        "today": "earned\n≈ 3.00 RUB\n≈ 1.80 USD",
        "yesterday": "earned\n≈ 0.40 USD",
        "this_week": "earned\n≈ 3.00 RUB\n≈ 2.40 USD",
        "this_month": "earned\n≈ 3.00 RUB\n≈ 2.52 USD",
        "last_month": "earned\n≈ 0.06 USD",
    }
    landed = {key: figure(window, name + LANDED_SUFFIX).text() for key, name in PERIODS.items()}
    assert landed == {
        "today": "landed\n0.80 USD",
        "yesterday": "landed\n0.04 USD",
        "this_week": "landed\n0.84 USD",
        "this_month": "landed\n0.84 USD",
        "last_month": "landed\n6.00 RUB",
    }
    caption = window.findChild(QLabel, "earningsCaption")
    assert caption.text() == "Commission"
    assert "“≈” = estimate until settled" in caption.toolTip()
    assert "Click a figure to show its orders (it sets the date range)" in caption.toolTip()


def test_the_week_starts_on_the_locales_first_day(qtbot, earnings_db) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))  # Monday
    try:
        window = opened(qtbot, earnings_db)
        assert figure(window, "earningsThisWeek").text().endswith("≈ 2.20 USD")
        qtbot.mouseClick(figure(window, "earningsThisWeek"), Qt.MouseButton.LeftButton)
        assert window.filters.dates.range() == (date(2026, 6, 15), date(2026, 6, 17))
    finally:
        QLocale.setDefault(previous)


def test_clicking_a_figure_shows_its_orders_on_its_basis(qtbot, earnings_db, week_starts_on_sunday) -> None:
    window = opened(qtbot, earnings_db)
    qtbot.mouseClick(figure(window, "earningsLastMonth"), Qt.MouseButton.LeftButton)
    assert window.filters.dates.preset() == "last_month"
    assert window.filters.dates.range() == (date(2026, 5, 1), date(2026, 5, 31))
    assert window.filters.basis.basis() is DateBasis.PAID
    assert window.model.rowCount() == 2
    qtbot.mouseClick(figure(window, "earningsLastMonth" + LANDED_SUFFIX), Qt.MouseButton.LeftButton)
    assert window.filters.basis.basis() is DateBasis.SETTLED
    assert window.filters.dates.range() == (date(2026, 5, 1), date(2026, 5, 31))
    assert [window.model.row(0).currency, window.model.rowCount()] == ["RUB", 1]
    assert window.model.sort_key == ("settled_at", True)  # the range's own time, one index range
    assert not window.table.horizontalHeader().isSectionHidden(COLUMN_INDEX["settled_at"])
    qtbot.mouseClick(figure(window, "earningsYesterday"), Qt.MouseButton.LeftButton)
    assert window.filters.basis.basis() is DateBasis.PAID
    assert window.model.sort_key == ("paid_at", True)
    assert window.filters.dates.range() == (date(2026, 6, 16), date(2026, 6, 16))
    assert window.model.rowCount() == 1


def test_the_figures_follow_a_refresh_but_not_the_filters(qtbot, earnings_db, week_starts_on_sunday) -> None:
    window = opened(qtbot, earnings_db)
    window.filters.tracking_id.setText("nothing-has-this")
    window.filters.changed.emit()
    store.save_orders([sub_order(local(2026, 6, 17, 11, 45), PAID, 25)], local(2026, 6, 17, 11, 50))
    with qtbot.waitSignal(window.earnings.updated):
        window.refresh()
    assert figure(window, "earningsToday").text().endswith("≈ 2.05 USD")


def test_the_figures_move_on_when_the_local_day_changes(
    qtbot, frozen_clock, earnings_db, week_starts_on_sunday
) -> None:
    window = opened(qtbot, earnings_db)
    window.earnings.day_timer.timeout.emit()  # a check on the same day changes nothing
    assert not window.earnings.task.is_running()
    frozen_clock.move_to(local(2026, 6, 18, 0, 1))  # the app was left open over midnight
    with qtbot.waitSignal(window.earnings.updated):
        window.earnings.day_timer.timeout.emit()
    assert figure(window, "earningsToday").text() == "earned\nno orders"
    assert figure(window, "earningsTodayLanded").text() == "landed\nnothing"
    assert figure(window, "earningsYesterday").text() == "earned\n≈ 3.00 RUB\n≈ 1.80 USD"
    assert figure(window, "earningsYesterdayLanded").text() == "landed\n0.80 USD"
