from __future__ import annotations

from datetime import date, timedelta

import pytest

from aliorders_desktop.store import (
    SaveCounts,
    SyncOutcome,
    SyncRun,
    finish_sync_run,
    last_successful_sync,
    last_sync_runs,
    start_sync_run,
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


def test_finishing_as_running_is_refused() -> None:
    with pytest.raises(ValueError, match="final outcome"):
        finish_sync_run(start_sync_run(START, END), SyncOutcome.RUNNING, SaveCounts(), 0)


def test_save_counts_add_up() -> None:
    assert SaveCounts(1, 2, 3) + SaveCounts(10, 20, 30) == SaveCounts(11, 22, 33)
