"""Turn a date range into the API queries that fetch it completely.

AliExpress takes one status per query and refuses windows over 90 days, and nobody knows which
time zone it reads a window's `start_time` and `end_time` in (see the API reference): Pacific time
with daylight saving, a fixed UTC−8, Beijing time, or plain wall-clock arithmetic on the strings.
So a range is padded by a day on both sides and cut into windows of whole days of the query zone's
calendar, at most 89 of them. Every reading then sees a window of at most 89 days plus the one hour
a daylight-saving change adds, well under the limit, and consecutive windows meet to the second
under every reading (one ends at 23:59:59, the next starts at 00:00:00 of the following day).

Each window is asked for every status. Status changes of orders paid *before* the range are caught
by also asking for orders confirmed or settled inside it, and by re-reading `Invalid` orders paid
in the 180 days before it (an order becomes Invalid at the latest 180 days after payment, and
`Invalid` has no time of its own to filter on).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from aliorders_desktop.aliexpress.orders import OrderStatus, TimeType, status_name, time_type_name
from aliorders_desktop.days import day_bounds
from aliorders_desktop.i18n import translate

MAX_WINDOW_DAYS = 89
"""AliExpress refuses windows over 90 days; a day of margin covers every reading of the zone."""
PADDING = timedelta(days=1)
INVALID_LOOKBACK = timedelta(days=180)
ONE_SECOND = timedelta(seconds=1)


@dataclass(frozen=True, slots=True)
class Window:
    """The whole days `first`..`last` of the query zone's calendar: one query's time filter."""

    first: date
    last: date
    zone: tzinfo

    @property
    def start(self) -> datetime:
        return datetime.combine(self.first, time.min, self.zone)

    @property
    def end(self) -> datetime:
        """The last second of `last`, inclusive, as AliExpress' `end_time` is read."""
        return datetime.combine(self.last + timedelta(days=1), time.min, self.zone) - ONE_SECOND

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def halves(self) -> tuple[Window, Window] | None:
        """The window cut in two at a midnight, or None for a single day (the smallest window)."""
        if self.days < 2:
            return None
        middle = self.first + timedelta(days=self.days // 2)
        return Window(self.first, middle - timedelta(days=1), self.zone), Window(middle, self.last, self.zone)

    def __str__(self) -> str:
        return f"{self.first} – {self.last}"


@dataclass(frozen=True, slots=True)
class PlannedQuery:
    """One `order.list` walk: all pages of one status in one window, filtered on one time."""

    window: Window
    status: OrderStatus
    time_type: TimeType

    @property
    def start(self) -> datetime:
        return self.window.start

    @property
    def end(self) -> datetime:
        return self.window.end

    def with_window(self, window: Window) -> PlannedQuery:
        return PlannedQuery(window, self.status, self.time_type)

    def __str__(self) -> str:
        return f"{self.status.value} orders by {self.time_type.value.lower()}, {self.window}"

    def described(self) -> str:
        """The query in the user's language, as a sync's problems name it (`str` stays English, for logs)."""
        text = translate("Sync", "{status} orders by {time_type}, {window}")
        return text.format(
            status=status_name(self.status), time_type=time_type_name(self.time_type), window=self.window
        )


def range_bounds(first: date, last: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """The user's inclusive day range as [start, end) instants in their own time zone."""
    if last < first:
        raise ValueError(f"The range ends ({last}) before it starts ({first}).")
    start, end = day_bounds(first, last, zone)
    assert start is not None and end is not None
    return start, end


def split_days(first: date, last: date, zone: tzinfo) -> list[Window]:
    """Cut the days `first`..`last` into consecutive windows of at most MAX_WINDOW_DAYS days."""
    windows = []
    while first <= last:
        stop = min(first + timedelta(days=MAX_WINDOW_DAYS - 1), last)
        windows.append(Window(first, stop, zone))
        first = stop + timedelta(days=1)
    return windows


def covering_days(start: datetime, end: datetime, zone: tzinfo) -> tuple[date, date]:
    """The query zone's days that contain the instants [start, end)."""
    return start.astimezone(zone).date(), (end - ONE_SECOND).astimezone(zone).date()


def range_windows(first: date, last: date, zone: tzinfo, query_zone: tzinfo) -> list[Window]:
    """The windows the padded range is cut into (the user is told when there is more than one)."""
    start, end = range_bounds(first, last, zone)
    return split_days(*covering_days(start - PADDING, end + PADDING, query_zone), query_zone)


def plan_queries(first: date, last: date, zone: tzinfo, query_zone: tzinfo) -> list[PlannedQuery]:
    """Every query needed so that the range's orders, with their current statuses, are stored.

    `zone` is the user's (their days), `query_zone` the one the query times are written in.
    """
    windows = range_windows(first, last, zone, query_zone)
    queries = []
    for window in windows:
        queries.extend(PlannedQuery(window, status, TimeType.PAID) for status in OrderStatus)
        queries.append(PlannedQuery(window, OrderStatus.CONFIRMED, TimeType.CONFIRMED))
        queries.append(PlannedQuery(window, OrderStatus.SETTLED, TimeType.SETTLED))
    lookback_end = windows[0].first - timedelta(days=1)
    lookback_start = lookback_end - timedelta(days=INVALID_LOOKBACK.days - 1)
    for window in split_days(lookback_start, lookback_end, query_zone):
        queries.append(PlannedQuery(window, OrderStatus.INVALID, TimeType.PAID))
    return queries
