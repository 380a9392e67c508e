"""B2 and B3 on PostgreSQL, side by side with what `python -m bench` reports for SQLite (not a test).

    ALIORDERS_TEST_POSTGRES=postgresql://postgres:…@127.0.0.1:54329/postgres \\
        .venv/bin/python tests/postgres/bench_postgres.py [--orders 1000000]

Creates a scratch database on that server, loads the benchmark's own order stream through
`store.save_orders` (B2: 5,000 per call, one transaction each, change triggers on, as in a
workspace), then times every B3 call (p95 of 20, or of 5 for calls slower than 0.25 s) and
drops the database. Until bench/ learns engines, its B2/B3 figures for SQLite are the comparison.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from aliorders_desktop import store
from bench.context import LOAD_BATCH
from bench.data import SIZES, order_batches
from bench.measure import p95, seconds
from bench.workloads.b3_queries import SLOW_CALL, calls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=SIZES["full"].orders)
    parser.add_argument("--repeats", type=int, default=SIZES["full"].repeats)
    args = parser.parse_args()
    server = os.environ["ALIORDERS_TEST_POSTGRES"]
    name = "aliorders_bench"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'")
    try:
        store.open_database(urlunsplit(urlsplit(server)._replace(path=f"/{name}")))
        load(args.orders)
        store.db.execute_sql("VACUUM ANALYZE")
        for call in calls(args.orders):
            first = seconds(call.action)
            repeats = args.repeats if first < SLOW_CALL else min(args.repeats, 5)
            print(f"B3 | {call.name} | {p95([seconds(call.action) for _ in range(repeats)]) * 1000:.1f} ms")
    finally:
        store.close_database()
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def load(orders: int) -> None:
    spent = 0.0
    for batch in order_batches(orders, SIZES["full"].days, LOAD_BATCH):
        started = time.perf_counter()
        store.save_orders(batch, batch[-1].paid_at)
        spent += time.perf_counter() - started
    print(f"B2 | save_orders, {orders:,} rows | {spent:.1f} s | {orders / spent:,.0f} rows/s")


if __name__ == "__main__":
    main()
