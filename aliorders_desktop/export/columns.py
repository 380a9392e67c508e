"""The columns of an export, in order: what each is called, which stored value it shows, and how.

CSV and Excel files share this list, so both hold the same columns whatever the format.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from aliorders_desktop.i18n import QT_TRANSLATE_NOOP, translate


class Kind(enum.Enum):
    """How a stored value becomes a cell."""

    ID = enum.auto()
    """A 16-digit identifier: Excel would round it as a number, so it is text there."""
    TEXT = enum.auto()
    """Text from AliExpress or the publisher: may start like a formula."""
    NAME = enum.auto()
    """Text from a short known vocabulary (currency, site, country)."""
    STATUS = enum.auto()
    """The order status: its API value in a CSV file (for scripts), its shown name in a workbook."""
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


def heading(text: str, english: bool) -> str:
    """An export's fixed text (a title, a sheet name, a note) in the user's language, or in English
    for scripts that read files by their column names (`english_headers`)."""
    return text if english else translate("Export", text)


@dataclass(frozen=True)
class Column:
    title: str
    """In English; `heading` gives it in the user's language."""
    source: str
    """The stored field the cell is made from."""
    kind: Kind
    width: int
    """Characters a spreadsheet column needs to show typical values whole."""


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Export", "Order ID"), "order_id", Kind.ID, 19),
    Column(QT_TRANSLATE_NOOP("Export", "Sub-order ID"), "sub_order_id", Kind.ID, 19),
    Column(QT_TRANSLATE_NOOP("Export", "Status"), "status", Kind.STATUS, 24),
    Column(QT_TRANSLATE_NOOP("Export", "Commission state"), "status", Kind.STATE, 11),
    Column(QT_TRANSLATE_NOOP("Export", "Tracking ID"), "tracking_id", Kind.TEXT, 16),
    Column(QT_TRANSLATE_NOOP("Export", "Custom parameters"), "custom_parameters", Kind.TEXT, 24),
    Column(QT_TRANSLATE_NOOP("Export", "Product ID"), "product_id", Kind.ID, 17),
    Column(QT_TRANSLATE_NOOP("Export", "Product title"), "product_title", Kind.TEXT, 48),
    Column(QT_TRANSLATE_NOOP("Export", "Product URL"), "product_url", Kind.TEXT, 40),
    Column(QT_TRANSLATE_NOOP("Export", "Product image URL"), "product_image_url", Kind.TEXT, 40),
    Column(QT_TRANSLATE_NOOP("Export", "Category ID"), "category_id", Kind.COUNT, 11),
    Column(QT_TRANSLATE_NOOP("Export", "Quantity"), "quantity", Kind.COUNT, 9),
    Column(QT_TRANSLATE_NOOP("Export", "Paid amount"), "paid_amount", Kind.MONEY, 16),
    Column(QT_TRANSLATE_NOOP("Export", "Finished amount"), "finished_amount", Kind.MONEY, 16),
    Column(QT_TRANSLATE_NOOP("Export", "Estimated commission"), "estimated_paid_commission", Kind.MONEY, 16),
    Column(
        QT_TRANSLATE_NOOP("Export", "Commission at completion"),
        "estimated_finished_commission",
        Kind.MONEY,
        16,
    ),
    Column(QT_TRANSLATE_NOOP("Export", "New buyer bonus"), "new_buyer_bonus_commission", Kind.MONEY, 16),
    Column(QT_TRANSLATE_NOOP("Export", "Currency"), "currency", Kind.NAME, 9),
    Column(QT_TRANSLATE_NOOP("Export", "Commission rate (%)"), "commission_rate", Kind.RATE, 10),
    Column(QT_TRANSLATE_NOOP("Export", "Created (local time)"), "created_at", Kind.TIME, 19),
    Column(QT_TRANSLATE_NOOP("Export", "Paid (local time)"), "paid_at", Kind.TIME, 19),
    Column(QT_TRANSLATE_NOOP("Export", "Confirmed (local time)"), "finished_at", Kind.TIME, 19),
    Column(QT_TRANSLATE_NOOP("Export", "Settled (local time)"), "settled_at", Kind.TIME, 19),
    Column(QT_TRANSLATE_NOOP("Export", "Site"), "site", Kind.NAME, 8),
    Column(QT_TRANSLATE_NOOP("Export", "Ship to country"), "ship_to_country", Kind.NAME, 8),
    Column(QT_TRANSLATE_NOOP("Export", "New buyer"), "is_new_buyer", Kind.FLAG, 9),
)

SOURCES = tuple(dict.fromkeys(column.source for column in COLUMNS))
"""The stored fields an export reads, each once, in the order of their first column."""

SOURCE_INDEX = {source: index for index, source in enumerate(SOURCES)}
