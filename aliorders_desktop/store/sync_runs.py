"""The record of every sync, so a silently failing one shows up as a stale "last synced" date."""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime

from aliorders_desktop.i18n import QT_TRANSLATE_NOOP, translate

from .models import SyncRun, db
from .saving import SaveCounts


class SyncOutcome(enum.StrEnum):
    RUNNING = "running"
    COMPLETED = "completed"
    PARTIAL = "completed with problems"
    """It went through, but AliExpress refused some queries; `error` names them."""
    CANCELLED = "cancelled"
    FAILED = "failed"
    INTERRUPTED = "interrupted"
    """It stopped without recording its end: its process was killed or its connection lost."""


INTERRUPTED_ERROR = QT_TRANSLATE_NOOP(
    "Sync",
    "This sync stopped without finishing: aliorders was closed or killed, or its connection to the "
    "database was lost. The orders it saved are kept; sync again to fetch the rest.",
)
"""Recorded in English by whichever process notices, so each reader sees it in their language."""


def start_sync_run(range_start: date, range_end: date, now: datetime | None = None) -> SyncRun:
    """Record that a sync of [range_start, range_end] began (outcome "running").

    The caller holds the sync lock (`sync_lock`), so any other run still marked running has lost
    its process or connection: it is recorded as interrupted in the same transaction. Its
    `finished_at` stays empty, since nobody knows when it stopped (now would be a made-up time).
    """
    with db.atomic():
        SyncRun.update(outcome=SyncOutcome.INTERRUPTED, error=INTERRUPTED_ERROR).where(
            SyncRun.outcome == SyncOutcome.RUNNING
        ).execute()
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


_LATEST_FIRST = (SyncRun.started_at.desc(), SyncRun.id.desc())
"""Runs by when they started, not by id: `workspace import` gives a laptop's older runs new ids."""


def last_sync_runs() -> dict[SyncOutcome, SyncRun]:
    """The most recent run of each outcome (e.g. last completed and last failed)."""
    outcomes = SyncRun.select(SyncRun.outcome).distinct().tuples()
    latest = (
        SyncRun.select().where(SyncRun.outcome == outcome).order_by(*_LATEST_FIRST).first()
        for (outcome,) in outcomes
    )
    return {SyncOutcome(run.outcome): run for run in sorted(latest, key=lambda run: (run.started_at, run.id))}


def as_interrupted(run: SyncRun) -> SyncRun:
    """A run still marked running whose lock nobody holds, as the next sync will record it.

    Nothing is written, so a viewer who may not write sees the truth too.
    """
    run.outcome = SyncOutcome.INTERRUPTED
    run.error = INTERRUPTED_ERROR
    return run


def error_text(run: SyncRun) -> str:
    """Why a run failed or what it could not fetch, in the reader's language where it is known.

    Other errors were recorded in the language of whoever ran that sync.
    """
    if run.error == INTERRUPTED_ERROR:
        return translate("Sync", INTERRUPTED_ERROR)
    return run.error or ""


def last_successful_sync() -> SyncRun | None:
    """The most recent run that went through (perhaps with problems), or None if none did."""
    query = SyncRun.select().where(SyncRun.outcome.in_([SyncOutcome.COMPLETED, SyncOutcome.PARTIAL]))
    return query.order_by(*_LATEST_FIRST).first()
