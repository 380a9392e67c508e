"""*Copy row* puts no formula on the clipboard: a spreadsheet reads pasted cells as if typed."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale
from store.factory import order_record  # tests/ is on sys.path (rootdir conftest)

from aliorders_desktop import store
from aliorders_desktop.export.cells import FORMULA_TRIGGERS, safe_amount
from aliorders_desktop.ui.columns import COLUMNS, RIGHT
from aliorders_desktop.ui.formats import money
from aliorders_desktop.ui.row_actions import selection_as_tsv

TEXT_FIELDS = ("status", "tracking_id", "custom_parameters", "product_title", "ship_to_country", "currency")
characters = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
texts = st.one_of(
    st.text(characters, max_size=10),
    st.builds(str.__add__, st.sampled_from(FORMULA_TRIGGERS), st.text(characters, max_size=10)),
    st.sampled_from(['=HYPERLINK("http://x","y")', "@SUM(1+1)", "-1", "\t=1", "\r=1", "USD=1+1"]),
)
orders = st.fixed_dictionaries(
    {
        **{name: texts for name in TEXT_FIELDS},
        "paid_amount": st.integers(-(10**9), 10**9),
        "commission_rate": st.sampled_from(["7.00", "-1.5", "=1+1", None]),
    }
)
OPERATORS = "=+\\-@()!|&\"';:<>*/^\\[\\]{}~#?\t\r\n"
AMOUNT = re.compile(rf"-[^{OPERATORS}]*[0-9][^{OPERATORS}]*")
"""A negative amount with its currency, and nothing a formula could be made of."""


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=st.lists(orders, min_size=1, max_size=4))
def test_no_copied_cell_starts_a_formula(qapp, store_path, fields) -> None:
    store.Order.delete().execute()
    records = [order_record(**values) for values in fields]
    store.save_orders(records, records[0].paid_at)
    rows = list(store.iter_rows(store.OrderFilter()))

    lines = selection_as_tsv(rows, list(range(len(COLUMNS)))).split("\n")[1:]
    assert len(lines) == len(rows)
    for row, line in zip(rows, lines, strict=True):
        for column, cell in zip(COLUMNS, line.split("\t"), strict=True):
            if cell.startswith(FORMULA_TRIGGERS):
                assert column.align == RIGHT and AMOUNT.fullmatch(cell), (column.key, cell)
        paid = line.split("\t")[[c.key for c in COLUMNS].index("paid_amount")]
        shown = re.sub(r"[\t\r\n]", " ", money(row.paid_amount, row.currency))  # one line per row
        assert paid == shown or paid == "'" + shown  # a negative amount keeps its sign and digits
        if shown.startswith("-") and re.fullmatch(r"[A-Z]{3}", row.currency or ""):
            assert paid == shown  # and stays a number when its currency is a currency


@pytest.mark.parametrize("locale", ["en_US", "ru_RU", "pt_BR", "de_CH", "es_ES", "hi_IN"])
def test_negative_amounts_in_every_language_stay_numbers(qapp, locale: str) -> None:
    QLocale.setDefault(QLocale(locale))
    try:
        for currency in ("USD", QLocale().currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)):
            shown = money(-123456, currency)
            assert safe_amount(shown) == shown
    finally:
        QLocale.setDefault(QLocale.c())
