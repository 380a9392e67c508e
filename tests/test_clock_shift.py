"""The suite's shifted clock reaches the processes tests start, so CI's runs at 00:30 are real."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from clock_site.clock_shift import OFFSET_ENV


def test_a_child_process_reads_the_shifted_clock() -> None:
    wanted = datetime(2026, 3, 8, 8, 30, tzinfo=UTC)
    env = {
        **os.environ,
        # This process may run shifted itself (CI's runs at other hours): shift from the real clock.
        OFFSET_ENV: str(wanted.timestamp() - time.time() + float(os.environ.get(OFFSET_ENV, 0))),
        "PYTHONPATH": str(Path(__file__).parent / "clock_site"),
        "TZ": "America/Los_Angeles",
    }
    shown = subprocess.run(
        [sys.executable, "-c", "import datetime; print(datetime.datetime.now().isoformat())"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert shown.startswith("2026-03-08T00:3")  # half past midnight in Los Angeles, ticking
