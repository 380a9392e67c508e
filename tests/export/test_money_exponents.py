"""Exported money has its currency's decimals: yen none, dollars two, dinars three; whichever way
the cells are made (SQLite for a file, Python for a server) and in workbooks."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from peewee import Select, SqliteDatabase, Value
from store.factory import T0, order_record  # tests/ is on sys.path (rootdir conftest)

from aliorders_desktop import store
from aliorders_desktop.aliexpress.orders import (
    DEFAULT_MINOR_UNIT_EXPONENT,
    MINOR_UNIT_EXPONENTS,
    minor_unit_exponent,
)
from aliorders_desktop.export import ExportFormat, export_csv, export_orders, money
from aliorders_desktop.store import text_cells

AMOUNTS = {"USD": (123_456, 8_642, "1234.56", "86.42"), "JPY": (495, 35, "495", "35")}
AMOUNTS |= {"KWD": (-1_500, 5, "-1.500", "0.005")}
"""Per currency: paid amount and commission in minor units, then as the CSV writes them."""


@pytest.fixture
def three_currencies(store_path) -> None:
    store.save_orders(
        [
            order_record(currency=currency, paid_amount=paid, estimated_paid_commission=commission)
            for currency, (paid, commission, _, _) in AMOUNTS.items()
        ],
        T0,
    )


def rows_of(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return {row["Currency"]: row for row in csv.DictReader(handle)}


def test_csv_amounts_have_their_currencys_decimals_both_ways(three_currencies, tmp_path, monkeypatch) -> None:
    by_sqlite, by_python = tmp_path / "sqlite.csv", tmp_path / "python.csv"
    export_csv(by_sqlite, store.OrderFilter(), english_headers=True)
    monkeypatch.setattr(store, "is_server", lambda: True)  # take the server's way on this file
    export_csv(by_python, store.OrderFilter(), english_headers=True)
    assert by_sqlite.read_bytes() == by_python.read_bytes()
    rows = rows_of(by_sqlite)
    for currency, (_, _, paid, commission) in AMOUNTS.items():
        assert (rows[currency]["Paid amount"], rows[currency]["Estimated commission"]) == (paid, commission)


def test_workbook_money_cells_hold_major_units_with_their_currencys_decimals(
    three_currencies, tmp_path
) -> None:
    out = tmp_path / "orders.xlsx"
    export_orders(out, ExportFormat.XLSX, store.OrderFilter(), english_headers=True)
    book = openpyxl.load_workbook(out)
    sheet = book["Orders"]
    titles = [cell.value for cell in sheet[1]]
    currency, paid_amount = titles.index("Currency"), titles.index("Paid amount")
    cells = {row[currency].value: row[paid_amount] for row in sheet.iter_rows(2)}
    expected = {
        "USD": (1234.56, '#,##0.00 "USD"'),
        "JPY": (495, '#,##0 "JPY"'),
        "KWD": (-1.5, '#,##0.000 "KWD"'),
    }
    assert {c: (cell.value, cell.number_format) for c, cell in cells.items()} == expected
    totals = book["Totals"]
    paid = {row[0].value: (row[2].value, row[2].number_format) for row in totals.iter_rows(2) if row[1].value}
    assert paid == expected


CURRENCIES = st.sampled_from([*MINOR_UNIT_EXPONENTS, "USD", "RUB", "EUR", "jpy", "kwd", "", None])
STORABLE = st.integers(min_value=-(2**63) + 1, max_value=2**63 - 1)
"""Every integer SQLite stores but its most negative (whose magnitude it cannot hold)."""

_SQLITE = SqliteDatabase(":memory:")


@given(minor=STORABLE, currency=CURRENCIES)
def test_sqlite_writes_the_same_amount_text_as_python_and_it_reads_back_exactly(minor, currency) -> None:
    made = text_cells.money(Value(minor), Value(currency), MINOR_UNIT_EXPONENTS, DEFAULT_MINOR_UNIT_EXPONENT)
    (by_sqlite,) = Select(columns=[made]).bind(_SQLITE).tuples().get()
    by_python = money(minor, currency)
    assert by_sqlite == by_python
    places = minor_unit_exponent(currency)
    assert len(by_python.partition(".")[2]) == places
    assert Decimal(by_python).scaleb(places) == minor


def test_no_amount_stays_no_text() -> None:
    made = text_cells.money(Value(None), Value("JPY"), MINOR_UNIT_EXPONENTS, DEFAULT_MINOR_UNIT_EXPONENT)
    assert Select(columns=[made]).bind(_SQLITE).tuples().get() == (None,)
    assert money(None, "JPY") == ""
