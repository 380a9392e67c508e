"""The Insights tab driven as a user would: known orders, real store, real worker thread."""

from __future__ import annotations

import time as time_module
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton
from store.factory import order_record  # tests/ is on sys.path (rootdir conftest)
from ui.windows import open_window as open_app_window

from aliorders_desktop import store
from aliorders_desktop.aliexpress.orders import OrderStatus
from aliorders_desktop.days import local_zone
from aliorders_desktop.export import money
from aliorders_desktop.ui.columns import NO_TRACKING_TIP
from aliorders_desktop.ui.insights import view as view_module
from aliorders_desktop.ui.insights.breakdown import BreakdownTable, sub_id_label
from aliorders_desktop.ui.insights.chart import nice_step
from aliorders_desktop.ui.insights.headline import change_text
from aliorders_desktop.ui.main_window import MainWindow

PAID, CONFIRMED, SETTLED, INVALID = (s.value for s in OrderStatus)
TIMEOUT = 20_000
POST_1 = '{"af_sub":"post1"}'


def local_noon(days_ago: int) -> datetime:
    return datetime.combine(date.today() - timedelta(days=days_ago), time(12), local_zone())


@pytest.fixture
def known_orders(store_path: Path) -> None:
    """Three USD checkouts two days ago, one RUB order, and one USD order in the week before."""
    now = local_noon(0)
    checkout = order_record(tracking_id="blog", custom_parameters=POST_1)
    usd = dict(currency="USD", paid_at=local_noon(2))
    records = [
        replace(checkout, **usd, status=PAID, paid_amount=1000, estimated_paid_commission=100,
                estimated_finished_commission=None),
        order_record(order_id=checkout.order_id, tracking_id="blog", custom_parameters=POST_1, **usd,
                     status=SETTLED, paid_amount=2000, estimated_paid_commission=200,
                     estimated_finished_commission=250),
        order_record(tracking_id=None, custom_parameters=None, **usd, status=INVALID, paid_amount=3000,
                     estimated_paid_commission=300, estimated_finished_commission=None),
        order_record(tracking_id="tg", custom_parameters='{"af_sub":"post2"}', **usd, status=CONFIRMED,
                     paid_amount=500, estimated_paid_commission=40, estimated_finished_commission=50),
        order_record(tracking_id="blog", currency="RUB", paid_at=local_noon(2), status=SETTLED,
                     paid_amount=100_000, estimated_paid_commission=10_000,
                     estimated_finished_commission=10_000),
        order_record(tracking_id="blog", currency="USD", paid_at=local_noon(10), status=SETTLED,
                     paid_amount=1000, estimated_paid_commission=100, estimated_finished_commission=100),
    ]  # fmt: skip
    store.save_orders(records, now)


def open_window(qtbot, database: Path, preset: str = "last7") -> MainWindow:
    return open_app_window(qtbot, database, preset)


def show_insights(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.insights.refreshed, timeout=TIMEOUT):
        window.tabs.setCurrentWidget(window.insights)


def tile_texts(window: MainWindow, part: str) -> list[str]:
    names = ["headlineOrders", "headlinePaid", "headlineEstimated", "headlineSettled", "headlineInvalid"]
    return [window.findChild(QLabel, f"{name}{part}").text() for name in names]


def table_rows(table: BreakdownTable) -> dict[str, list[str]]:
    model = table.model()
    return {
        model.index(row, 0).data(Qt.ItemDataRole.UserRole): [
            model.index(row, column).data() for column in range(model.columnCount())
        ]
        for row in range(model.rowCount())
    }


def click_group(qtbot, table: BreakdownTable, key: str) -> None:
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(Qt.ItemDataRole.UserRole) == key)
    rect = table.visualRect(model.index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.mark.usefixtures("known_orders")
def test_headline_compares_the_range_with_the_one_before(qtbot, store_path) -> None:
    window = open_window(qtbot, store_path)
    show_insights(qtbot, window)
    assert tile_texts(window, "Value") == ["3", "65.00 USD", "≈ 1.50 USD", "2.50 USD", "25.0%"]
    assert tile_texts(window, "Change") == ["▲ 200%", "▲ 550%", "▲ new", "▲ 150%", "▲ 25.0 pt"]
    assert "the 7 days before" in window.findChild(QLabel, "comparisonLabel").text()


@pytest.mark.usefixtures("known_orders")
def test_chart_stacks_estimated_settled_and_lost_per_day(qtbot, store_path) -> None:
    window = open_window(qtbot, store_path)
    show_insights(qtbot, window)
    chart = window.insights.chart
    assert chart.objectName() == "commissionChart"
    series = chart.series
    assert len(series.buckets) == 7 and series.granularity == "day"
    (day,) = [index for index, bucket in enumerate(series.buckets) if bucket.sub_orders]
    assert series.buckets[day].first == date.today() - timedelta(days=2)
    assert (series.buckets[day].estimated, series.buckets[day].settled, series.buckets[day].lost) == (
        150,
        250,
        300,
    )
    tip = chart.tooltip_text(day)
    assert "Unsettled: 1.50 USD" in tip and "Settled: 2.50 USD" in tip and "Lost (Invalid): 3.00 USD" in tip
    plot_x = chart.width() * (day + 0.5) / 7  # near the bar; the plot starts after the axis labels
    assert chart.bucket_at(plot_x) in (day, day + 1, day - 1)
    assert chart.bucket_at(-5) == -1


@pytest.mark.usefixtures("known_orders")
def test_breakdowns_by_tracking_id_and_sub_id(qtbot, store_path) -> None:
    window = open_window(qtbot, store_path)
    show_insights(qtbot, window)
    tracking = table_rows(window.insights.tracking)
    assert tracking["blog"][:7] == ["blog", "1", "2", "30.00", "1.00", "2.50", "0.0%"]
    assert tracking["tg"][:7] == ["tg", "1", "1", "5.00", "0.50", "0.00", "0.0%"]
    assert tracking[""][:7] == ["(no tracking ID)", "1", "1", "30.00", "0.00", "0.00", "100.0%"]
    assert [tracking[key][8] for key in ("blog", "tg", "")] == ["87.5%", "12.5%", "0.0%"]  # of 4.00
    assert window.insights.tracking.isColumnHidden(8)  # the chosen breakdown shows shares
    model = window.insights.tracking.model()
    none_row = next(
        r for r in range(model.rowCount()) if not model.index(r, 0).data(Qt.ItemDataRole.UserRole)
    )
    assert model.index(none_row, 0).data(Qt.ItemDataRole.ToolTipRole) == NO_TRACKING_TIP
    sub_ids = table_rows(window.insights.chosen)
    assert sub_ids[POST_1][0] == "af_sub=post1" and sub_ids[POST_1][2] == "2"
    assert sub_ids[""][0] == "(no sub ID)"


@pytest.mark.usefixtures("known_orders")
def test_breakdown_header_sorts_the_groups(qtbot, store_path) -> None:
    window = open_window(qtbot, store_path)
    show_insights(qtbot, window)
    table = window.insights.tracking
    table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # paid
    assert [table.model().index(r, 3).data() for r in range(3)] == ["5.00", "30.00", "30.00"]
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # name; "no tracking ID" last
    assert [table.model().index(r, 0).data() for r in range(3)] == ["blog", "tg", "(no tracking ID)"]


@pytest.mark.usefixtures("known_orders")
def test_clicking_a_tracking_id_shows_its_orders(qtbot, store_path) -> None:
    window = open_window(qtbot, store_path)
    show_insights(qtbot, window)
    click_group(qtbot, window.insights.tracking, "tg")
    assert window.tabs.currentWidget() is window.orders_page
    assert window.filters.tracking_id.text() == "tg"
    rows = window.model.rows(list(range(window.model.rowCount())))
    assert [r.tracking_id for r in rows] == ["tg"]


@pytest.mark.usefixtures("known_orders")
def test_clicking_no_tracking_id_ticks_the_no_tracking_filter(qtbot, store_path) -> None:
    window = open_window(qtbot, store_path)
    show_insights(qtbot, window)
    click_group(qtbot, window.insights.tracking, "")
    assert window.filters.no_tracking.isChecked() and not window.filters.tracking_id.text()
    rows = window.model.rows(list(range(window.model.rowCount())))
    assert rows and all(r.tracking_id is None for r in rows)


@pytest.mark.usefixtures("known_orders")
def test_clicking_a_sub_id_filters_on_it_until_removed(qtbot, store_path) -> None:
    window = open_window(qtbot, store_path)
    show_insights(qtbot, window)
    click_group(qtbot, window.insights.chosen, POST_1)
    chip = window.filters.sub_id
    assert chip.isVisible() and "af_sub=post1" in chip.text()
    qtbot.waitUntil(lambda: chip.width() > 0)  # beside the tabs, once the tab row is laid out again
    rows = window.model.rows(list(range(window.model.rowCount())))
    assert len(rows) == 2 and {r.custom_parameters for r in rows} == {POST_1}
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert not chip.isVisible() and window.model.rowCount() == 4  # still the row's currency: USD
    qtbot.mouseClick(window.filters.currency, Qt.MouseButton.LeftButton)
    assert not window.filters.currency.isVisible() and window.model.rowCount() == 5


@pytest.mark.usefixtures("known_orders")
def test_breakdown_by_a_sub_id_key_then_a_click_filters_until_cleared(qtbot, store_path) -> None:
    window = open_window(qtbot, store_path)
    show_insights(qtbot, window)
    box = window.insights.by_box
    texts = [box.itemText(i) for i in range(box.count())]
    assert "Sub ID af_sub" in texts and "Product" in texts and "Ship-to country" in texts
    with qtbot.waitSignal(window.insights.refreshed, timeout=TIMEOUT):
        box.setCurrentIndex(texts.index("Sub ID af_sub"))
    rows = table_rows(window.insights.chosen)
    assert window.insights.chosen.model().headerData(0, Qt.Orientation.Horizontal) == "Sub ID af_sub"
    assert rows["post1"][:3] == ["post1", "1", "2"] and rows[""][0] == "(no sub ID)"
    click_group(qtbot, window.insights.chosen, "post1")
    chip = window.filters.group
    assert window.tabs.currentWidget() is window.orders_page
    assert chip.isVisible() and "post1" in chip.text()
    shown = window.model.rows(list(range(window.model.rowCount())))
    assert len(shown) == 2 and {r.custom_parameters for r in shown} == {POST_1}
    qtbot.mouseClick(window.filters.clear_button, Qt.MouseButton.LeftButton)
    assert not chip.isVisible() and window.model.rowCount() == 5


@pytest.mark.usefixtures("known_orders")
def test_the_window_stays_within_1280_pixels_with_a_breakdown_row_chosen(qtbot, store_path) -> None:
    window = open_window(qtbot, store_path)
    show_insights(qtbot, window)
    box = window.insights.by_box
    with qtbot.waitSignal(window.insights.refreshed, timeout=TIMEOUT):
        box.setCurrentIndex(box.findText("Product"))
    click_group(qtbot, window.insights.chosen, table_rows(window.insights.chosen).popitem()[0])
    assert window.filters.group.isVisible()
    assert window.minimumSizeHint().width() <= 1280


@pytest.mark.usefixtures("known_orders")
def test_what_moved_names_the_groups_that_grew_against_the_week_before(qtbot, store_path) -> None:
    window = open_window(qtbot, store_path)
    show_insights(qtbot, window)
    box = window.insights.by_box
    with qtbot.waitSignal(window.insights.refreshed, timeout=TIMEOUT):
        box.setCurrentIndex(box.findText("Tracking ID"))
    # blog earned 1.00 + 2.50 this week against 1.00 the week before; tg 0.50 against nothing
    tip = window.insights.moved.toolTip()
    assert "Grew most: blog (+2.50), tg (+0.50)" in tip and "Fell most" not in tip


@pytest.mark.usefixtures("known_orders")
def test_breakdown_table_exports_as_csv(qtbot, store_path, tmp_path, monkeypatch) -> None:
    window = open_window(qtbot, store_path)
    show_insights(qtbot, window)
    box = window.insights.by_box
    with qtbot.waitSignal(window.insights.refreshed, timeout=TIMEOUT):
        box.setCurrentIndex(box.findText("Ship-to country"))
    out = tmp_path / "countries.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), ""))
    qtbot.mouseClick(window.insights.export_button, Qt.MouseButton.LeftButton)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Group,Title,Currency,Orders,Sub-orders")
    assert len(lines) - 1 == window.insights.chosen.model().rowCount() > 0
    assert all(",USD," in line for line in lines[1:])


@pytest.mark.usefixtures("known_orders")
def test_currency_selector_switches_every_figure(qtbot, store_path) -> None:
    window = open_window(qtbot, store_path)
    show_insights(qtbot, window)
    selector = window.insights.currency_box
    assert selector.objectName() == "currencySelector" and selector.isVisible()
    assert [selector.itemText(i) for i in range(selector.count())] == ["USD", "RUB"]
    with qtbot.waitSignal(window.insights.refreshed, timeout=TIMEOUT):
        selector.setCurrentIndex(1)
    assert tile_texts(window, "Value")[1:4] == ["1000.00 RUB", "≈ 0.00 RUB", "100.00 RUB"]
    assert list(table_rows(window.insights.tracking)) == ["blog"]


@pytest.mark.usefixtures("known_orders")
def test_insights_compute_only_while_visible(qtbot, store_path) -> None:
    window = open_window(qtbot, store_path)
    with qtbot.assertNotEmitted(window.insights.refreshed, wait=600):
        window.filters.dates.set_preset("last30")
        window.filters.statuses.set_selected(frozenset({SETTLED}))
        window.filters.statuses.changed.emit()
    assert not window.insights.task.is_running()
    show_insights(qtbot, window)
    assert tile_texts(window, "Value")[0] == "2"  # settled USD: the checkout and last week's order


@pytest.mark.usefixtures("known_orders")
def test_chart_saves_as_png_and_follows_the_theme(qtbot, store_path, tmp_path, monkeypatch) -> None:
    window = open_window(qtbot, store_path)
    show_insights(qtbot, window)
    target = tmp_path / "chart.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    qtbot.mouseClick(window.insights.save_button, Qt.MouseButton.LeftButton)
    light = QImage(str(target))
    assert light.width() == window.insights.chart.width() and light.pixelColor(2, 2).lightness() > 128
    try:
        window.set_theme("dark")
        chart = window.insights.chart
        qtbot.waitUntil(lambda: chart.palette().color(QPalette.ColorRole.Base).lightness() < 128)
        dark = chart.grab().toImage()
        assert dark.pixelColor(2, 2).lightness() < 128
        assert window.findChild(QLabel, "headlinePaidChange").styleSheet() != ""
    finally:
        window.set_theme("light")


@pytest.mark.usefixtures("known_orders")
def test_a_newer_filter_replaces_a_computation_still_running(qtbot, store_path, monkeypatch) -> None:
    window = open_window(qtbot, store_path)
    show_insights(qtbot, window)
    slow = view_module.figures

    def slow_figures(f):
        time_module.sleep(0.3)
        return slow(f)

    monkeypatch.setattr(view_module, "figures", slow_figures)
    window.filters.statuses.set_selected(frozenset({SETTLED}))
    window.filters.statuses.changed.emit()
    qtbot.waitUntil(window.insights.task.is_running, timeout=TIMEOUT)
    with qtbot.waitSignal(window.insights.refreshed, timeout=TIMEOUT):
        window.filters.statuses.set_selected(frozenset({INVALID}))
        window.filters.statuses.changed.emit()
    assert tile_texts(window, "Value")[:2] == ["1", "30.00 USD"]  # the Invalid order only


@pytest.mark.usefixtures("known_orders")
def test_a_failed_computation_says_so(qtbot, store_path, monkeypatch) -> None:
    def broken(f):
        raise store.DatabaseUnavailableError("orders.db", "gone")

    monkeypatch.setattr(view_module, "figures", broken)
    window = open_window(qtbot, store_path)
    show_insights(qtbot, window)
    assert window.insights.busy.isVisible()
    assert window.insights.busy.text().startswith("Insights could not be computed")


def test_figures_after_a_sync_agree_with_the_table_totals(qtbot, connected, store_path) -> None:
    window = open_window(qtbot, store_path, "last30")
    with qtbot.waitSignal(window.sync_task.finished, timeout=60_000):
        window.start_sync()
    show_insights(qtbot, window)
    currency = window.insights.currency_box.currentText()
    mine = replace(window.model.order_filter, currency=currency)
    (totals,) = store.totals(mine)
    orders = len({row.order_id for row in store.iter_rows(mine)})
    assert tile_texts(window, "Value")[:4] == [
        f"{orders:,}",
        f"{money(totals.paid_amount, currency)} {currency}",
        f"≈ {money(totals.estimated_commission - totals.settled_commission, currency)} {currency}",
        f"{money(totals.settled_commission, currency)} {currency}",
    ]
    buckets = window.insights.chart.series.buckets
    assert sum(b.sub_orders for b in buckets) == totals.sub_orders
    assert sum(b.settled for b in buckets) == totals.settled_commission
    tracking = window.insights.tracking.model()
    column = 2  # sub-orders
    counted = sum(int(tracking.index(r, column).data().replace(",", "")) for r in range(tracking.rowCount()))
    assert counted == totals.sub_orders
    invalid = totals.status_counts.get(INVALID, 0)
    assert tile_texts(window, "Value")[4] == f"{invalid / totals.sub_orders:.1%}"


def test_change_text() -> None:
    assert change_text(120, 100) == ("▲ 20%", 1)
    assert change_text(95, 100) == ("▼ 5.0%", -1)
    assert change_text(100, 100) == ("± 0.0%", 0)
    assert change_text(5, 0) == ("▲ new", 1)
    assert change_text(0, 0) == ("± 0%", 0)
    assert change_text(20141, 100) == ("▲ 201×", 1)
    assert change_text(0.25, 0.2, in_points=True) == ("▲ 5.0 pt", 1)
    assert change_text(None, 0.2, in_points=True) == ("", 0)
    assert change_text(1, None) == ("", 0)


def test_sub_id_label_reads_the_json_the_api_sends() -> None:
    assert sub_id_label('{"af_sub":"blog_post_3","af_sub2":"story"}') == "af_sub=blog_post_3 · af_sub2=story"
    assert sub_id_label("plain-sub-id") == "plain-sub-id"
    assert sub_id_label("[1, 2]") == "[1, 2]"


def test_nice_steps_are_round() -> None:
    assert [nice_step(span) for span in (4, 10, 9.5, 170, 0.03)] == pytest.approx([1, 2.5, 2.5, 50, 0.01])


def test_key_widgets_have_stable_object_names(qtbot, store_path) -> None:
    window = open_window(qtbot, store_path)
    names = [
        "mainTabs",
        "insightsView",
        "insightsHeadline",
        "commissionChart",
        "currencySelector",
        "saveChartButton",
        "trackingBreakdown",
        "chosenBreakdown",
        "breakdownBy",
        "exportBreakdownButton",
        "groupFilter",
        "orderDetails",
        "statusHistory",
        "checkoutSubOrders",
        "productLink",
        "detailsButton",
        "subIdFilter",
    ]
    assert [name for name in names if window.findChild(object, name) is None] == []


@pytest.mark.usefixtures("known_orders")
def test_a_drill_down_shows_the_rows_sub_orders_in_its_currency_and_back_restores_the_filters(
    qtbot, store_path
) -> None:
    store.save_orders(  # a longer ID that starts like "blog": its own row, not part of "blog"'s
        [order_record(tracking_id="blogger", currency="USD", paid_at=local_noon(2), status=PAID)],
        local_noon(0),
    )
    window = open_window(qtbot, store_path)
    show_insights(qtbot, window)
    scope = window.findChild(QLabel, "insightsScope")
    assert scope.isVisible() and "Counting USD only: 5 of the 6 sub-orders" in scope.text()
    assert "RUB 1" in scope.text()
    sub_orders = table_rows(window.insights.tracking)["blog"][2]

    click_group(qtbot, window.insights.tracking, "blog")
    rows = window.model.rows(list(range(window.model.rowCount())))
    assert str(len(rows)) == sub_orders == "2"  # what the row said: USD only, "blogger" apart
    assert {(r.tracking_id, r.currency) for r in rows} == {("blog", "USD")}
    assert window.filters.currency.isVisible() and "USD" in window.filters.currency.text()

    back = window.findChild(QPushButton, "insightsBackButton")
    show_insights(qtbot, window)
    assert back.isVisible()
    assert not scope.isVisible()  # the filters select USD only now: nothing is left out
    with qtbot.waitSignal(window.insights.refreshed, timeout=TIMEOUT):
        qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert not back.isVisible()
    assert window.filters.tracking_id.text() == "" and not window.filters.currency.isVisible()
    assert window.model.rowCount() == 6
    assert "5 of the 6" in scope.text()
