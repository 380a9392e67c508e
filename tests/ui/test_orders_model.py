"""The table model reads rows in blocks around what the view shows; every row is where the sort puts it."""

from __future__ import annotations

import pytest
from store.factory import order_record  # tests/ is on sys.path (rootdir conftest)

from aliorders_desktop import store
from aliorders_desktop.ui.orders_model import BLOCK, OrdersModel

ROWS = 2 * BLOCK + 50


@pytest.fixture
def model(qtbot, store_path) -> OrdersModel:
    store.save_orders([order_record() for _ in range(ROWS)], order_record().paid_at)
    model = OrdersModel()
    model.reload()
    return model


@pytest.mark.parametrize(
    "visits",
    [
        [BLOCK - 10, BLOCK - 1, BLOCK, BLOCK + 20],  # a view straddling two blocks
        [2 * BLOCK - 5, 2 * BLOCK + 49, 0],  # into the last, short block, then back to the top
        [ROWS - 1, ROWS // 2, 5],  # the end first, as "jump to the last row" does
    ],
)
def test_rows_are_in_sort_order_however_the_view_reaches_them(model: OrdersModel, visits: list[int]) -> None:
    expected = store.fetch_rows(store.order_ids(store.OrderFilter(), *model.sort_key))
    for row in visits:
        assert model.row(row) == expected[row]
    assert [model.row(row) for row in range(ROWS)] == expected
    assert model.row(ROWS) is None
