"""The data folder is private to its user: nobody else on the computer reads the orders or logs."""

from __future__ import annotations

import logging
import os
import shutil
import stat
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from aliorders_desktop import cli, logs

FIXTURES = Path(__file__).parent / "fixtures"
pytestmark = pytest.mark.skipif(os.name != "posix", reason="mode bits are Linux and macOS")


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The usual umask, under which new files are readable by every local user."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.fixture
def data_dir(cli_env, monkeypatch, tmp_path: Path) -> Path:
    """The default database in the data folder (no ALIORDERS_DB), as an installed app has it."""
    monkeypatch.delenv("ALIORDERS_DB")
    return tmp_path / "data"


@pytest.fixture(autouse=True)
def log_file_closed() -> Iterator[None]:
    yield
    if logs._handler is not None:
        logging.getLogger().removeHandler(logs._handler)
        logs._handler.close()
        logs._handler = None


def readable_by_others(folder: Path) -> list[str]:
    """Every folder and file under `folder` (itself included) that the group or others may use."""
    paths = [folder, *folder.rglob("*")]
    return [f"{stat.filemode(p.lstat().st_mode)} {p}" for p in paths if p.lstat().st_mode & 0o077]


def sync() -> None:
    assert cli.main(["sync", "--from", (date.today() - timedelta(days=3)).isoformat()]) == 0


def test_a_first_sync_creates_everything_private(umask_022, data_dir: Path) -> None:
    sync()
    logs._handler.doRollover()  # a rotated log is private too
    logging.getLogger("aliorders").warning("after rotation")
    assert {"orders.db", "logs"} <= {p.name for p in data_dir.iterdir()}
    assert (data_dir / "logs" / "aliorders.log.1").exists()
    assert readable_by_others(data_dir) == []


def test_what_an_earlier_version_left_readable_is_tightened_on_start(umask_022, data_dir: Path) -> None:
    (data_dir / "logs").mkdir(parents=True)
    shutil.copyfile(FIXTURES / "schema-1.db", data_dir / "orders.db")  # upgraded: a backup is made
    (data_dir / "logs" / "aliorders.log").write_text("old lines\n")
    (data_dir / "logs" / "aliorders.log.2").write_text("older lines\n")
    (data_dir / "orders.db.sync-lock").touch()
    assert readable_by_others(data_dir)
    sync()
    assert list(data_dir.glob("orders.db.schema1-*.bak"))
    assert readable_by_others(data_dir) == []


def test_a_read_only_file_is_tightened_and_stays_read_only(umask_022, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    database = data_dir / "orders.db"
    database.touch(mode=0o444)
    logs.setup_logging()
    assert stat.S_IMODE(database.stat().st_mode) == 0o400
