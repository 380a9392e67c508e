"""Running `aliorders` as a scheduler would: a separate process with its own environment.

Imported as `reliability.commands` (not from conftest, whose module name other folders share).
"""

from __future__ import annotations

import subprocess
import sys


def run_cli(*args: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "aliorders_desktop", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
