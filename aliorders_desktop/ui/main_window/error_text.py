"""What the window tells the user about a failed background job."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from aliorders_desktop import store
from aliorders_desktop.aliexpress.errors import ApiError
from aliorders_desktop.ui.formats import fill


def is_explained(error: object) -> bool:
    """Whether the error is one the app explains in words (AliExpress, the database, a file);
    anything else is a defect, reported with its traceback to the log (`logs.report_crash`)."""
    return isinstance(error, ApiError | store.StoreError | OSError)


def describe_error(error: object) -> tuple[str, str]:
    """The human message and the technical details of whatever a background job raised."""
    if isinstance(error, ApiError):
        return str(error), error.detail or ""
    if isinstance(error, store.StoreError):
        return str(error), ""
    if isinstance(error, OSError):
        return f"{error.strerror or error} ({error.filename or ''})", ""
    unexpected = QCoreApplication.translate("ErrorText", "Unexpected error: %1.")
    return fill(unexpected, type(error).__name__), str(error)
