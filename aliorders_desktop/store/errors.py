"""Why a database could not be opened, in words the user can act on.

`str(error)` is the message to show. Every error leaves the user's file exactly as it was.
"""

from __future__ import annotations


class StoreError(Exception):
    """Base of every store problem the window should show instead of a traceback."""

    def __init__(self, location: str, message: str) -> None:
        super().__init__(message)
        self.location = location


class NotADatabaseError(StoreError):
    def __init__(self, location: str) -> None:
        super().__init__(
            location,
            f"{location} is not an aliorders database (it is not a database file at all). "
            "It was left untouched. Choose another file, or a new file name to start a database.",
        )


class CorruptDatabaseError(StoreError):
    def __init__(self, location: str, detail: str) -> None:
        super().__init__(
            location,
            f"The database {location} is damaged ({detail}). It was left untouched. "
            "Restore a backup (aliorders keeps .bak copies next to it before upgrades) "
            "or choose another database.",
        )


class ForeignDatabaseError(StoreError):
    def __init__(self, location: str) -> None:
        super().__init__(
            location,
            f"{location} is a database of another program, not an aliorders database. "
            "It was left untouched. Choose another file, or a new file name to start a database.",
        )


class NewerSchemaError(StoreError):
    def __init__(self, location: str, found: int, supported: int) -> None:
        super().__init__(
            location,
            f"This database was written by a newer version of aliorders (schema {found}); "
            f"this version understands up to {supported}. "
            "Update aliorders or choose another database.",
        )
        self.found = found
        self.supported = supported


class UpgradeFailedError(StoreError):
    def __init__(self, location: str, target: int, backup: str | None, detail: str) -> None:
        copy = f" A copy from before the upgrade is at {backup}." if backup else ""
        super().__init__(
            location,
            f"Upgrading the database {location} to schema {target} failed ({detail}). "
            f"It is unchanged since schema {target - 1}.{copy} Please report this problem.",
        )
        self.backup = backup


class ReadOnlyDatabaseError(StoreError):
    def __init__(self, location: str) -> None:
        super().__init__(
            location,
            f"The database {location} can be read but not written (read-only file, folder or "
            "disk). aliorders needs to write to it. Move it somewhere you can write, "
            "or change its permissions.",
        )


class DatabaseLockedError(StoreError):
    def __init__(self, location: str) -> None:
        super().__init__(
            location,
            f"The database {location} is busy: another program (perhaps a second aliorders "
            "window) is writing to it. Close that program and try again.",
        )


class DiskFullError(StoreError):
    def __init__(self, location: str) -> None:
        super().__init__(
            location,
            f"The disk holding the database {location} is full. Nothing half-written was kept: "
            "free some space and sync again to fetch the rest.",
        )


class DatabaseUnavailableError(StoreError):
    def __init__(self, location: str, detail: str) -> None:
        super().__init__(
            location,
            f"aliorders could not open or create the database {location} ({detail}). "
            "Check that the folder exists and that you may write to it, "
            "or for a server that it is running and the address is right.",
        )
