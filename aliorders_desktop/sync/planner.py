"""Turn a date range into the API queries that fetch it completely.

AliExpress takes one status per query and refuses windows over 90 days, and nobody knows for sure
which time zone it reads the window in (see the API reference), so a range is padded by a day on
both sides, cut into windows of at most 90 days, and each window is asked for every status. Status
changes of orders paid *before* the range are caught by also asking for orders confirmed or settled
inside it, and by re-reading `Invalid` orders paid in the 180 days before it (an order becomes
Invalid at the latest 180 days after payment, and `Invalid` has no time of its own to filter on).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from aliorders_desktop.aliexpress.orders import OrderStatus, TimeType
from aliorders_desktop.days import day_bounds

MAX_WINDOW = timedelta(days=90)
PADDING = timedelta(days=1)
INVALID_LOOKBACK = timedelta(days=180)


@dataclass(frozen=True, slots=True)
class PlannedQuery:
    """One `order.list` walk: all pages of one status in one window, filtered on one time."""

    start: datetime
    end: datetime
    status: OrderStatus
    time_type: TimeType


def range_bounds(first: date, last: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """The user's inclusive day range as [start, end) instants in their own time zone."""
    if last < first:
        raise ValueError(f"The range ends ({last}) before it starts ({first}).")
    start, end = day_bounds(first, last, zone)
    assert start is not None and end is not None
    return start, end


def split_windows(start: datetime, end: datetime) -> list[tuple[datetime, datetime]]:
    """Cut [start, end) into consecutive windows no longer than 90 days, inclusive end to the second."""
    windows = []
    while start < end:
        stop = min(start + MAX_WINDOW, end)
        windows.append((start, stop - timedelta(seconds=1)))
        start = stop
    return windows


def plan_queries(first: date, last: date, zone: tzinfo) -> list[PlannedQuery]:
    """Every query needed so that the range's orders, with their current statuses, are stored."""
    start, end = range_bounds(first, last, zone)
    start, end = start - PADDING, end + PADDING
    queries = []
    for window_start, window_end in split_windows(start, end):
        queries.extend(
            PlannedQuery(window_start, window_end, status, TimeType.PAID) for status in OrderStatus
        )
        queries.append(PlannedQuery(window_start, window_end, OrderStatus.CONFIRMED, TimeType.CONFIRMED))
        queries.append(PlannedQuery(window_start, window_end, OrderStatus.SETTLED, TimeType.SETTLED))
    for window_start, window_end in split_windows(start - INVALID_LOOKBACK, start):
        queries.append(PlannedQuery(window_start, window_end, OrderStatus.INVALID, TimeType.PAID))
    return queries
