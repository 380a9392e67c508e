"""The footer's figures for the selected rows, added up where it is cheapest."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from aliorders_desktop import store
from aliorders_desktop.ui.main_window.orders_table import OrdersTable
from aliorders_desktop.ui.totals_bar import TotalsBar

SELECTION_SUM_MAX = 50_000
"""Above this many (but not all) selected rows, the footer shows the count without sums."""


class SelectionTotals(QObject):
    """Keeps `totals`' selection line in step with `table`'s selection."""

    def __init__(self, table: OrdersTable, totals: TotalsBar) -> None:
        super().__init__(table)
        self._table = table
        self._totals = totals
        table.selectionModel().selectionChanged.connect(self.update)
        table.orders.modelReset.connect(self.update)
        totals.updated.connect(self._on_totals_updated)

    @Slot()
    def update(self) -> None:
        count = self._table.selection_size()
        model = self._table.orders
        if count < 2:
            self._totals.show_selection(count, [])
        elif count == model.rowCount():
            # The footer's totals, once its worker has added them up (`_on_totals_updated`).
            self._totals.show_selection(count, self._totals.totals_of(model.order_filter))
        elif count > SELECTION_SUM_MAX:
            self._totals.show_selection(count, None)
        else:
            picked = self._table.selected_rows()
            self._totals.show_selection(len(picked), store.totals_for_ids([r.id for r in picked]))

    @Slot()
    def _on_totals_updated(self) -> None:
        """The footer's totals arrived: when every row is selected they are the selection's too."""
        count = self._table.selection_size()
        if count > 1 and count == self._table.orders.rowCount():
            self.update()
