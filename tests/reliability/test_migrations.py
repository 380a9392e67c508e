"""Every schema version the app ever wrote opens in this version with its data intact."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from aliorders_desktop import store

FIXTURES = Path(__file__).parent / "fixtures"
PAST_VERSIONS = sorted(int(p.stem.split("-")[1]) for p in FIXTURES.glob("schema-*.db"))


def test_there_is_a_fixture_for_every_schema_version() -> None:
    assert list(range(1, store.SCHEMA_VERSION + 1)) == PAST_VERSIONS


@pytest.mark.parametrize("version", PAST_VERSIONS)
def test_an_old_database_upgrades_with_its_data_intact(tmp_path, version) -> None:
    database = tmp_path / "orders.db"
    shutil.copy(FIXTURES / f"schema-{version}.db", database)
    store.open_database(database)
    try:
        rows = {r.sub_order_id: r for r in store.iter_rows(store.OrderFilter())}
        settled = rows[9007199254740994]
        history = [c.to_status for c in store.status_history(settled.id)]
        run = store.last_successful_sync()
        changed = store.change_counts(run.id).changed
    finally:
        store.close_database()
    assert len(rows) == 20
    assert settled.status == "Completed Settlement" and settled.estimated_finished_commission == 80
    assert history == ["Payment Completed", "Completed Settlement"]
    assert {r.product_title for r in rows.values()} == {"Наушники", "=cmd", "Café ☕", "耳机"}
    assert sum(r.tracking_id is None for r in rows.values()) == 4
    assert run is not None and run.new_count == 20
    # Nobody can tell which sync wrote history older than schema 4: it is in no "last sync".
    assert changed == (20 if version >= 4 else 0)
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT version FROM schema_version").fetchone() == (store.SCHEMA_VERSION,)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    # Copied aside only when a step changes the file: step 2 adds an index, step 3 only touches
    # PostgreSQL, step 4 adds the sync run of each status change, step 5 the date basis indexes,
    # step 6 the sub ID table.
    backups = list(tmp_path.glob("orders.db.schema*.bak"))
    assert len(backups) == {1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 6: 0}[version]
