"""How long orders typically stay in each status on this account, from its own history.

Publishers keep asking what a status means for their money and when it moves on; the answer
that holds for their account is in their orders. The most recent transitions are read through
the confirmation and settlement indexes (a bounded sample, so the answer costs the same at a
million orders) and their median is taken in Python, which is portable where SQL medians are not.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from peewee import Field

from .models import Order, db

SAMPLE = 2000
"""Most recent transitions looked at: enough for a steady median, recent enough to follow changes."""
MINIMUM = 20
"""Fewer transitions than this are not enough history to say what is typical."""
_DAY = 86_400


@dataclass(frozen=True)
class Typical:
    """The median days a transition took, over `count` orders; None when there are too few."""

    median_days: float | None
    count: int


@dataclass(frozen=True)
class StatusTimings:
    to_confirm: Typical
    """From payment to the buyer's confirmation of receipt."""
    to_settle: Typical
    """From confirmation to settlement."""


def status_timings(sample: int = SAMPLE, minimum: int = MINIMUM) -> StatusTimings:
    return StatusTimings(
        _typical(Order.paid_at, Order.finished_at, sample, minimum),
        _typical(Order.finished_at, Order.settled_at, sample, minimum),
    )


def _typical(start: Field, end: Field, sample: int, minimum: int) -> Typical:
    """The median of `end - start` over the `sample` orders that reached `end` last."""
    query = (
        Order.select(end.coerce(False) - start.coerce(False))
        .where(end.is_null(False), start.is_null(False))
        .order_by(end.desc())
        .limit(sample)
    )
    seconds = [value for (value,) in db.execute(query) if value is not None and value >= 0]
    if len(seconds) < minimum:
        return Typical(None, len(seconds))
    return Typical(statistics.median(seconds) / _DAY, len(seconds))
