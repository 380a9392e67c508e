"""Reproducible fault draws and per-app-key throttle bans for the simulated gateway."""

from __future__ import annotations

import math
import random
import threading
import time
from collections.abc import Sequence
from typing import TypeVar

from aliorders_desktop.aliexpress.gateway.config import ThrottleCode
from aliorders_desktop.aliexpress.gateway.wire import ErrorReply

T = TypeVar("T")


class FaultInjector:
    """Draws faults from one seeded RNG; a rate of 0 consumes no draw, so knobs don't interfere."""

    def __init__(self, seed: int):
        self._rng = random.Random(seed)
        self._bans: dict[str, float] = {}
        self._lock = threading.Lock()

    def draw(self, rate: float) -> bool:
        if rate <= 0:
            return False
        with self._lock:
            return self._rng.random() < rate

    def choice(self, options: Sequence[T]) -> T:
        with self._lock:
            return self._rng.choice(options)

    def ban(self, app_key: str, seconds: float) -> None:
        with self._lock:
            self._bans[app_key] = time.monotonic() + seconds

    def ban_remaining(self, app_key: str) -> float | None:
        """Seconds left on the app key's ban, or None when it is not banned."""
        with self._lock:
            until = self._bans.get(app_key)
            if until is None:
                return None
            left = until - time.monotonic()
            if left <= 0:
                del self._bans[app_key]
                return None
            return left


def throttle_reply(code: ThrottleCode, seconds_left: float) -> ErrorReply:
    """The throttle error in the chosen style; the message names whole seconds, at least 1."""
    wait = f"This ban will last for {max(1, math.ceil(seconds_left))} more seconds"
    if code == "7":
        return ErrorReply(
            7,
            "App Call Limited",
            sub_code="accesscontrol.limited-by-app-api-access-count",
            sub_msg=wait,
            legacy=True,
        )
    if code == "AppCallLimit":
        return ErrorReply(code, f"The app has exceeded its call limit. {wait}")
    return ErrorReply(code, f"The request has exceeded the API call frequency limit. {wait}")
