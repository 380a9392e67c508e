"""Planning a date range into API queries that no reading of AliExpress' time zone can refuse."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from aliorders_desktop.aliexpress.orders import OrderStatus, TimeType
from aliorders_desktop.aliexpress.parsing import TIME_FORMAT
from aliorders_desktop.config import API_ZONES
from aliorders_desktop.sync.planner import (
    INVALID_LOOKBACK,
    PlannedQuery,
    Window,
    plan_queries,
    range_bounds,
)

LIMIT = timedelta(days=90)
USER_ZONES = [
    "America/Los_Angeles",
    "UTC",
    "Europe/Moscow",
    "Asia/Shanghai",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Pacific/Honolulu",
    "Europe/Berlin",
]
READINGS = [*API_ZONES, "UTC", "Europe/Moscow"]
"""Zones AliExpress might read a window's strings in; plain wall-clock arithmetic is checked too."""


def strings(query: PlannedQuery, query_zone: ZoneInfo) -> tuple[datetime, datetime]:
    """A query's start_time and end_time as the gateway receives them: zone-less wall-clock times."""

    def text(moment: datetime) -> datetime:
        return datetime.strptime(moment.astimezone(query_zone).strftime(TIME_FORMAT), TIME_FORMAT)

    return text(query.start), text(query.end)


def read_in(wall: datetime, zone: str) -> datetime:
    return wall.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)


ranges = st.tuples(
    st.dates(date(2019, 1, 1), date(2030, 12, 31)),
    st.integers(0, 5 * 366),
    st.sampled_from(USER_ZONES),
    st.sampled_from(list(API_ZONES)),
)


@settings(max_examples=300, deadline=None)
@given(ranges)
@example((date(2025, 3, 11), 99, "America/Los_Angeles", "America/Los_Angeles"))  # spring forward
@example((date(2025, 4, 10), 44, "America/Los_Angeles", "America/Los_Angeles"))
@example((date(2025, 3, 11), 99, "Asia/Shanghai", "Etc/GMT+8"))
@example((date(2024, 11, 1), 10, "Pacific/Honolulu", "America/Los_Angeles"))  # fall back
@example((date(2021, 1, 1), 5 * 365, "Europe/Moscow", "America/Los_Angeles"))
def test_no_reading_of_the_zone_sees_a_window_over_90_days_or_a_gap(case) -> None:
    first, length, user_zone, query_zone_name = case
    last = first + timedelta(days=length)
    zone, query_zone = ZoneInfo(user_zone), ZoneInfo(query_zone_name)
    queries = plan_queries(first, last, zone, query_zone)
    start, end = range_bounds(first, last, zone)

    for query in queries:
        wall_start, wall_end = strings(query, query_zone)
        assert wall_end - wall_start < LIMIT - timedelta(hours=12)
        for reading in READINGS:
            assert read_in(wall_end, reading) - read_in(wall_start, reading) < LIMIT - timedelta(hours=12)

    def covers(chosen: list[PlannedQuery], since: datetime, until: datetime) -> None:
        """Under every reading, the windows meet to the second and span [since, until)."""
        walls = [strings(q, query_zone) for q in sorted(chosen, key=lambda q: q.start)]
        for (_, end_before), (start_after, _) in itertools.pairwise(walls):
            assert start_after - end_before == timedelta(seconds=1)
        for reading in READINGS:
            assert read_in(walls[0][0], reading) <= since
            assert read_in(walls[-1][1], reading) >= until - timedelta(seconds=1)

    for status, time_type in [
        *((s, TimeType.PAID) for s in OrderStatus if s is not OrderStatus.INVALID),
        (OrderStatus.CONFIRMED, TimeType.CONFIRMED),
        (OrderStatus.SETTLED, TimeType.SETTLED),
    ]:
        covers([q for q in queries if (q.status, q.time_type) == (status, time_type)], start, end)
    invalid = [q for q in queries if q.status is OrderStatus.INVALID]
    covers(invalid, start - INVALID_LOOKBACK, end)


def test_a_year_needs_no_more_windows_than_90_day_windows_would() -> None:
    zone = ZoneInfo("Europe/Berlin")
    queries = plan_queries(date(2025, 1, 1), date(2025, 12, 31), zone, ZoneInfo("America/Los_Angeles"))
    windows = {q.window for q in queries if q.time_type is TimeType.CONFIRMED}
    assert len(windows) == 5  # 367 padded days: five windows either way
    assert len(queries) == 5 * 6 + 3  # six queries a window, and three 180-day look-back windows


def test_a_window_halves_at_midnight_down_to_a_single_day() -> None:
    zone = ZoneInfo("America/Los_Angeles")
    window = Window(date(2025, 3, 1), date(2025, 3, 5), zone)
    left, right = window.halves()
    assert (left.first, left.last, right.first, right.last) == (
        date(2025, 3, 1),
        date(2025, 3, 2),
        date(2025, 3, 3),
        date(2025, 3, 5),
    )
    assert right.start - left.end == timedelta(seconds=1)
    assert Window(date(2025, 3, 9), date(2025, 3, 9), zone).halves() is None


def test_a_reversed_range_is_refused_with_a_clear_message() -> None:
    with pytest.raises(ValueError, match="ends"):
        plan_queries(date(2025, 6, 2), date(2025, 6, 1), ZoneInfo("UTC"), ZoneInfo("Etc/GMT+8"))
