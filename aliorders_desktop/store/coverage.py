"""Which days of a range no sync ever fetched, so a range on screen never passes for complete.

Each `SyncRun` records the user's local calendar days it was asked for (`range_start`..
`range_end`, dates, not instants), the same days the table's paid-date range counts. A run that
completed, with or without problems, covers its days; a cancelled, failed or interrupted run
records nothing of what it did finish, so it covers none.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from peewee import fn

from aliorders_desktop.i18n import translate

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


def first_synced_day() -> date | None:
    """The first day any sync was asked for: where a history without a range of its own starts."""
    return SyncRun.select(fn.MIN(SyncRun.range_start)).scalar()


def unsynced_within(first: date | None, last: date) -> list[tuple[date, date]]:
    """`unsynced_ranges` of a range that may be open at the start ("all time", an export of
    everything): it then starts where the first sync did, and nothing synced means nothing to say."""
    first = first or first_synced_day()
    return unsynced_ranges(first, last) if first is not None else []


SHOWN_GAPS = 3
"""More gaps than this are counted, not listed, so the sentence stays one line."""


def unsynced_text(gaps: list[tuple[date, date]], day: Callable[[date], str], workspace: bool = False) -> str:
    """The sentence the window and the CLI show above a range with `gaps` (each day written by `day`).

    `workspace`: said to a viewer of a team workspace, who cannot sync but whose admins can.
    """
    spans = [day(first) if first == last else f"{day(first)} – {day(last)}" for first, last in gaps]
    listed = ", ".join(spans[:SHOWN_GAPS])
    unlisted = len(spans) - SHOWN_GAPS
    if unlisted > 0:
        more = translate("Coverage", "{spans} and %n more", "", unlisted)
        listed = more.format(spans=listed)
    if workspace:
        text = translate(
            "Coverage",
            "Nobody in this workspace ever synced {spans}, so orders of those days may be missing.",
        )
    else:
        text = translate("Coverage", "No sync ever fetched {spans}, so orders of those days may be missing.")
    return text.format(spans=listed)
