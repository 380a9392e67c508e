"""CSV cells are the same whether SQLite makes them (file databases) or Python does (servers)."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from store.factory import order_record  # tests/ is on sys.path (rootdir conftest)

from aliorders_desktop import store
from aliorders_desktop.aliexpress.orders import OrderStatus
from aliorders_desktop.export import export_csv

DST_STARTS = datetime(2026, 3, 8, 7, 0, tzinfo=UTC)
"""02:00 in New York that day, when its clocks jump to 03:00."""


@pytest.fixture
def odd_rows(store_path, process_zone) -> None:
    process_zone("America/New_York")  # daylight saving time: both ways must follow its change
    store.save_orders(
        [
            order_record(
                paid_at=DST_STARTS - timedelta(seconds=1),
                created_at=DST_STARTS,
                product_title="=1+1",
                tracking_id="-minus",
                custom_parameters="@at\t",
                paid_amount=-5,
                estimated_paid_commission=0,
                status=OrderStatus.SETTLED.value,
                settled_at=DST_STARTS + timedelta(days=40),
                is_new_buyer=True,
            ),
            order_record(
                paid_at=DST_STARTS + timedelta(hours=1),
                tracking_id=None,
                custom_parameters="",
                product_title="Ёлка, \"quoted\"\nnext line",
                paid_amount=123_456_789_012,
                finished_amount=None,
                product_id=None,
                is_new_buyer=None,
                status=OrderStatus.INVALID.value,
            ),
            order_record(paid_at=DST_STARTS + timedelta(days=3), status=OrderStatus.CONFIRMED.value),
        ],
        DST_STARTS + timedelta(days=50),
    )


def rows_of(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("ids_as_text", [False, True])
def test_sqlite_and_python_write_the_same_bytes(odd_rows, tmp_path: Path, monkeypatch, ids_as_text) -> None:
    by_sqlite, by_python = tmp_path / "sqlite.csv", tmp_path / "python.csv"
    assert export_csv(by_sqlite, store.OrderFilter(), ids_as_text=ids_as_text) == 3
    monkeypatch.setattr(store, "is_server", lambda: True)  # take the server's way on this file
    assert export_csv(by_python, store.OrderFilter(), ids_as_text=ids_as_text) == 3
    assert by_sqlite.read_bytes() == by_python.read_bytes()


def test_cells_read_as_a_publisher_expects(odd_rows, tmp_path: Path) -> None:
    out = tmp_path / "orders.csv"
    export_csv(out, store.OrderFilter(), "paid_at", descending=False)
    first, second, _ = rows_of(out)
    assert first["Paid (local time)"] == "2026-03-08 01:59:59"  # standard time, UTC-5
    assert first["Created (local time)"] == "2026-03-08 03:00:00"  # daylight time, UTC-4
    assert (first["Product title"], first["Tracking ID"], first["Custom parameters"]) == (
        "'=1+1",
        "'-minus",
        "'@at\t",
    )
    assert (first["Paid amount"], first["Estimated commission"]) == ("-0.05", "0.00")
    assert (first["Commission state"], first["New buyer"]) == ("final", "Yes")
    assert second["Paid amount"] == "1234567890.12" and second["Finished amount"] == ""
    assert second["Product title"] == 'Ёлка, "quoted"\nnext line'
    assert (second["Tracking ID"], second["Product ID"], second["New buyer"]) == ("", "", "")
    assert (second["Commission state"], second["Confirmed (local time)"]) == ("none", "")
