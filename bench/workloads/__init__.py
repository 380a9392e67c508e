"""The workloads, by the number the issue and docs/benchmarks.md give them."""

from __future__ import annotations

from collections.abc import Callable

from ..context import Bench, Engine
from ..report import WorkloadResult
from . import b1_sync, b2_load, b3_queries, b4_window, b5_export, b6_startup, b7_latency

WORKLOADS: dict[str, Callable[[Bench], WorkloadResult]] = {
    "B1": b1_sync.run,
    "B2": b2_load.run,
    "B3": b3_queries.run,
    "B4": b4_window.run,
    "B5": b5_export.run,
    "B6": b6_startup.run,
    "B7": b7_latency.run,
}
"""In running order: B2 builds the store that B3-B5 reuse."""

ON_POSTGRES: dict[str, Callable[[Engine], WorkloadResult]] = {"B2": b2_load.run_on, "B3": b3_queries.run_on}
"""The store workloads, which `--postgres` runs on PostgreSQL too; the others need the SQLite file."""
