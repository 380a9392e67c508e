"""The SQLite sync lock file: one holder at a time, a free lock for readers, and a file that stays."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

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


def test_a_file_system_without_locks_lets_the_sync_run_unguarded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Some network shares refuse file locks; a sync there runs as it did before there was a lock."""

    def refuse(fd: int, operation: int) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(pytest.importorskip("fcntl"), "flock", refuse)
    lock = SyncLockFile(tmp_path / "orders.db")
    assert lock.acquire()
    assert not lock.is_held()
    lock.release()
    assert "cannot be locked" in caplog.text


def test_other_lock_failures_are_not_hidden(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(fd: int, operation: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(pytest.importorskip("fcntl"), "flock", broken)
    with pytest.raises(OSError, match="Input/output"):
        SyncLockFile(tmp_path / "orders.db").acquire()
