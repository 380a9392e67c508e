"""Run a test process on a shifted clock: `ALIORDERS_TEST_CLOCK_OFFSET` seconds from the real one.

The suite sets it (see tests/conftest.py) when asked to run at another time of day or year, and
puts this folder on the children's PYTHONPATH, so an `aliorders` started by a test reads the same
shifted clock as the test and the simulated gateway. The clock ticks; sleeps and timeouts stay real.
"""

from __future__ import annotations

import os
import time

OFFSET_ENV = "ALIORDERS_TEST_CLOCK_OFFSET"


def shift_clock() -> None:
    offset = os.environ.get(OFFSET_ENV)
    if offset:
        import time_machine

        time_machine.travel(time.time() + float(offset), tick=True).start()
