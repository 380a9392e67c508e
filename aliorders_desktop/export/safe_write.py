"""Writing a file so that it appears under its name only once complete.

The export goes to a temporary file in the target's folder (the same disk, so the final rename
is atomic) and is renamed over the target at the end. A failure, a full disk or a cancel removes
the temporary file, so an older file of that name stays intact and no half file can be mistaken
for a whole one. Every `OSError` becomes an `ExportError` that says in words what went wrong.
"""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from aliorders_desktop.i18n import translate


class ExportError(OSError):
    """The export file could not be written. `strerror` says why in words, `filename` names it."""


@contextmanager
def replaced_when_complete(target: Path) -> Iterator[Path]:
    """A temporary path beside `target` to write to; it becomes `target` when the block ends."""
    # Not `tempfile.mkstemp`: its files are private to their owner, and the export should get the
    # permissions any new file in that folder gets.
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
    try:
        partial.touch(exist_ok=False)
    except OSError as exc:
        raise _explained(exc, target, creating=True) from exc
    try:
        yield partial
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise _explained(exc, target, creating=False) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _explained(exc: OSError, target: Path, *, creating: bool) -> ExportError:
    if isinstance(exc, ExportError):
        return exc
    folder = target.parent
    if exc.errno == errno.ENOSPC or exc.errno == getattr(errno, "EDQUOT", None):
        reason = translate("Export", "the disk is full; free some space or choose another place")
    elif exc.errno == errno.EROFS:
        reason = translate("Export", "the folder {folder} is on a read-only disk; choose another place")
    elif isinstance(exc, FileNotFoundError) and creating:
        reason = translate("Export", "the folder {folder} does not exist")
    elif isinstance(exc, NotADirectoryError):
        reason = translate("Export", "{folder} is not a folder")
    elif isinstance(exc, IsADirectoryError):
        reason = translate("Export", "{target} is a folder")
    elif isinstance(exc, PermissionError) and creating:
        reason = translate("Export", "you may not write in the folder {folder}; choose another place")
    elif isinstance(exc, PermissionError):
        reason = translate(
            "Export", "the file is open in another program (Excel?); close it there and export again"
        )
    else:
        return ExportError(exc.errno, exc.strerror or str(exc), str(target))
    return ExportError(exc.errno, reason.format(folder=folder, target=target), str(target))
