"""B6: cold starts (a new process each time) of `aliorders --version` and of the window."""

from __future__ import annotations

from ..context import Bench
from ..measure import median, run_child
from ..report import Figure, Target, WorkloadResult
from .b4_window import probe


def run(bench: Bench) -> WorkloadResult:
    starts = bench.size.starts
    empty = bench.sqlite.scratch("empty")
    qt = median([run_child(["-c", "import PySide6.QtWidgets"]).seconds for _ in range(starts)])
    version = median([run_child(["-m", "aliorders_desktop", "--version"]).seconds for _ in range(starts)])
    window = median([probe(bench, empty).first_paint for _ in range(starts)])
    note = f"median of {starts} starts"
    return WorkloadResult(
        "B6",
        "Start-up",
        [
            Figure("aliorders --version", version, "s", qt, note=note),
            Figure("window to first paint, empty database", window, "s", qt, Target(most=1.5), note=note),
        ],
    )
