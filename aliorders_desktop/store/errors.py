"""Why a database could not be opened, in words the user can act on.

`str(error)` is the message to show. Every error leaves the user's file exactly as it was.
"""

from __future__ import annotations

from aliorders_desktop.i18n import translate


class StoreError(Exception):
    """Base of every store problem the window should show instead of a traceback."""

    def __init__(self, location: str, message: str) -> None:
        super().__init__(message)
        self.location = location


class NotADatabaseError(StoreError):
    def __init__(self, location: str) -> None:
        super().__init__(
            location,
            translate(
                "StoreError",
                "{location} is not an aliorders database (it is not a database file at all). "
                "It was left untouched. Choose another file, or a new file name to start a database."
            ).format(location=location),
        )


class CorruptDatabaseError(StoreError):
    def __init__(self, location: str, detail: str) -> None:
        super().__init__(
            location,
            translate(
                "StoreError",
                "The database {location} is damaged ({detail}). It was left untouched. "
                "Restore a backup (aliorders keeps .bak copies next to it before upgrades) "
                "or choose another database."
            ).format(location=location, detail=detail),
        )


class ForeignDatabaseError(StoreError):
    def __init__(self, location: str) -> None:
        super().__init__(
            location,
            translate(
                "StoreError",
                "{location} is a database of another program, not an aliorders database. "
                "It was left untouched. Choose another file, or a new file name to start a database."
            ).format(location=location),
        )


class NewerSchemaError(StoreError):
    def __init__(self, location: str, found: int, supported: int) -> None:
        super().__init__(
            location,
            translate(
                "StoreError",
                "This database was written by a newer version of aliorders (schema {found}); "
                "this version understands up to {supported}. "
                "Update aliorders or choose another database."
            ).format(found=found, supported=supported),
        )
        self.found = found
        self.supported = supported


class UpgradeFailedError(StoreError):
    def __init__(self, location: str, target: int, backup: str | None, detail: str) -> None:
        copy = translate("StoreError", " A copy from before the upgrade is at {backup}.") if backup else ""
        super().__init__(
            location,
            translate(
                "StoreError",
                "Upgrading the database {location} to schema {target} failed ({detail}). "
                "It is unchanged since schema {previous}.{copy} Please report this problem."
            ).format(
                location=location,
                target=target,
                detail=detail,
                previous=target - 1,
                copy=copy.format(backup=backup),
            ),
        )
        self.backup = backup


class ReadOnlyDatabaseError(StoreError):
    def __init__(self, location: str) -> None:
        super().__init__(
            location,
            translate(
                "StoreError",
                "The database {location} can be read but not written (read-only file, folder or "
                "disk). aliorders needs to write to it. Move it somewhere you can write, "
                "or change its permissions."
            ).format(location=location),
        )


class DatabaseLockedError(StoreError):
    def __init__(self, location: str) -> None:
        super().__init__(
            location,
            translate(
                "StoreError",
                "The database {location} is busy: another program (perhaps a second aliorders "
                "window) is writing to it. Close that program and try again."
            ).format(location=location),
        )


class DiskFullError(StoreError):
    def __init__(self, location: str) -> None:
        super().__init__(
            location,
            translate(
                "StoreError",
                "The disk holding the database {location} is full. Nothing half-written was kept: "
                "free some space and sync again to fetch the rest."
            ).format(location=location),
        )


class DatabaseUnavailableError(StoreError):
    def __init__(self, location: str, detail: str) -> None:
        super().__init__(
            location,
            translate(
                "StoreError",
                "aliorders could not open or create the database {location} ({detail}). "
                "Check that the folder exists and that you may write to it, "
                "or for a server that it is running and the address is right."
            ).format(location=location, detail=detail),
        )


class ServerUnreachableError(StoreError):
    def __init__(self, location: str, detail: str) -> None:
        super().__init__(
            location,
            translate(
                "StoreError",
                "The workspace server {location} cannot be reached ({detail}). Check the address, "
                "that the server is running, and your network connection."
            ).format(location=location, detail=detail),
        )


class AuthenticationError(StoreError):
    def __init__(self, location: str) -> None:
        super().__init__(
            location,
            translate(
                "StoreError",
                "The workspace server {location} refused the user name or password. Check them in "
                "Settings → Advanced → Database, or ask the workspace admin."
            ).format(location=location),
        )


class ConnectionLostError(StoreError):
    def __init__(self, location: str) -> None:
        super().__init__(
            location,
            translate(
                "StoreError",
                "The connection to the workspace server {location} was lost. Every page saved before "
                "that is kept and the page in flight was not saved: sync again to fetch the rest."
            ).format(location=location),
        )


class ViewOnlyError(StoreError):
    """The database user may read the workspace but not change it (a missing grant, not a fault)."""

    def __init__(self, location: str, user: str = "") -> None:
        who = f" ({user})" if user else ""
        super().__init__(
            location,
            translate(
                "StoreError",
                "Your database user{user} may view but not sync or delete orders in the workspace "
                "{location}. Syncing is done by the workspace admin: ask them to sync, or to add your "
                "user to the aliorders_admin role."
            ).format(user=who, location=location),
        )


class NoWorkspaceAccessError(StoreError):
    def __init__(self, location: str, user: str) -> None:
        super().__init__(
            location,
            translate(
                "StoreError",
                "The database user {user} may not read the workspace {location}. Ask the workspace "
                "admin to add it to the aliorders_viewer role (view) or aliorders_admin role (sync)."
            ).format(user=user, location=location),
        )


class WorkspaceNotSetUpError(StoreError):
    def __init__(self, location: str) -> None:
        super().__init__(
            location,
            translate(
                "StoreError",
                "{location} holds no aliorders workspace yet, and your database user may not create "
                "one. The database owner sets it up with: aliorders workspace init --db URL"
            ).format(location=location),
        )


class WorkspaceUpgradeNeededError(StoreError):
    """A team member opened a workspace at an older schema, which only its owner may upgrade."""

    def __init__(self, location: str, found: int, needed: int, owner: str, address: str) -> None:
        super().__init__(
            location,
            translate(
                "StoreError",
                "The workspace {location} was set up by an older version of aliorders (schema {found}); "
                "this version needs schema {needed}. Only whoever set up the workspace ({owner}) may "
                "upgrade it, by running this version of aliorders with: aliorders workspace init --db "
                "{address}. The orders in it stay as they are. Until then, use the older version."
            ).format(location=location, found=found, needed=needed, owner=owner, address=address),
        )
        self.found = found
        self.needed = needed


class SyncInProgressError(StoreError):
    """Another sync holds the database's sync lock; two syncs never run at once.

    In a workspace the holder is another admin (`user`, their database user); on an SQLite file it
    is another aliorders process on this computer (`user` None).
    """

    def __init__(self, location: str, user: str | None, started: str | None) -> None:
        if user is None:
            who = translate(
                "StoreError",
                "Another aliorders window or `aliorders sync` on this computer started syncing {location}",
            ).format(location=location)
        else:
            who = translate("StoreError", "{user} started a sync").format(user=user)
        when = translate("StoreError", " at {started}").format(started=started) if started else ""
        wait = translate("StoreError", "{who}{when}; wait for it to finish, then sync again.")
        super().__init__(location, wait.format(who=who, when=when))
        self.user = user
        self.started = started


class UnprotectedConnectionError(StoreError):
    """A workspace on another computer would be reached without verified TLS or with a weak login.

    `reason` says what is missing and what to do; the password was not sent.
    """

    def __init__(self, location: str, reason: str) -> None:
        super().__init__(
            location,
            translate(
                "StoreError",
                "aliorders did not send your password to the workspace server {location}: {reason}",
            ).format(location=location, reason=reason),
        )


class WorkspaceNotSecuredError(StoreError):
    """The workspace lets other users plant code that would run with this user's rights, or lacks
    the parts that keep viewers from blocking a sync; only its owner (or a superuser) can fix it."""

    def __init__(self, location: str, problem: str, owner: str, address: str) -> None:
        super().__init__(
            location,
            translate(
                "StoreError",
                "The workspace {location} is not secured yet: {problem} Whoever set it up ({owner}) "
                "fixes this by running this version of aliorders with: aliorders workspace init --db "
                "{address}",
            ).format(location=location, problem=problem, owner=owner, address=address),
        )
