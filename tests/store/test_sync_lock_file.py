"""The SQLite sync lock file: one holder at a time, a free lock for readers, and a file that stays."""

from __future__ import annotations

from pathlib import Path

from aliorders_desktop.store.sync_lock_file import SyncLockFile


def test_one_holder_at_a_time_and_the_lock_file_stays(tmp_path: Path) -> None:
    database = tmp_path / "orders.db"
    first, second = SyncLockFile(database), SyncLockFile(tmp_path / "." / "orders.db")
    assert first.path == second.path == tmp_path / "orders.db.sync-lock"
    assert not first.is_held() and not first.path.exists()  # a reader creates nothing

    assert first.acquire()
    assert not second.acquire()
    assert second.is_held() and first.is_held()
    first.release()
    assert not second.is_held()
    assert second.acquire()
    second.release()
    assert first.path.exists()


def test_a_link_to_the_database_shares_its_lock(tmp_path: Path) -> None:
    database = tmp_path / "orders.db"
    database.touch()
    link = tmp_path / "link.db"
    link.symlink_to(database)
    holder = SyncLockFile(database)
    assert holder.acquire()
    try:
        assert SyncLockFile(link).is_held()
    finally:
        holder.release()
