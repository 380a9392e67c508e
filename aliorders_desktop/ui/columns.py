"""The orders table's columns: title, the store's sort key, and how a stored row is shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from aliorders_desktop.aliexpress.orders import OrderStatus, status_name
from aliorders_desktop.store import OrderRow
from aliorders_desktop.ui.formats import local_time, money

CONTEXT = "Columns"
"""The catalogues' context of the column titles and of the texts shared with other views."""
NO_TRACKING_TIP = QT_TRANSLATE_NOOP(
    "Columns",
    "No tracking ID: the buyer's click carried no tracking tag. Tracking was off for that post or "
    "link when it was published (it does not back-fill), the post fell back to a default link, or "
    "the buyer used an old or external link. The order still earns commission.",
)
DASH = "—"


def translated(text: str) -> str:
    """One of this module's marked texts in the window's language."""
    return QCoreApplication.translate(CONTEXT, text)


def no_tracking_tip() -> str:
    return translated(NO_TRACKING_TIP)


def no_value() -> str:
    """What a cell says for a commission or tracking ID that does not exist."""
    return QCoreApplication.translate("Columns", "— none")


def commission_text(row: OrderRow) -> str:
    if row.status == OrderStatus.INVALID:
        return no_value()
    value = money(row.estimated_commission, row.currency)
    if not value:
        return ""
    return value if row.status == OrderStatus.SETTLED else f"≈ {value}"


def commission_tip(row: OrderRow) -> str:
    if row.status == OrderStatus.INVALID:
        return QCoreApplication.translate(
            "Columns",
            "Invalid: this order earns no commission (refunded, cancelled, flagged or never settled).",
        )
    if row.status == OrderStatus.SETTLED:
        return QCoreApplication.translate(
            "Columns", "Final: the commission was settled and paid into your balance."
        )
    return QCoreApplication.translate(
        "Columns", "Estimate: the commission becomes final when AliExpress settles the order."
    )


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    """The English title, marked for translation; `label()` is what the window shows."""
    sort: str
    text: Callable[[OrderRow], str]
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    width: int = 110

    def label(self) -> str:
        return translated(self.title)


RIGHT = Qt.AlignmentFlag.AlignRight

COLUMNS: tuple[Column, ...] = (
    Column(
        "order_id",
        QT_TRANSLATE_NOOP("Columns", "Order ID"),
        "order_id",
        lambda r: str(r.order_id),
        width=150,
    ),
    Column(
        "sub_order_id",
        QT_TRANSLATE_NOOP("Columns", "Sub-order ID"),
        "sub_order_id",
        lambda r: str(r.sub_order_id),
        width=150,
    ),
    Column(
        "product",
        QT_TRANSLATE_NOOP("Columns", "Product"),
        "product_title",
        lambda r: r.product_title or "",
        width=250,
    ),
    Column(
        "status", QT_TRANSLATE_NOOP("Columns", "Status"), "status", lambda r: status_name(r.status), width=165
    ),
    Column(
        "paid_at",
        QT_TRANSLATE_NOOP("Columns", "Paid"),
        "paid_at",
        lambda r: local_time(r.paid_at),
        width=130,
    ),
    Column(
        "paid_amount",
        QT_TRANSLATE_NOOP("Columns", "Paid amount"),
        "paid_amount",
        lambda r: money(r.paid_amount, r.currency),
        RIGHT,
        110,
    ),
    Column(
        "commission",
        QT_TRANSLATE_NOOP("Columns", "Commission"),
        "estimated_commission",
        commission_text,
        RIGHT,
        120,
    ),
    Column(
        "estimated_paid_commission",
        QT_TRANSLATE_NOOP("Columns", "Est. at payment"),
        "estimated_commission",
        lambda r: money(r.estimated_paid_commission, r.currency),
        RIGHT,
        110,
    ),
    Column(
        "estimated_finished_commission",
        QT_TRANSLATE_NOOP("Columns", "At completion"),
        "finished_commission",
        lambda r: money(r.estimated_finished_commission, r.currency),
        RIGHT,
        110,
    ),
    Column(
        "commission_rate",
        QT_TRANSLATE_NOOP("Columns", "Rate"),
        "commission_rate",
        lambda r: f"{r.commission_rate}%" if r.commission_rate else "",
        RIGHT,
        60,
    ),
    Column(
        "tracking_id",
        QT_TRANSLATE_NOOP("Columns", "Tracking ID"),
        "tracking_id",
        lambda r: r.tracking_id or DASH,
        width=130,
    ),
    Column(
        "custom_parameters",
        QT_TRANSLATE_NOOP("Columns", "Sub ID / parameters"),
        "custom_parameters",
        lambda r: r.custom_parameters or "",
        width=160,
    ),
    Column(
        "ship_to_country",
        QT_TRANSLATE_NOOP("Columns", "Country"),
        "ship_to_country",
        lambda r: r.ship_to_country or "",
        width=60,
    ),
    Column(
        "product_id",
        QT_TRANSLATE_NOOP("Columns", "Product ID"),
        "product_id",
        lambda r: str(r.product_id or ""),
        width=140,
    ),
    Column(
        "quantity",
        QT_TRANSLATE_NOOP("Columns", "Qty"),
        "quantity",
        lambda r: str(r.quantity or ""),
        RIGHT,
        40,
    ),
    Column(
        "created_at",
        QT_TRANSLATE_NOOP("Columns", "Created"),
        "created_at",
        lambda r: local_time(r.created_at),
        width=130,
    ),
    Column(
        "finished_at",
        QT_TRANSLATE_NOOP("Columns", "Confirmed"),
        "finished_at",
        lambda r: local_time(r.finished_at),
        width=130,
    ),
    Column(
        "settled_at",
        QT_TRANSLATE_NOOP("Columns", "Settled"),
        "settled_at",
        lambda r: local_time(r.settled_at),
        width=130,
    ),
)

"""Append-only: a column's index is what the model and an older saved header state know it by."""

DEFAULT_COLUMNS: tuple[str, ...] = (
    "paid_at",
    "product",
    "status",
    "commission",
    "paid_amount",
    "tracking_id",
    "order_id",
    "sub_order_id",
)
"""The columns shown until the user chooses, in this order: what a publisher looks for first, with
Commission close enough to the left to be seen in the smallest window. The header menu offers the
rest."""

COLUMN_INDEX = {column.key: index for index, column in enumerate(COLUMNS)}
