"""Totals for the footer: per currency, never adding different currencies together.

The database sums per (currency, status) group; Python only adds up those few groups. Over a
paid-time range the query reads nothing but the covering index on Order.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from peewee import SQL, Select, fn

from ..aliexpress.orders import OrderStatus
from .filters import OrderFilter, filtered, rows_where_in
from .models import Order
from .rules import ESTIMATED_COMMISSION, FINISHED_COMMISSION

_GROUPS = (Order.currency, Order.status)
_GROUP_COLUMNS = (
    Order.currency,
    Order.status,
    fn.COUNT(SQL("*")),  # not COUNT(id): on PostgreSQL the covering indexes hold no id
    fn.SUM(Order.paid_amount),
    fn.SUM(ESTIMATED_COMMISSION),
    fn.SUM(FINISHED_COMMISSION),
)


@dataclass(frozen=True)
class CurrencyTotals:
    """Sums over the sub-orders settled in one currency, in its minor units.

    `estimated_commission` and `finished_commission` follow `rules` (Invalid rows count as
    sub-orders but earn 0); `settled_commission` is the commission of Completed Settlement
    rows only; `paid_amount` includes every row, Invalid too (it is what buyers paid).
    """

    currency: str | None
    sub_orders: int = 0
    paid_amount: int = 0
    estimated_commission: int = 0
    finished_commission: int = 0
    settled_commission: int = 0
    status_counts: dict[str, int] = field(default_factory=dict)


def totals(f: OrderFilter) -> list[CurrencyTotals]:
    """Totals of the rows `f` matches, one entry per currency (sorted; no currency last)."""
    return _add_up(_grouped(filtered(Order.select(*_GROUP_COLUMNS), f)))


def totals_per_period(periods: Mapping[str, OrderFilter]) -> dict[str, list[CurrencyTotals]]:
    """`totals` of each named filter, e.g. today, this week and this month for the earnings strip.

    One query per period rather than one over their union: each then reads only its own range of
    the covering paid-time index, and the periods overlap (today lies in this week and month).
    """
    return {name: totals(f) for name, f in periods.items()}


def totals_for_ids(ids: Iterable[int]) -> list[CurrencyTotals]:
    """Totals of the selected rows (by primary key), however many are selected."""
    return _add_up(rows_where_in(Order.select(*_GROUP_COLUMNS), Order.id, ids, group_by=_GROUPS))


def _grouped(query: Select) -> Iterable[tuple]:
    return query.group_by(*_GROUPS).tuples()


def _add_up(groups: Iterable[tuple]) -> list[CurrencyTotals]:
    sums: dict[str | None, Counter[str]] = defaultdict(Counter)
    statuses: dict[str | None, Counter[str]] = defaultdict(Counter)
    for currency, status, count, paid, estimated, finished in groups:
        # PostgreSQL returns SUM(bigint) as Decimal and SUM of nothing as NULL.
        estimated = int(estimated or 0)
        sums[currency].update(
            sub_orders=count,
            paid_amount=int(paid or 0),
            estimated_commission=estimated,
            finished_commission=int(finished or 0),
            settled_commission=estimated if status == OrderStatus.SETTLED else 0,
        )
        statuses[currency][status] += count
    return [
        CurrencyTotals(currency, **sums[currency], status_counts=dict(statuses[currency]))
        for currency in sorted(sums, key=lambda c: (c is None, c or ""))
    ]
