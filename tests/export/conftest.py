"""What the export tests share: this process's time zone, set per test."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest


@pytest.fixture
def process_zone(monkeypatch) -> Iterator[Callable[[str], None]]:
    """Sets this process's time zone (an IANA name) for the rest of the test, so local times
    differ from UTC in a known way whatever the machine's zone."""
    if not hasattr(time, "tzset"):
        pytest.skip("only POSIX can change the process's time zone")
    with monkeypatch.context() as patch:

        def set_zone(name: str) -> None:
            patch.setenv("TZ", name)
            time.tzset()

        yield set_zone
    time.tzset()
