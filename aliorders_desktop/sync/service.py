"""The one sync engine behind `aliorders sync` and the window's Sync button.

Each API page is saved in its own transaction before the next is requested, so a sync that is
cancelled, fails or is killed keeps everything fetched so far, and running it again completes it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from typing import TypeVar

from peewee import PeeweeException

from aliorders_desktop import store
from aliorders_desktop.aliexpress.client import AliExpressClient, AppCredentials, Cancelled, ClientSettings
from aliorders_desktop.aliexpress.errors import ApiError
from aliorders_desktop.aliexpress.orders import OrderRecord, OrderStatus
from aliorders_desktop.days import local_zone
from aliorders_desktop.sync.planner import PlannedQuery, plan_queries, range_bounds, split_windows

log = logging.getLogger(__name__)
T = TypeVar("T")
KNOWN_STATUSES = frozenset(status.value for status in OrderStatus)


@dataclass
class SyncProgress:
    """Where a running sync stands. Pages planned grows as each query reports its page count.

    The same object is reported after every page; `dataclasses.replace` snapshots it (its
    counts are immutable), e.g. to hand it to another thread.
    """

    pages_done: int = 0
    pages_planned: int = 0
    counts: store.SaveCounts = field(default_factory=store.SaveCounts)
    warnings: int = 0


@dataclass(frozen=True)
class SyncResult:
    """A sync that completed or was cancelled (one that failed raised instead)."""

    outcome: store.SyncOutcome
    progress: SyncProgress
    seconds: float

    def summary(self) -> str:
        p, counts = self.progress, self.progress.counts
        text = (
            f"{counts.new} new, {counts.updated} updated, {counts.unchanged} unchanged "
            f"in {self.seconds:.1f} s ({p.pages_done} pages)"
        )
        if p.warnings:
            text += f"; {p.warnings} odd order(s) from AliExpress, see the log"
        if self.outcome is store.SyncOutcome.CANCELLED:
            return "Sync cancelled; kept what was fetched: " + text
        return "Synced " + text


class SyncService:
    """Fetches a date range from AliExpress into the open store (see `store.open_database`)."""

    def __init__(self, credentials: AppCredentials, settings: ClientSettings, zone: tzinfo | None = None):
        self.credentials = credentials
        self.settings = settings
        self.zone = zone or local_zone()

    def window_count(self, first: date, last: date) -> int:
        """How many API windows of at most 90 days the range needs (the user is told when > 1)."""
        return len(split_windows(*range_bounds(first, last, self.zone)))

    def run(
        self,
        first: date,
        last: date,
        *,
        cancel: threading.Event | None = None,
        progress: Callable[[SyncProgress], None] | None = None,
    ) -> SyncResult:
        """Sync [first, last] (local days).

        Returns when completed or cancelled; raises the ApiError or StoreError that stopped it,
        after recording the run. Either way, every page saved before the stop stays saved.
        Raises `store.SyncInProgressError` (nothing recorded) while another sync of the database
        runs (another admin's in a team workspace, another aliorders process for a file), and
        `store.ViewOnlyError` for a user without write grants. Runs left "running" by a killed
        process or a lost connection are recorded as interrupted when this one starts. Each saved
        page is announced to the viewers' windows by the workspace's triggers when it commits.
        """
        cancel = cancel or threading.Event()
        queries = plan_queries(first, last, self.zone)
        state = SyncProgress(pages_planned=len(queries))
        outcome, error = store.SyncOutcome.FAILED, None  # unless it completes or is cancelled
        started = time.monotonic()
        with store.db.connection_context(), store.sync_lock():
            run = _stored(store.start_sync_run, first, last)
            try:
                self._fetch(queries, state, cancel, progress)
                outcome = store.SyncOutcome.COMPLETED
            except Cancelled:
                outcome = store.SyncOutcome.CANCELLED
            except (ApiError, store.StoreError) as exc:
                error = str(exc)
                raise
            finally:
                seconds = time.monotonic() - started
                _record_end(run, outcome, state, error)
        return SyncResult(outcome, state, seconds)

    def _fetch(
        self,
        queries: list[PlannedQuery],
        state: SyncProgress,
        cancel: threading.Event,
        progress: Callable[[SyncProgress], None] | None,
    ) -> None:
        """Walk every planned query page by page, saving each page in its own transaction."""
        latest_status: dict[int, str] = {}
        with AliExpressClient(self.credentials, self.settings, cancel) as client:
            for query in queries:
                for page in client.iter_pages(query.start, query.end, query.status, query.time_type):
                    if page.page_no == 1:
                        state.pages_planned += max(page.total_pages, 1) - 1
                    # An order met again with the same status (paid-time and settled-time
                    # windows overlap) is not news; skip the write.
                    fresh = [o for o in page.orders if latest_status.get(o.sub_order_id) != o.status]
                    _warn_about(fresh, page.skipped, state)
                    counts = _stored(store.save_orders, fresh, datetime.now(UTC))
                    latest_status.update((o.sub_order_id, o.status) for o in fresh)
                    state.pages_done += 1
                    state.counts += counts
                    if progress:
                        progress(state)
                    if cancel.is_set():
                        raise Cancelled


def _stored(operation: Callable[..., T], *args: object) -> T:
    """Run a store operation, turning driver errors (disk full, read-only) into a StoreError."""
    try:
        return operation(*args)
    except PeeweeException as exc:
        raise store.explain_error(exc) from exc


def _record_end(
    run: store.SyncRun, outcome: store.SyncOutcome, state: SyncProgress, error: str | None
) -> None:
    """Record how the run ended; if even that cannot be written (disk full), say so in the log only."""
    try:
        store.finish_sync_run(run, outcome, state.counts, state.pages_done, error=error)
    except PeeweeException as exc:
        log.warning("could not record the end of sync run %s: %s", run.id, exc)


def _warn_about(orders: list[OrderRecord], skipped: int, state: SyncProgress) -> None:
    """Count and log what AliExpress sent that the app cannot fully use; nothing stops for it."""
    unknown = [o for o in orders if o.status not in KNOWN_STATUSES]
    for order in unknown:
        log.warning("sub-order %s has an unknown status %r; stored as sent", order.sub_order_id, order.status)
    if skipped:
        log.warning("skipped %d order(s) without a sub-order ID", skipped)
    state.warnings += len(unknown) + skipped
