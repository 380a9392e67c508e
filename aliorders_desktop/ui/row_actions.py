"""What a right-click on the orders table offers, and the clipboard text of a selection."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from aliorders_desktop.export import money
from aliorders_desktop.store import OrderRow
from aliorders_desktop.ui.columns import COLUMNS

DELETE_LIST_LIMIT = 8


def selection_as_tsv(rows: list[OrderRow], visible: list[int]) -> str:
    """Tab-separated text of `rows` with a header, in the visible columns' order."""
    columns = [COLUMNS[i] for i in visible]
    lines = ["\t".join(c.title for c in columns)]
    lines += ["\t".join(c.text(r).replace("\t", " ").replace("\n", " ") for c in columns) for r in rows]
    return "\n".join(lines)


def copy_text(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def product_url(row: OrderRow) -> str:
    """The product page: the link the API gave, else the canonical page of the product ID."""
    if row.product_url:
        return row.product_url
    return f"https://www.aliexpress.com/item/{row.product_id}.html" if row.product_id else ""


def open_product_page(row: OrderRow) -> bool:
    url = product_url(row)
    return bool(url) and QDesktopServices.openUrl(QUrl(url))


def confirm_delete(parent: QWidget, rows: list[OrderRow]) -> bool:
    """Ask before deleting, naming what goes and that a later sync may bring it back."""
    orders = len({r.order_id for r in rows})
    lines = [
        f"• Order {r.order_id}: {(r.product_title or 'product ' + str(r.product_id))[:60]}"
        f" ({money(r.paid_amount)} {r.currency or ''})"
        for r in rows[:DELETE_LIST_LIMIT]
    ]
    if len(rows) > DELETE_LIST_LIMIT:
        lines.append(f"… and {len(rows) - DELETE_LIST_LIMIT} more")
    noun = "sub-order" if len(rows) == 1 else "sub-orders"
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Delete orders",
        f"Delete {len(rows)} {noun} of {orders} order{'s' if orders != 1 else ''} from this computer?",
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("deleteConfirmation")
    box.setInformativeText(
        "\n".join(lines)
        + "\n\nThis only removes them from aliorders. If the orders still exist on AliExpress, "
        "a later sync of the same dates brings them back. Use it for duplicates or test rows."
    )
    delete = box.addButton("Delete", QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is delete
