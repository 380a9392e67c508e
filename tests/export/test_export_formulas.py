"""No CSV cell starts a formula, whatever text AliExpress (or a workspace peer) stored in any field."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store.factory import order_record  # tests/ is on sys.path (rootdir conftest)

from aliorders_desktop import store
from aliorders_desktop.export import export_csv, money
from aliorders_desktop.export.cells import FORMULA_TRIGGERS
from aliorders_desktop.export.columns import COLUMNS, Kind

TEXT_FIELDS = (
    "status",
    "tracking_id",
    "custom_parameters",
    "product_title",
    "product_url",
    "product_image_url",
    "site",
    "ship_to_country",
    "currency",
    "commission_rate",
)
MONEY_FIELDS = ("paid_amount", "finished_amount", "estimated_paid_commission", "new_buyer_bonus_commission")
NUMBER = re.compile(r"-[0-9][0-9.]*")

characters = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
texts = st.one_of(
    st.text(characters, max_size=10),
    st.builds(str.__add__, st.sampled_from(FORMULA_TRIGGERS), st.text(characters, max_size=10)),
    st.sampled_from(
        ['=HYPERLINK("http://x","y")', "@SUM(1+1)", "+1", "-1", "-3.00", "-1.5e3", "\t=1", "\r=1"]
    ),
)
orders = st.fixed_dictionaries(
    {
        **{name: texts for name in TEXT_FIELDS},
        **{name: st.integers(-(10**12), 10**12) for name in MONEY_FIELDS},
    }
)


@pytest.mark.parametrize("made_by", ["sqlite", "python"])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=st.lists(orders, min_size=1, max_size=4))
def test_no_cell_starts_a_formula(store_path, tmp_path: Path, monkeypatch, made_by: str, fields) -> None:
    monkeypatch.setattr(store, "is_server", lambda: made_by == "python")
    store.Order.delete().execute()
    records = [order_record(**values) for values in fields]
    store.save_orders(records, records[0].paid_at)
    out = tmp_path / "orders.csv"
    export_csv(out, store.OrderFilter(), ids_as_text=True)

    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    assert len(rows) == len(records)
    for row in rows:
        for column, cell in zip(COLUMNS, row, strict=True):
            if column.kind is Kind.ID:
                assert re.fullmatch(r'(="[0-9]+")?', cell), cell  # the only formula written: digits as text
            elif cell.startswith(FORMULA_TRIGGERS):
                assert column.kind in (Kind.MONEY, Kind.RATE) and NUMBER.fullmatch(cell), (column.title, cell)
    written = {
        cell
        for row in rows
        for column, cell in zip(COLUMNS, row, strict=True)
        if column.title == "Paid amount"
    }
    # negative amounts stay numbers
    assert written == {money(record.paid_amount, record.currency) for record in records}
