"""What a right-click on the orders table offers, and the clipboard text of a selection."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from aliorders_desktop.export.cells import safe_amount, safe_text
from aliorders_desktop.store import OrderRow
from aliorders_desktop.ui.columns import COLUMNS, RIGHT, Column
from aliorders_desktop.ui.formats import fill, money

DELETE_LIST_LIMIT = 8


def selection_as_tsv(rows: list[OrderRow], visible: list[int]) -> str:
    """Tab-separated text of `rows` with a header, in the visible columns' order.

    Pasted into a spreadsheet, each cell is read as if typed, so text is neutralised as in a CSV
    export; amounts (the right-aligned columns) keep their sign.
    """
    columns = [COLUMNS[i] for i in visible]
    lines = ["\t".join(c.label() for c in columns)]
    lines += ["\t".join(_pasted_cell(c, r) for c in columns) for r in rows]
    return "\n".join(lines)


def _pasted_cell(column: Column, row: OrderRow) -> str:
    text = column.text(row)
    safe = safe_amount(text) if column.align == RIGHT else safe_text(text)
    return safe.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def copy_text(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


ALIEXPRESS_DOMAINS = ("aliexpress.com", "aliexpress.ru", "aliexpress.us")
"""Where the API's product links point (www., m., s.click., country subdomains of these)."""


def is_aliexpress_link(url: str) -> bool:
    """True for an https:// address on an AliExpress host, with no user info, port or backslash.

    A synced link is opened by the operating system's opener, where `file:`, UNC, `ms-…:` or
    `javascript:` links can start programs: only web pages of AliExpress itself get there.
    """
    link = QUrl(url, QUrl.ParsingMode.StrictMode)
    if "\\" in url or not link.isValid() or link.scheme() != "https":
        return False
    if link.userInfo() or link.port() not in (-1, 443):
        return False
    host = link.host(QUrl.ComponentFormattingOption.FullyEncoded).lower()  # lookalike letters → xn--
    return any(host == domain or host.endswith("." + domain) for domain in ALIEXPRESS_DOMAINS)


def product_url(row: OrderRow) -> str:
    """The product page: the link the API gave when it is an AliExpress page, else the canonical
    page of the product ID, else nothing."""
    if row.product_url and is_aliexpress_link(row.product_url):
        return row.product_url
    return f"https://www.aliexpress.com/item/{row.product_id}.html" if row.product_id else ""


def open_link(url: str) -> bool:
    """Open an AliExpress page in the browser; refuse (False) any other address."""
    return is_aliexpress_link(url) and QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode))


def open_product_page(row: OrderRow) -> bool:
    return open_link(product_url(row))


class DeleteConfirmation(QMessageBox):
    """Asks before deleting, naming what goes and that a later sync may bring it back."""

    def __init__(self, parent: QWidget, rows: list[OrderRow]) -> None:
        super().__init__(QMessageBox.Icon.Warning, "", "", QMessageBox.StandardButton.Cancel, parent)
        self.setObjectName("deleteConfirmation")
        self.setWindowTitle(self.tr("Delete orders"))
        orders = self.tr("%Ln order(s)", "", len({r.order_id for r in rows}))
        self.setText(
            fill(self.tr("Delete %Ln sub-order(s) of %1 from this computer?", "", len(rows)), orders),
        )
        lines = [
            fill(
                self.tr("• Order %1: %2 (%3)"),
                r.order_id,
                (r.product_title or fill(self.tr("product %1"), r.product_id))[:60],
                money(r.paid_amount, r.currency),
            )
            for r in rows[:DELETE_LIST_LIMIT]
        ]
        if len(rows) > DELETE_LIST_LIMIT:
            lines.append(self.tr("… and %Ln more", "", len(rows) - DELETE_LIST_LIMIT))
        explanation = self.tr(
            "This only removes them from aliorders. If the orders still exist on AliExpress, a later "
            "sync of the same dates brings them back. Use it for duplicates or test rows."
        )
        self.setInformativeText("\n".join(lines) + "\n\n" + explanation)
        self.delete_button = self.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        self.setDefaultButton(QMessageBox.StandardButton.Cancel)


def confirm_delete(parent: QWidget, rows: list[OrderRow]) -> bool:
    """Ask before deleting `rows`; True when the user chose Delete."""
    box = DeleteConfirmation(parent, rows)
    box.exec()
    return box.clickedButton() is box.delete_button
