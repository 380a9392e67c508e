"""`python -m bench [--size tiny|full] [--only B3] [--postgres URL|auto]`: run the benchmarks, write
docs/benchmarks.md."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import replace
from datetime import datetime
from functools import partial
from pathlib import Path

from tools.postgres_cluster import NoClusterError, throwaway_cluster

from .context import Bench
from .data import SIZES
from .measure import ROOT
from .report import WorkloadResult, load_results, save_results, write_report
from .workloads import ON_POSTGRES, WORKLOADS


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Benchmark sync, store, window, export and start-up against same-run baselines.",
    )
    parser.add_argument("--size", choices=SIZES, default="full", help="full: 1,000,000 orders (default)")
    parser.add_argument(
        "--only",
        action="append",
        choices=WORKLOADS,
        help="run only this workload (repeatable); the report keeps the others from their last run",
    )
    parser.add_argument(
        "--postgres",
        metavar="URL",
        help=f"also run {' and '.join(ON_POSTGRES)} on PostgreSQL: the URL of a user who may create databases"
        " (the store is kept there as aliorders_bench_…), or 'auto' for a throwaway local cluster",
    )
    parser.add_argument(
        "--work", type=Path, default=ROOT / "bench" / "out", help="databases, exports and stored figures"
    )
    parser.add_argument("--report", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args(argv)

    try:
        with _postgres_server(args.postgres) as server:
            bench = Bench(SIZES[args.size], args.work, server)
            bench.work.mkdir(parents=True, exist_ok=True)
            stored = bench.work / f"results-{args.size}.json"
            results = load_results(stored)
            for label, workload in _planned(bench, args.only or list(WORKLOADS)):
                print(f"{label}…", end=" ", flush=True)
                started, ran_at, load = (
                    time.perf_counter(),
                    datetime.now().isoformat(timespec="seconds"),
                    os.getloadavg()[0],
                )
                result = replace(workload(), ran_at=ran_at, load_before=load)
                results[result.slot] = result
                save_results(stored, results)
                missed = [figure.name for figure in result.figures if figure.met is False]
                print(
                    f"{time.perf_counter() - started:.0f} s"
                    + (f"; missed: {'; '.join(missed)}" if missed else "")
                )
    except NoClusterError as exc:
        parser.error(f"--postgres auto: {exc}")
    command = " ".join(
        [
            f"python -m bench --size {args.size}",
            *(f"--only {key}" for key in args.only or ()),
            *([f"--postgres {'auto' if args.postgres == 'auto' else 'URL'}"] if args.postgres else []),
        ]
    )
    write_report(args.report, results, args.size, command)
    print(f"Wrote {args.report}")
    return 0


def _postgres_server(choice: str | None) -> AbstractContextManager[str | None]:
    """The server URL `--postgres` names, a throwaway cluster's for 'auto', or None without it."""
    return throwaway_cluster() if choice == "auto" else nullcontext(choice)


def _planned(bench: Bench, keys: Sequence[str]) -> Iterator[tuple[str, Callable[[], WorkloadResult]]]:
    """Each workload to run, in order, as (label, run); a store workload on PostgreSQL right after SQLite."""
    for key in keys:
        yield key, partial(WORKLOADS[key], bench)
        if bench.postgres and key in ON_POSTGRES:
            yield f"{key} on PostgreSQL", partial(ON_POSTGRES[key], bench.postgres)


if __name__ == "__main__":
    sys.exit(main())
