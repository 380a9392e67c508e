"""The monthly statement: the commission settled in each local calendar month, per currency.

What an accountant asks for is the money that reached the balance in a month, whenever its
orders were paid: the orders whose settlement time falls in the month (`DateBasis.SETTLED`) and
whose status is Completed Settlement (final figures). Totals come from `totals`, so they never
mix currencies and follow the same commission rules as the table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta, tzinfo

from ..aliexpress.orders import OrderStatus
from ..days import local_zone
from .filters import DateBasis, OrderFilter
from .totals import CurrencyTotals, totals


@dataclass(frozen=True)
class StatementMonth:
    """One month of the statement: its local days, the filter of its orders and their totals."""

    first: date
    last: date
    order_filter: OrderFilter
    totals: list[CurrencyTotals]

    @property
    def label(self) -> str:
        """ "2026-11": sorts as text and reads the same in every language."""
        return f"{self.first:%Y-%m}"


def month_end(first: date) -> date:
    """The last day of the month that starts on `first`."""
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def months_of(first: date, last: date) -> list[date]:
    """The first day of every month from `first`'s to `last`'s, both included."""
    months, month = [], first.replace(day=1)
    while month <= last:
        months.append(month)
        month = month_end(month) + timedelta(days=1)
    return months


def settled_in(first: date, last: date, zone: tzinfo | None = None) -> OrderFilter:
    """The orders settled (final) in the local days [first, last]."""
    return OrderFilter.for_days(
        first, last, zone, basis=DateBasis.SETTLED, statuses=frozenset({OrderStatus.SETTLED.value})
    )


def statement(months: list[date], zone: tzinfo | None = None) -> list[StatementMonth]:
    """The statement of each month (given by its first day), in `zone`'s calendar (the user's
    own by default: months are local calendar months)."""
    zone = zone or local_zone()
    result = []
    for first in months:
        last = month_end(first)
        f = settled_in(first, last, zone)
        result.append(StatementMonth(first, last, f, totals(f)))
    return result
