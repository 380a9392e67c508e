"""B2: fill the store through `store.save_orders` against raw `executemany` of the same rows."""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from pathlib import Path

from ..context import LOAD_BATCH, Bench, remove_database
from ..report import Figure, Target, WorkloadResult

PRAGMAS = ("PRAGMA synchronous = NORMAL", "PRAGMA cache_size = -64000")
"""The app's per-connection settings (store/database.py), so the baseline writes the same way."""


def run(bench: Bench) -> WorkloadResult:
    rows = bench.size.orders
    app = bench.fill(bench.empty_database(bench.store_path))
    baseline_path = bench.empty_database(bench.work / "baseline-load.db")
    try:
        baseline = copy_rows(bench.store_path, baseline_path)
    finally:
        remove_database(baseline_path)
    per_call = f"{LOAD_BATCH:,} per call, one transaction each"
    return WorkloadResult(
        "B2",
        f"Load {rows:,} orders into the store",
        [
            Figure(
                "save_orders throughput",
                rows / app,
                "rows/s",
                rows / baseline,
                Target(ratio_least=0.5),
                note=f"{per_call}; it also records each first status",
            ),
            Figure("save_orders, all rows", app, "s", baseline, note="baseline: sqlite3 executemany"),
        ],
    )


def copy_rows(source: Path, target: Path) -> float:
    """`executemany` every stored order row into the empty `target`, batch by batch as the app
    saved them; returns the seconds spent writing (reading the source is not timed)."""
    with (
        closing(sqlite3.connect(source)) as reader,
        closing(sqlite3.connect(target, isolation_level=None)) as writer,
    ):
        for pragma in PRAGMAS:
            writer.execute(pragma)
        columns = [name for _, name, *_ in reader.execute('PRAGMA table_info("orders")') if name != "id"]
        names = ", ".join(f'"{name}"' for name in columns)
        insert = f'INSERT INTO "orders" ({names}) VALUES ({", ".join("?" * len(columns))})'
        cursor = reader.execute(f'SELECT {names} FROM "orders" ORDER BY "id"')
        spent = 0.0
        while batch := cursor.fetchmany(LOAD_BATCH):
            started = time.perf_counter()
            writer.execute("BEGIN")
            writer.executemany(insert, batch)
            writer.execute("COMMIT")
            spent += time.perf_counter() - started
        return spent
