"""Timing and process helpers shared by the workloads."""

from __future__ import annotations

import json
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

    It is spawned by `bench.launcher`, which times it and takes its peak RSS from `os.wait4`:
    spawned from this process, the child would inherit this process's own peak (Linux keeps the
    high-water mark across fork and exec), and every figure would read at least that.
    """
    command = [sys.executable, *args]
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "run.json"
        out, err = Path(folder) / "out", Path(folder) / "err"  # files: a full pipe would block
        with out.open("wb") as stdout, err.open("wb") as stderr:
            launched = subprocess.run(
                [sys.executable, "-m", "bench.launcher", str(report), *args],
                cwd=ROOT,
                env={**os.environ, **(env or {})},
                stdout=stdout,
                stderr=stderr,
            )
        printed, complaint = out.read_text("utf-8", "replace"), err.read_text("utf-8", "replace")
        if launched.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} exited {launched.returncode}:\n{complaint or printed}")
        run = json.loads(report.read_text())
    return ChildRun(run["started_at"], run["seconds"], run["peak_rss_mb"], printed)
