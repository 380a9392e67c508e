"""The shared rate control: full speed until a ban, then fewer calls at once, then back up slowly."""

from __future__ import annotations

import threading
import time

import pytest

from aliorders_desktop.aliexpress.errors import Cancelled
from aliorders_desktop.aliexpress.rate_control import RateControl


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def holders(
    rate: RateControl, count: int, cancel: threading.Event
) -> tuple[list[threading.Thread], list[int]]:
    """Start `count` threads that each take a slot and keep it until `cancel` is set."""
    inside: list[int] = []

    def hold(n: int) -> None:
        try:
            with rate.slot(cancel):
                inside.append(n)
                cancel.wait()
        except Cancelled:
            pass

    threads = [threading.Thread(target=hold, args=(n,), daemon=True) for n in range(count)]
    for thread in threads:
        thread.start()
    return threads, inside


def test_no_more_calls_than_the_limit_are_in_flight_at_once() -> None:
    rate, release = RateControl(3), threading.Event()
    threads, inside = holders(rate, 5, release)
    time.sleep(0.3)
    assert len(inside) == 3
    release.set()
    for thread in threads:
        thread.join(2)
    assert len(inside) == 3  # the two waiting ones were cancelled, never let in


def test_a_throttle_halves_the_limit_down_to_one_and_calm_grows_it_back_one_at_a_time() -> None:
    clock = FakeClock()
    rate = RateControl(4, calm_seconds=30, clock=clock)
    rate.throttled(0)
    assert rate.limit == 2
    rate.throttled(0)
    rate.throttled(0)
    assert rate.limit == 1
    clock.now += 29
    rate.succeeded()
    assert rate.limit == 1
    clock.now += 1
    rate.succeeded()
    assert rate.limit == 2
    rate.succeeded()
    assert rate.limit == 2  # the next step needs another calm period
    clock.now += 30 * 5
    for _ in range(5):
        rate.succeeded()
        clock.now += 30
    assert rate.limit == 4  # never above what was asked for


def test_a_ban_holds_every_call_for_the_seconds_it_names() -> None:
    rate, never = RateControl(2), threading.Event()
    rate.throttled(0.4)
    started = time.monotonic()
    with rate.slot(never):
        waited = time.monotonic() - started
    assert 0.35 <= waited < 2


def test_a_cancel_frees_a_waiting_call_within_a_fraction_of_a_second() -> None:
    rate, cancel = RateControl(1), threading.Event()
    rate.throttled(60)
    threading.Timer(0.2, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(Cancelled), rate.slot(cancel):
        pass
    assert time.monotonic() - started < 1
