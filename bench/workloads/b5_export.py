"""B5: `aliorders export` of every stored order, against sqlite3 + csv.writer of the same columns;
and the same to an Excel workbook, whose memory must stay as flat as the CSV's."""

from __future__ import annotations

import csv
import re
import sqlite3
from contextlib import closing
from datetime import timedelta
from pathlib import Path

from ..context import Bench
from ..data import NOW
from ..measure import ChildRun, run_child, seconds
from ..report import Figure, Target, WorkloadResult

SOURCE_COLUMNS = (
    "order_id",
    "sub_order_id",
    "status",
    "tracking_id",
    "custom_parameters",
    "product_id",
    "product_title",
    "product_url",
    "product_image_url",
    "category_id",
    "quantity",
    "paid_amount",
    "finished_amount",
    "estimated_paid_commission",
    "estimated_finished_commission",
    "new_buyer_bonus_commission",
    "currency",
    "commission_rate",
    "created_at",
    "paid_at",
    "finished_at",
    "settled_at",
    "site",
    "ship_to_country",
    "is_new_buyer",
)
"""The stored columns the export's 26 CSV columns are made from (export.py), in its order."""


def run(bench: Bench) -> WorkloadResult:
    path = bench.sqlite.loaded_store()
    out, book = bench.work / "export.csv", bench.work / "export.xlsx"
    env = {"ALIORDERS_DB": str(path), "ALIORDERS_CONFIG_DIR": str(bench.work / "config")}
    recent = str((NOW - timedelta(days=bench.size.days // 10)).date())

    def export(to: Path, *options: str) -> ChildRun:
        return run_child(["-m", "aliorders_desktop", "export", "--out", str(to), *options], env)

    try:
        everything, part = export(out), export(out, "--from", recent)
        baseline = seconds(lambda: raw_csv(path, out))
        book_everything, book_part = export(book), export(book, "--from", recent)
    finally:
        out.unlink(missing_ok=True)
        book.unlink(missing_ok=True)
    rows = _exported(everything.stdout)
    return WorkloadResult(
        "B5",
        f"Export {rows:,} orders to CSV and Excel",
        [
            Figure(
                "export throughput",
                rows / everything.seconds,
                "rows/s",
                rows / baseline,
                Target(ratio_least=0.7),
                note="wall time of the command, process start included",
            ),
            Figure(
                "export, all rows", everything.seconds, "s", baseline, note="baseline: sqlite3 + csv.writer"
            ),
            _flat_memory("export", everything, part),
            Figure(
                "Excel export, all rows",
                book_everything.seconds,
                "s",
                baseline,
                note="baseline: sqlite3 + csv.writer; a workbook is zipped XML, so slower by nature",
            ),
            _flat_memory("Excel export", book_everything, book_part),
        ],
    )


def _flat_memory(name: str, everything: ChildRun, part: ChildRun) -> Figure:
    """Peak memory exporting every row against exporting a tenth of them: flat means ≈ 1×."""
    rows, part_rows = (_exported(child.stdout) for child in (everything, part))
    return Figure(
        f"{name} peak memory, {rows:,} rows",
        everything.peak_rss_mb,
        "MB",
        part.peak_rss_mb,
        Target(ratio_most=1.25),
        note=f"baseline: the same command exporting {part_rows:,} rows; flat means ≈ 1×",
    )


def raw_csv(database: Path, out: Path) -> None:
    """The same rows and columns in the same order, written as stored (no formatting)."""
    names = ", ".join(f'"{name}"' for name in SOURCE_COLUMNS)
    query = f'SELECT {names} FROM "orders" ORDER BY "paid_at" DESC, "id" DESC'
    with (
        closing(sqlite3.connect(database)) as connection,
        out.open("w", encoding="utf-8-sig", newline="") as handle,
    ):
        writer = csv.writer(handle)
        writer.writerow(SOURCE_COLUMNS)
        writer.writerows(connection.execute(query))


def _exported(printed: str) -> int:
    return int(re.search(r"Exported (\d+) rows", printed).group(1))  # type: ignore[union-attr]
