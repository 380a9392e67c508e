from __future__ import annotations

from datetime import date, timedelta

import pytest

from aliorders_desktop.store import (
    SaveCounts,
    SyncOutcome,
    SyncRun,
    as_interrupted,
    finish_sync_run,
    last_successful_sync,
    last_sync_runs,
    start_sync_run,
    sync_lock,
    sync_running,
)

from .factory import T0

pytestmark = pytest.mark.usefixtures("store")

START, END = date(2026, 1, 1), date(2026, 3, 31)


def test_a_run_from_start_to_finish() -> None:
    run = start_sync_run(START, END, now=T0)
    assert run.outcome == SyncOutcome.RUNNING
    finish_sync_run(run, SyncOutcome.COMPLETED, SaveCounts(3, 2, 1), pages=4, now=T0 + timedelta(minutes=1))

    stored = SyncRun.get_by_id(run.id)
    assert (stored.range_start, stored.range_end) == (START, END)
    assert (stored.started_at, stored.finished_at) == (T0, T0 + timedelta(minutes=1))
    assert (stored.pages, stored.new_count, stored.updated_count, stored.unchanged_count) == (4, 3, 2, 1)
    assert (stored.outcome, stored.error) == ("completed", None)


def test_last_runs_per_outcome_and_last_success() -> None:
    assert last_sync_runs() == {}
    assert last_successful_sync() is None

    ok_old = finish_sync_run(start_sync_run(START, END), SyncOutcome.COMPLETED, SaveCounts(), 1)
    ok_new = finish_sync_run(start_sync_run(START, END), "completed", SaveCounts(), 1)
    failed = finish_sync_run(
        start_sync_run(START, END), SyncOutcome.FAILED, SaveCounts(), 0, error="reconnect"
    )
    running = start_sync_run(START, END)

    latest = {outcome: run.id for outcome, run in last_sync_runs().items()}
    assert latest == {
        SyncOutcome.COMPLETED: ok_new.id,
        SyncOutcome.FAILED: failed.id,
        SyncOutcome.RUNNING: running.id,
    }
    assert ok_old.id != ok_new.id
    assert last_successful_sync().id == ok_new.id
    assert last_sync_runs()[SyncOutcome.FAILED].error == "reconnect"


def test_the_last_runs_are_the_latest_started_not_the_highest_ids() -> None:
    recent = finish_sync_run(
        start_sync_run(START, END, now=T0), SyncOutcome.COMPLETED, SaveCounts(), 1, now=T0
    )
    older = T0 - timedelta(days=30)  # copied in later from another computer, as `workspace import` does
    SyncRun.create(range_start=START, range_end=END, started_at=older, finished_at=older, outcome="completed")

    assert last_successful_sync().id == recent.id
    assert last_sync_runs()[SyncOutcome.COMPLETED].id == recent.id


def test_a_new_run_records_the_runs_left_running_as_interrupted() -> None:
    """A run still "running" when the next starts (under the lock) lost its process or connection."""
    finished = finish_sync_run(start_sync_run(START, END, now=T0), SyncOutcome.FAILED, SaveCounts(), 1)
    killed = start_sync_run(START, END, now=T0 + timedelta(hours=1))
    also_killed = start_sync_run(START, END, now=T0 + timedelta(hours=2))
    assert SyncRun.get_by_id(killed.id).outcome == SyncOutcome.INTERRUPTED
    current = start_sync_run(START, END, now=T0 + timedelta(hours=3))

    runs = {run.id: run for run in SyncRun.select()}
    assert runs[finished.id].outcome == SyncOutcome.FAILED
    assert runs[current.id].outcome == SyncOutcome.RUNNING
    for stale in (runs[killed.id], runs[also_killed.id]):
        assert (stale.outcome, stale.finished_at) == (SyncOutcome.INTERRUPTED, None)
        assert "orders it saved are kept" in stale.error
    assert last_sync_runs()[SyncOutcome.INTERRUPTED].id == also_killed.id


def test_showing_a_run_as_interrupted_writes_nothing() -> None:
    run = start_sync_run(START, END)
    shown = as_interrupted(SyncRun.get_by_id(run.id))
    assert shown.outcome == SyncOutcome.INTERRUPTED and "orders it saved are kept" in shown.error
    stored = SyncRun.get_by_id(run.id)
    assert (stored.outcome, stored.error) == (SyncOutcome.RUNNING, None)


def test_a_sync_is_running_exactly_while_the_sync_lock_is_held() -> None:
    assert not sync_running()
    with sync_lock():
        assert sync_running()
    assert not sync_running()


def test_finishing_as_running_is_refused() -> None:
    with pytest.raises(ValueError, match="final outcome"):
        finish_sync_run(start_sync_run(START, END), SyncOutcome.RUNNING, SaveCounts(), 0)


def test_save_counts_add_up() -> None:
    assert SaveCounts(1, 2, 3) + SaveCounts(10, 20, 30) == SaveCounts(11, 22, 33)
