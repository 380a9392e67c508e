"""B4: the real main window at full size, offscreen, in a process of its own (see window_probe.py)."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from aliorders_desktop.aliexpress.gateway import DEMO_APP_KEY, DEMO_APP_SECRET

from ..context import Bench
from ..measure import run_child
from ..report import Figure, Target, WorkloadResult

TARGETS = {
    "filter": Target(most=300),
    "sort": Target(most=300),
    "select": Target(most=300),
    "scroll": Target(most=50),
}
MEMORY = Target(most=400)


@dataclass(frozen=True)
class Probe:
    first_paint: float
    """Seconds from spawning the process to the first painted rows."""
    totals: float
    """Seconds from spawning the process to the footer's totals (added up on a worker thread)."""
    steps: list[tuple[str, str, float]]
    peak_rss_mb: float


def probe(bench: Bench, database: Path, *flags: str) -> Probe:
    """Start the window on `database` in a fresh process with private settings, and time it.

    The account comes from the environment so that no keyring is asked, and Qt's settings
    live in the work folder, so no saved geometry, columns or preset of a real user leak in.
    """
    settings = bench.work / "qt-settings"
    shutil.rmtree(settings, ignore_errors=True)
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(settings),
        "ALIORDERS_CONFIG_DIR": str(bench.work / "config"),
        "ALIORDERS_DATA_DIR": str(bench.work / "data"),
        "ALIORDERS_APP_KEY": DEMO_APP_KEY,
        "ALIORDERS_APP_SECRET": DEMO_APP_SECRET,
    }
    child = run_child(["-m", "bench.window_probe", str(database), *flags], env)
    report = json.loads(child.stdout.strip().splitlines()[-1])
    steps = [tuple(step) for step in report.get("steps", [])]
    return Probe(
        report["first_paint_at"] - child.started_at,
        report["totals_at"] - child.started_at,
        steps,  # type: ignore[arg-type]
        report["peak_rss_mb"],
    )


def run(bench: Bench) -> WorkloadResult:
    orders = bench.size.orders
    result = probe(bench, bench.sqlite.loaded_store(), "--all-time", "--interact")
    figures = [
        Figure(
            f"start to first painted rows, {orders:,} orders, All time",
            result.first_paint,
            "s",
            target=Target(most=1.0),
        ),
        Figure("start to the footer's totals, All time (worker thread)", result.totals, "s"),
    ]
    for kind, what, spent in result.steps:
        if kind == "memory":
            figures.append(Figure(what, spent, "MB", target=MEMORY))
        elif kind == "totals":
            figures.append(Figure(f"filter: {what}, footer totals shown (worker thread)", spent * 1000, "ms"))
        else:
            figures.append(Figure(f"{kind}: {what}", spent * 1000, "ms", target=TARGETS[kind]))
    figures.append(Figure("peak memory, after every step", result.peak_rss_mb, "MB", target=MEMORY))
    return WorkloadResult("B4", f"Main window at {orders:,} orders (offscreen)", figures)
