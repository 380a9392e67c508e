"""The order details pane beside the table: every field of the current row, its checkout and its history.

Publishers ask "why is this commission what it is, and where is this order in its life": the
pane shows the money with its currency, local times, the other products bought in the same
checkout, and the statuses the order went through as a timeline.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Slot
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from aliorders_desktop import store
from aliorders_desktop.aliexpress.orders import OrderStatus, status_name
from aliorders_desktop.export import commission_state_name, flag_name
from aliorders_desktop.store import OrderRow, StatusChange
from aliorders_desktop.ui import theme
from aliorders_desktop.ui.columns import DASH, commission_text, no_tracking_tip, no_value
from aliorders_desktop.ui.formats import fill, local_time, money
from aliorders_desktop.ui.insights.breakdown import sub_id_label
from aliorders_desktop.ui.row_actions import open_link, product_url


def _money(field: str) -> Callable[[OrderRow], str]:
    return lambda r: money(getattr(r, field), r.currency)


def _time(field: str) -> Callable[[OrderRow], str]:
    return lambda r: local_time(getattr(r, field))


def _flag(field: str) -> Callable[[OrderRow], str]:
    return lambda r: flag_name(getattr(r, field))


def _plain(field: str) -> Callable[[OrderRow], str]:
    return lambda r: "" if getattr(r, field) is None else str(getattr(r, field))


FIELDS: tuple[tuple[str, str, Callable[[OrderRow], str]], ...] = (
    ("order_id", QT_TRANSLATE_NOOP("OrderDetails", "Order ID"), _plain("order_id")),
    ("sub_order_id", QT_TRANSLATE_NOOP("OrderDetails", "Sub-order ID"), _plain("sub_order_id")),
    ("status", QT_TRANSLATE_NOOP("OrderDetails", "Status"), lambda r: status_name(r.status)),
    (
        "commission",
        QT_TRANSLATE_NOOP("OrderDetails", "Commission"),
        lambda r: f"{commission_text(r)} ({commission_state_name(r.status)})",
    ),
    ("paid_amount", QT_TRANSLATE_NOOP("OrderDetails", "Paid amount"), _money("paid_amount")),
    ("finished_amount", QT_TRANSLATE_NOOP("OrderDetails", "Finished amount"), _money("finished_amount")),
    (
        "estimated_paid_commission",
        QT_TRANSLATE_NOOP("OrderDetails", "Estimated at payment"),
        _money("estimated_paid_commission"),
    ),
    (
        "estimated_finished_commission",
        QT_TRANSLATE_NOOP("OrderDetails", "Estimated at completion"),
        _money("estimated_finished_commission"),
    ),
    (
        "new_buyer_bonus_commission",
        QT_TRANSLATE_NOOP("OrderDetails", "New buyer bonus"),
        _money("new_buyer_bonus_commission"),
    ),
    (
        "commission_rate",
        QT_TRANSLATE_NOOP("OrderDetails", "Commission rate"),
        lambda r: f"{r.commission_rate}%" if r.commission_rate else "",
    ),
    ("currency", QT_TRANSLATE_NOOP("OrderDetails", "Currency"), _plain("currency")),
    ("tracking_id", QT_TRANSLATE_NOOP("OrderDetails", "Tracking ID"), lambda r: r.tracking_id or no_value()),
    (
        "custom_parameters",
        QT_TRANSLATE_NOOP("OrderDetails", "Sub ID"),
        lambda r: sub_id_label(r.custom_parameters or ""),
    ),
    ("product_id", QT_TRANSLATE_NOOP("OrderDetails", "Product ID"), _plain("product_id")),
    ("category_id", QT_TRANSLATE_NOOP("OrderDetails", "Category ID"), _plain("category_id")),
    ("quantity", QT_TRANSLATE_NOOP("OrderDetails", "Quantity"), _plain("quantity")),
    ("ship_to_country", QT_TRANSLATE_NOOP("OrderDetails", "Ship to"), _plain("ship_to_country")),
    ("site", QT_TRANSLATE_NOOP("OrderDetails", "Site"), _plain("site")),
    ("platform", QT_TRANSLATE_NOOP("OrderDetails", "Platform"), _plain("platform")),
    ("created_at", QT_TRANSLATE_NOOP("OrderDetails", "Created"), _time("created_at")),
    ("paid_at", QT_TRANSLATE_NOOP("OrderDetails", "Paid"), _time("paid_at")),
    ("finished_at", QT_TRANSLATE_NOOP("OrderDetails", "Buyer confirmed"), _time("finished_at")),
    ("settled_at", QT_TRANSLATE_NOOP("OrderDetails", "Settled"), _time("settled_at")),
    ("is_new_buyer", QT_TRANSLATE_NOOP("OrderDetails", "New buyer"), _flag("is_new_buyer")),
    ("is_hot_product", QT_TRANSLATE_NOOP("OrderDetails", "Hot product"), _flag("is_hot_product")),
    (
        "is_affiliate_product",
        QT_TRANSLATE_NOOP("OrderDetails", "Affiliate product"),
        _flag("is_affiliate_product"),
    ),
    (
        "effect_detail_status",
        QT_TRANSLATE_NOOP("OrderDetails", "Detail status"),
        _plain("effect_detail_status"),
    ),
    ("first_seen_at", QT_TRANSLATE_NOOP("OrderDetails", "First synced"), _time("first_seen_at")),
    ("updated_at", QT_TRANSLATE_NOOP("OrderDetails", "Last changed"), _time("updated_at")),
)
"""(key, label, text) of each field, in reading order; times are shown in the local zone."""

TITLE_CHARS = 70
"""Product titles in the checkout list are cut to this length (the pane is narrow)."""

_EVENT_TIME = {
    OrderStatus.PAID: "paid_at",
    OrderStatus.CONFIRMED: "finished_at",
    OrderStatus.SETTLED: "settled_at",
}


@dataclass(frozen=True)
class TimelineEntry:
    status: str
    when: datetime
    note: str


def timeline(row: OrderRow, history: list[StatusChange]) -> list[TimelineEntry]:
    """The statuses the order went through, in time order.

    Each status a sync saw is dated by AliExpress's own time for it when the order carries one
    (paid, confirmed, settled), else by the sync that saw it. Steps no sync saw (the order moved
    on between syncs, or was first synced later) still show when the order's own times prove them.
    """
    seen = {change.to_status for change in history}
    entries = [
        TimelineEntry(
            change.to_status,
            _event_time(row, change.to_status) or change.seen_at,
            fill(
                QCoreApplication.translate("OrderDetails", "seen by a sync on %1"),
                local_time(change.seen_at),
            ),
        )
        for change in history
    ]
    entries += [
        TimelineEntry(
            status,
            when,
            QCoreApplication.translate("OrderDetails", "date from AliExpress; not seen by a sync"),
        )
        for status in _EVENT_TIME
        if status not in seen and (when := _event_time(row, status)) is not None
    ]
    return sorted(entries, key=lambda entry: entry.when)


def _event_time(row: OrderRow, status: str) -> datetime | None:
    field = _EVENT_TIME.get(status)
    return getattr(row, field) if field else None


class StatusTimeline(QWidget):
    """A vertical line of dots, one per status, coloured like the table's statuses."""

    DOT = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="statusHistory")
        self.entries: list[TimelineEntry] = []

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        self.entries = entries
        self.setAccessibleDescription(
            "; ".join(f"{status_name(e.status)} {local_time(e.when)} ({e.note})" for e in entries)
        )
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(240, max(len(self.entries), 1) * self.row_height())

    def row_height(self) -> int:
        """Three lines of text (status, date, note) and a gap."""
        return 3 * self.fontMetrics().height() + 10

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        dark = theme.is_dark()
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        centre = self.DOT
        if len(self.entries) > 1:
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            last = (len(self.entries) - 1) * self.row_height() + self.DOT
            painter.drawLine(QPointF(centre, self.DOT), QPointF(centre, last))
        for index, entry in enumerate(self.entries):
            top = index * self.row_height()
            colour = theme.status_colour(entry.status, dark)
            painter.setPen(colour)
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(centre, top + self.DOT), self.DOT / 2, self.DOT / 2)
            text_left = centre + self.DOT + 8
            width = max(self.width() - text_left, 10)
            painter.setFont(bold)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            line = painter.fontMetrics().height()
            painter.drawText(QRectF(text_left, top, width, line), status_name(entry.status))
            painter.setFont(self.font())
            painter.drawText(QRectF(text_left, top + line, width, line), local_time(entry.when))
            painter.setFont(small)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            note = painter.fontMetrics().elidedText(entry.note, Qt.TextElideMode.ElideRight, int(width))
            painter.drawText(QRectF(text_left, top + 2 * line, width, line), note)


class OrderDetails(QScrollArea):
    """Shows one `OrderRow` (or a hint when none is current); `show_row` reads its checkout and history."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="orderDetails")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(280)
        self.title = QLabel(objectName="detailsTitle", wordWrap=True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Not openExternalLinks: a click goes through the same check as the table's menu.
        self.product_link = QLabel(objectName="productLink")
        self.product_link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.product_link.linkActivated.connect(self._open_link)
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for key, label, _ in FIELDS:
            value = QLabel(objectName=f"detail_{key}", wordWrap=True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(fill(self.tr("%1:"), QCoreApplication.translate("OrderDetails", label)), value)
        self.checkout_caption = QLabel(objectName="checkoutCaption", wordWrap=True)
        # Labels rather than a list view: they size themselves to CJK and Arabic titles, whose
        # fallback fonts are taller than a list row.
        self.sub_orders = QFrame(objectName="checkoutSubOrders", frameShape=QFrame.Shape.StyledPanel)
        QVBoxLayout(self.sub_orders).setSpacing(6)
        self.history = StatusTimeline()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.title)
        layout.addWidget(self.product_link)
        layout.addWidget(_section(self.tr("Status history")))
        layout.addWidget(self.history)
        layout.addWidget(_section(self.tr("Same checkout")))
        layout.addWidget(self.checkout_caption)
        layout.addWidget(self.sub_orders)
        layout.addWidget(_section(self.tr("All fields")))
        layout.addLayout(form)
        layout.addStretch()
        self.content = body
        self.placeholder = QLabel(
            self.tr(
                "Select an order to see all its details, the other products of its checkout and its "
                "status history."
            ),
            objectName="detailsPlaceholder",
            wordWrap=True,
            alignment=Qt.AlignmentFlag.AlignCenter,
        )
        self.setWidget(self._stack(body))
        self.show_row(None)

    def _stack(self, body: QWidget) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.placeholder)
        layout.addWidget(body)
        return holder

    def changeEvent(self, event: QEvent) -> None:
        """Lay the link out again in the new theme's link colour: a label keeps rich text laid out
        in the old palette, and setting the same text again does nothing."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            link = self.product_link.text()
            self.product_link.clear()
            self.product_link.setText(link)

    @Slot(str)
    def _open_link(self, url: str) -> None:
        open_link(url)

    def show_row(self, row: OrderRow | None) -> None:
        """Show `row` with its checkout and history (two indexed queries), or the hint for None."""
        self.placeholder.setVisible(row is None)
        self.content.setVisible(row is not None)
        if row is None:
            return
        self.title.setText(row.product_title or fill(self.tr("Product %1"), row.product_id or "").strip())
        url = product_url(row)
        link = self.tr("Open the product page")
        self.product_link.setText(f'<a href="{escape(url)}">{link}</a>' if url else "")
        self.product_link.setToolTip(url)
        for key, _, text in FIELDS:
            self.values[key].setText(text(row) or DASH)
        self.values["status"].setStyleSheet(
            f"color: {theme.status_colour(row.status, theme.is_dark()).name()};"
        )
        self.values["tracking_id"].setToolTip("" if row.tracking_id else no_tracking_tip())
        self.values["custom_parameters"].setToolTip(row.custom_parameters or "")
        self._show_checkout(row)
        self.history.set_entries(timeline(row, store.status_history(row.id)))

    def _show_checkout(self, row: OrderRow) -> None:
        siblings = store.sub_orders_of(row.order_id)
        count = len(siblings)
        self.checkout_caption.setText(
            fill(
                self.tr(
                    "Order %1 has %Ln product(s); each is its own row with its own status and commission.",
                    "",
                    count,
                ),
                row.order_id,
            )
        )
        layout = self.sub_orders.layout()
        while layout.count():
            layout.takeAt(0).widget().deleteLater()
        dark = theme.is_dark()
        for sibling in siblings:
            title = sibling.product_title or fill(self.tr("Product %1"), sibling.product_id)
            title = escape(title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1] + "…")
            colour = theme.status_colour(sibling.status, dark).name()
            paid = money(sibling.paid_amount, sibling.currency)
            this_row = self.tr("this row")
            this_one = f" · <i>{this_row}</i>" if sibling.id == row.id else ""
            status = escape(status_name(sibling.status))
            label = QLabel(
                f'{title}<br><span style="color:{colour}">{status}</span> · {paid}{this_one}',
                wordWrap=True,
            )
            label.setToolTip(fill(self.tr("Sub-order %1"), sibling.sub_order_id))
            layout.addWidget(label)


def _section(title: str) -> QLabel:
    label = QLabel(f"<b>{title}</b>")
    label.setContentsMargins(0, 8, 0, 0)
    return label
