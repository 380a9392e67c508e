"""The sync lock of an SQLite database: an OS lock on a file beside it, `<database>.sync-lock`.

It plays the part of PostgreSQL's advisory lock for a workspace: one process syncs a file at a
time, and the operating system releases the lock when the holding process ends however it ends
(SIGKILL, a crash, power loss), so a held lock always means a live sync. The lock file stays in
place after use: deleting it would race with a process that has just opened it, which would then
lock a file that nobody else can see any more.
"""

from __future__ import annotations

import errno
import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)

_NO_LOCKING = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOTSUP, errno.ENOSYS}
"""What a file system without file locks (some network shares) answers: sync unguarded, not never."""

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)  # msvcrt locks bytes from the current position
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class SyncLockFile:
    """The sync lock of the SQLite database at `database`; every process opens its own.

    The lock belongs to this object's open file, so a second object (another thread or process)
    is refused while the first holds it.
    """

    def __init__(self, database: str | Path) -> None:
        resolved = Path(database).resolve()  # one lock file whichever link or relative path leads here
        self.path = resolved.with_name(resolved.name + ".sync-lock")
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock unless another holder has it; returns whether it was taken.

        Raises `OSError` if the lock file cannot be created (e.g. a read-only folder or disk).
        """
        # Not inherited (PEP 446): a program started during the sync never keeps the lock alive.
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)  # private, as the database
        try:
            taken = _try_lock(fd)
        except OSError as exc:
            os.close(fd)
            if exc.errno not in _NO_LOCKING:
                raise
            log.warning("%s cannot be locked (%s): syncs of this database are not kept apart", self.path, exc)
            return True
        if not taken:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            try:
                _unlock(fd)
            finally:
                os.close(fd)

    def is_held(self) -> bool:
        """Whether anyone (this process included) holds the lock now; takes and drops it if free.

        Only reads: a missing lock file, or one that cannot be opened, is held by nobody.
        """
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except OSError:
            return False
        try:
            if not _try_lock(fd):
                return True
            _unlock(fd)
            return False
        except OSError:  # a file system without locks: nobody can hold one
            return False
        finally:
            os.close(fd)
