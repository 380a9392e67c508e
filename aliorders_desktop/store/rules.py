"""The affiliate programme's rules as the store applies them: status order and commission.

Commission rules are SQL expressions so that sorting, the row cache and the totals all use the
very same definition, computed by the database.
"""

from __future__ import annotations

from peewee import Case, fn

from ..aliexpress.orders import OrderStatus
from .models import Order

LIFECYCLE: tuple[OrderStatus, ...] = (
    OrderStatus.PAID,
    OrderStatus.CONFIRMED,
    OrderStatus.SETTLED,
    OrderStatus.INVALID,
)
"""Statuses in the order they can follow each other. Invalid can follow any of the others and
nothing follows it, so it comes last."""

_RANK = {status.value: rank for rank, status in enumerate(LIFECYCLE, start=1)}


def moves_forward(stored: str, incoming: str) -> bool:
    """Whether a sighting with status `incoming` is news rather than an older view of the order.

    A paid-time window can return an order as it was before it was settled; that must not undo
    the settlement. The same status counts as forward (its other fields may have changed).
    Nobody knows where a status AliExpress adds one day (say "Refunded") sits in the lifecycle,
    so it is news whenever it arrives and is stored as sent; a stored one ranks below every
    known status, so the next known one replaces it.
    """
    if incoming not in _RANK:
        return True
    return _RANK[incoming] >= _RANK.get(stored, 0)


STATUS_ORDER = Case(Order.status, list(_RANK.items()), 0)
"""Sorts statuses by lifecycle rather than alphabetically."""

ESTIMATED_COMMISSION = Case(
    None,
    (
        (Order.status == OrderStatus.INVALID.value, 0),
        (
            Order.status.in_([OrderStatus.CONFIRMED.value, OrderStatus.SETTLED.value]),
            fn.COALESCE(Order.estimated_finished_commission, Order.estimated_paid_commission),
        ),
    ),
    Order.estimated_paid_commission,
)
"""The commission a row is expected to earn, in minor units.

Invalid earns nothing. Once the buyer has confirmed receipt (and after settlement) the figure
estimated at completion applies when the API gave one; before that, the one estimated at
payment. For a settled row this is the final commission.
"""

FINISHED_COMMISSION = Case(
    None,
    ((Order.status == OrderStatus.INVALID.value, 0),),
    Order.estimated_finished_commission,
)
"""The commission estimated at completion, in minor units; Invalid earns nothing."""
