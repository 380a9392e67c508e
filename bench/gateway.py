"""The simulated AliExpress gateway in a process of its own, for B1.

In its own process it neither shares a core's GIL with the sync it serves nor with the baseline
client, so both are measured against the same server. Prints its URL, then serves until its
standard input closes.
"""

from __future__ import annotations

import argparse
import sys

from aliorders_desktop.aliexpress.gateway import GatewayServer, OrderDataset


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--orders", type=int, required=True)
    parser.add_argument("--days", type=int, required=True)
    args = parser.parse_args()
    with GatewayServer(OrderDataset(seed=args.seed, orders=args.orders, days=args.days)) as server:
        print(server.url, flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    main()
