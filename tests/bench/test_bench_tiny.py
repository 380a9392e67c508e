"""The benchmark command at its tiny size, so it cannot rot: every workload runs and is reported,
and B2/B3 also run on PostgreSQL when a server is at hand.

Nothing here asserts on time; docs/benchmarks.md holds the full-size figures.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.__main__ import main
from bench.context import Bench, PostgresEngine
from bench.data import SIZES
from bench.report import END, START, Figure, WorkloadResult, load_results, save_results, write_report
from bench.workloads import ON_POSTGRES, WORKLOADS


def _run(tmp_path: Path, *options: str) -> dict[str, dict]:
    """`python -m bench --size tiny` with `options`; the stored results, each checked to be measured."""
    work = tmp_path / "work"
    assert (
        main(["--size", "tiny", "--work", str(work), "--report", str(tmp_path / "benchmarks.md"), *options])
        == 0
    )
    stored = json.loads((work / "results-tiny.json").read_text())
    for result in stored.values():
        assert result["figures"]
        assert all(math.isfinite(f["value"]) and f["value"] > 0 for f in result["figures"])
        assert all(f["baseline"] is None or f["baseline"] > 0 for f in result["figures"])
    return stored


def test_tiny_run_measures_and_reports_every_workload(tmp_path: Path) -> None:
    stored = _run(tmp_path)

    assert list(stored) == list(WORKLOADS)
    text = (tmp_path / "benchmarks.md").read_text()
    for key in WORKLOADS:
        assert f"| {key} |" in text
    assert "| SQLite |" in text and "| PySide6 |" in text
    assert "PostgreSQL" not in text[text.index(START) :]


@pytest.fixture
def postgres_bench(postgres_server: str, tmp_path: Path) -> Iterator[PostgresEngine]:
    """The tiny run's PostgreSQL engine; its kept store is dropped after the test."""
    engine = Bench(SIZES["tiny"], tmp_path / "work", postgres_server).postgres
    assert engine is not None
    yield engine
    engine.remove(engine.location(engine.store_name))


def test_tiny_run_on_postgres_reports_it_beside_sqlite(
    tmp_path: Path, postgres_server: str, postgres_bench: PostgresEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    _run(tmp_path, "--only", "B2", "--postgres", postgres_server)
    # A later run reuses both complete stores instead of loading them again, and keeps B2's figures.
    monkeypatch.setattr(PostgresEngine, "fill", lambda *_: pytest.fail("the PostgreSQL store was reloaded"))
    stored = _run(tmp_path, "--only", "B3", "--postgres", postgres_server)

    assert sorted(stored) == sorted([*ON_POSTGRES, *(f"{key} PostgreSQL" for key in ON_POSTGRES)])
    for key in ON_POSTGRES:
        on_postgres = stored[f"{key} PostgreSQL"]
        assert on_postgres["postgres"] and not stored[key]["postgres"]
        assert [f["name"] for f in on_postgres["figures"]] == [f["name"] for f in stored[key]["figures"]]
        assert all(f["baseline"] for f in on_postgres["figures"])
    text = (tmp_path / "benchmarks.md").read_text()
    side_by_side = text[text.index("| # | Measurement | SQLite | PostgreSQL |") :]
    assert "| B2 | save_orders, all rows (baseline: psycopg executemany, without the" in side_by_side
    assert "| B3 | last 200 rows (p95) |" in side_by_side
    assert f"| PostgreSQL | {stored['B3 PostgreSQL']['postgres']} |" in text
    assert "| B3 PostgreSQL | Query layer at 3,000 orders |" in text


def test_report_keeps_what_is_written_around_the_figures(tmp_path: Path) -> None:
    report = tmp_path / "benchmarks.md"
    report.write_text(f"# Title\n\nIntro.\n\n{START}\nold figures\n{END}\n\n## Notes\n\nBefore/after.\n")
    result = WorkloadResult("B9", "Example", [Figure("answer", 42.0, "ms", 21.0)])

    write_report(report, {"B9": result}, "tiny", "python -m bench --size tiny")

    text = report.read_text()
    assert text.startswith("# Title\n\nIntro.\n\n") and text.endswith("## Notes\n\nBefore/after.\n")
    assert "old figures" not in text
    assert "| B9 | answer | 42 ms | 21 ms | 2.00× | — | — |" in text


def test_stored_postgres_figures_are_reported_beside_sqlite_by_a_later_run(tmp_path: Path) -> None:
    sqlite = WorkloadResult("B9", "Example", [Figure("answer", 4.0, "ms", 2.0)], ran_at="2026-01-02T03:04:05")
    postgres = WorkloadResult(
        "B9", "Example", [Figure("answer", 8.0, "ms", 4.0)], ran_at="2026-01-01T00:00:00", postgres="15.8"
    )
    stored = tmp_path / "results-tiny.json"
    save_results(stored, {result.slot: result for result in (sqlite, postgres)})

    write_report(tmp_path / "benchmarks.md", load_results(stored), "tiny", "python -m bench --size tiny")

    text = (tmp_path / "benchmarks.md").read_text()
    assert "| B9 | answer | 4 ms | 2 ms | 2.00× | — | — |" in text
    assert "| B9 | answer | 4 ms | 8 ms | 4 ms | 2.00× | — | — |" in text
    assert "| PostgreSQL | 15.8 |" in text
    assert "| B9 PostgreSQL | Example | 2026-01-01T00:00:00 |" in text
