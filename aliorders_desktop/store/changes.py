"""What one sync changed: the sub-orders it added and those whose status it moved.

Read from the status history each sync writes (`StatusChange.sync_run`), never from times: two
syncs back to back, clocks that differ between a workspace's computers or a killed sync cannot
blur which run saw what. Only reads, so a workspace viewer sees the same as the admin who synced.
"""

from __future__ import annotations

import enum
import operator
from dataclasses import dataclass
from functools import reduce

from peewee import Case, Node, fn

from ..aliexpress.orders import OrderStatus
from .models import Order, StatusChange
from .rules import ESTIMATED_COMMISSION


class Change(enum.StrEnum):
    """The kinds of change a sync announces."""

    NEW = "new"
    """First seen by this sync."""
    SETTLED = "settled"
    """Seen before this sync, now Completed Settlement: its commission is confirmed."""
    INVALID = "invalid"
    """Seen before this sync, now Invalid: its commission is lost."""


@dataclass(frozen=True)
class ChangedIn:
    """The sub-orders sync run `run_id` changed in one of `kinds` (which never overlap); no kinds
    means any change, Payment Completed to Buyer Confirmed Receipt included."""

    run_id: int
    kinds: frozenset[Change] = frozenset()


@dataclass(frozen=True)
class ChangeCounts:
    """How many sub-orders a sync changed at all, and of each kind."""

    changed: int = 0
    new: int = 0
    settled: int = 0
    invalid: int = 0


@dataclass(frozen=True)
class ChangeSum:
    """Sub-orders of one kind of change in one currency, and what they are worth in minor units:
    the estimated commission of new ones, the final commission of settled ones, and what
    Invalid ones had been estimated to earn (now lost)."""

    currency: str | None
    sub_orders: int
    amount: int


@dataclass(frozen=True)
class SyncChanges:
    """What one sync changed, per kind and currency (currencies sorted, never added together)."""

    run_id: int
    sums: dict[Change, list[ChangeSum]]


def _kind_condition(kind: Change, run_id: int) -> Node:
    """A condition on the history rows of run `run_id`: the row is a change of `kind`.

    The kinds never overlap: an order a run saw first and then settled (a paid-time window and a
    settled-time one) is new, and only new; one it saw settle and then become Invalid is Invalid,
    and only Invalid (its commission is lost, not confirmed). So a summary counts each order once.
    """
    first_seen = StatusChange.from_status.is_null()
    if kind is Change.NEW:
        return first_seen
    status = OrderStatus.SETTLED if kind is Change.SETTLED else OrderStatus.INVALID
    other = StatusChange.alias()
    in_run = other.select(other.order).where(other.sync_run == run_id)
    excluded = other.from_status.is_null()
    if kind is Change.SETTLED:
        excluded |= other.to_status == OrderStatus.INVALID.value
    elsewhere = in_run.where(excluded)
    return ~first_seen & (StatusChange.to_status == status.value) & StatusChange.order.not_in(elsewhere)


def changed_condition(changed: ChangedIn) -> Node:
    """A condition on Order: it is one of the sub-orders `changed` describes."""
    history = StatusChange.select(StatusChange.order).where(StatusChange.sync_run == changed.run_id)
    if changed.kinds:
        kinds = [_kind_condition(kind, changed.run_id) for kind in sorted(changed.kinds)]
        history = history.where(reduce(operator.or_, kinds))
    return Order.id.in_(history)


_AMOUNTS = {
    Change.NEW: ESTIMATED_COMMISSION,
    Change.SETTLED: ESTIMATED_COMMISSION,  # final, once settled
    Change.INVALID: Order.estimated_paid_commission,  # what it had been expected to earn
}


def sync_changes(run_id: int) -> SyncChanges:
    """The sums of each kind of change sync run `run_id` made, per currency."""
    sums: dict[Change, list[ChangeSum]] = {}
    for kind, amount in _AMOUNTS.items():
        query = (
            Order.select(Order.currency, fn.COUNT(Order.id), fn.SUM(amount))
            .where(changed_condition(ChangedIn(run_id, frozenset({kind}))))
            .group_by(Order.currency)
            .tuples()
        )
        rows = sorted(query, key=lambda row: (row[0] is None, row[0] or ""))
        # PostgreSQL returns SUM(bigint) as Decimal and SUM of nothing as NULL.
        sums[kind] = [ChangeSum(currency, count, int(total or 0)) for currency, count, total in rows]
    return SyncChanges(run_id, sums)


def change_counts(run_id: int) -> ChangeCounts:
    """How many sub-orders sync run `run_id` changed, in one pass over its history rows."""
    order = StatusChange.order

    def count_where(kind: Change) -> Node:
        return fn.COUNT(fn.DISTINCT(Case(None, ((_kind_condition(kind, run_id), order),), None)))

    query = StatusChange.select(
        fn.COUNT(fn.DISTINCT(order)), *(count_where(kind) for kind in Change)
    ).where(StatusChange.sync_run == run_id)
    changed, new, settled, invalid = query.tuples().get()
    return ChangeCounts(changed, new, settled, invalid)
