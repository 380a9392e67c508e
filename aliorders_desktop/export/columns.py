"""The columns of an export, in order: what each is called, which stored value it shows, and how.

CSV and Excel files share this list, so both hold the same columns whatever the format.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Kind(enum.Enum):
    """How a stored value becomes a cell."""

    ID = enum.auto()
    """A 16-digit identifier: Excel would round it as a number, so it is text there."""
    TEXT = enum.auto()
    """Text from AliExpress or the publisher: may start like a formula."""
    NAME = enum.auto()
    """Text from a short known vocabulary (status, currency, site, country)."""
    STATE = enum.auto()
    """The commission state the row's status implies."""
    COUNT = enum.auto()
    MONEY = enum.auto()
    """Minor units of the row's currency."""
    RATE = enum.auto()
    """The commission rate as AliExpress writes it, "3.00%"."""
    TIME = enum.auto()
    """Epoch seconds, shown on this computer's clock."""
    FLAG = enum.auto()


@dataclass(frozen=True)
class Column:
    title: str
    source: str
    """The stored field the cell is made from."""
    kind: Kind
    width: int
    """Characters a spreadsheet column needs to show typical values whole."""


COLUMNS = (
    Column("Order ID", "order_id", Kind.ID, 19),
    Column("Sub-order ID", "sub_order_id", Kind.ID, 19),
    Column("Status", "status", Kind.NAME, 24),
    Column("Commission state", "status", Kind.STATE, 11),
    Column("Tracking ID", "tracking_id", Kind.TEXT, 16),
    Column("Custom parameters", "custom_parameters", Kind.TEXT, 24),
    Column("Product ID", "product_id", Kind.ID, 17),
    Column("Product title", "product_title", Kind.TEXT, 48),
    Column("Product URL", "product_url", Kind.TEXT, 40),
    Column("Product image URL", "product_image_url", Kind.TEXT, 40),
    Column("Category ID", "category_id", Kind.COUNT, 11),
    Column("Quantity", "quantity", Kind.COUNT, 9),
    Column("Paid amount", "paid_amount", Kind.MONEY, 16),
    Column("Finished amount", "finished_amount", Kind.MONEY, 16),
    Column("Estimated commission", "estimated_paid_commission", Kind.MONEY, 16),
    Column("Commission at completion", "estimated_finished_commission", Kind.MONEY, 16),
    Column("New buyer bonus", "new_buyer_bonus_commission", Kind.MONEY, 16),
    Column("Currency", "currency", Kind.NAME, 9),
    Column("Commission rate (%)", "commission_rate", Kind.RATE, 10),
    Column("Created (local time)", "created_at", Kind.TIME, 19),
    Column("Paid (local time)", "paid_at", Kind.TIME, 19),
    Column("Confirmed (local time)", "finished_at", Kind.TIME, 19),
    Column("Settled (local time)", "settled_at", Kind.TIME, 19),
    Column("Site", "site", Kind.NAME, 8),
    Column("Ship to country", "ship_to_country", Kind.NAME, 8),
    Column("New buyer", "is_new_buyer", Kind.FLAG, 9),
)

SOURCES = tuple(dict.fromkeys(column.source for column in COLUMNS))
"""The stored fields an export reads, each once, in the order of their first column."""

SOURCE_INDEX = {source: index for index, source in enumerate(SOURCES)}
