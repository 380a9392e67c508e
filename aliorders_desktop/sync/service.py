"""The one sync engine behind `aliorders sync` and the window's Sync button.

Pages are fetched on a few connections at once (`PagePool`), but saved by this one thread, each
page in its own transaction and the pages of each query in their order. So a sync that is
cancelled, fails or is killed keeps everything saved so far, and running it again completes it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from typing import TypeVar
from zoneinfo import ZoneInfo

from peewee import PeeweeException

from aliorders_desktop import store
from aliorders_desktop.aliexpress.client import AppCredentials, ClientSettings
from aliorders_desktop.aliexpress.errors import ApiError, Cancelled, WindowTooLongError
from aliorders_desktop.aliexpress.orders import OrderRecord, OrderStatus, RecordProblem
from aliorders_desktop.aliexpress.parsing import OrderPage
from aliorders_desktop.days import local_zone
from aliorders_desktop.i18n import decimal, translate
from aliorders_desktop.sync.page_pool import DEFAULT_CONCURRENCY, Fetched, PagePool, PageTask
from aliorders_desktop.sync.planner import PlannedQuery, plan_queries, range_windows

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
    """A sync that completed (perhaps with problems) or was cancelled (one that failed raised instead)."""

    outcome: store.SyncOutcome
    progress: SyncProgress
    seconds: float
    problems: tuple[str, ...] = ()
    """What could not be fetched, one line each; the rest of the range was."""
    run_id: int | None = None
    """The stored `SyncRun`, whose changes (`store.sync_changes`) the window announces."""
    odd_values: tuple[RecordProblem, ...] = ()
    """Values of fetched orders that could not be read (stored empty) or stored (order skipped)."""

    def summary(self) -> str:
        counts, pages, odd = self.progress.counts, self.progress.pages_done, self.progress.warnings
        text = translate(
            "Sync", "{new} new, {updated} updated, {unchanged} unchanged in {seconds} s (%n pages)", "", pages
        ).format(
            new=counts.new,
            updated=counts.updated,
            unchanged=counts.unchanged,
            seconds=decimal(self.seconds, 1),
        )
        if odd:
            text += translate("Sync", "; %n odd order(s) from AliExpress, see the log", "", odd)
        if self.outcome is store.SyncOutcome.CANCELLED:
            return translate("Sync", "Sync cancelled; kept what was fetched: {details}").format(details=text)
        if self.problems or self.odd_values:
            done = translate("Sync", "Synced with problems: {details}. {problems}")
            return done.format(details=text, problems=problems_text(self.problems, self.odd_values))
        return translate("Sync", "Synced {details}").format(details=text)


NAMED_ODD_VALUES = 5
"""How many odd values a sync's message names; the rest are counted."""


def problems_text(problems: tuple[str, ...], odd_values: tuple[RecordProblem, ...] = ()) -> str:
    """What a sync that completed with problems could not do, in a sentence or two."""
    parts = []
    if problems:
        refused = translate("Sync", "AliExpress refused these queries, so they were not fetched: {queries}.")
        parts.append(refused.format(queries="; ".join(problems)))
    if odd_values:
        named = [odd_value_text(problem) for problem in odd_values[:NAMED_ODD_VALUES]]
        unnamed = len(odd_values) - NAMED_ODD_VALUES
        if unnamed > 0:
            named.append(translate("Sync", "and %n more", "", unnamed))
        odd_count = len(odd_values)
        odd = translate(
            "Sync",
            "AliExpress sent %n value(s) that could not be read or stored, so they were left empty or "
            "their order was skipped (the next sync tries again): {values}.",
            "",
            odd_count,
        )
        parts.append(odd.format(values="; ".join(named)))
    return " ".join(parts)


def odd_value_text(problem: RecordProblem) -> str:
    """One odd value as a message names it: its sub-order, field and value where known."""
    if not problem.sub_order_id:
        return translate("Sync", "an order without a sub-order ID")
    if not problem.field:
        return translate("Sync", "sub-order {sub_order}").format(sub_order=problem.sub_order_id)
    text = translate("Sync", "sub-order {sub_order}, {field} “{value}”")
    return text.format(sub_order=problem.sub_order_id, field=problem.field, value=problem.value)


class SyncService:
    """Fetches a date range from AliExpress into the open store (see `store.open_database`)."""

    def __init__(
        self,
        credentials: AppCredentials,
        settings: ClientSettings,
        zone: tzinfo | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
    ):
        self.credentials = credentials
        self.settings = settings
        self.zone = zone or local_zone()
        self.query_zone = ZoneInfo(settings.query_zone)
        self.concurrency = max(1, concurrency)

    def window_count(self, first: date, last: date) -> int:
        """How many API windows the range needs (the user is told when there is more than one)."""
        return len(range_windows(first, last, self.zone, self.query_zone))

    def fewest_calls(self, first: date, last: date) -> int:
        """The API calls a sync of the range needs at least: one per planned query (every window
        times every status), before anyone knows how many pages of orders each one has."""
        return len(plan_queries(first, last, self.zone, self.query_zone))

    def run(
        self,
        first: date,
        last: date,
        *,
        cancel: threading.Event | None = None,
        progress: Callable[[SyncProgress], None] | None = None,
    ) -> SyncResult:
        """Sync [first, last] (local days).

        Returns when completed (perhaps with problems: windows AliExpress refused even once cut
        down to a day, named in the result) or cancelled; raises the ApiError or StoreError that
        stopped it, after recording the run. Either way, every page saved before the stop stays
        saved. Raises `store.SyncInProgressError` (nothing recorded) while another sync of the
        database runs (another admin's in a team workspace, another aliorders process for a
        file), and `store.ViewOnlyError` for a user without write grants. Runs left "running" by
        a killed process or a lost connection are recorded as interrupted when this one starts.
        Each saved page is announced to the viewers' windows by the workspace's triggers when it
        commits.
        """
        cancel = cancel or threading.Event()
        queries = plan_queries(first, last, self.zone, self.query_zone)
        outcome, error = store.SyncOutcome.FAILED, None  # unless it completes or is cancelled
        started = time.monotonic()
        with store.db.connection_context(), store.sync_lock():
            run = _stored(store.start_sync_run, first, last)
            walk = _Walk(queries, SyncProgress(pages_planned=len(queries)), progress, run.id)
            try:
                with PagePool(self.credentials, self.settings, self.concurrency) as pool:
                    walk.run(pool, cancel)
                problems, odd_values = tuple(walk.problems), tuple(walk.odd_values)
                outcome = store.SyncOutcome.PARTIAL if problems or odd_values else store.SyncOutcome.COMPLETED
                error = problems_text(problems, odd_values) or None
            except Cancelled:
                outcome = store.SyncOutcome.CANCELLED
            except (ApiError, store.StoreError) as exc:
                error = str(exc)
                raise
            except Exception as exc:  # a defect: the caller reports it (and its traceback) to the log
                error = unexpected_text(exc)
                raise
            finally:
                seconds = time.monotonic() - started
                _record_end(run, outcome, walk.state, error)
        return SyncResult(outcome, walk.state, seconds, tuple(walk.problems), run.id, tuple(walk.odd_values))

    def run_ranges(
        self,
        ranges: list[tuple[date, date]],
        *,
        cancel: threading.Event | None = None,
        progress: Callable[[SyncProgress], None] | None = None,
    ) -> SyncResult:
        """Sync each range in turn, each recorded as a run of its own (e.g. exactly the days
        `store.unsynced_ranges` names, not the synced days between them).

        The result adds the runs up; it names the last run. Stops at the first run cancelled,
        and raises as `run` does, the runs before it staying recorded.
        """
        cancel = cancel or threading.Event()
        results = []
        for first, last in ranges:
            results.append(self.run(first, last, cancel=cancel, progress=progress))
            if results[-1].outcome is store.SyncOutcome.CANCELLED:
                break
        return _added_up(results)


def unexpected_text(error: BaseException) -> str:
    """What a run that stopped on an unexpected error records; the details are in the log."""
    text = translate(
        "Sync", "The sync stopped on an unexpected problem ({problem}); the log has the details."
    )
    return text.format(problem=type(error).__name__)


def _added_up(results: list[SyncResult]) -> SyncResult:
    """Several runs' results as one: the worst outcome, the sums, every problem, the last run."""
    if len(results) == 1:
        return results[0]
    outcomes = {result.outcome for result in results}
    outcome = next(
        (o for o in (store.SyncOutcome.CANCELLED, store.SyncOutcome.PARTIAL) if o in outcomes),
        store.SyncOutcome.COMPLETED,
    )
    total = SyncProgress()
    for result in results:
        total.pages_done += result.progress.pages_done
        total.pages_planned += result.progress.pages_planned
        total.counts += result.progress.counts
        total.warnings += result.progress.warnings
    problems = tuple(problem for result in results for problem in result.problems)
    odd_values = tuple(dict.fromkeys(value for result in results for value in result.odd_values))
    seconds = sum(result.seconds for result in results)
    return SyncResult(outcome, total, seconds, problems, results[-1].run_id if results else None, odd_values)


@dataclass
class _QueryPages:
    """The pages of one query that have arrived but wait for an earlier one to be saved first."""

    next_page: int = 1
    waiting: dict[int, OrderPage] = field(default_factory=dict)
    dropped: bool = False
    """Refused and replaced by its halves: pages of it still arriving are not saved."""


class _Walk:
    """Saves fetched pages as they arrive, in page order per query, and splits refused windows."""

    def __init__(
        self,
        queries: list[PlannedQuery],
        state: SyncProgress,
        progress: Callable[[SyncProgress], None] | None,
        run_id: int,
    ) -> None:
        self.queries = queries
        self.state = state
        self.progress = progress
        self.problems: list[str] = []
        self.odd_values: dict[RecordProblem, None] = {}
        """What the pages' orders held that could not be read or stored, each once, in the order
        met (an order comes back in several queries: paid-time and settled-time windows)."""
        self.run_id = run_id
        """The run whose status changes the saved pages record."""
        self._pages: dict[tuple[int, ...], _QueryPages] = {}
        self._outstanding = 0
        self._split_logged = False
        # An order met again with the same status (paid-time and settled-time windows overlap)
        # is not news; its write is skipped.
        self._latest_status: dict[int, str] = {}

    def run(self, pool: PagePool, cancel: threading.Event) -> None:
        for number, query in enumerate(self.queries):
            self._submit(pool, PageTask((number,), 1, query))
        while self._outstanding:
            fetched = pool.next_result(cancel)
            self._outstanding -= 1
            pages = self._pages[fetched.task.key]
            if pages.dropped:
                self.state.pages_planned -= 1
            elif isinstance(fetched.error, WindowTooLongError):
                pages.dropped = True
                self.state.pages_planned -= len(pages.waiting)
                pages.waiting.clear()
                self._split(pool, fetched.task)
            elif fetched.error is not None:
                raise fetched.error
            else:
                self._arrived(pool, fetched, pages, cancel)

    def _submit(self, pool: PagePool, task: PageTask) -> None:
        self._pages.setdefault(task.key, _QueryPages())
        self._outstanding += 1
        pool.submit(task)

    def _arrived(self, pool: PagePool, fetched: Fetched, pages: _QueryPages, cancel: threading.Event) -> None:
        task, page = fetched.task, fetched.page
        assert page is not None
        if task.page_no == 1 and page.total_pages > 1:
            self.state.pages_planned += page.total_pages - 1
            for page_no in range(2, page.total_pages + 1):
                self._submit(pool, PageTask(task.key, page_no, task.query))
        pages.waiting[task.page_no] = page
        while pages.next_page in pages.waiting:
            self._save(pages.waiting.pop(pages.next_page))
            pages.next_page += 1
            if cancel.is_set():
                raise Cancelled

    def _save(self, page: OrderPage) -> None:
        fresh = [o for o in page.orders if self._latest_status.get(o.sub_order_id) != o.status]
        _warn_about(fresh, page.skipped, self.state)
        counts = _stored(store.save_orders, fresh, datetime.now(UTC), self.run_id)
        self.odd_values.update(dict.fromkeys((*page.problems, *counts.skipped)))
        skipped = {problem.sub_order_id for problem in counts.skipped}  # met again, tried again
        self._latest_status.update(
            (o.sub_order_id, o.status) for o in fresh if str(o.sub_order_id) not in skipped
        )
        self.state.pages_done += 1
        self.state.counts += counts
        if self.progress:
            self.progress(self.state)

    def _split(self, pool: PagePool, task: PageTask) -> None:
        """Ask for a refused window again in two halves; give it up once it is a single day."""
        halves = task.query.window.halves()
        if halves is None:
            log.warning("AliExpress refused a one-day window: %s", task.query)
            self.problems.append(task.query.described())
            self.state.pages_planned -= 1
            return
        if not self._split_logged:
            log.warning(
                "AliExpress refused a %d-day window as too long; asking for it in shorter ones",
                task.query.window.days,
            )
            self._split_logged = True
        self.state.pages_planned += 1  # one refused page out, two first pages in
        for n, half in enumerate(halves):
            self._submit(pool, PageTask((*task.key, n), 1, task.query.with_window(half)))


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
