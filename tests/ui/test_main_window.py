"""The main window driven as a user would: real store, real simulated gateway, real worker thread."""

from __future__ import annotations

import csv
import json
import sys
import threading
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressBar, QPushButton, QTableView
from ui.windows import SYNC_TIMEOUT, open_window

from aliorders_desktop import credentials, i18n, store
from aliorders_desktop.aliexpress.client import AppCredentials
from aliorders_desktop.aliexpress.gateway import DEMO_APP_KEY
from aliorders_desktop.ui import row_actions, theme
from aliorders_desktop.ui.columns import COLUMN_INDEX, COLUMNS
from aliorders_desktop.ui.formats import number
from aliorders_desktop.ui.main_window import MainWindow, export_controller
from aliorders_desktop.ui.settings import SettingsDialog

OBJECT_NAMES = [
    "ordersTable",
    "orderIdFilter",
    "trackingIdFilter",
    "productIdFilter",
    "subIdBox",
    "statusFilter",
    "noTrackingFilter",
    "clearFiltersButton",
    "dateFrom",
    "dateTo",
    "datePreset",
    "syncButton",
    "refreshButton",
    "exportButton",
    "settingsButton",
    "syncProgress",
    "cancelSyncButton",
    "totalsBar",
    "emptyState",
    "connectButton",
    "demoButton",
]


def sync(qtbot, window: MainWindow, preset: str = "last30") -> None:
    window.filters.dates.set_preset(preset)
    with qtbot.waitSignal(window.sync_task.finished, timeout=SYNC_TIMEOUT):
        qtbot.mouseClick(
            window.findChild(QPushButton, "syncButton") or _button(window, "syncButton"),
            Qt.MouseButton.LeftButton,
        )


def _button(window: MainWindow, name: str):
    from PySide6.QtWidgets import QToolButton

    return window.findChild(QToolButton, name)


@pytest.fixture
def synced(qtbot, connected, store_path) -> MainWindow:
    window = open_window(qtbot, store_path)
    sync(qtbot, window)
    return window


def test_every_key_widget_has_its_object_name(qtbot, store_path) -> None:
    window = open_window(qtbot, store_path)
    missing = [name for name in OBJECT_NAMES if window.findChild(object, name) is None]
    assert missing == []


def test_without_an_account_the_empty_state_invites_to_connect_or_explore(qtbot, store_path) -> None:
    window = open_window(qtbot, store_path)
    assert window.stack.currentWidget() is window.empty_state
    assert window.empty_state.connect_button.isVisible() and window.empty_state.demo_button.isVisible()


def test_with_an_account_but_no_orders_the_checklist_shows(qtbot, connected, store_path) -> None:
    window = open_window(qtbot, store_path)
    assert window.stack.currentWidget() is window.empty_state
    text = window.findChild(QLabel, "emptyStateText").text()
    assert "Did you Sync?" in text and "few hours" in text
    assert not window.empty_state.connect_button.isVisible()


def test_date_range_defaults_to_today(qtbot, store_path) -> None:
    window = open_window(qtbot, store_path)
    assert window.filters.dates.preset() == "today"
    assert window.filters.dates.range() == (date.today(), date.today())


def test_sync_runs_in_the_background_and_fills_table_and_totals(qtbot, connected, store_path) -> None:
    connected.config.latency_seconds = 0.02
    window = open_window(qtbot, store_path)
    window.filters.dates.set_preset("last30")
    progress = window.findChild(QProgressBar, "syncProgress")
    with qtbot.waitSignal(window.sync_task.finished, timeout=SYNC_TIMEOUT):
        window.start_sync()
        qtbot.waitUntil(lambda: progress.isVisible() and window.cancel_button.isVisible())
        assert not window.sync_action.isEnabled()
        window.filters.order_id.setText("1")  # the window stays usable while the worker syncs
    qtbot.waitUntil(lambda: not progress.isVisible())
    window.filters.clear()
    expected = store.count_orders(window.filters.current_filter())
    assert expected > 100
    assert window.model.rowCount() == expected
    assert window.stack.currentWidget() is window.table
    qtbot.waitUntil(lambda: "USD" in window.totals.shown.text())  # added up on a worker thread
    assert f"{expected:,} orders" in window.totals.shown.text()
    assert window.status.last_sync_label.text().startswith("Synced ")


def test_the_table_fills_while_the_sync_is_still_running(qtbot, connected, store_path) -> None:
    connected.config.latency_seconds = 0.05  # pages come faster than the table re-reads
    window = open_window(qtbot, store_path, preset="last90")
    with qtbot.waitSignal(window.sync_task.finished, timeout=SYNC_TIMEOUT):
        window.start_sync()
        qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=SYNC_TIMEOUT)
        assert window.sync_task.is_running()
        assert window.progress.value() < window.progress.maximum()


def test_cancel_stops_the_sync_and_keeps_what_was_saved(qtbot, connected, store_path) -> None:
    connected.config.latency_seconds = 0.05
    window = open_window(qtbot, store_path)
    window.filters.dates.set_preset("last90")
    with qtbot.waitSignal(window.sync_task.finished, timeout=SYNC_TIMEOUT):
        window.start_sync()
        qtbot.waitUntil(lambda: store.count_orders(store.OrderFilter()) > 0, timeout=SYNC_TIMEOUT)
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    runs = store.last_sync_runs()
    assert store.SyncOutcome.CANCELLED in runs


def test_windows_refused_even_as_one_day_are_named_in_a_warning_and_the_rest_is_kept(
    qtbot, connected, store_path
) -> None:
    connected.config.max_window_days = 0  # refuses every window, however short
    window = open_window(qtbot, store_path)
    window.filters.dates.set_preset("today")
    with qtbot.waitSignal(window.sync_task.finished, timeout=SYNC_TIMEOUT):
        window.start_sync()
    assert window.banner.isVisible()
    assert "refused" in window.banner.text.text() and "Sync again later" in window.banner.text.text()
    assert "Payment Completed orders by payment completed time" in window.banner.details.toPlainText()
    assert store.SyncOutcome.PARTIAL in store.last_sync_runs()


def test_a_refused_secret_shows_a_banner_not_a_dialog(qtbot, connected, store_path) -> None:
    credentials.save_credentials(AppCredentials(DEMO_APP_KEY, "wrong"))
    window = open_window(qtbot, store_path)
    with qtbot.waitSignal(window.sync_task.finished, timeout=SYNC_TIMEOUT):
        window.start_sync()
    assert window.banner.isVisible()
    assert "App Secret" in window.banner.text.text() and "wrong" not in window.banner.text.text()


def test_typing_an_order_id_filters_after_a_pause_and_clear_restores(qtbot, synced: MainWindow) -> None:
    window = synced
    everything = window.model.rowCount()
    order_id = window.model.row(5).order_id
    qtbot.keyClicks(window.filters.order_id, str(order_id))
    qtbot.waitUntil(lambda: window.model.rowCount() < everything, timeout=3000)
    rows = window.model.rows(list(range(window.model.rowCount())))
    assert rows and {r.order_id for r in rows} == {order_id}
    qtbot.mouseClick(window.filters.clear_button, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == everything


def test_the_sub_id_box_filters_by_key_and_value_or_by_value_and_clear_restores(
    qtbot, synced: MainWindow
) -> None:
    window = synced
    everything = window.model.rowCount()
    rows = window.model.rows(list(range(everything)))
    tagged = next(r for r in rows if r.custom_parameters and "af_sub" in r.custom_parameters)
    value = json.loads(tagged.custom_parameters)["af_sub"]
    expected = {
        r.id for r in rows if r.custom_parameters and json.loads(r.custom_parameters)["af_sub"] == value
    }
    for text in (f"af_sub={value}", value):
        window.filters.clear()
        qtbot.keyClicks(window.filters.sub_id_box, text)
        qtbot.waitUntil(lambda: window.model.rowCount() < everything, timeout=3000)
        assert {r.id for r in window.model.rows(list(range(window.model.rowCount())))} == expected
    qtbot.mouseClick(window.filters.clear_button, Qt.MouseButton.LeftButton)
    assert window.filters.sub_id_box.text() == "" and window.model.rowCount() == everything


def test_letters_and_sql_in_id_boxes_match_nothing_without_error(qtbot, synced: MainWindow) -> None:
    for text in ("abc", "1' OR '1'='1", "%", "_", "😀"):
        window = synced
        window.filters.order_id.setText(text)
        window.filters.changed.emit()
        assert window.model.rowCount() == 0
        window.filters.clear()


def test_status_filter_and_no_tracking_toggle(qtbot, synced: MainWindow) -> None:
    window = synced
    window.filters.statuses.set_selected(frozenset({"Invalid"}))
    window.filters.statuses.changed.emit()
    rows = window.model.rows(list(range(window.model.rowCount())))
    assert rows and {r.status for r in rows} == {"Invalid"}
    window.filters.clear()
    window.filters.no_tracking.setChecked(True)
    rows = window.model.rows(list(range(window.model.rowCount())))
    assert rows and all(not r.tracking_id for r in rows)


def test_clicking_a_header_sorts_in_sql(qtbot, synced: MainWindow) -> None:
    window = synced
    column = next(i for i, c in enumerate(COLUMNS) if c.key == "paid_amount")
    window.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    amounts = [window.model.row(i).paid_amount for i in range(window.model.rowCount())]
    assert amounts == sorted(amounts)
    window.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert window.model.row(0).paid_amount == max(amounts)


def test_invalid_orders_show_no_commission_and_estimates_are_marked(qtbot, synced: MainWindow) -> None:
    window = synced
    column = next(i for i, c in enumerate(COLUMNS) if c.key == "commission")
    texts = {}
    for row in range(window.model.rowCount()):
        texts.setdefault(window.model.row(row).status, window.model.index(row, column).data())
    assert texts["Invalid"].endswith("none")
    assert texts["Payment Completed"].startswith("≈")
    assert not texts.get("Completed Settlement", "x").startswith("≈")


def test_empty_tracking_id_shows_a_dash_with_an_explanation(qtbot, synced: MainWindow) -> None:
    window = synced
    column = next(i for i, c in enumerate(COLUMNS) if c.key == "tracking_id")
    row = next(i for i in range(window.model.rowCount()) if not window.model.row(i).tracking_id)
    index = window.model.index(row, column)
    assert index.data() == "—"
    assert "tracking tag" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_table_model_passes_the_model_tester(qtmodeltester, synced: MainWindow) -> None:
    qtmodeltester.check(synced.model, force_py=True)


def test_selection_sums_and_ctrl_c_copies_tab_separated_rows(qtbot, synced: MainWindow) -> None:
    window = synced
    window.table.selectRow(0)
    window.table.selectionModel().select(
        window.model.index(1, 0),
        window.table.selectionModel().SelectionFlag.Select | window.table.selectionModel().SelectionFlag.Rows,
    )
    assert "Selected 2" in window.totals.selection.text()
    window.table.setFocus()
    qtbot.keySequence(window.table, "Ctrl+C")
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == 3 and "\t" in lines[0] and lines[0].startswith("Paid\tProduct")


def test_delete_order_asks_then_removes_and_a_later_sync_brings_it_back(
    qtbot, synced: MainWindow, monkeypatch
) -> None:
    window = synced
    before = window.model.rowCount()
    victim = window.model.row(0)
    monkeypatch.setattr(row_actions, "confirm_delete", lambda parent, rows: True)
    window.table.selectRow(0)
    window.delete_selected()
    assert window.model.rowCount() == before - 1
    assert not store.Order.select().where(store.Order.sub_order_id == victim.sub_order_id).exists()
    sync(qtbot, window)
    assert store.Order.select().where(store.Order.sub_order_id == victim.sub_order_id).exists()


def test_the_row_menu_counts_what_it_deletes_as_the_confirmation_does(
    qtbot, synced: MainWindow, monkeypatch
) -> None:
    window = synced
    shown = {}

    def answer(box: QMessageBox) -> int:
        shown["text"] = box.text()
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window.table.selectRow(0)
    window.row_menu._on_requested(window.table.visualRect(window.model.index(0, 0)).center())
    delete = next(a for a in window.row_menu.actions() if a.objectName() == "deleteOrders")
    window.row_menu.hide()
    delete.trigger()
    assert delete.text().startswith("Delete 1 sub-order") and shown["text"].startswith("Delete 1 sub-order")


def test_delete_confirmation_names_what_goes_and_cancel_keeps_it(
    qtbot, synced: MainWindow, monkeypatch
) -> None:
    window = synced
    shown = {}

    def answer(box: QMessageBox) -> int:
        shown["text"] = box.text() + box.informativeText()
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", answer)
    before = window.model.rowCount()
    window.table.selectRow(0)
    window.delete_selected()
    assert window.model.rowCount() == before
    assert str(window.model.row(0).order_id) in shown["text"] and "brings them back" in shown["text"]


def test_export_writes_all_matching_rows_in_the_background(qtbot, synced: MainWindow, tmp_path) -> None:
    window = synced
    out = tmp_path / "window.csv"
    with qtbot.waitSignal(window.export_task.finished, timeout=SYNC_TIMEOUT):
        window.export_to(str(out))
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == window.model.rowCount()
    assert "Exported" in window.banner.text.text()


def test_export_offers_a_workbook_first_then_the_kind_chosen_last(
    qtbot, synced: MainWindow, tmp_path, monkeypatch
) -> None:
    window = synced
    offered = []
    answers = iter(
        [
            (tmp_path / "orders.xlsx", export_controller.WORKBOOK),
            (tmp_path / "orders.csv", export_controller.CSV_FOR_EXCEL),
            ("", ""),  # the third time the user cancels the dialog
        ]
    )

    def save_dialog(parent, caption, suggested, kinds, selected):
        offered.append((Path(suggested).suffix, selected))
        path, kind = next(answers)
        return str(path), kind

    monkeypatch.setattr(export_controller.QFileDialog, "getSaveFileName", save_dialog)
    for _ in range(2):
        with qtbot.waitSignal(window.export_task.finished, timeout=SYNC_TIMEOUT):
            window.commands.export.trigger()
    assert offered == [(".xlsx", export_controller.WORKBOOK), (".xlsx", export_controller.WORKBOOK)]
    sheet = openpyxl.load_workbook(tmp_path / "orders.xlsx", read_only=True)["Orders"]
    assert sheet.max_row - 1 == window.model.rowCount()
    with (tmp_path / "orders.csv").open(encoding="utf-8-sig", newline="") as handle:
        first = next(csv.DictReader(handle))
    assert first["Sub-order ID"].startswith('="')  # the CSV-for-Excel kind keeps IDs as text
    window.exports.export()  # a third time: the kind chosen last is offered first
    assert offered[-1] == (".csv", export_controller.CSV_FOR_EXCEL)


def test_the_typed_extension_decides_the_file_type_over_the_selected_one(
    qtbot, synced: MainWindow, tmp_path, monkeypatch
) -> None:
    answers = iter(
        [
            (tmp_path / "x.csv", export_controller.WORKBOOK),  # the type offered first, left selected
            (tmp_path / "y.XLSX", export_controller.CSV_PLAIN),
            (tmp_path / "z.txt", export_controller.WORKBOOK),  # no known extension: the selected type
        ]
    )
    monkeypatch.setattr(
        export_controller.QFileDialog, "getSaveFileName", lambda *_: tuple(map(str, next(answers)))
    )
    for _ in range(3):
        with qtbot.waitSignal(synced.export_task.finished, timeout=SYNC_TIMEOUT):
            synced.commands.export.trigger()
    with (tmp_path / "x.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == synced.model.rowCount()
    assert openpyxl.load_workbook(tmp_path / "y.XLSX", read_only=True).sheetnames == ["Orders", "Totals"]
    assert (tmp_path / "z.txt").read_bytes()[:2] == b"PK"  # a workbook is a zip file
    assert QSettings().value(export_controller.KIND_KEY) == export_controller.WORKBOOK


def test_the_export_dialog_says_what_it_exports_and_opens_where_the_user_keeps_files(
    qtbot, synced: MainWindow, tmp_path, monkeypatch
) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(
        export_controller.QStandardPaths, "writableLocation", lambda _location: str(documents)
    )
    offered = []
    elsewhere = tmp_path / "reports"
    elsewhere.mkdir()

    def save_dialog(parent, caption, suggested, kinds, selected):
        offered.append((caption, Path(suggested).parent))
        return str(elsewhere / "orders.csv"), selected

    monkeypatch.setattr(export_controller.QFileDialog, "getSaveFileName", save_dialog)
    synced.filters.no_tracking.setChecked(True)
    for _ in range(2):
        with qtbot.waitSignal(synced.export_task.finished, timeout=SYNC_TIMEOUT):
            synced.commands.export.trigger()
    count = synced.model.rowCount()
    assert 0 < count < store.count_orders(store.OrderFilter())
    assert [folder for _, folder in offered] == [documents, elsewhere]  # then the folder used last
    assert all(title.startswith(f"Export {count} filtered order") for title, _ in offered)


def test_export_offers_english_titles_for_scripts_in_any_language(
    qtbot, synced: MainWindow, tmp_path, monkeypatch
) -> None:
    i18n.set_language("ru")
    answers = iter(
        [
            (tmp_path / "english.xlsx", export_controller.WORKBOOK_ENGLISH),
            (tmp_path / "english.csv", export_controller.CSV_ENGLISH),
            (tmp_path / "russian.xlsx", export_controller.WORKBOOK),
        ]
    )
    monkeypatch.setattr(
        export_controller.QFileDialog, "getSaveFileName", lambda *_: tuple(map(str, next(answers)))
    )
    for _ in range(3):
        with qtbot.waitSignal(synced.export_task.finished, timeout=SYNC_TIMEOUT):
            synced.commands.export.trigger()
    english = openpyxl.load_workbook(tmp_path / "english.xlsx", read_only=True)
    assert english.sheetnames == ["Orders", "Totals"]
    with (tmp_path / "english.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert next(csv.reader(handle))[:2] == ["Order ID", "Sub-order ID"]
    russian = openpyxl.load_workbook(tmp_path / "russian.xlsx", read_only=True)
    assert russian.sheetnames == ["Заказы", "Итоги"]


def test_column_choice_sort_and_date_preset_survive_a_restart(qtbot, synced: MainWindow, store_path) -> None:
    window = synced
    rate = next(i for i, c in enumerate(COLUMNS) if c.key == "commission_rate")
    window.table.horizontalHeader().setSectionHidden(rate, True)
    window.table.sortByColumn(rate, Qt.SortOrder.AscendingOrder)
    window.filters.dates.set_preset("last_month")
    window.close()
    again = open_window(qtbot, store_path)
    assert again.table.horizontalHeader().isSectionHidden(rate)
    assert again.model.sort_key == ("commission_rate", False)
    assert again.filters.dates.preset() == "last_month"


def test_closing_during_a_sync_cancels_it_cleanly(qtbot, connected, store_path) -> None:
    connected.config.latency_seconds = 0.05
    window = open_window(qtbot, store_path)
    window.filters.dates.set_preset("last90")
    window.start_sync()
    qtbot.waitUntil(lambda: store.count_orders(store.OrderFilter()) > 0, timeout=SYNC_TIMEOUT)
    window.close()
    assert not window.sync_task.is_running()
    assert store.last_sync_runs().get(store.SyncOutcome.CANCELLED) is not None


def test_demo_mode_works_without_an_account(qtbot, store_path, tmp_path) -> None:
    window = open_window(qtbot, store_path)
    qtbot.mouseClick(window.empty_state.demo_button, Qt.MouseButton.LeftButton)
    demo_window = window.session.windows[-1]
    qtbot.addWidget(demo_window)
    try:
        qtbot.waitUntil(lambda: not demo_window.sync_task.is_running(), timeout=SYNC_TIMEOUT)
        assert demo_window.status.demo_badge.isVisible()
        assert demo_window.model.rowCount() > 0
        assert Path(demo_window.session.database).name == "demo.db"
    finally:
        demo_window.close()
        window.session.shutdown()


def test_a_theme_chosen_in_settings_is_ticked_in_the_menu_and_recolours_the_table(
    qtbot, synced: MainWindow, monkeypatch
) -> None:
    window = synced
    counted = []
    count_orders = store.count_orders
    monkeypatch.setattr(store, "count_orders", lambda f: counted.append(f) or count_orders(f))
    dialog = SettingsDialog(window, client_settings=window.session.client_settings())
    qtbot.addWidget(dialog)
    dialog.themeChanged.connect(window.set_theme)  # as the session connects it
    status = COLUMN_INDEX["status"]
    index = window.model.index(0, status)
    try:
        dialog.appearance.theme_combo.setCurrentIndex(dialog.appearance.theme_combo.findData("dark"))
        dialog.save()
        assert window.theme_actions.checkedAction().data() == "dark"
        assert [a.data() for a in window.theme_actions.actions() if a.isChecked()] == ["dark"]
        assert QSettings().value("appearance/theme") == "dark"
        dark = theme.status_colour(index.data(), True)
        assert index.data(Qt.ItemDataRole.ForegroundRole).color() == dark
        assert counted == []  # recolouring re-reads nothing
    finally:
        window.set_theme("light")
    assert window.theme_actions.checkedAction().data() == "light"
    assert index.data(Qt.ItemDataRole.ForegroundRole).color() == theme.status_colour(index.data(), False)


def test_sorting_by_a_header_does_not_count_the_rows_again(qtbot, synced: MainWindow, monkeypatch) -> None:
    window = synced
    rows = window.model.rowCount()
    counted = []
    count_orders = store.count_orders
    monkeypatch.setattr(store, "count_orders", lambda f: counted.append(f) or count_orders(f))
    window.table.sortByColumn(COLUMN_INDEX["paid_amount"], Qt.SortOrder.AscendingOrder)
    assert window.model.sort_key == ("paid_amount", False)
    assert window.model.rowCount() == rows and counted == []
    amounts = [window.model.row(i).paid_amount for i in range(rows)]
    assert amounts == sorted(amounts)


def test_a_refresh_shows_the_current_rows_details_once(qtbot, synced: MainWindow, monkeypatch) -> None:
    window = synced
    window.details_action.trigger()
    window.table.selectRow(3)
    shown = []
    show_row = window.details.show_row
    monkeypatch.setattr(window.details, "show_row", lambda row: shown.append(row) or show_row(row))
    window.refresh()
    assert shown == [window.model.row(3)]
    window.model.set_filter(window.filters.current_filter())  # as apply_filters: no current row after
    window.refresh()
    assert shown[1:] == [None]


def test_find_row_looks_at_the_old_position_first(synced: MainWindow, monkeypatch) -> None:
    model = synced.model
    target = model.row(150)
    asked = []
    row = type(model).row
    monkeypatch.setattr(model, "row", lambda n: asked.append(n) or row(model, n))
    assert model.find_row(target.id, 150) == 150
    assert asked == [150]
    asked.clear()
    assert model.find_row(target.id, 153) == 150
    assert asked == [153, 154, 152, 155, 151, 156, 150]


def test_dark_theme_is_applied_and_remembered(qtbot, store_path) -> None:
    window = open_window(qtbot, store_path)
    window.set_theme("dark")
    try:
        qtbot.waitUntil(lambda: window.palette().color(window.backgroundRole()).lightness() < 128)
        assert QSettings().value("appearance/theme") == "dark"
    finally:
        window.set_theme("light")


def test_ranges_over_90_days_are_split_and_say_so(qtbot, connected, store_path) -> None:
    window = open_window(qtbot, store_path)
    window.filters.dates.set_range(date.today() - timedelta(days=119), date.today())
    with qtbot.waitSignal(window.sync_task.finished, timeout=SYNC_TIMEOUT):
        window.start_sync()
        assert "split into 2 windows" in window.statusBar().currentMessage()
    assert window.model.rowCount() > 2000
    assert isinstance(window.table, QTableView)


def test_select_all_sums_every_row_shown(qtbot, synced: MainWindow) -> None:
    window = synced
    window.table.selectAll()
    count = window.model.rowCount()
    assert f"Selected {number(count)}" in window.totals.selection.text()
    usd = next(t for t in store.totals(window.model.order_filter) if t.currency == "USD")
    qtbot.waitUntil(lambda: "paid" in window.totals.selection.text())  # the footer's worker adds up
    assert f"{usd.paid_amount // 100}.{usd.paid_amount % 100:02d} USD paid" in window.totals.selection.text()


def test_select_all_before_the_totals_arrive_adds_nothing_up_on_the_gui_thread(
    qtbot, synced: MainWindow, monkeypatch
) -> None:
    window = synced
    on_gui_thread = []
    add_up = store.totals

    def spy(f: store.OrderFilter) -> list[store.CurrencyTotals]:
        if threading.current_thread() is threading.main_thread():
            on_gui_thread.append(f)
        return add_up(f)

    monkeypatch.setattr(store, "totals", spy)
    window.refresh()  # the footer's totals are on their way again
    window.table.selectAll()
    count = window.model.rowCount()
    assert window.totals.selection.text() == f"Selected {count:,}"
    qtbot.waitUntil(lambda: "paid" in window.totals.selection.text())
    assert window.totals.selection.text().startswith(f"Selected {count:,}: ")
    assert on_gui_thread == []


def test_painting_after_select_all_does_not_visit_every_row(qtbot, synced: MainWindow) -> None:
    """At a million rows, a repaint that asks about every row takes many seconds (Ctrl+A took 13 s
    when the column header asked, row by row, whether each column was wholly selected)."""
    window = synced
    rows = window.model.rowCount()
    assert rows > 500
    row_count = type(window.model).rowCount.__code__
    asked = []

    def count_calls(frame, event: str, _arg) -> None:
        if event == "call" and frame.f_code is row_count:
            asked.append(1)

    window.table.selectAll()
    sys.setprofile(count_calls)
    try:
        window.table.horizontalHeader().repaint()
        window.table.viewport().repaint()
    finally:
        sys.setprofile(None)

    assert window.table.selectionModel().isRowSelected(rows - 1)
    assert 0 < len(asked) < rows  # a few per painted row, not several per row of the table


def test_footer_totals_are_added_up_in_the_background_for_the_latest_filter(
    qtbot, synced: MainWindow
) -> None:
    window = synced
    # The last 30 days hold no settled order (settlement comes 30 to 60 days after payment).
    for status in ("Invalid", "Completed Settlement", "Buyer Confirmed Receipt"):
        window.filters.statuses.set_selected(frozenset({status}))
        window.filters.statuses.changed.emit()  # each change makes the previous sums obsolete
    f = window.model.order_filter
    expected = window.totals.describe(store.totals(f))
    assert expected and f.statuses == frozenset({"Buyer Confirmed Receipt"})
    qtbot.waitUntil(lambda: expected in window.totals.shown.text())
    assert window.totals.shown.text().startswith(f"{number(window.model.rowCount())} orders")
    assert window.totals.totals_of(f) == store.totals(f)
    qtbot.wait(300)  # nothing older overwrites them afterwards
    assert expected in window.totals.shown.text()
