"""B2: fill the store through `store.save_orders` against raw `executemany` of the same rows.

Runs on SQLite, and with `--postgres` on PostgreSQL too; each baseline writes with its engine's
own driver (sqlite3 or psycopg).
"""

from __future__ import annotations

import time

from aliorders_desktop import store

from ..context import LOAD_BATCH, Bench, Engine, Location
from ..report import Figure, Target, WorkloadResult


def run(bench: Bench) -> WorkloadResult:
    return run_on(bench.sqlite)


def run_on(engine: Engine) -> WorkloadResult:
    rows = engine.size.orders
    loaded = engine.scratch(engine.store_name)
    app = engine.fill(loaded)
    copy = engine.scratch("baseline-load")
    try:
        dropped = engine.drop_triggers(copy)
        baseline = copy_rows(engine, loaded, copy)
    finally:
        engine.remove(copy)
    without = f", without the {' and '.join(dropped)} trigger" + "s" * (len(dropped) > 1) if dropped else ""
    per_call = f"{LOAD_BATCH:,} per call, one transaction each"
    return engine.result(
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
            Figure(
                "save_orders, all rows",
                app,
                "s",
                baseline,
                note=f"baseline: {engine.driver} executemany{without}",
            ),
        ],
    )


def copy_rows(engine: Engine, source: Location, target: Location) -> float:
    """`executemany` every stored order row into the empty `target`, batch by batch as the app
    saved them, one transaction per batch; returns the seconds spent writing (reading is not timed)."""
    table = store.Order._meta.table_name
    with engine.raw(source) as reader, engine.raw(target) as writer:
        described = reader.execute(f'SELECT * FROM "{table}" LIMIT 0').description
        columns = [column[0] for column in described if column[0] != "id"]
        names = ", ".join(f'"{name}"' for name in columns)
        mark = engine.placeholder
        insert = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join([mark] * len(columns))})'
        page = f'SELECT "id", {names} FROM "{table}" WHERE "id" > {mark} ORDER BY "id" LIMIT {LOAD_BATCH}'
        spent, last = 0.0, 0
        while batch := reader.execute(page, (last,)).fetchall():
            last = batch[-1][0]
            rows = [row[1:] for row in batch]
            started = time.perf_counter()
            writer.execute("BEGIN")
            writer.cursor().executemany(insert, rows)
            writer.execute("COMMIT")
            spent += time.perf_counter() - started
        return spent
