"""Demo mode: the simulated AliExpress gateway in-process, a demo account and a separate database.

Everything in the app works against it exactly as against AliExpress, so a new user can explore
syncing, filtering and exporting before connecting a real account.
"""

from __future__ import annotations

from dataclasses import dataclass

from aliorders_desktop import config
from aliorders_desktop.aliexpress.client import AppCredentials, ClientSettings
from aliorders_desktop.aliexpress.gateway import (
    DEMO_APP_KEY,
    DEMO_APP_SECRET,
    GatewayServer,
    OrderDataset,
)

DEMO_SEED = 2024
DEMO_ORDERS = 3000
DEMO_DAYS = 120


@dataclass
class DemoSession:
    """A running demo gateway and what the app needs to talk to it."""

    server: GatewayServer
    credentials: AppCredentials
    client_settings: ClientSettings
    database: str

    def stop(self) -> None:
        self.server.stop()


def start_demo(orders: int = DEMO_ORDERS, seed: int = DEMO_SEED, database: str | None = None) -> DemoSession:
    """Start the simulated gateway on a free loopback port with a deterministic data set."""
    server = GatewayServer(OrderDataset(seed=seed, orders=orders, days=DEMO_DAYS))
    server.start()
    zone = server.config.zone
    return DemoSession(
        server=server,
        credentials=AppCredentials(DEMO_APP_KEY, DEMO_APP_SECRET),
        client_settings=ClientSettings(
            gateway_url=server.url, query_zone=zone, response_zone=zone, backoff_base=0.1
        ),
        database=database or config.demo_database(),
    )
