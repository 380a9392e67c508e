"""The one sync engine behind `aliorders sync` and the window's Sync button.

Each API page is saved in its own transaction before the next is requested, so a sync that is
cancelled, fails or is killed keeps everything fetched so far, and running it again completes it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo

from aliorders_desktop import store
from aliorders_desktop.aliexpress.client import AliExpressClient, AppCredentials, Cancelled, ClientSettings
from aliorders_desktop.aliexpress.errors import ApiError
from aliorders_desktop.days import local_zone
from aliorders_desktop.sync.planner import plan_queries, range_bounds, split_windows


@dataclass
class SyncProgress:
    """Where a running sync stands. Pages planned grows as each query reports its page count."""

    pages_done: int = 0
    pages_planned: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass
class SyncResult:
    outcome: str
    first: date
    last: date
    windows: int
    progress: SyncProgress = field(default_factory=SyncProgress)
    seconds: float = 0.0
    error: str | None = None

    def summary(self) -> str:
        p = self.progress
        text = (
            f"{p.new} new, {p.updated} updated, {p.unchanged} unchanged "
            f"in {self.seconds:.1f} s ({p.pages_done} pages)"
        )
        if self.outcome == "cancelled":
            return "Sync cancelled; kept what was fetched: " + text
        if self.outcome == "failed":
            return f"Sync failed: {self.error} Kept what was fetched: {text}"
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
        """Sync [first, last] (local days). Raises ApiError after recording it; returns otherwise."""
        cancel = cancel or threading.Event()
        queries = plan_queries(first, last, self.zone)
        result = SyncResult("running", first, last, windows=self.window_count(first, last))
        state = result.progress
        state.pages_planned = len(queries)
        started = time.monotonic()
        with store.db.connection_context():
            run = store.start_sync_run(first, last)
            latest_status: dict[int, str] = {}
            try:
                with AliExpressClient(self.credentials, self.settings, cancel) as client:
                    for query in queries:
                        for page in client.iter_pages(query.start, query.end, query.status, query.time_type):
                            if page.page_no == 1:
                                state.pages_planned += max(page.total_pages, 1) - 1
                            fresh = [o for o in page.orders if latest_status.get(o.sub_order_id) != o.status]
                            counts = store.save_orders(fresh, datetime.now(UTC))
                            latest_status.update((o.sub_order_id, o.status) for o in fresh)
                            state.pages_done += 1
                            state.new += counts.new
                            state.updated += counts.updated
                            state.unchanged += counts.unchanged
                            if progress:
                                progress(state)
                            if cancel.is_set():
                                raise Cancelled
                result.outcome = "completed"
            except Cancelled:
                result.outcome = "cancelled"
            except ApiError as exc:
                result.outcome, result.error = "failed", str(exc)
                raise
            finally:
                result.seconds = time.monotonic() - started
                if result.outcome == "running":
                    result.outcome = "failed"
                counts = store.SaveCounts(state.new, state.updated, state.unchanged)
                store.finish_sync_run(run, result.outcome, counts, state.pages_done, error=result.error)
        return result
