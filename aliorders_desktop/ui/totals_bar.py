"""The footer: how many orders are shown and their totals per currency, plus the selection's."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from aliorders_desktop.export import money
from aliorders_desktop.store import CurrencyTotals


def describe(totals: list[CurrencyTotals]) -> str:
    """One line per currency; different currencies are never added together."""
    parts = []
    for t in totals:
        currency = t.currency or "?"
        parts.append(
            f"<b>{currency}</b> paid {money(t.paid_amount)} · commission ≈ {money(t.estimated_commission)}"
            f" · at completion {money(t.finished_commission)} · settled {money(t.settled_commission)}"
        )
    return " &nbsp;|&nbsp; ".join(parts)


class TotalsBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="totalsBar")
        self.shown = QLabel(objectName="totalsShown")
        self.selection = QLabel(objectName="totalsSelection")
        self.shown.setToolTip(
            "Totals of every order the filters select, per settlement currency. “Commission ≈” sums the "
            "current estimates; Invalid orders count for nothing; “settled” is final commission."
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.shown, 1)
        layout.addWidget(self.selection)

    def show_totals(self, count: int, totals: list[CurrencyTotals]) -> None:
        label = f"{count:,} order{'s' if count != 1 else ''}"
        self.shown.setText(f"{label} &nbsp; {describe(totals)}" if totals else label)

    def show_selection(self, count: int, totals: list[CurrencyTotals] | None) -> None:
        """Sums of the selected rows; None when the selection is too big to add up row by row."""
        if count < 2:
            self.selection.clear()
            return
        if totals is None:
            self.selection.setText(f"Selected {count:,}")
            return
        sums = "; ".join(
            f"{t.currency or '?'} {money(t.paid_amount)} paid, ≈ {money(t.estimated_commission)}"
            for t in totals
        )
        self.selection.setText(f"Selected {count:,}: {sums}")
