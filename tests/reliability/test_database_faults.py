"""Databases that cannot be used: a clear message, and the user's file never lost."""

from __future__ import annotations

import sqlite3
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from reliability.commands import run_cli

from aliorders_desktop import store
from aliorders_desktop.aliexpress.client import AppCredentials, ClientSettings
from aliorders_desktop.aliexpress.gateway import DEMO_APP_KEY, DEMO_APP_SECRET
from aliorders_desktop.sync.service import SyncService
from aliorders_desktop.ui import app as ui_app


def synced_database(path: Path, gateway) -> None:
    store.open_database(path)
    try:
        settings = ClientSettings(gateway_url=gateway.url)
        SyncService(AppCredentials(DEMO_APP_KEY, DEMO_APP_SECRET), settings).run(
            date.today() - timedelta(days=5), date.today()
        )
    finally:
        store.close_database()


def test_a_truncated_database_is_refused_untouched(cli_env, demo_gateway, tmp_path) -> None:
    database = tmp_path / "orders.db"
    synced_database(database, demo_gateway)
    cut = database.read_bytes()[: database.stat().st_size // 2]
    database.write_bytes(cut)
    result = run_cli("status", env=cli_env)
    assert result.returncode == 6 and "damaged" in result.stderr and "Traceback" not in result.stderr
    assert database.read_bytes() == cut


def test_a_newer_database_is_refused_untouched(cli_env, demo_gateway, tmp_path) -> None:
    database = tmp_path / "orders.db"
    synced_database(database, demo_gateway)
    connection = sqlite3.connect(database)
    with connection:
        connection.execute("UPDATE schema_version SET version = 99")
    connection.close()
    before = database.read_bytes()
    result = run_cli("status", env=cli_env)
    assert result.returncode == 6 and "newer version of aliorders" in result.stderr
    assert database.read_bytes() == before


def test_the_window_sets_an_unreadable_file_aside_only_with_consent(qapp, tmp_path, monkeypatch) -> None:
    database = tmp_path / "orders.db"
    database.write_text("not a database")
    answers = iter(["Close", "Set aside and start fresh"])

    def click(box: QMessageBox) -> int:
        wanted = next(answers)
        chosen = next(b for b in box.buttons() if b.text().replace("&", "") == wanted)
        monkeypatch.setattr(box, "clickedButton", lambda: chosen)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    with pytest.raises(store.StoreError) as refused:
        store.open_database(database)
    error = refused.value
    assert ui_app.offer_move_aside(error) is False
    assert database.read_text() == "not a database"
    assert ui_app.offer_move_aside(error) is True
    assert not database.exists()
    kept = list(tmp_path.glob("orders.db.unusable-*"))
    assert len(kept) == 1 and kept[0].read_text() == "not a database"


def test_a_full_disk_stops_the_sync_clearly_and_keeps_a_sound_database(cli_env, small_disk) -> None:
    database = small_disk / "orders.db"
    env = {**cli_env, "ALIORDERS_DB": str(database)}
    result = run_cli("sync", "--from", (date.today() - timedelta(days=119)).isoformat(), env=env)
    assert result.returncode == 6, result.stderr
    assert "is full" in result.stderr and "Traceback" not in result.stderr
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        saved = connection.execute(f'SELECT COUNT(*) FROM "{store.Order._meta.table_name}"').fetchone()[0]
    assert saved > 0


def test_a_read_only_disk_is_explained(cli_env, demo_gateway, small_disk) -> None:
    database = small_disk / "orders.db"
    store.open_database(database)
    store.close_database()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    result = run_cli(
        "sync", "--from", date.today().isoformat(), env={**cli_env, "ALIORDERS_DB": str(database)}
    )
    assert result.returncode == 6, result.stderr
    assert "read-only" in result.stderr and "Traceback" not in result.stderr


def test_a_folder_where_no_file_can_be_created_is_explained_not_the_sync_lock(demo_gateway, tmp_path) -> None:
    """The sync lock file cannot be created beside the open database: the user reads why."""
    folder = tmp_path / "sealed"
    folder.mkdir()
    store.open_database(folder / "orders.db")
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
        store.close_database()
        pytest.skip("needs permission to make a folder immutable (run as root on ext4)")
    try:
        settings = ClientSettings(gateway_url=demo_gateway.url)
        service = SyncService(AppCredentials(DEMO_APP_KEY, DEMO_APP_SECRET), settings)
        with pytest.raises(store.ReadOnlyDatabaseError, match="can be read but not written"):
            service.run(date.today(), date.today())
        assert not store.sync_running()
        assert store.last_sync_runs() == {}
    finally:
        store.close_database()
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    assert not (folder / "orders.db.sync-lock").exists()
