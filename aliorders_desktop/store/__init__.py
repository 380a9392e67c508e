"""The local order database: every synced sub-order, filtered, sorted and totalled in SQL.

Peewee models on SQLite (WAL) by default; the same code runs on PostgreSQL via a database URL.
No Qt here: the window and the sync worker call these functions from their own threads.
"""

from .database import (
    close_database,
    db,
    default_database_path,
    explain_error,
    move_aside,
    open_database,
)
from .errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    DatabaseUnavailableError,
    DiskFullError,
    ForeignDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    StoreError,
    UpgradeFailedError,
)
from .filters import OrderFilter
from .migrations import SCHEMA_VERSION
from .models import Order, StatusChange, SyncRun
from .queries import (
    DEFAULT_SORT,
    SORT_COLUMNS,
    DatabaseSummary,
    OrderRow,
    count_orders,
    database_summary,
    fetch_rows,
    fetch_window,
    iter_rows,
    order_ids,
    status_history,
    sub_order_counts,
    sub_orders_of,
)
from .saving import SaveCounts, delete_orders, save_orders
from .sync_runs import (
    SyncOutcome,
    finish_sync_run,
    last_successful_sync,
    last_sync_runs,
    start_sync_run,
)
from .totals import CurrencyTotals, totals, totals_for_ids

__all__ = [
    "DEFAULT_SORT",
    "SCHEMA_VERSION",
    "SORT_COLUMNS",
    "CorruptDatabaseError",
    "CurrencyTotals",
    "DatabaseLockedError",
    "DatabaseSummary",
    "DatabaseUnavailableError",
    "DiskFullError",
    "ForeignDatabaseError",
    "NewerSchemaError",
    "NotADatabaseError",
    "Order",
    "OrderFilter",
    "OrderRow",
    "ReadOnlyDatabaseError",
    "SaveCounts",
    "StatusChange",
    "StoreError",
    "SyncOutcome",
    "SyncRun",
    "UpgradeFailedError",
    "close_database",
    "count_orders",
    "database_summary",
    "db",
    "default_database_path",
    "delete_orders",
    "explain_error",
    "fetch_rows",
    "fetch_window",
    "finish_sync_run",
    "iter_rows",
    "last_successful_sync",
    "last_sync_runs",
    "move_aside",
    "open_database",
    "order_ids",
    "save_orders",
    "start_sync_run",
    "status_history",
    "sub_order_counts",
    "sub_orders_of",
    "totals",
    "totals_for_ids",
]
