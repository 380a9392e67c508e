"""The benchmark command at its tiny size, so it cannot rot: every workload runs and is reported.

Nothing here asserts on time; docs/benchmarks.md holds the full-size figures.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from bench.__main__ import main
from bench.report import END, START, Figure, WorkloadResult, write_report
from bench.workloads import WORKLOADS


def test_tiny_run_measures_and_reports_every_workload(tmp_path: Path) -> None:
    report = tmp_path / "benchmarks.md"
    assert main(["--size", "tiny", "--work", str(tmp_path / "work"), "--report", str(report)]) == 0

    stored = json.loads((tmp_path / "work" / "results-tiny.json").read_text())
    assert list(stored) == list(WORKLOADS)
    for result in stored.values():
        assert result["figures"]
        assert all(math.isfinite(f["value"]) and f["value"] > 0 for f in result["figures"])
        assert all(f["baseline"] is None or f["baseline"] > 0 for f in result["figures"])
    text = report.read_text()
    for key in WORKLOADS:
        assert f"| {key} |" in text
    assert "| SQLite |" in text and "| PySide6 |" in text


def test_report_keeps_what_is_written_around_the_figures(tmp_path: Path) -> None:
    report = tmp_path / "benchmarks.md"
    report.write_text(f"# Title\n\nIntro.\n\n{START}\nold figures\n{END}\n\n## Notes\n\nBefore/after.\n")
    result = WorkloadResult("B9", "Example", [Figure("answer", 42.0, "ms", 21.0)])

    write_report(report, {"B9": result}, "tiny", "python -m bench --size tiny")

    text = report.read_text()
    assert text.startswith("# Title\n\nIntro.\n\n") and text.endswith("## Notes\n\nBefore/after.\n")
    assert "old figures" not in text
    assert "| B9 | answer | 42 ms | 21 ms | 2.00× | — | — |" in text
