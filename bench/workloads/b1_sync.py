"""B1: `aliorders sync` of a year from the simulated gateway, against fetching the same pages bare.

The baseline walks the very queries the sync plans (same windows, statuses and page size) with
plain `requests` and `json`, storing nothing, so the ratio says how much the client's parsing and
the store slow a sync down compared with the network and the gateway alone.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import requests

from aliorders_desktop.aliexpress.client import DEFAULT_API_ZONE, LIST_METHOD, PAGE_SIZE
from aliorders_desktop.aliexpress.gateway import DEMO_APP_KEY, DEMO_APP_SECRET
from aliorders_desktop.aliexpress.parsing import TIME_FORMAT
from aliorders_desktop.aliexpress.signing import sign
from aliorders_desktop.days import local_zone
from aliorders_desktop.sync.planner import plan_queries

from ..context import Bench, remove_database
from ..data import SEED
from ..measure import ROOT, ChildRun, run_child
from ..report import Figure, Target, WorkloadResult


def run(bench: Bench) -> WorkloadResult:
    size = bench.size
    last = date.today()
    first = last - timedelta(days=size.sync_days - 1)
    database = bench.work / "sync.db"
    with gateway(size.sync_orders, size.sync_days) as url:
        # The sync goes first: the baseline then finds the gateway's query cache warm.
        sync = sync_command(bench, database, url, first, last)
        baseline, pages, orders = fetch_pages(url, first, last)
    remove_database(database)
    synced_pages = int(re.search(r"\((\d+) pages\)", sync.stdout).group(1))  # type: ignore[union-attr]
    same = "the same pages" if synced_pages == pages else f"**{synced_pages} pages, baseline {pages}**"
    return WorkloadResult(
        "B1",
        f"Sync {size.sync_orders:,} orders over {size.sync_days} days from the simulated gateway",
        [
            Figure(
                "sync throughput",
                orders / sync.seconds,
                "orders/s",
                orders / baseline,
                Target(ratio_least=0.8),
                note=f"{orders:,} orders in {pages:,} pages incl. re-reads, {same}; process start included",
            ),
            Figure(
                "sync, whole range", sync.seconds, "s", baseline, note="baseline: requests + json, no store"
            ),
            Figure("sync peak memory", sync.peak_rss_mb, "MB"),
        ],
    )


def sync_command(bench: Bench, database: Path, url: str, first: date, last: date) -> ChildRun:
    """`aliorders sync` of [first, last] from the gateway at `url` into a new `database`."""
    remove_database(database)
    env = {
        "ALIORDERS_APP_KEY": DEMO_APP_KEY,
        "ALIORDERS_APP_SECRET": DEMO_APP_SECRET,
        "ALIORDERS_DB": str(database),
        "ALIORDERS_CONFIG_DIR": str(bench.work / "config"),
        "ALIORDERS_GATEWAY_URL": url,
    }
    return run_child(["-m", "aliorders_desktop", "sync", "--from", str(first), "--to", str(last)], env)


@contextmanager
def gateway(orders: int, days: int, *options: str) -> Iterator[str]:
    """A gateway process serving `orders` sub-orders paid over the last `days` days; yields its URL.

    `options` go to `bench.gateway` as they are (`--latency=0.3`, `--now=…`).
    """
    command = [
        sys.executable,
        "-m",
        "bench.gateway",
        f"--seed={SEED}",
        f"--orders={orders}",
        f"--days={days}",
        *options,
    ]
    process = subprocess.Popen(command, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        yield process.stdout.readline().strip()  # type: ignore[union-attr]
    finally:
        process.stdin.close()  # type: ignore[union-attr]
        process.wait(timeout=30)
        process.stdout.close()  # type: ignore[union-attr]


def fetch_pages(url: str, first: date, last: date) -> tuple[float, int, int]:
    """Fetch and decode every page the sync of [first, last] asks for; (seconds, pages, orders)."""
    zone = ZoneInfo(DEFAULT_API_ZONE)
    pages = orders = 0
    started = time.perf_counter()
    with requests.Session() as session:
        for query in plan_queries(first, last, local_zone(), zone):
            page_no = 1
            while True:
                params = {
                    "method": LIST_METHOD,
                    "app_key": DEMO_APP_KEY,
                    "timestamp": str(int(time.time() * 1000)),
                    "sign_method": "sha256",
                    "format": "json",
                    "v": "2.0",
                    "start_time": query.start.astimezone(zone).strftime(TIME_FORMAT),
                    "end_time": query.end.astimezone(zone).strftime(TIME_FORMAT),
                    "status": str(query.status),
                    "time_type": str(query.time_type),
                    "page_size": str(PAGE_SIZE),
                    "page_no": str(page_no),
                }
                params["sign"] = sign(params, DEMO_APP_SECRET)
                answer = session.post(url, data=params, timeout=60).json()
                result = answer["aliexpress_affiliate_order_list_response"]["resp_result"].get("result", {})
                found = len(result.get("orders", {}).get("order", []))
                pages += 1
                orders += found
                if found < PAGE_SIZE or page_no >= result.get("total_page_no", 0):
                    break
                page_no += 1
    return time.perf_counter() - started, pages, orders
