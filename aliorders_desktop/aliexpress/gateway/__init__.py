"""A simulated AliExpress affiliate gateway for tests and demo mode (reference §11).

A real HTTP server on loopback that signs, validates, pages and fails like the `/sync` gateway,
serving a deterministic order data set whose statuses move with a scriptable clock.
"""

from __future__ import annotations

import time

from aliorders_desktop.aliexpress.gateway.config import DEMO_APP_KEY, DEMO_APP_SECRET, GatewayConfig
from aliorders_desktop.aliexpress.gateway.dataset import OrderDataset, SimulatedClock
from aliorders_desktop.aliexpress.gateway.server import GatewayCounters, GatewayServer
from aliorders_desktop.i18n import decimal, translate

__all__ = [
    "DEMO_APP_KEY",
    "DEMO_APP_SECRET",
    "GatewayConfig",
    "GatewayCounters",
    "GatewayServer",
    "OrderDataset",
    "SimulatedClock",
    "serve",
]


def serve(
    port: int, seed: int, orders: int, host: str = "127.0.0.1", config: GatewayConfig | None = None
) -> None:
    """Run the gateway in the foreground until Ctrl+C (the `aliorders gateway` command).

    `config` sets its behaviour: latency standing in for a real network's round trip, the form of
    empty answers, odd values.
    """
    started = time.monotonic()
    dataset = OrderDataset(seed=seed, orders=orders)
    with GatewayServer(dataset, config or GatewayConfig(), host=host, port=port) as server:
        count = len(dataset)
        generated = translate("Gateway", "Generated %n sub-orders in {seconds} s (seed {seed}).", "", count)
        print(generated.format(seconds=decimal(time.monotonic() - started, 1), seed=seed))
        print(translate("Gateway", "AliExpress gateway simulator listening on {url}").format(url=server.url))
        print(f"  App Key:    {DEMO_APP_KEY}")
        print(f"  App Secret: {DEMO_APP_SECRET}")  # the simulator's own, published secret
        print(translate("Gateway", "Press Ctrl+C to stop."), flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            print("\n" + translate("Gateway", "Gateway stopped."))
