"""B3: the query layer at full size, each call against the very SQL it ran, replayed by the driver.

Every app call is made once with peewee's statement log captured; the baseline replays exactly
those statements with their parameters on a plain driver connection (sqlite3, or psycopg with
`--postgres`) and fetches every row. The ratio is therefore what the query layer adds (building
SQL, wrapping rows), and the absolute figure is what the window waits for.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import timedelta

from aliorders_desktop import store
from aliorders_desktop.aliexpress.orders import OrderStatus
from aliorders_desktop.store import BreakdownBy, DateBasis, OrderFilter
from aliorders_desktop.ui.earnings_strip import period_filters

from ..context import Bench, Engine, Location
from ..data import NOW
from ..measure import p95, seconds
from ..report import Figure, Target, WorkloadResult

WINDOW = 200
"""Rows the window fetches per block (ui/orders_model.py BLOCK)."""
FAST = Target(most=50, ratio_most=1.5)
TOTALS = Target(most=300, ratio_most=1.5)
SORT = Target(most=300, ratio_most=1.5)
"""A new sort is judged like the window's sort change (B4): on a column without an index SQLite
reads the whole table, and an index per sortable column would slow every save (see the notes)."""
BREAKDOWN = Target(most=500, ratio_most=1.5)
"""Insights' "Breakdown by…" table, on a worker thread: the issue's p95 target at a million orders."""
BREAKDOWN_DAYS = 90
SLOW_CALL = 0.25
"""Calls slower than this (seconds) are timed 5 times instead of `size.repeats`: p95 is then the max."""


@dataclass(frozen=True)
class Call:
    name: str
    action: Callable[[], object]
    target: Target


def run(bench: Bench) -> WorkloadResult:
    return run_on(bench.sqlite)


def run_on(engine: Engine) -> WorkloadResult:
    orders = engine.size.orders
    loaded = engine.loaded_store()
    store.open_database(loaded)
    try:
        figures = [measure(call, engine, loaded, engine.size.repeats) for call in calls(orders)]
    finally:
        store.close_database()
    return engine.result("B3", f"Query layer at {orders:,} orders", figures)


def calls(orders: int) -> list[Call]:
    """Every filter the bar offers (count + first window, then totals), every sort, deep windows."""
    sample = store.fetch_window(OrderFilter(), "paid_at", True, orders // 2, 1)[0]
    filters = {
        "no filter": OrderFilter(),
        "Order ID": OrderFilter(order_id=str(sample.order_id)),
        "Tracking ID prefix 'yt'": OrderFilter(tracking_id="yt"),
        "Product ID": OrderFilter(product_id=str(sample.product_id)),
        "status Buyer Confirmed Receipt": OrderFilter(statuses=frozenset({OrderStatus.CONFIRMED.value})),
        "no tracking ID": OrderFilter(no_tracking_id=True),
        "paid in the last 30 days": OrderFilter(paid_from=NOW - timedelta(days=30), paid_to=NOW),
        # The other date bases (schema 5's indexes): what landed in the balance, what was confirmed.
        "settled in the last 30 days": OrderFilter(
            paid_from=NOW - timedelta(days=30), paid_to=NOW, basis=DateBasis.SETTLED
        ),
        "confirmed in the last 30 days": OrderFilter(
            paid_from=NOW - timedelta(days=30), paid_to=NOW, basis=DateBasis.CONFIRMED
        ),
        "settled in the last 365 days": OrderFilter(
            paid_from=NOW - timedelta(days=365), paid_to=NOW, basis=DateBasis.SETTLED
        ),
        "combined (settled, 'tg', last 365 days)": OrderFilter(
            statuses=frozenset({OrderStatus.SETTLED.value}),
            tracking_id="tg",
            paid_from=NOW - timedelta(days=365),
            paid_to=NOW,
        ),
    }
    selection = store.order_ids(filters["paid in the last 30 days"])[:10_000]
    return [
        *(
            Call(f"filter {name}: count + first {WINDOW} rows", _first_window(f), FAST)
            for name, f in filters.items()
        ),
        *(Call(f"totals, filter {name}", _totals(f), TOTALS) for name, f in filters.items()),
        Call(
            "earnings strip: today, yesterday, this week, this month, last month",
            lambda: store.totals_per_period(period_filters(NOW.date())),
            TOTALS,
        ),
        Call(
            f"totals of a selection of {len(selection):,} rows",
            lambda: store.totals_for_ids(selection),
            TOTALS,
        ),
        *(Call(f"sort by {key}: first {WINDOW} rows", _sorted(key), SORT) for key in store.SORT_COLUMNS),
        *(
            Call(
                f"breakdown by {name}, last {BREAKDOWN_DAYS} days, one currency",
                _breakdown(by, key),
                BREAKDOWN,
            )
            for name, (by, key) in BREAKDOWNS.items()
        ),
        Call(f"{WINDOW} rows at row {orders // 2:,}", _window_at(orders // 2), FAST),
        Call(f"last {WINDOW} rows", _window_at(max(orders - WINDOW, 0)), FAST),
    ]


BASIS_SORT = {DateBasis.PAID: "paid_at", DateBasis.CONFIRMED: "finished_at", DateBasis.SETTLED: "settled_at"}
"""The window sorts a range on a date basis by that basis's time (`OrdersTable.follow_basis`)."""


BREAKDOWNS = {
    "tracking ID": (BreakdownBy.TRACKING_ID, ""),
    "sub ID af_sub": (BreakdownBy.SUB_ID_KEY, "af_sub"),
    "product": (BreakdownBy.PRODUCT, ""),
    "category": (BreakdownBy.CATEGORY, ""),
    "ship-to country": (BreakdownBy.COUNTRY, ""),
    "site": (BreakdownBy.SITE, ""),
    "new or returning buyer": (BreakdownBy.BUYER, ""),
    "hot product": (BreakdownBy.HOT, ""),
    "platform": (BreakdownBy.PLATFORM, ""),
}


def _breakdown(by: BreakdownBy, key: str) -> Callable[[], object]:
    """The Insights table as the window asks for it: the range, its main currency, 501 groups."""
    recent = OrderFilter(paid_from=NOW - timedelta(days=BREAKDOWN_DAYS), paid_to=NOW)
    currency = next(iter(store.currencies(recent)), "USD")
    f = replace(recent, currency=currency)
    return lambda: store.breakdown(f, by, 501, key)


def _first_window(f: OrderFilter) -> Callable[[], object]:
    sort = BASIS_SORT[f.basis]
    return lambda: (store.count_orders(f), store.fetch_window(f, sort, True, 0, WINDOW))


def _totals(f: OrderFilter) -> Callable[[], object]:
    return lambda: store.totals(f)


def _sorted(key: str) -> Callable[[], object]:
    return lambda: store.fetch_window(OrderFilter(), key, True, 0, WINDOW)


def _window_at(offset: int) -> Callable[[], object]:
    return lambda: store.fetch_window(OrderFilter(), "paid_at", True, offset, WINDOW)


def measure(call: Call, engine: Engine, loaded: Location, repeats: int) -> Figure:
    """p95 of the app call and of replaying its SQL, interleaved so both see the same noise."""
    with recorded_statements() as statements:
        first = seconds(call.action)
    repeats = repeats if first < SLOW_CALL else min(repeats, 5)
    with engine.raw(loaded) as raw:

        def replay() -> None:
            for sql, params in statements:
                raw.execute(sql, params or ()).fetchall()

        replay()  # warm this connection's cache as the app's was warmed
        app, baseline = [], []
        for _ in range(repeats):
            app.append(seconds(call.action))
            baseline.append(seconds(replay))
    return Figure(call.name, p95(app) * 1000, "ms", p95(baseline) * 1000, call.target, note="p95")


@contextmanager
def recorded_statements():
    """Collect the (sql, params) of every statement peewee runs inside the block."""
    statements: list[tuple[str, list]] = []
    handler = _Recorder(statements)
    logger = logging.getLogger("peewee")
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield statements
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


class _Recorder(logging.Handler):
    def __init__(self, statements: list[tuple[str, list]]) -> None:
        super().__init__(logging.DEBUG)
        self.statements = statements

    def emit(self, record: logging.LogRecord) -> None:
        self.statements.append(record.msg)  # type: ignore[arg-type]  # peewee logs (sql, params)
