"""Files only their owner may read: the database, its backups and the logs hold a publisher's orders
and earnings, and under the usual umask 022 every other account of the computer could read them.

Linux and macOS only (`os.name == "posix"`): there these are mode bits, 0700 for folders and 0600
for files. Windows keeps a profile's folders private to its user already. Tightening only ever
removes the group's and others' bits, so a file the owner made read-only stays read-only.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)

POSIX = os.name == "posix"
FOLDER_MODE = 0o700
FILE_MODE = 0o600
DATABASE_COMPANIONS = ("-wal", "-shm", "-journal", ".sync-lock")
"""What SQLite and the sync lock keep beside a database file, named after it."""
_DATA_SUFFIXES = (".db", ".bak", *(f".db{suffix}" for suffix in DATABASE_COMPANIONS))


def tighten(path: Path) -> None:
    """Take the group's and others' access away from `path`, if it exists and is not a link."""
    if not POSIX:
        return
    try:
        mode = path.lstat().st_mode
        if not stat.S_ISLNK(mode) and mode & 0o077:
            os.chmod(path, stat.S_IMODE(mode) & ~0o077)
    except OSError as exc:  # gone meanwhile, or not ours: nothing more this can do
        log.debug("cannot tighten %s: %s", path, exc)


def private_folder(path: Path) -> Path:
    """Create `path` (and its missing parents) if needed; the folder itself is made private."""
    path.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    tighten(path)
    return path


def create_private_file(path: Path) -> None:
    """Create `path` empty and private; FileExistsError if it exists (so nothing is overwritten)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))


def open_private(path: str | os.PathLike[str], flags: int) -> int:
    """`os.open` that creates a missing file private (for `open(..., opener=...)`)."""
    return os.open(path, flags, FILE_MODE)


def tighten_database(path: Path) -> None:
    """The SQLite file, its WAL, shared memory, journal, lock and upgrade backups, made private.

    SQLite gives a new WAL and shared-memory file the database file's own mode, so once the
    database is 0600 they are created 0600 too."""
    tighten(path)
    for suffix in DATABASE_COMPANIONS:
        tighten(path.with_name(path.name + suffix))
    for backup in path.parent.glob(f"{_glob_escaped(path.name)}.schema*.bak"):
        tighten(backup)


def secure_data_folder(folder: Path) -> None:
    """Create the data folder private and tighten what earlier versions left readable in it: its
    databases with their companions and backups, and the logs. Other files are left alone (the
    folder may be one the user chose and shares with other things)."""
    private_folder(folder)
    for entry in folder.iterdir():
        if entry.name.endswith(_DATA_SUFFIXES):
            tighten(entry)
    logs = folder / "logs"
    if logs.is_dir():
        tighten(logs)
        for entry in logs.glob("aliorders.log*"):
            tighten(entry)


def _glob_escaped(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)
