"""Money in yen (no minor unit) and dinars (three decimals) reads in its own major units everywhere
the window shows it, beside dollars: the table, the totals, the details pane, Insights."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel
from store.factory import order_record
from ui.windows import open_window

from aliorders_desktop import store
from aliorders_desktop.aliexpress.orders import OrderRecord, OrderStatus
from aliorders_desktop.store.insights import BreakdownBy, BreakdownRow, Figures
from aliorders_desktop.ui import formats
from aliorders_desktop.ui.columns import COLUMN_INDEX
from aliorders_desktop.ui.insights.breakdown import BreakdownModel
from aliorders_desktop.ui.main_window import MainWindow

PAID_AT = datetime.now(UTC).replace(microsecond=0) - timedelta(days=3)


@pytest.fixture(autouse=True)
def american_numbers(qapp) -> Iterator[None]:
    """Numbers as en_US writes them ("1,234.56") for the test, then the locale the others use."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def three_currencies(store_path: Path) -> dict[str, OrderRecord]:
    """One settled order each in USD, JPY and KWD."""
    amounts = {"USD": (123_456, 8_642), "JPY": (495, 35), "KWD": (1_500, 105)}
    records = {
        currency: order_record(
            paid_at=PAID_AT,
            currency=currency,
            paid_amount=paid,
            estimated_paid_commission=commission,
            estimated_finished_commission=commission,
            finished_amount=paid,
            status=OrderStatus.SETTLED.value,
            settled_at=PAID_AT + timedelta(days=1),
            tracking_id=currency.lower(),
        )
        for currency, (paid, commission) in amounts.items()
    }
    store.save_orders(list(records.values()), PAID_AT + timedelta(days=2))
    return records


@pytest.mark.parametrize(
    ("minor", "currency", "english", "russian"),
    [
        (123_456, "USD", "1,234.56", "1\u00a0234,56"),
        (-5, "USD", "-0.05", "-0,05"),
        (1_234_567, "JPY", "1,234,567", "1\u00a0234\u00a0567"),
        (-495, "JPY", "-495", "-495"),
        (1_234_567, "KWD", "1,234.567", "1\u00a0234,567"),
        (-1, "KWD", "-0.001", "-0,001"),
        (10**15 + 1, "USD", "10,000,000,000,000.01", "10\u00a0000\u00a0000\u00a0000\u00a0000,01"),
    ],
)
def test_an_amount_has_as_many_decimals_as_its_currency(minor, currency, english, russian) -> None:
    assert formats.major(minor, currency) == english
    assert formats.money(minor, currency) == f"{english} {currency}"
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    assert formats.major(minor, currency) == russian


def synced_window(qtbot, store_path: Path) -> MainWindow:
    window = open_window(qtbot, store_path, "last30")
    qtbot.waitUntil(lambda: "KWD" in window.totals.shown.text())  # added up on a worker thread
    return window


def cell(window: MainWindow, sub_order_id: int, key: str) -> str:
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.row(r).sub_order_id == sub_order_id)
    return model.index(row, COLUMN_INDEX[key]).data()


def test_the_table_and_its_totals_show_yen_and_dinars_in_their_own_units(
    qtbot, store_path, three_currencies
) -> None:
    window = synced_window(qtbot, store_path)
    orders = three_currencies
    assert cell(window, orders["USD"].sub_order_id, "paid_amount") == "1,234.56 USD"
    assert cell(window, orders["JPY"].sub_order_id, "paid_amount") == "495 JPY"
    assert cell(window, orders["KWD"].sub_order_id, "paid_amount") == "1.500 KWD"
    totals = window.totals.shown.text()
    assert "<b>JPY</b> paid 495 · Commission ≈ 35 JPY · at completion 35 · settled 35" in totals
    assert "<b>KWD</b> paid 1.500 · Commission ≈ 0.105 KWD · at completion 0.105 · settled 0.105" in totals
    assert "<b>USD</b> paid 1,234.56 · Commission ≈ 86.42 USD" in totals


def test_the_details_pane_shows_yen_and_dinars_in_their_own_units(
    qtbot, store_path, three_currencies
) -> None:
    window = synced_window(qtbot, store_path)
    if not window.details_action.isChecked():
        window.details_action.trigger()
    for currency, shown in (("JPY", "495 JPY"), ("KWD", "1.500 KWD"), ("USD", "1,234.56 USD")):
        record = three_currencies[currency]
        model = window.model
        row = next(r for r in range(model.rowCount()) if model.row(r).sub_order_id == record.sub_order_id)
        window.table.selectRow(row)
        assert window.findChild(QLabel, "detail_paid_amount").text() == shown


@pytest.mark.parametrize(("currency", "shown"), [("JPY", "1,234"), ("KWD", "1.234"), ("USD", "12.34")])
def test_an_insights_breakdown_shows_its_currencys_units(qapp, currency: str, shown: str) -> None:
    model = BreakdownModel(BreakdownBy.TRACKING_ID)
    model.set_rows([BreakdownRow("blog", Figures(orders=1, sub_orders=1, estimated=1234))], currency)
    texts = [model.index(0, column).data() for column in range(model.columnCount())]
    assert shown in texts and "blog" in texts
