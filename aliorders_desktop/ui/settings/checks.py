"""The two questions Settings asks in the background: does AliExpress accept this account, and
what may this database user do in that workspace. Each is a `BackgroundTask` job."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication

from aliorders_desktop.aliexpress.client import AliExpressClient, AppCredentials, ClientSettings
from aliorders_desktop.aliexpress.orders import OrderStatus
from aliorders_desktop.store.workspace import WorkspaceProbe, probe
from aliorders_desktop.ui.formats import fill


@dataclass(frozen=True)
class ConnectionCheck:
    """Ask for the first page of yesterday's paid orders.

    Any answer (even an empty page) proves that the gateway accepted the App Key and the
    signature made with the App Secret. Retries and throttle waits are kept short: the user is
    waiting for a yes or no, not for a sync.
    """

    credentials: AppCredentials
    settings: ClientSettings

    def __call__(self, report: Callable[[object], None], cancel: threading.Event) -> None:
        settings = replace(
            self.settings,
            max_attempts=2,
            connect_timeout=min(self.settings.connect_timeout, 10.0),
            read_timeout=min(self.settings.read_timeout, 20.0),
            max_throttle_wait=min(self.settings.max_throttle_wait, 20.0),
        )
        now = datetime.now(UTC)
        with AliExpressClient(self.credentials, settings, cancel) as client:
            next(client.iter_pages(now - timedelta(days=1), now, OrderStatus.PAID))


@dataclass(frozen=True)
class WorkspaceCheck:
    """Connect to the workspace and ask what this user may do there."""

    url: str
    password: str

    def __call__(self, report: Callable[[object], None], cancel: threading.Event) -> WorkspaceProbe:
        return probe(self.url, self.password)


def describe_probe(found: WorkspaceProbe) -> str:
    may = found.permissions
    if not found.set_up:
        rights = QCoreApplication.translate(
            "WorkspaceCheck", "the database is empty; aliorders sets up the workspace in it when it opens it"
        )
    elif may.can_sync and may.can_delete:
        rights = QCoreApplication.translate("WorkspaceCheck", "you may sync and delete orders")
    elif may.can_sync:
        rights = QCoreApplication.translate("WorkspaceCheck", "you may sync")
    else:
        rights = QCoreApplication.translate(
            "WorkspaceCheck",
            "view only: syncing is done by the workspace admin",
        )
    connected = QCoreApplication.translate("WorkspaceCheck", "Connected to %1 as %2: %3.")
    return fill(connected, found.location, may.user, rights)
