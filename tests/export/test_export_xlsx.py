"""Excel workbooks as a publisher opens them: typed cells, whole IDs, local dates, per-currency totals."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from store.factory import BIG_ID_BASE, T0, order_record  # tests/ is on sys.path (rootdir conftest)

from aliorders_desktop import store
from aliorders_desktop.aliexpress.orders import OrderStatus
from aliorders_desktop.export import ExportFormat, export_orders

SHEET_COLUMNS = 26


@pytest.fixture
def saved(store_path, process_zone) -> list:
    process_zone("Asia/Kathmandu")  # 5 h 45 min from UTC, so a UTC time passed off as local shows
    records = [
        order_record(
            order_id=BIG_ID_BASE + 987_654_321,
            sub_order_id=BIG_ID_BASE + 987_654_323,
            paid_amount=123_456,
            estimated_paid_commission=8_642,
            estimated_finished_commission=9_000,  # what a settled order earns
            currency="USD",
            product_title="=HYPERLINK(\"x\")",
            status=OrderStatus.SETTLED.value,
            paid_at=T0 + timedelta(days=2),
            settled_at=T0 + timedelta(days=30),
        ),
        order_record(currency="RUB", paid_amount=99_000, paid_at=T0 + timedelta(days=1)),
        order_record(currency="USD", status=OrderStatus.INVALID.value, paid_at=T0),
    ]
    store.save_orders(records, T0 + timedelta(days=40))
    return records


def by_title(sheet) -> tuple[list[str], list[dict[str, object]]]:
    rows = [list(row) for row in sheet.iter_rows()]
    titles = [cell.value for cell in rows[0]]
    return titles, [dict(zip(titles, row, strict=True)) for row in rows[1:]]


def test_a_workbook_holds_typed_cells_and_whole_ids(saved, tmp_path: Path) -> None:
    out = tmp_path / "orders.xlsx"
    assert export_orders(out, ExportFormat.XLSX, store.OrderFilter()) == 3

    book = openpyxl.load_workbook(out)
    orders = book["Orders"]
    titles, rows = by_title(orders)
    assert len(titles) == SHEET_COLUMNS and orders.freeze_panes == "A2" and orders.auto_filter.ref
    first = rows[0]  # newest paid first, as the table sorts by default
    assert first["Order ID"].data_type == "s" and first["Order ID"].value == str(BIG_ID_BASE + 987_654_321)
    assert first["Sub-order ID"].value == "8100000987654323"
    assert first["Paid amount"].value == pytest.approx(1234.56)
    assert "0.00" in first["Paid amount"].number_format and "USD" in first["Paid amount"].number_format
    assert first["Estimated commission"].value == pytest.approx(86.42)
    settled_here = (T0 + timedelta(days=30)).astimezone().replace(tzinfo=None)
    assert first["Settled (local time)"].value == settled_here
    assert first["Settled (local time)"].is_date
    assert first["Product title"].value == '=HYPERLINK("x")' and first["Product title"].data_type == "s"
    assert first["Confirmed (local time)"].value is None
    assert [row["Currency"].value for row in rows] == ["USD", "RUB", "USD"]
    assert rows[2]["Status"].value == "Invalid" and rows[2]["Commission state"].value == "none"
    assert "RUB" in rows[1]["Paid amount"].number_format


def test_the_totals_sheet_sums_each_currency_apart(saved, tmp_path: Path) -> None:
    out = tmp_path / "orders.xlsx"
    export_orders(out, ExportFormat.XLSX, store.OrderFilter())

    _, rows = by_title(openpyxl.load_workbook(out)["Totals"])
    per_currency = {row["Currency"].value: row for row in rows if row["Sub-orders"].value is not None}
    expected = {total.currency: total for total in store.totals(store.OrderFilter())}
    assert per_currency.keys() == expected.keys() == {"RUB", "USD"}
    for currency, row in per_currency.items():
        assert row["Sub-orders"].value == expected[currency].sub_orders
        assert row["Paid amount"].value == pytest.approx(expected[currency].paid_amount / 100)
        assert row["Settled commission (final)"].value == pytest.approx(
            expected[currency].settled_commission / 100
        )
        assert currency in row["Paid amount"].number_format
    assert per_currency["USD"]["Settled commission (final)"].value == pytest.approx(90.00)


def test_a_workbook_holds_only_what_the_filter_selects(saved, tmp_path: Path) -> None:
    out = tmp_path / "settled.xlsx"
    only_settled = store.OrderFilter(statuses=frozenset({OrderStatus.SETTLED.value}))
    assert export_orders(out, ExportFormat.XLSX, only_settled) == 1

    book = openpyxl.load_workbook(out)
    _, rows = by_title(book["Orders"])
    _, totals = by_title(book["Totals"])
    assert [row["Sub-order ID"].value for row in rows] == ["8100000987654323"]
    assert [row["Currency"].value for row in totals if row["Sub-orders"].value] == ["USD"]


@pytest.mark.parametrize(
    ("name", "wanted"),
    [
        ("a.xlsx", ExportFormat.XLSX),
        ("a.XLSX", ExportFormat.XLSX),
        ("a.csv", ExportFormat.CSV),
        ("a", ExportFormat.CSV),
    ],
)
def test_the_format_follows_the_extension(name: str, wanted: ExportFormat) -> None:
    assert ExportFormat.of_path(Path(name)) is wanted


def test_dates_are_this_computers_local_time(saved, tmp_path: Path) -> None:
    out = tmp_path / "orders.xlsx"
    export_orders(out, ExportFormat.XLSX, store.OrderFilter())

    _, rows = by_title(openpyxl.load_workbook(out)["Orders"])
    paid = rows[-1]["Paid (local time)"].value
    assert isinstance(paid, datetime)
    assert paid == T0.replace(tzinfo=None) + timedelta(hours=5, minutes=45)


def test_more_orders_than_a_sheet_holds_are_refused_before_writing(saved, tmp_path: Path, monkeypatch):
    """Excel's row limit is stood in for by two rows: three selected orders are too many."""
    from aliorders_desktop.export import ExportError, xlsx_file

    monkeypatch.setattr(xlsx_file, "MAX_ROWS", 2)
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "orders.xlsx"
    with pytest.raises(ExportError) as failure:
        export_orders(out, ExportFormat.XLSX, store.OrderFilter())
    assert "more than an Excel sheet holds" in failure.value.strerror and failure.value.filename == str(out)
    assert list(folder.iterdir()) == []
