"""The tables: one row per sub-order, its status history, sync runs and the schema version.

The models are bound to `db`, a proxy that `open_database()` points at SQLite or PostgreSQL, so
the same classes serve the app, the tests and a future server without change.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from peewee import (
    AutoField,
    BigIntegerField,
    BooleanField,
    DatabaseProxy,
    DateField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

db = DatabaseProxy()
"""Every model talks to this; `open_database()` initialises it."""

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_SECOND = timedelta(seconds=1)


class UtcTimestampField(BigIntegerField):
    """An aware datetime stored as whole UTC epoch seconds.

    An integer column compares, sorts and indexes fast at a million rows, takes 8 bytes and means
    the same on SQLite and PostgreSQL. Naive datetimes are refused: their zone would be a guess.
    Values come back as aware UTC datetimes (the API reports whole seconds, so nothing is lost).
    """

    def db_value(self, value: datetime | None) -> int | None:
        if value is None:
            return None
        if value.utcoffset() is None:
            raise ValueError(f"{self.name}: a naive datetime has no time zone: {value!r}")
        return (value - _EPOCH) // _SECOND

    def python_value(self, value: int | None) -> datetime | None:
        return None if value is None else datetime.fromtimestamp(value, UTC)  # one C call: a third faster


def tracking_key(tracking_id: str) -> str:
    """The search key of a tracking ID: its case-folded UTF-8 bytes in lowercase hex.

    Hex digits sort the same under every collation (SQLite BINARY, PostgreSQL "C" or a locale),
    and byte order is preserved, so "starts with X, any case" is one index range on any backend
    (see `filters.py`) and sorting by the key sorts tracking IDs case-insensitively.
    """
    return tracking_id.casefold().encode().hex()


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class Order(BaseModel):
    """One sub-order (line item) as last seen from the API, plus when this store first saw it."""

    id = AutoField()
    sub_order_id = BigIntegerField(unique=True)
    order_id = BigIntegerField(index=True)
    tracking_id = TextField(null=True)
    tracking_key = TextField(null=True)
    custom_parameters = TextField(null=True)
    product_id = BigIntegerField(null=True, index=True)
    category_id = BigIntegerField(null=True)
    product_title = TextField(null=True)
    product_url = TextField(null=True)
    product_image_url = TextField(null=True)
    quantity = IntegerField(null=True)
    status = TextField()
    site = TextField(null=True)
    platform = TextField(null=True)
    created_at = UtcTimestampField(null=True)
    paid_at = UtcTimestampField(null=True)
    finished_at = UtcTimestampField(null=True)
    settled_at = UtcTimestampField(null=True)
    paid_amount = BigIntegerField(null=True)
    finished_amount = BigIntegerField(null=True)
    estimated_paid_commission = BigIntegerField(null=True)
    estimated_finished_commission = BigIntegerField(null=True)
    new_buyer_bonus_commission = BigIntegerField(null=True)
    commission_rate = TextField(null=True)
    currency = TextField(null=True)
    ship_to_country = TextField(null=True)
    is_new_buyer = BooleanField(null=True)
    is_hot_product = BooleanField(null=True)
    is_affiliate_product = BooleanField(null=True)
    effect_detail_status = TextField(null=True)
    first_seen_at = UtcTimestampField()
    updated_at = UtcTimestampField()

    class Meta:
        table_name = "orders"  # "order" is an SQL keyword
        # On PostgreSQL, the (column, id) indexes and those of sub_order_id, order_id and product_id
        # are replaced by NULLS FIRST ones in the window's sort order (`migrations.install_sort_indexes`).
        indexes = (
            # The window's default sort, and every paid-time range.
            (("paid_at", "id"), False),
            # Status, tracking-ID and no-tracking-ID filters, already in paid-time order.
            (("status", "paid_at", "id"), False),
            (("tracking_key", "paid_at", "id"), False),
            # Covers the per-currency totals over a paid-time range: no table lookups.
            (
                (
                    "paid_at",
                    "currency",
                    "status",
                    "paid_amount",
                    "estimated_paid_commission",
                    "estimated_finished_commission",
                ),
                False,
            ),
            # The same for a range on the other date bases, confirmed and settled (schema 5): the
            # count, the totals and the earnings strip's "landed" read only these.
            *(
                (
                    (
                        time,
                        "currency",
                        "status",
                        "paid_amount",
                        "estimated_paid_commission",
                        "estimated_finished_commission",
                    ),
                    False,
                )
                for time in ("finished_at", "settled_at")
            ),
            # Covers the totals with no paid-time range, already grouped: the index above would need
            # a sort of every row (schema 2). Paid time third, so new orders append to each group.
            (
                (
                    "currency",
                    "status",
                    "paid_at",
                    "paid_amount",
                    "estimated_paid_commission",
                    "estimated_finished_commission",
                ),
                False,
            ),
        )


class StatusChange(BaseModel):
    """One observed status transition of a sub-order; the first sighting has no `from_status`.

    `sync_run` is the run that saw it (none for history imported or saved outside a sync): what
    one sync changed is then an index lookup, exact even for runs back to back or one killed.
    """

    id = AutoField()
    order = ForeignKeyField(Order, backref="status_changes", on_delete="CASCADE")
    from_status = TextField(null=True)
    to_status = TextField()
    seen_at = UtcTimestampField()
    sync_run = IntegerField(null=True, index=True)


class SubId(BaseModel):
    """One key and value of an order's custom parameters (`sub_ids.parse_sub_ids`).

    Kept in step with `Order.custom_parameters` by every save, so filters and breakdowns by a sub
    ID are index lookups and GROUP BYs instead of parsing text per row.
    """

    id = AutoField()
    order = ForeignKeyField(Order, backref="sub_ids", on_delete="CASCADE")
    key = TextField()
    value = TextField()

    class Meta:
        table_name = "sub_id"
        indexes = ((("key", "value"), False),)


class SyncRun(BaseModel):
    """One press of Sync: the range asked for, what it brought, and how it ended."""

    id = AutoField()
    range_start = DateField()
    range_end = DateField()
    started_at = UtcTimestampField()
    finished_at = UtcTimestampField(null=True)
    pages = IntegerField(default=0)
    new_count = IntegerField(default=0)
    updated_count = IntegerField(default=0)
    unchanged_count = IntegerField(default=0)
    outcome = TextField()
    error = TextField(null=True)


class SchemaVersion(BaseModel):
    """A single row holding the schema version (a table, not PRAGMA user_version, so it is portable)."""

    version = IntegerField()


ALL_MODELS: tuple[type[BaseModel], ...] = (Order, StatusChange, SubId, SyncRun, SchemaVersion)
