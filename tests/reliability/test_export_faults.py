"""Exports that cannot be written: one sentence naming the file, and never a half file under its name."""

from __future__ import annotations

import errno
import gc
import os
import stat
import sys
import threading
from pathlib import Path

import pytest
from store.factory import order_record  # tests/ is on sys.path (rootdir conftest)

from aliorders_desktop import cli, store
from aliorders_desktop.export import ExportCancelled, ExportError, ExportFormat, export_orders

FORMATS = [ExportFormat.CSV, ExportFormat.XLSX]


@pytest.fixture
def orders(store_path) -> Path:
    store.save_orders([order_record() for _ in range(20)], order_record().paid_at)
    return store_path


def export(target: Path, fmt: ExportFormat) -> int:
    return export_orders(target, fmt, store.OrderFilter())


def leftovers(folder: Path) -> list[str]:
    """What an export left in its folder besides the file it was asked for."""
    return sorted(path.name for path in folder.iterdir() if path.name.startswith("."))


@pytest.fixture
def unwritable_folder(tmp_path: Path) -> Path:
    """A folder this process may not create files in. Root ignores permission bits, but not
    those of /sys, which no one may create files in."""
    if os.name == "posix" and os.geteuid() == 0:
        if not sys.platform.startswith("linux"):
            pytest.skip("root writes anywhere outside Linux's /sys")
        yield Path("/sys/kernel")
        return
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    yield folder
    folder.chmod(stat.S_IRWXU)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_folder_that_does_not_exist_is_named(orders, tmp_path: Path, fmt) -> None:
    target = tmp_path / "missing" / f"orders.{fmt}"
    with pytest.raises(ExportError) as failure:
        export(target, fmt)
    assert failure.value.strerror == f"the folder {target.parent} does not exist"
    assert failure.value.filename == str(target)
    assert not target.parent.exists()


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_folder_that_may_not_be_written_is_named(orders, unwritable_folder: Path, fmt) -> None:
    target = unwritable_folder / f"orders.{fmt}"
    with pytest.raises(ExportError) as failure:
        export(target, fmt)
    assert failure.value.strerror.startswith(f"you may not write in the folder {unwritable_folder}")
    assert not target.exists()


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_file_open_in_excel_is_left_as_it_was(orders, tmp_path: Path, monkeypatch, fmt) -> None:
    """On Windows, renaming over a file Excel holds open fails with a sharing violation, which
    Python raises as PermissionError; here the rename is made to fail the same way."""
    target = tmp_path / f"orders.{fmt}"
    target.write_bytes(b"last month's export")

    def sharing_violation(source: object, destination: object) -> None:
        raise PermissionError(errno.EACCES, "The process cannot access the file", str(destination))

    monkeypatch.setattr(os, "replace", sharing_violation)
    with pytest.raises(ExportError) as failure:
        export(target, fmt)
    assert "open in another program" in failure.value.strerror and failure.value.filename == str(target)
    assert target.read_bytes() == b"last month's export"
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full, a device that is always full")
@pytest.mark.parametrize("fmt", FORMATS)
# XlsxWriter leaves its zip file open when writing it fails, and the zip file tries once more when collected.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_full_disk_says_so_and_keeps_the_older_file(orders, tmp_path: Path, monkeypatch, fmt) -> None:
    """The export's temporary file is made a link to /dev/full, where every write fails with ENOSPC."""
    target = tmp_path / f"orders.{fmt}"
    target.write_bytes(b"last month's export")
    monkeypatch.setattr(Path, "touch", lambda self, exist_ok=True: self.symlink_to("/dev/full"))
    with pytest.raises(ExportError) as failure:
        export(target, fmt)
    assert failure.value.strerror.startswith("the disk is full") and failure.value.filename == str(target)
    del failure
    gc.collect()  # here, where the warning it causes is expected
    assert target.read_bytes() == b"last month's export"
    assert leftovers(tmp_path) == []


def test_a_folder_in_place_of_the_file_is_named(orders, tmp_path: Path) -> None:
    target = tmp_path / "orders.csv"
    (target / "inside").mkdir(parents=True)
    with pytest.raises(ExportError) as failure:
        export(target, ExportFormat.CSV)
    assert failure.value.strerror == f"{target} is a folder"
    assert leftovers(tmp_path) == []


def test_the_command_line_prints_one_line_naming_the_file(orders, tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("ALIORDERS_DB", str(orders))
    target = tmp_path / "missing" / "orders.xlsx"
    store.close_database()
    assert cli.main(["export", "--out", str(target)]) == cli.Exit.DATABASE
    printed = capsys.readouterr().err.strip()
    assert printed == f"aliorders: Could not write {target}: the folder {target.parent} does not exist."


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_cancelled_export_reports_progress_and_leaves_nothing(orders, tmp_path, monkeypatch, fmt) -> None:
    from aliorders_desktop.export import csv_file, rows

    for module in (csv_file, rows):
        monkeypatch.setattr(module, "BATCH", 5)  # the 20 orders come in four batches
    target = tmp_path / f"orders.{fmt}"
    target.write_bytes(b"last month's export")
    cancel, reports = threading.Event(), []

    def progress(written: int) -> None:
        reports.append(written)
        cancel.set()

    with pytest.raises(ExportCancelled):
        export_orders(target, fmt, store.OrderFilter(), progress=progress, cancel=cancel)
    assert reports == [5]
    assert target.read_bytes() == b"last month's export"
    assert leftovers(tmp_path) == []
