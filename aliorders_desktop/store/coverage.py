"""Which days of a range no sync ever fetched, so a range on screen never passes for complete.

Each `SyncRun` records the user's local calendar days it was asked for (`range_start`..
`range_end`, dates, not instants), the same days the table's paid-date range counts. A run that
completed, with or without problems, covers its days; a cancelled, failed or interrupted run
records nothing of what it did finish, so it covers none.
"""

from __future__ import annotations

from datetime import date, timedelta

from .models import SyncRun
from .sync_runs import SyncOutcome

ONE_DAY = timedelta(days=1)
COVERING = (SyncOutcome.COMPLETED, SyncOutcome.PARTIAL)


def unsynced_ranges(first: date, last: date) -> list[tuple[date, date]]:
    """The runs of days within `first`..`last` (inclusive) that no completed sync covered, in order."""
    if last < first:
        return []
    runs = (
        SyncRun.select(SyncRun.range_start, SyncRun.range_end)
        .where(
            SyncRun.outcome.in_([outcome.value for outcome in COVERING]),
            SyncRun.range_start <= last,
            SyncRun.range_end >= first,
        )
        .order_by(SyncRun.range_start)
        .tuples()
    )
    gaps: list[tuple[date, date]] = []
    next_unseen = first  # the first day not yet known to be covered
    for start, end in runs:
        if start > next_unseen:
            gaps.append((next_unseen, start - ONE_DAY))
        next_unseen = max(next_unseen, end + ONE_DAY)
        if next_unseen > last:
            return gaps
    gaps.append((next_unseen, last))
    return gaps
