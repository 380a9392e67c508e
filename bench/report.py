"""Figures, targets, the machine they ran on, and docs/benchmarks.md.

Each run stores its figures per workload in the work folder, so `--only B3` re-measures one
workload and the report still shows the others from their last run. The generated part of the
report sits between two markers; text around it (analysis, before/after notes) is kept.
"""

from __future__ import annotations

import json
import os
import platform
import sqlite3
import sys
from dataclasses import asdict, dataclass, field
from importlib.metadata import version
from pathlib import Path

START = "<!-- bench:results:start -->"
END = "<!-- bench:results:end -->"

_TITLE = """# Benchmarks

Speed is measured, not assumed. `.venv/bin/python -m bench` builds the data, runs every workload
and rewrites the part of this file between the markers below; the notes after them are kept. With
`--postgres URL` (or `--postgres auto`) the store workloads B2 and B3 also run on PostgreSQL and
are reported beside SQLite.
"""


@dataclass(frozen=True)
class Target:
    """Bounds on a figure and on its ratio to the baseline (figure / baseline); None is unbounded."""

    most: float | None = None
    least: float | None = None
    ratio_most: float | None = None
    ratio_least: float | None = None

    def met(self, value: float, baseline: float | None) -> bool | None:
        checks = [
            self.most is None or value <= self.most,
            self.least is None or value >= self.least,
        ]
        if baseline:
            ratio = value / baseline
            checks += [
                self.ratio_most is None or ratio <= self.ratio_most,
                self.ratio_least is None or ratio >= self.ratio_least,
            ]
        bounded = any(bound is not None for bound in asdict(self).values())
        return all(checks) if bounded else None

    def text(self, unit: str) -> str:
        parts = []
        if self.most is not None:
            parts.append(f"≤ {_number(self.most)} {unit}")
        if self.least is not None:
            parts.append(f"≥ {_number(self.least)} {unit}")
        if self.ratio_most is not None:
            parts.append(f"≤ {self.ratio_most:g}× baseline")
        if self.ratio_least is not None:
            parts.append(f"≥ {self.ratio_least:g}× baseline")
        return ", ".join(parts) or "—"


@dataclass(frozen=True)
class Figure:
    """One measured number, its same-run baseline if it has one, and what it should be."""

    name: str
    value: float
    unit: str
    baseline: float | None = None
    target: Target = field(default_factory=Target)
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.value / self.baseline if self.baseline else None

    @property
    def met(self) -> bool | None:
        return self.target.met(self.value, self.baseline)


@dataclass
class WorkloadResult:
    key: str
    title: str
    figures: list[Figure]
    ran_at: str = ""
    """When the workload started (set by the runner)."""
    load_before: float = 0.0
    """1-minute load average when it started (set by the runner): above ~0.5, other work was
    already sharing the two cores."""
    postgres: str = ""
    """The PostgreSQL server version the store ran on ("15.8"); empty for the SQLite file."""

    @property
    def slot(self) -> str:
        """Where it is stored and listed: the key, or "B2 PostgreSQL" beside the SQLite "B2"."""
        return f"{self.key} PostgreSQL" if self.postgres else self.key


def machine(results: dict[str, WorkloadResult]) -> dict[str, str]:
    """What the figures were measured on, with the PostgreSQL server if any of them ran on one."""
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    servers = sorted({result.postgres for result in results.values() if result.postgres})
    return {
        "CPU": _cpu_model(),
        "Cores": str(os.cpu_count()),
        "RAM": f"{memory:.1f} GiB",
        "OS": platform.platform(),
        "Python": sys.version.split()[0],
        "PySide6": version("PySide6-Essentials"),
        "SQLite": sqlite3.sqlite_version,
        **({"PostgreSQL": ", ".join(servers), "psycopg": version("psycopg")} if servers else {}),
        "peewee": version("peewee"),
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def load_results(path: Path) -> dict[str, WorkloadResult]:
    """The figures stored by earlier runs of this size (none if there were none)."""
    if not path.exists():
        return {}
    stored = json.loads(path.read_text())
    return {
        slot: WorkloadResult(
            **{
                **item,
                "figures": [
                    Figure(**{**figure, "target": Target(**figure["target"])}) for figure in item["figures"]
                ],
            }
        )
        for slot, item in stored.items()
    }


def save_results(path: Path, results: dict[str, WorkloadResult]) -> None:
    """Store `results` (keyed by their `slot`) for the report of a later run."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({slot: asdict(result) for slot, result in results.items()}, indent=1))


def write_report(path: Path, results: dict[str, WorkloadResult], size: str, command: str) -> None:
    """Replace the generated part of `path` (creating the file if needed), keeping the rest."""
    generated = f"{START}\n{render(results, size, command)}\n{END}"
    text = path.read_text() if path.exists() else f"{_TITLE}\n{START}\n{END}\n"
    before, _, rest = text.partition(START)
    _, _, after = rest.partition(END)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(before + generated + after)


def render(results: dict[str, WorkloadResult], size: str, command: str) -> str:
    sqlite = {slot: result for slot, result in results.items() if not result.postgres}
    postgres = {slot: result for slot, result in results.items() if result.postgres}
    lines = [
        f"Size `{size}`, written by `{command}`. Ratio is figure ÷ baseline, both measured in the same run.",
        "",
        "| Machine | |",
        "|---|---|",
        *(f"| {name} | {value} |" for name, value in machine(results).items()),
        "",
        "| # | Measurement | Figure | Baseline | Ratio | Target | Met |",
        "|---|---|---|---|---|---|---|",
    ]
    for slot in sorted(sqlite):
        for figure in sqlite[slot].figures:
            value, baseline, rest = _cells(figure)
            lines.append(f"| {slot} | {_name(figure)} | {value} | {baseline} | {rest} |")
    if postgres:
        lines += [
            "",
            "PostgreSQL beside SQLite: the same orders through the same calls. Baseline, ratio and target"
            " are PostgreSQL's own (its driver, its server, the same run).",
            "",
            "| # | Measurement | SQLite | PostgreSQL | PostgreSQL baseline | Ratio | Target | Met |",
            "|---|---|---|---|---|---|---|---|",
        ]
    for slot in sorted(postgres):
        result = postgres[slot]
        beside = (
            {figure.name: figure for figure in sqlite[result.key].figures} if result.key in sqlite else {}
        )
        for figure in result.figures:
            value, baseline, rest = _cells(figure)
            on_sqlite = _cells(beside[figure.name])[0] if figure.name in beside else "—"
            lines.append(f"| {result.key} | {_name(figure)} | {on_sqlite} | {value} | {baseline} | {rest} |")
    lines += ["", "| # | Workload | Run at | Load average before |", "|---|---|---|---|"]
    lines += [
        f"| {slot} | {results[slot].title} | {results[slot].ran_at} | {results[slot].load_before:.2f} |"
        for slot in sorted(results)
    ]
    return "\n".join(lines)


def _name(figure: Figure) -> str:
    return f"{figure.name} ({figure.note})" if figure.note else figure.name


def _cells(figure: Figure) -> tuple[str, str, str]:
    """The figure, its baseline, and the rest of its row (ratio, target, met) as table cells."""
    baseline = f"{_number(figure.baseline)} {figure.unit}" if figure.baseline else "—"
    ratio = f"{figure.ratio:.2f}×" if figure.ratio is not None else "—"
    met = {True: "yes", False: "**no**", None: "—"}[figure.met]
    return (
        f"{_number(figure.value)} {figure.unit}",
        baseline,
        f"{ratio} | {figure.target.text(figure.unit)} | {met}",
    )


def _number(value: float) -> str:
    """Three significant digits, thousands separated: 0.0123, 4.56, 789, 12,300."""
    if value == 0:
        return "0"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}"
