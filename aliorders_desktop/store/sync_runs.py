"""The record of every sync, so a silently failing one shows up as a stale "last synced" date."""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime

from peewee import fn

from .models import SyncRun
from .saving import SaveCounts


class SyncOutcome(enum.StrEnum):
    RUNNING = "running"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    FAILED = "failed"


def start_sync_run(range_start: date, range_end: date, now: datetime | None = None) -> SyncRun:
    """Record that a sync of [range_start, range_end] began (outcome "running")."""
    return SyncRun.create(
        range_start=range_start,
        range_end=range_end,
        started_at=now or datetime.now(UTC),
        outcome=SyncOutcome.RUNNING,
    )


def finish_sync_run(
    run: SyncRun,
    outcome: SyncOutcome,
    counts: SaveCounts,
    pages: int,
    error: str | None = None,
    now: datetime | None = None,
) -> SyncRun:
    """Record how a sync ended and what the pages it saved brought."""
    outcome = SyncOutcome(outcome)
    if outcome is SyncOutcome.RUNNING:
        raise ValueError("A finished sync needs a final outcome, not 'running'.")
    run.finished_at = now or datetime.now(UTC)
    run.outcome = outcome
    run.pages = pages
    run.new_count = counts.new
    run.updated_count = counts.updated
    run.unchanged_count = counts.unchanged
    run.error = error
    run.save()
    return run


def last_sync_runs() -> dict[SyncOutcome, SyncRun]:
    """The most recent run of each outcome (e.g. last completed and last failed)."""
    latest = SyncRun.select(fn.MAX(SyncRun.id)).group_by(SyncRun.outcome)
    return {SyncOutcome(run.outcome): run for run in SyncRun.select().where(SyncRun.id.in_(latest))}


def last_successful_sync() -> SyncRun | None:
    """The most recent completed run, or None if no sync ever completed."""
    query = SyncRun.select().where(SyncRun.outcome == SyncOutcome.COMPLETED)
    return query.order_by(SyncRun.id.desc()).first()
