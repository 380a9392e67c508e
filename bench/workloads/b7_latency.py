"""B7: a year synced over a slow network, against the sequential lower bound of its calls.

The gateway waits `size.latency` seconds before every answer, as a real network's round trip
would. A sync that waited for each call before making the next could not take less than
calls × latency; the pool of connections should take about a quarter of that. The calls are
counted too: fetching side by side must not ask for a page more than walking the plan one page
at a time does.
"""

from __future__ import annotations

import re
from datetime import timedelta

from aliorders_desktop.sync.page_pool import DEFAULT_CONCURRENCY

from ..context import Bench, remove_database
from ..data import NOW
from ..report import Figure, Target, WorkloadResult
from .b1_sync import fetch_pages, gateway, sync_command


def run(bench: Bench) -> WorkloadResult:
    size = bench.size
    last = NOW.date()
    first = last - timedelta(days=size.sync_days - 1)
    database = bench.work / "latency.db"
    present = f"--now={NOW.isoformat()}"
    with gateway(size.latency_orders, size.sync_days, present, f"--latency={size.latency}") as url:
        sync = sync_command(bench, database, url, first, last)
    remove_database(database)
    with gateway(size.latency_orders, size.sync_days, present) as url:
        _, planned_calls, _ = fetch_pages(url, first, last)
    calls = int(re.search(r"\((\d+) pages\)", sync.stdout).group(1))  # type: ignore[union-attr]
    bound = calls * size.latency
    return WorkloadResult(
        "B7",
        f"Sync {size.latency_orders:,} orders over {size.sync_days} days, {size.latency:g} s per call",
        [
            Figure(
                "sync over a slow network",
                sync.seconds,
                "s",
                bound,
                Target(ratio_most=0.35),
                note=f"baseline: {calls:,} calls × {size.latency:g} s one after another; "
                f"{DEFAULT_CONCURRENCY} connections; process start included",
            ),
            Figure(
                "calls made",
                calls,
                "calls",
                planned_calls,
                Target(ratio_most=1.0),
                note="baseline: the calls of walking the same plan one page at a time",
            ),
        ],
    )
