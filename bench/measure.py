"""Timing and process helpers shared by the workloads."""

from __future__ import annotations

import math
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
"""The checkout: child processes run from here so `bench` and `aliorders_desktop` import."""


def seconds(action: Callable[[], object]) -> float:
    """Wall-clock seconds one call of `action` takes."""
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def p95(samples: Sequence[float]) -> float:
    """The nearest-rank 95th percentile: with 20 samples, the second slowest."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def median(samples: Sequence[float]) -> float:
    ordered = sorted(samples)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


@dataclass(frozen=True)
class ChildRun:
    """One finished child process: its wall time, peak memory and what it printed."""

    started_at: float
    """Epoch time just before the process was spawned, to compare with times it reports."""
    seconds: float
    peak_rss_mb: float
    stdout: str


def run_child(args: Sequence[str], env: Mapping[str, str] | None = None) -> ChildRun:
    """Run a Python child (`args` after the interpreter) from the checkout; raise if it fails.

    Its peak RSS comes from `os.wait4`, which reports that one child alone (RUSAGE_CHILDREN
    would report the largest of every child so far).
    """
    command = [sys.executable, *args]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:  # files: a full pipe would block
        started_at, started = time.time(), time.perf_counter()
        process = subprocess.Popen(
            command, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=out, stderr=err
        )
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        printed, complaint = out.read().decode(), err.read().decode()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {process.returncode}:\n{complaint or printed}")
    return ChildRun(started_at, elapsed, usage.ru_maxrss / 1024, printed)
