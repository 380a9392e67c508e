"""Child process that runs one measured command and reports its wall time and peak memory.

Run as `python -m bench.launcher REPORT ARG…`: it runs `python ARG…` (output passed through),
then writes {"started_at", "seconds", "peak_rss_mb"} to the file REPORT and exits with the
command's status. Linux carries a process's peak RSS across fork and exec, so a command spawned
by the benchmark itself, which holds hundreds of megabytes by then, would report the
benchmark's peak instead of its own; spawned from this small process, its peak is its own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path


def main() -> int:
    report, command = Path(sys.argv[1]), sys.argv[2:]
    started_at, started = time.time(), time.perf_counter()
    process = subprocess.Popen([sys.executable, *command])
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    peak_mb = usage.ru_maxrss / 1024  # KiB on Linux
    report.write_text(json.dumps({"started_at": started_at, "seconds": elapsed, "peak_rss_mb": peak_mb}))
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main())
