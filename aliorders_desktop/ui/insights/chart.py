"""Commission over time as stacked bars, painted with QPainter (QtCharts is not in PySide6-Essentials).

Settled commission sits at the bottom, the estimate above it, and what Invalid orders lost on
top (hatched), so a bar reads from "money in the balance" up to "money that went away". Colours
are the table's status colours for the current theme and everything else comes from the palette,
so the chart follows light and dark.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from aliorders_desktop.aliexpress.orders import OrderStatus, major_units, minor_unit_exponent
from aliorders_desktop.store.insights import Bucket, Granularity, Series
from aliorders_desktop.ui import theme
from aliorders_desktop.ui.formats import day, day_month, decimal, fill, major, money, month_year, weekday_day


@dataclass(frozen=True)
class Layer:
    field: str
    title: str
    """English, marked for translation; `name()` is what the chart shows."""
    status: OrderStatus
    pattern: Qt.BrushStyle = Qt.BrushStyle.SolidPattern

    def name(self) -> str:
        return QCoreApplication.translate("CommissionChart", self.title)


LAYERS = (
    Layer("settled", QT_TRANSLATE_NOOP("CommissionChart", "Settled"), OrderStatus.SETTLED),
    Layer("estimated", QT_TRANSLATE_NOOP("CommissionChart", "Unsettled"), OrderStatus.PAID),
    Layer(
        "lost",
        QT_TRANSLATE_NOOP("CommissionChart", "Lost (Invalid)"),
        OrderStatus.INVALID,
        Qt.BrushStyle.BDiagPattern,
    ),
)
"""Bottom to top."""

_PAD = 10


def bucket_title(bucket: Bucket, granularity: Granularity) -> str:
    """How a bar's days are named in its tooltip."""
    if granularity is Granularity.DAY:
        return weekday_day(bucket.first)
    if granularity is Granularity.MONTH and bucket.first.day == 1 and _is_month_end(bucket.last):
        return month_year(bucket.first, full=True)
    return f"{day_month(bucket.first)} – {day_month(bucket.last)} {bucket.last.year}"


def _is_month_end(value: date) -> bool:
    return value.month != date.fromordinal(value.toordinal() + 1).month


def axis_label(value: date, granularity: Granularity) -> str:
    return month_year(value) if granularity is Granularity.MONTH else day_month(value)


def _height(minor: int, currency: str) -> float:
    """An amount in major units, as the chart scales and draws it (in floating-point pixels)."""
    return float(major_units(minor, currency))


def nice_step(span: float, ticks: int = 4) -> float:
    """A round grid step (1, 2, 2.5 or 5 times a power of ten) giving about `ticks` lines up to `span`."""
    raw = span / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)


class CommissionChart(QWidget):
    """Stacked commission per bucket of one currency; hover a bar for its figures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="commissionChart")
        self.setMouseTracking(True)
        self.setMinimumSize(360, 200)
        self.setAccessibleName(self.tr("Commission over time"))
        self._series = Series(Granularity.DAY, [])
        self._currency = ""
        self._hover = -1

    def sizeHint(self) -> QSize:
        return QSize(900, 300)

    def set_series(self, series: Series, currency: str) -> None:
        self._series, self._currency, self._hover = series, currency, -1
        total = {layer.field: sum(getattr(b, layer.field) for b in series.buckets) for layer in LAYERS}
        self.setAccessibleDescription(
            f"{self.title()}: "
            + ", ".join(f"{layer.name()} {major(total[layer.field], currency)}" for layer in LAYERS)
        )
        self.update()

    @property
    def series(self) -> Series:
        return self._series

    def title(self) -> str:
        buckets = self._series.buckets
        if not self._currency:
            return self.tr("Commission")
        per = {
            Granularity.DAY: self.tr("Commission per day (%1)"),
            Granularity.WEEK: self.tr("Commission per week (%1)"),
            Granularity.MONTH: self.tr("Commission per month (%1)"),
        }[self._series.granularity]
        span = f" · {day(buckets[0].first)} – {day(buckets[-1].last)}" if buckets else ""
        return fill(per, self._currency) + span

    def tooltip_text(self, index: int) -> str:
        """What hovering bar `index` shows: its days and each state's commission."""
        bucket = self._series.buckets[index]
        lines = [bucket_title(bucket, self._series.granularity)]
        lines += [
            f"{layer.name()}: {money(getattr(bucket, layer.field), self._currency)}" for layer in LAYERS
        ]
        lines.append(self.tr("%Ln sub-order(s)", "", bucket.sub_orders))
        return "\n".join(lines)

    def bucket_at(self, x: float) -> int:
        """The bar under horizontal position `x`, or -1."""
        plot = self._plot_rect()
        count = len(self._series.buckets)
        if not count or not plot.left() <= x < plot.right():
            return -1
        return min(int((x - plot.left()) / (plot.width() / count)), count - 1)

    def save_png(self, path: str) -> bool:
        """Write the chart as it looks (without the hover highlight) to a PNG file."""
        self._hover = -1
        return self.grab().save(path, "PNG")

    # --- painting ------------------------------------------------------------------------
    def _top(self) -> float:
        top = max((b.settled + b.estimated + b.lost for b in self._series.buckets), default=0)
        return _height(top, self._currency)

    def _scale(self) -> tuple[float, float]:
        """(grid step, axis maximum) in major units."""
        top = self._top()
        step = nice_step(top) if top > 0 else 1.0
        return step, max(step, math.ceil(top / step - 1e-9) * step)

    def _tick_text(self, value: float, step: float) -> str:
        return decimal(value, minor_unit_exponent(self._currency) if step < 1 else 0)

    def _plot_rect(self) -> QRectF:
        metrics = self.fontMetrics()
        step, maximum = self._scale()
        label_width = max(metrics.horizontalAdvance(self._tick_text(maximum, step)), 24)
        top = _PAD + metrics.height() + 12
        return QRectF(
            _PAD + label_width + 8,
            top,
            max(self.width() - label_width - 3 * _PAD - 8, 10),
            max(self.height() - top - metrics.height() - 2 * _PAD, 10),
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        dark = theme.is_dark()
        self._paint_header(painter, palette, dark)
        if self._top() <= 0:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            if self._series.buckets:
                message = self.tr("No commission in this range")
            else:
                message = self.tr("No orders in this range")
            painter.drawText(self._plot_rect(), Qt.AlignmentFlag.AlignCenter, message)
            return
        plot = self._plot_rect()
        self._paint_grid(painter, palette, plot)
        self._paint_bars(painter, palette, plot, dark)
        self._paint_axis_labels(painter, palette, plot)

    def _paint_header(self, painter: QPainter, palette: QPalette, dark: bool) -> None:
        metrics = self.fontMetrics()
        baseline = _PAD + metrics.ascent()
        bold = painter.font()
        bold.setBold(True)
        painter.save()
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(QPointF(_PAD, baseline), self.title())
        painter.restore()
        x = self.width() - _PAD
        box = metrics.height() - 4
        for layer in reversed(LAYERS):
            x -= metrics.horizontalAdvance(layer.name())
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(QPointF(x, baseline), layer.name())
            x -= box + 6
            painter.fillRect(QRectF(x, _PAD + 2, box, box), palette.color(QPalette.ColorRole.Base))
            painter.fillRect(QRectF(x, _PAD + 2, box, box), self._brush(layer, dark))
            painter.setPen(theme.status_colour(layer.status, dark))
            painter.drawRect(QRectF(x, _PAD + 2, box, box))
            x -= 16

    def _paint_grid(self, painter: QPainter, palette: QPalette, plot: QRectF) -> None:
        step, maximum = self._scale()
        grid = QColor(palette.color(QPalette.ColorRole.Text))
        grid.setAlpha(40)
        metrics = self.fontMetrics()
        lines = round(maximum / step)
        for n in range(lines + 1):
            y = plot.bottom() - plot.height() * n / lines
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            text = self._tick_text(n * step, step)
            painter.drawText(
                QPointF(plot.left() - 8 - metrics.horizontalAdvance(text), y + metrics.ascent() / 2 - 1), text
            )

    def _paint_bars(self, painter: QPainter, palette: QPalette, plot: QRectF, dark: bool) -> None:
        _, maximum = self._scale()
        buckets = self._series.buckets
        slot = plot.width() / len(buckets)
        width = max(slot * 0.72, 1.0)
        if 0 <= self._hover < len(buckets):
            glow = QColor(palette.color(QPalette.ColorRole.Highlight))
            glow.setAlpha(45)
            painter.fillRect(QRectF(plot.left() + self._hover * slot, plot.top(), slot, plot.height()), glow)
        for index, bucket in enumerate(buckets):
            x = plot.left() + index * slot + (slot - width) / 2
            bottom = plot.bottom()
            for layer in LAYERS:
                height = _height(getattr(bucket, layer.field), self._currency) / maximum * plot.height()
                if height <= 0:
                    continue
                rect = QRectF(x, bottom - height, width, height)
                painter.fillRect(rect, self._brush(layer, dark))
                if layer.pattern != Qt.BrushStyle.SolidPattern:
                    painter.setPen(theme.status_colour(layer.status, dark))
                    painter.drawRect(rect)
                bottom -= height

    def _paint_axis_labels(self, painter: QPainter, palette: QPalette, plot: QRectF) -> None:
        metrics = self.fontMetrics()
        buckets = self._series.buckets
        granularity = self._series.granularity
        slot = plot.width() / len(buckets)
        widest = max(metrics.horizontalAdvance(axis_label(b.first, granularity)) for b in buckets)
        every = max(1, math.ceil((widest + 12) / slot))
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        y = plot.bottom() + 6 + metrics.ascent()
        for index in range(0, len(buckets), every):
            text = axis_label(buckets[index].first, granularity)
            centre = plot.left() + (index + 0.5) * slot
            left = min(max(centre - metrics.horizontalAdvance(text) / 2, 0), self.width() - widest)
            painter.drawText(QPointF(left, y), text)

    def _brush(self, layer: Layer, dark: bool) -> QBrush:
        return QBrush(theme.status_colour(layer.status, dark), layer.pattern)

    # --- hover ---------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.bucket_at(event.position().x())
        if index != self._hover:
            self._hover = index
            self.update()
        if index >= 0:
            QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_text(index), self)
        else:
            QToolTip.hideText()

    def leaveEvent(self, event) -> None:
        self._hover = -1
        self.update()
        super().leaveEvent(event)
