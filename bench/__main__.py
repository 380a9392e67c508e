"""`python -m bench [--size tiny|full] [--only B3]`: run the benchmarks, write docs/benchmarks.md."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from .context import Bench
from .data import SIZES
from .measure import ROOT
from .report import load_results, save_results, write_report
from .workloads import WORKLOADS


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
        "--work", type=Path, default=ROOT / "bench" / "out", help="databases, exports and stored figures"
    )
    parser.add_argument("--report", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args(argv)

    bench = Bench(SIZES[args.size], args.work)
    bench.work.mkdir(parents=True, exist_ok=True)
    stored = bench.work / f"results-{args.size}.json"
    results = load_results(stored)
    for key in args.only or WORKLOADS:
        print(f"{key}…", end=" ", flush=True)
        started, ran_at, load = (
            time.perf_counter(),
            datetime.now().isoformat(timespec="seconds"),
            os.getloadavg()[0],
        )
        results[key] = replace(WORKLOADS[key](bench), ran_at=ran_at, load_before=load)
        save_results(stored, results)
        missed = [figure.name for figure in results[key].figures if figure.met is False]
        print(f"{time.perf_counter() - started:.0f} s" + (f"; missed: {'; '.join(missed)}" if missed else ""))
    command = "python -m bench --size " + args.size + "".join(f" --only {key}" for key in args.only or ())
    write_report(args.report, results, args.size, command)
    print(f"Wrote {args.report}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
