"""Pages fetched on several connections at once, handed to the one thread that saves them.

Each fetcher thread owns its own client (one `requests.Session`, one connection); they share one
`RateControl`, so a throttle answer slows them all down. The threads are daemons: after a cancel
the sync returns at once, and a request still in flight is left to finish on its own and dropped.
"""

from __future__ import annotations

import queue
import threading
from dataclasses import dataclass, field

from aliorders_desktop.aliexpress.client import AliExpressClient, AppCredentials, ClientSettings
from aliorders_desktop.aliexpress.errors import Cancelled, ServerError, WindowTooLongError
from aliorders_desktop.aliexpress.parsing import OrderPage
from aliorders_desktop.aliexpress.rate_control import POLL, RateControl
from aliorders_desktop.i18n import translate
from aliorders_desktop.sync.planner import PlannedQuery

DEFAULT_CONCURRENCY = 4
MAX_CONCURRENCY = 8
JOIN_GRACE = 0.5
"""How long a stopping pool waits for its threads before it leaves them to end by themselves."""


@dataclass(frozen=True, order=True)
class PageTask:
    """One page of one query. Tasks are served in plan order, so pages arrive roughly in order."""

    key: tuple[int, ...]
    """The query's place in the plan; the halves of a split query extend their parent's key."""
    page_no: int
    query: PlannedQuery = field(compare=False)


@dataclass(frozen=True)
class Fetched:
    """A fetched page, or the error that stopped its fetch."""

    task: PageTask
    page: OrderPage | None = None
    error: Exception | None = None


class PagePool:
    """`size` fetcher threads working through submitted tasks; results come out of `results`."""

    def __init__(self, credentials: AppCredentials, settings: ClientSettings, size: int) -> None:
        self.rate = RateControl(size)
        self.results: queue.Queue[Fetched] = queue.Queue()
        self._tasks: queue.PriorityQueue[PageTask] = queue.PriorityQueue()
        self._stop = threading.Event()
        # Made here, so a setting that cannot work (a plain-http address) raises to the caller.
        clients = [AliExpressClient(credentials, settings, self._stop, self.rate) for _ in range(size)]
        self._threads = [
            threading.Thread(target=self._work, args=(client,), name=f"aliorders-fetch-{n}", daemon=True)
            for n, client in enumerate(clients)
        ]

    def __enter__(self) -> PagePool:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        """Stop every fetcher: waiting ones at once, one with a request in flight after it."""
        self._stop.set()
        for thread in self._threads:
            thread.join(JOIN_GRACE / len(self._threads))

    def submit(self, task: PageTask) -> None:
        self._tasks.put(task)

    def next_result(self, cancel: threading.Event) -> Fetched:
        """The next fetched page or error; raises `Cancelled` within a moment of `cancel` being set."""
        while True:
            if cancel.is_set():
                raise Cancelled
            try:
                return self.results.get(timeout=POLL)
            except queue.Empty:
                if not any(thread.is_alive() for thread in self._threads):  # never wait for nobody
                    stopped = translate("Sync", "The connections to AliExpress stopped unexpectedly.")
                    raise ServerError(stopped) from None

    def _work(self, client: AliExpressClient) -> None:
        with client:
            while not self._stop.is_set():
                try:
                    task = self._tasks.get(timeout=POLL)
                except queue.Empty:
                    continue
                q = task.query
                try:
                    page = client.fetch_page(q.start, q.end, q.status, q.time_type, task.page_no)
                except Cancelled:
                    return
                except WindowTooLongError as exc:  # the saving thread asks again in shorter windows
                    self.results.put(Fetched(task, error=exc))
                except Exception as exc:  # the sync stops: so do the other connections
                    self._stop.set()
                    self.results.put(Fetched(task, error=exc))
                    return
                else:
                    self.results.put(Fetched(task, page=page))
