"""Headline figures of the range, each compared with the period of the same length before it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from aliorders_desktop.aliexpress.orders import OrderStatus
from aliorders_desktop.store.insights import Figures
from aliorders_desktop.ui import theme
from aliorders_desktop.ui.formats import decimal, fill, money, number, percent

_WORSE = ("#b3261e", "#ff8a80")  # (light, dark): a change for the worse


@dataclass(frozen=True)
class Tile:
    name: str
    title: str
    """English, like `tip`, marked for translation; the tile shows both translated."""
    tip: str
    number: Callable[[Figures], float | None]
    text: Callable[[Figures, str], str]
    higher_is_better: bool = True
    in_points: bool = False
    """Compare as a difference of percentage points (for shares) rather than a relative change."""


TILES = (
    Tile(
        "headlineOrders",
        QT_TRANSLATE_NOOP("Headline", "Orders"),
        QT_TRANSLATE_NOOP(
            "Headline",
            "Buyer orders (checkouts) paid in the range. One order can hold several products (sub-orders).",
        ),
        lambda f: f.orders,
        lambda f, _: number(f.orders),
    ),
    Tile(
        "headlinePaid",
        QT_TRANSLATE_NOOP("Headline", "Paid by buyers"),
        QT_TRANSLATE_NOOP(
            "Headline",
            "What buyers paid for the products your links sold, Invalid orders included.",
        ),
        lambda f: f.paid_amount,
        lambda f, c: money(f.paid_amount, c),
    ),
    Tile(
        "headlineEstimated",
        QT_TRANSLATE_NOOP("Headline", "Unsettled commission"),
        QT_TRANSLATE_NOOP(
            "Headline",
            "Commission not settled yet, so still an estimate (≈): orders in Payment Completed or Buyer "
            "Confirmed Receipt. Settled commission is counted on its own.",
        ),
        lambda f: f.estimated,
        lambda f, c: f"≈ {money(f.estimated, c)}",
    ),
    Tile(
        "headlineSettled",
        QT_TRANSLATE_NOOP("Headline", "Settled commission"),
        QT_TRANSLATE_NOOP(
            "Headline",
            "Final commission of Completed Settlement orders, paid into your balance.",
        ),
        lambda f: f.settled,
        lambda f, c: money(f.settled, c),
    ),
    Tile(
        "headlineInvalid",
        QT_TRANSLATE_NOOP("Headline", "Invalid"),
        QT_TRANSLATE_NOOP(
            "Headline",
            "Share of sub-orders that became Invalid (refunded, cancelled, flagged or never settled).",
        ),
        lambda f: f.invalid_share,
        lambda f, c: percent(f.invalid_share) or "—",
        higher_is_better=False,
        in_points=True,
    ),
)


def change_text(now: float | None, before: float | None, in_points: bool = False) -> tuple[str, int]:
    """`(text, direction)` of the change from `before` to `now`: "▲ 12%", "▼ 3.5%", "▲ 1.2 pt".

    Direction is 1 up, -1 down, 0 none. No text when there is nothing to compare.
    """
    if now is None or before is None:
        return "", 0
    difference = now - before
    direction = (difference > 0) - (difference < 0)
    arrow = {1: "▲ ", -1: "▼ ", 0: "± "}[direction]
    if in_points:
        points = QCoreApplication.translate("Headline", "%1 pt")
        return arrow + fill(points, decimal(abs(difference) * 100, 1)), direction
    if before == 0:
        return ("▲ " + QCoreApplication.translate("Headline", "new"), 1) if now else ("± 0%", 0)
    change = abs(difference) / abs(before) * 100
    if change >= 1000:
        return f"{arrow}{decimal(now / before, 0)}×", direction  # "202×" reads better than "20141%"
    return f"{arrow}{decimal(change, 0 if change >= 10 else 1)}%", direction


class _TileWidget(QFrame):
    def __init__(self, tile: Tile) -> None:
        super().__init__(objectName=tile.name)
        self.tile = tile
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setToolTip(QCoreApplication.translate("Headline", tile.tip))
        # Titles and changes wrap: five tiles side by side must fit a 1280-pixel window in every
        # language. Only the figure itself never breaks.
        self.title = QLabel(QCoreApplication.translate("Headline", tile.title), wordWrap=True)
        self.value = QLabel(objectName=f"{tile.name}Value")
        self.change = QLabel(objectName=f"{tile.name}Change", wordWrap=True)
        self.change.setMinimumHeight(self.change.fontMetrics().height())  # kept when it says nothing
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.value.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(1)
        for label in (self.title, self.value, self.change):
            layout.addWidget(label)


class Headline(QWidget):
    """A row of figure tiles with ▲/▼ changes against the previous period."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="insightsHeadline")
        self.tiles = [_TileWidget(tile) for tile in TILES]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for tile in self.tiles:
            layout.addWidget(tile, 1)
        self._shown: tuple[Figures, Figures | None, str, str] = (Figures(), None, "", "")

    def show_figures(
        self, current: Figures, previous: Figures | None, currency: str, compared_with: str
    ) -> None:
        """`compared_with` names the previous period, e.g. "the 30 days before" (unused without one).

        Without a previous period the changes stay empty: the view says so once, not five times."""
        self._shown = (current, previous, currency, compared_with)
        dark = theme.is_dark()
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for widget in self.tiles:
            tile = widget.tile
            widget.value.setText(tile.text(current, currency))
            before = tile.number(previous) if previous is not None else None
            text, direction = change_text(tile.number(current), before, tile.in_points)
            good = direction == (1 if tile.higher_is_better else -1)
            if direction == 0:
                colour = muted
            else:
                colour = theme.status_colour(OrderStatus.SETTLED, dark) if good else QColor(_WORSE[dark])
            widget.change.setStyleSheet(f"color: {colour.name()};")
            widget.change.setText(text)
            earlier = ""
            if previous:
                earlier = fill(
                    self.tr("%1 in %2: %3"), widget.title.text(), compared_with, tile.text(previous, currency)
                )
            widget.change.setToolTip(earlier)
        self.tiles[0].value.setToolTip(self.tr("%Ln sub-order(s)", "", current.sub_orders))
        self.tiles[-1].value.setToolTip(
            fill(
                self.tr(
                    "%Ln Invalid sub-order(s); they had been estimated to earn %1",
                    "",
                    current.invalid_sub_orders,
                ),
                money(current.lost, currency),
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        """Recolour the changes when the theme switches between light and dark."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.show_figures(*self._shown)
        super().changeEvent(event)
