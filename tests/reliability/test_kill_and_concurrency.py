"""A killed sync, a second writer and a reading window: never a damaged database or a lost write."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from reliability.commands import run_cli

from aliorders_desktop import store
from aliorders_desktop.aliexpress.gateway import GatewayServer

FIRST = (date.today() - timedelta(days=99)).isoformat()


def integrity(database: Path) -> str:
    with sqlite3.connect(database) as connection:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]


def sub_orders(database: Path) -> list[int]:
    with sqlite3.connect(database) as connection:
        table = store.Order._meta.table_name
        return [row[0] for row in connection.execute(f'SELECT sub_order_id FROM "{table}"')]


def outcomes(database: Path) -> list[str]:
    with sqlite3.connect(database) as connection:
        table = store.SyncRun._meta.table_name
        return [row[0] for row in connection.execute(f'SELECT outcome FROM "{table}"')]


def test_sigkill_at_random_moments_never_damages_and_a_rerun_completes(cli_env, demo_gateway) -> None:
    demo_gateway.config.latency_seconds = 0.01
    database = Path(cli_env["ALIORDERS_DB"])
    rng = random.Random(20261122)
    for _ in range(4):
        process = subprocess.Popen(
            [sys.executable, "-m", "aliorders_desktop", "sync", "--from", FIRST],
            env=cli_env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.3, 2.0))
        process.send_signal(signal.SIGKILL)
        process.wait(10)
        if database.exists():
            assert integrity(database) == "ok"
    assert "Last running" not in run_cli("status", env=cli_env).stdout  # no lock held: none runs
    demo_gateway.config.latency_seconds = 0
    assert run_cli("sync", "--from", FIRST, env=cli_env).returncode == 0
    ids = sub_orders(database)
    assert len(ids) == len(set(ids))
    assert integrity(database) == "ok"
    assert set(outcomes(database)) <= {"interrupted", "completed"}
    status = run_cli("status", env=cli_env).stdout
    assert "completed" in status


def test_two_syncs_at_once_on_one_database_one_runs_and_the_other_is_refused(cli_env, demo_gateway) -> None:
    demo_gateway.config.latency_seconds = 0.005
    command = [sys.executable, "-m", "aliorders_desktop", "sync", "--from", FIRST]
    processes = [
        subprocess.Popen(command, env=cli_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    results = sorted((p.wait(120), p.stderr.read()) for p in processes)
    assert [code for code, _ in results] == [0, 8], results
    refused = results[1][1]
    assert "Another aliorders window or `aliorders sync` on this computer started syncing" in refused
    assert "wait for it to finish, then sync again" in refused and "locked" not in refused
    ids = sub_orders(Path(cli_env["ALIORDERS_DB"]))
    assert len(ids) == len(set(ids)) > 2000


def test_reading_while_a_sync_writes_in_another_process(cli_env, demo_gateway: GatewayServer) -> None:
    demo_gateway.config.latency_seconds = 0.01
    database = Path(cli_env["ALIORDERS_DB"])
    process = subprocess.Popen(
        [sys.executable, "-m", "aliorders_desktop", "sync", "--from", FIRST],
        env=cli_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    while not database.exists():
        time.sleep(0.02)
    store.open_database(database)
    counts = []
    try:
        while process.poll() is None:
            f = store.OrderFilter()
            counts.append(store.count_orders(f))
            store.fetch_window(f, "paid_at", True, 0, 60)
            store.totals(f)
            time.sleep(0.02)
    finally:
        store.close_database()
    assert process.returncode == 0, process.stderr.read()
    assert counts == sorted(counts) and counts[-1] > 0
