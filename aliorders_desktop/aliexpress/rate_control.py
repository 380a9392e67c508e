"""How many calls may be in flight at once, shared by every connection of one sync.

AliExpress publishes no rate. So calls go at full speed on `limit` connections until the gateway
names a ban; then every connection waits out the seconds it named, the limit halves (down to one
connection, and then calls are spaced out), and after a calm period it grows back by one at a time
(additive increase, multiplicative decrease, as MusicBrainz Picard paces its hosts).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from aliorders_desktop.aliexpress.errors import Cancelled

POLL = 0.1
"""How often a waiting call looks at its cancel flag: a cancel is noticed well within a second."""
MIN_SPACING = 0.2
MAX_SPACING = 5.0
SPACING_RELIEF = 0.05


class RateControl:
    """A concurrency limit that shrinks on throttling and grows back after `calm_seconds`."""

    def __init__(
        self,
        limit: int = 1,
        *,
        calm_seconds: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if limit < 1:
            raise ValueError("at least one call must be allowed")
        self.max_limit = limit
        self.limit = limit
        self.calm_seconds = calm_seconds
        self._clock = clock
        self._in_flight = 0
        self._paused_until = 0.0
        self._spacing = 0.0
        self._next_start = 0.0
        self._calm_since = clock()
        self._lock = threading.Condition()

    @contextmanager
    def slot(self, cancelled: threading.Event) -> Iterator[None]:
        """Hold one of the `limit` places for a call; raise `Cancelled` if `cancelled` is set first."""
        self._acquire(cancelled)
        try:
            yield
        finally:
            with self._lock:
                self._in_flight -= 1
                self._lock.notify_all()

    def throttled(self, seconds: float) -> None:
        """The gateway banned calls for `seconds`: everyone waits, and fewer calls go at once."""
        with self._lock:
            now = self._clock()
            self._paused_until = max(self._paused_until, now + seconds)
            if self.limit > 1:
                self.limit = max(1, self.limit // 2)
            else:
                self._spacing = min(max(self._spacing * 2, MIN_SPACING), MAX_SPACING)
            self._calm_since = now

    def succeeded(self) -> None:
        """A call went through: ease the spacing, and grow the limit after a calm period."""
        with self._lock:
            self._spacing = max(0.0, self._spacing - SPACING_RELIEF)
            now = self._clock()
            if self.limit < self.max_limit and now - self._calm_since >= self.calm_seconds:
                self.limit += 1
                self._calm_since = now
                self._lock.notify_all()

    def _acquire(self, cancelled: threading.Event) -> None:
        with self._lock:
            while True:
                if cancelled.is_set():
                    raise Cancelled
                now = self._clock()
                ready_at = max(self._paused_until, self._next_start)
                if now >= ready_at and self._in_flight < self.limit:
                    self._in_flight += 1
                    self._next_start = now + self._spacing
                    return
                self._lock.wait(min(POLL, ready_at - now) if ready_at > now else POLL)
