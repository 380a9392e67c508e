"""Export → Statement…: the months chosen in the dialog, written on a worker thread as a workbook."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl
from PySide6.QtCore import QDate
from store.factory import order_record
from ui.windows import open_window

from aliorders_desktop import store
from aliorders_desktop.aliexpress.orders import OrderStatus
from aliorders_desktop.ui.main_window.statement_controller import StatementDialog


def local(*fields: int) -> datetime:
    return datetime(*fields).astimezone()


def test_the_dialog_offers_last_month_and_takes_the_months_in_either_order(qtbot) -> None:
    dialog = StatementDialog(today=date(2026, 1, 15))
    qtbot.addWidget(dialog)
    assert dialog.months() == [date(2025, 12, 1)]
    dialog.first.setDate(QDate(2026, 3, 1))
    assert dialog.months() == [date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)]


def test_the_window_writes_a_summary_and_a_sheet_per_month(qtbot, frozen_clock, store_path, tmp_path) -> None:
    settled = OrderStatus.SETTLED.value
    april = order_record(
        status=settled,
        paid_at=local(2026, 3, 1),
        settled_at=local(2026, 4, 30, 23, 0),
        estimated_finished_commission=80,
    )
    store.save_orders(
        [
            april,
            order_record(
                status=settled,
                paid_at=local(2026, 4, 2),
                settled_at=local(2026, 5, 1, 0, 30),
                currency="RUB",
                estimated_finished_commission=12345,
            ),
            order_record(paid_at=local(2026, 5, 3)),  # not settled: in no statement
        ],
        local(2026, 6, 1),
    )
    window = open_window(qtbot, store_path)
    out = tmp_path / "statement.xlsx"
    with qtbot.waitSignal(window.statements.task.finished):
        window.statements.write(str(out), [date(2026, 4, 1), date(2026, 5, 1)])
    assert "Wrote the statement (2 settled order" in window.banner.text.text()
    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames == ["Summary", "2026-04", "2026-05"]
    summary = [row for row in book["Summary"].iter_rows(values_only=True) if any(row)]
    assert summary[1:3] == [("2026-04", "USD", 1, 0.8), ("2026-05", "RUB", 1, 123.45)]
    assert "local calendar months" in summary[3][0]
    assert len(list(book["2026-04"].iter_rows())) == len(list(book["2026-05"].iter_rows())) == 2
