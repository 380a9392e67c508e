"""Which days of a range no completed sync covered."""

from __future__ import annotations

from datetime import date

import pytest

from aliorders_desktop.store import SaveCounts, SyncOutcome, finish_sync_run, start_sync_run, unsynced_ranges

pytestmark = pytest.mark.usefixtures("store")


def synced(first: date, last: date, outcome: SyncOutcome = SyncOutcome.COMPLETED) -> None:
    finish_sync_run(start_sync_run(first, last), outcome, SaveCounts(), pages=1)


def d(month: int, day: int) -> date:
    return date(2026, month, day)


def test_nothing_synced_leaves_the_whole_range() -> None:
    assert unsynced_ranges(d(8, 6), d(12, 4)) == [(d(8, 6), d(12, 4))]


def test_a_sync_of_the_last_days_leaves_the_earlier_ones() -> None:
    synced(d(11, 5), d(12, 4))
    assert unsynced_ranges(d(8, 6), d(12, 4)) == [(d(8, 6), d(11, 4))]
    assert unsynced_ranges(d(11, 5), d(12, 4)) == []
    assert unsynced_ranges(d(11, 20), d(11, 25)) == []


def test_overlapping_and_adjacent_runs_merge_and_gaps_between_them_remain() -> None:
    synced(d(1, 10), d(1, 20))
    synced(d(1, 15), d(1, 31))
    synced(d(2, 1), d(2, 5))  # adjacent: no gap on Jan 31 / Feb 1
    synced(d(2, 10), d(2, 12), SyncOutcome.PARTIAL)  # went through with problems: covered
    assert unsynced_ranges(d(1, 1), d(2, 28)) == [
        (d(1, 1), d(1, 9)),
        (d(2, 6), d(2, 9)),
        (d(2, 13), d(2, 28)),
    ]


def test_a_run_inside_an_earlier_longer_one_does_not_shorten_it() -> None:
    synced(d(3, 1), d(3, 31))
    synced(d(3, 5), d(3, 6))
    assert unsynced_ranges(d(3, 1), d(4, 2)) == [(d(4, 1), d(4, 2))]


@pytest.mark.parametrize("outcome", [SyncOutcome.CANCELLED, SyncOutcome.FAILED, SyncOutcome.INTERRUPTED])
def test_runs_that_did_not_complete_cover_nothing(outcome: SyncOutcome) -> None:
    synced(d(5, 1), d(5, 31), outcome)
    start_sync_run(d(6, 1), d(6, 30))  # still running
    assert unsynced_ranges(d(5, 1), d(6, 30)) == [(d(5, 1), d(6, 30))]


def test_a_range_ending_before_it_starts_has_no_gaps() -> None:
    assert unsynced_ranges(d(5, 2), d(5, 1)) == []
