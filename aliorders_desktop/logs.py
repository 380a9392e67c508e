"""Where aliorders writes what happened: a rotating log file, and crash reports into it.

Log lines carry messages and error codes, never credentials: the App Secret is only ever used
to sign requests, and signed requests are not logged.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TextIO

from aliorders_desktop import config, private_files
from aliorders_desktop.i18n import translate

log = logging.getLogger("aliorders")


class _PrivateLogFile(logging.handlers.RotatingFileHandler):
    """A rotating log whose every new file (after each rotation too) only its owner may read."""

    def _open(self) -> TextIO:
        return open(
            self.baseFilename,
            self.mode,
            encoding=self.encoding,
            errors=self.errors,
            opener=private_files.open_private,
        )


_handler: logging.handlers.RotatingFileHandler | None = None


def log_path() -> Path:
    return config.data_dir() / "logs" / "aliorders.log"


def setup_logging() -> Path | None:
    """Send INFO and above to the log file; returns its path, or None if it cannot be written."""
    global _handler
    path = log_path()
    root = logging.getLogger()
    if _handler is not None:
        if Path(_handler.baseFilename) == path:
            return path
        root.removeHandler(_handler)
        _handler.close()
        _handler = None
    try:
        # Called first thing at start: the data folder is also made private here, with what
        # earlier versions left readable in it.
        private_files.secure_data_folder(config.data_dir())
        private_files.private_folder(path.parent)
        handler = _PrivateLogFile(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    _handler = handler
    root.setLevel(logging.INFO)
    return path


_tell_user: Callable[[str], None] | None = None
"""How the running front end (the window, the command line) tells the user of a crash report."""


def crash_message(problem: str) -> str:
    """What the user reads of an unexpected error: its kind and where the details went."""
    crashed = translate(
        "Crash",
        "aliorders ran into an unexpected problem ({problem}). Your orders are safe; "
        "details were written to {log}.",
    )
    return crashed.format(problem=problem, log=log_path())


def report_crash(error: BaseException) -> None:
    """Write an error nothing else explains to the log as a crash report, traceback included, and
    tell the user in one message; as for an uncaught exception, but for one a caller caught."""
    _report(type(error), error, error.__traceback__)


def _report(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    log.critical("crash report: unexpected %s", kind.__name__, exc_info=(kind, error, trace))
    if _tell_user is not None:
        _tell_user(crash_message(kind.__name__))


def install_crash_handler(tell_user: Callable[[str], None] | None = None) -> None:
    """Write any uncaught exception, from any thread, to the log as a crash report, then tell the user."""
    global _tell_user
    _tell_user = tell_user
    sys.excepthook = _report
    threading.excepthook = lambda args: _report(args.exc_type, args.exc_value, args.exc_traceback)
