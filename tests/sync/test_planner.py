"""Planning a date range into API queries."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from aliorders_desktop.aliexpress.orders import OrderStatus, TimeType
from aliorders_desktop.sync.planner import INVALID_LOOKBACK, MAX_WINDOW, PADDING, plan_queries, range_bounds

ZONE = ZoneInfo("Europe/Berlin")


def test_a_year_is_split_into_windows_of_at_most_90_days_that_cover_it_padded() -> None:
    queries = plan_queries(date(2025, 1, 1), date(2025, 12, 31), ZONE)
    paid = [q for q in queries if q.time_type is TimeType.PAID and q.status is OrderStatus.PAID]
    assert all(q.end - q.start < MAX_WINDOW for q in queries)
    start, end = range_bounds(date(2025, 1, 1), date(2025, 12, 31), ZONE)
    assert paid[0].start == start - PADDING
    assert paid[-1].end >= end + PADDING - timedelta(seconds=1)
    for before, after in itertools.pairwise(paid):
        assert after.start - before.end == timedelta(seconds=1)


def test_each_window_asks_every_status_and_the_status_change_times() -> None:
    queries = plan_queries(date(2025, 3, 1), date(2025, 3, 31), ZONE)
    in_range = {
        (q.status, q.time_type)
        for q in queries
        if q.start >= range_bounds(date(2025, 3, 1), date(2025, 3, 31), ZONE)[0] - PADDING
    }
    assert {(s, TimeType.PAID) for s in OrderStatus} <= in_range
    assert (OrderStatus.CONFIRMED, TimeType.CONFIRMED) in in_range
    assert (OrderStatus.SETTLED, TimeType.SETTLED) in in_range


def test_invalid_orders_paid_in_the_180_days_before_are_read_again() -> None:
    queries = plan_queries(date(2025, 6, 1), date(2025, 6, 1), ZONE)
    start = range_bounds(date(2025, 6, 1), date(2025, 6, 1), ZONE)[0] - PADDING
    lookback = [q for q in queries if q.end < start]
    assert lookback and all(q.status is OrderStatus.INVALID for q in lookback)
    assert min(q.start for q in lookback) == start - INVALID_LOOKBACK


def test_a_reversed_range_is_refused_with_a_clear_message() -> None:
    with pytest.raises(ValueError, match="ends"):
        plan_queries(date(2025, 6, 2), date(2025, 6, 1), ZONE)
