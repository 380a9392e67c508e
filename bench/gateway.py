"""The simulated AliExpress gateway in a process of its own, for B1 and B7.

In its own process it neither shares a core's GIL with the sync it serves nor with the baseline
client, so both are measured against the same server. Prints its URL, then serves until its
standard input closes.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from aliorders_desktop.aliexpress.gateway import GatewayConfig, GatewayServer, OrderDataset


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--orders", type=int, required=True)
    parser.add_argument("--days", type=int, required=True)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before each answer")
    parser.add_argument("--now", type=datetime.fromisoformat, help="the gateway's present (default: now)")
    args = parser.parse_args()
    dataset = OrderDataset(seed=args.seed, orders=args.orders, days=args.days, now=args.now)
    with GatewayServer(dataset, GatewayConfig(latency_seconds=args.latency)) as server:
        print(server.url, flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    main()
