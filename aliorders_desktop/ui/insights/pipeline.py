"""Insights' pipeline: the commission not settled yet, by age since payment, and when it should land
(`store.pipeline`), computed on a worker thread. A click on a figure shows its orders.

The pipeline is about now, whatever dates the filter bar shows: it counts every unsettled order.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aliorders_desktop import store
from aliorders_desktop.aliexpress.orders import status_name
from aliorders_desktop.days import local_zone
from aliorders_desktop.store import DateBasis, OrderFilter
from aliorders_desktop.store.pipeline import (
    BANDS,
    MINIMUM_HISTORY,
    PENDING,
    BandSum,
    Forecast,
    band_filter,
    bands,
    forecast,
    month_orders,
)
from aliorders_desktop.ui.background import BackgroundTask, Job
from aliorders_desktop.ui.date_basis import basis_name
from aliorders_desktop.ui.formats import fill, major, number

MINIMUM_WIDTH = 440
"""Pixels: four age bands of RUB amounts beside their row names, in every language."""
_BASIS_OF = {PENDING[0]: DateBasis.PAID, PENDING[1]: DateBasis.CONFIRMED}
"""The short word for each unsettled status ("Paid", "Confirmed"), as the date basis says it."""
FILTER_ROLE = Qt.ItemDataRole.UserRole
"""Where a figure's cell keeps the `OrderFilter` of its orders."""


def pipeline_job(now: datetime) -> Job:
    def job(_report: Callable[[object], None], _cancel: threading.Event) -> tuple[list[BandSum], Forecast]:
        with store.job_connection():
            zone = local_zone()
            return bands(now.astimezone(zone).date(), zone), forecast(now, zone)

    return job


def local_days(f: OrderFilter) -> tuple[date, date]:
    """The local days an `OrderFilter`'s paid range covers (its open start: the earliest day)."""
    zone = local_zone()
    first = f.paid_from.astimezone(zone).date() if f.paid_from else date(2015, 1, 1)
    end = f.paid_to or datetime.now(UTC)
    return first, (end - timedelta(seconds=1)).astimezone(zone).date()


class PipelineView(QWidget):
    """Emits `ordersChosen(first, last, statuses, currency)` when a figure is clicked: the local
    days the orders were paid in, their statuses and their currency."""

    ordersChosen = Signal(object, object, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="pipelineView")
        title = QLabel(
            self.tr("<b>Pipeline</b>: ≈ commission not settled yet, by days since payment"),
            objectName="pipelineTitle",
            wordWrap=True,
        )
        title.setToolTip(
            self.tr(
                "Every Payment Completed and Buyer Confirmed Receipt order, whatever the dates chosen "
                "above, by local days since payment (0–30, 31–60, 61–90, over 90). “≈” = estimate "
                "until settled. Click a figure to show its orders."
            )
        )
        self.bands = self._table("pipelineBands")
        self.forecast_title = QLabel(self.tr("<b>Expected to land</b> ≈"), objectName="forecastTitle")
        self.forecast = self._table("pipelineForecast")
        self.method = QLabel(objectName="pipelineMethod", wordWrap=True)
        self.method.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.bands)
        layout.addWidget(self.forecast_title)
        layout.addWidget(self.forecast)
        layout.addWidget(self.method)
        layout.addStretch(1)
        self.setMinimumWidth(MINIMUM_WIDTH)
        self.task = BackgroundTask("pipelineThread", self)
        self.task.succeeded.connect(self._on_computed)
        self.task.failed.connect(self._on_failed)
        self.task.finished.connect(self._on_finished)
        self._stale = False
        self.bands.cellClicked.connect(self._on_band_clicked)
        self.forecast.cellClicked.connect(self._on_month_clicked)
        self.method.setText(self.tr("Adding up…"))

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget(objectName=name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setMinimumSectionSize(64)
        table.setWordWrap(False)
        table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
        return table

    @staticmethod
    def _fit_rows(table: QTableWidget) -> None:
        """As tall as its rows: a few currencies and statuses, never worth a scroll bar."""
        rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
        frame = 2 * table.frameWidth()
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + frame)

    def refresh(self) -> None:
        """Add it up again (the store changed or the tab was shown); once more after a running one."""
        self._stale = True
        if not self.task.is_running():
            self._start()

    def shutdown(self) -> None:
        self.task.shutdown()

    def _start(self) -> None:
        self._stale = False
        self.task.start(pipeline_job(datetime.now(UTC)))

    @Slot()
    def _on_finished(self) -> None:
        if self._stale:
            self._start()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self.method.setText(fill(self.tr("The pipeline could not be added up: %1"), error))

    @Slot(object)
    def _on_computed(self, result: tuple[list[BandSum], Forecast]) -> None:
        sums, expected = result
        self._show_bands(sums, datetime.now(UTC).astimezone(local_zone()).date())
        self._show_forecast(expected)

    def _show_bands(self, sums: list[BandSum], today: date) -> None:
        rows = sorted({(s.currency, s.status) for s in sums}, key=lambda r: (r[0] or "", PENDING.index(r[1])))
        headers = [f"{low}–{high}" for low, high in BANDS[:-1]]
        headers.append(f"> {BANDS[-1][0] - 1}")
        self.bands.clear()
        self.bands.setColumnCount(len(BANDS))
        self.bands.setRowCount(len(rows))
        self.bands.setHorizontalHeaderLabels(headers)
        self.bands.setVerticalHeaderLabels(
            [f"{currency or '?'} · {basis_name(_BASIS_OF[status])}" for currency, status in rows]
        )
        for row, (_, status) in enumerate(rows):
            self.bands.verticalHeaderItem(row).setToolTip(status_name(status))
        for s in sums:
            item = QTableWidgetItem(major(s.commission, s.currency))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(
                fill(
                    self.tr("%1 sub-orders, %2, paid %3 days ago: click to show them"),
                    number(s.sub_orders),
                    status_name(s.status),
                    self.bands.horizontalHeaderItem(s.band).text(),
                )
            )
            item.setData(FILTER_ROLE, band_filter(s.band, s.status, s.currency, today, local_zone()))
            self.bands.setItem(rows.index((s.currency, s.status)), s.band, item)
        self._fit_rows(self.bands)

    def _show_forecast(self, expected: Forecast) -> None:
        locale = QLocale()
        headers = [locale.toString(month, "MMM yyyy") for month in expected.months]
        headers[0] = fill(self.tr("%1 (rest)"), headers[0])
        currencies = list(expected.amounts)
        self.forecast.clear()
        self.forecast.setColumnCount(len(expected.months))
        self.forecast.setRowCount(len(currencies))
        self.forecast.setHorizontalHeaderLabels(headers)
        self.forecast.setVerticalHeaderLabels([currency or "?" for currency in currencies])
        for row, currency in enumerate(currencies):
            for col, minor in enumerate(expected.amounts[currency]):
                item = QTableWidgetItem(major(minor, currency))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(
                    self.tr(
                        "Click to show the unsettled orders whose typical settlement day falls in this month"
                    )
                )
                item.setData(FILTER_ROLE, month_orders(expected, col, currency, local_zone()))
                self.forecast.setItem(row, col, item)
        self._fit_rows(self.forecast)
        self.forecast.setVisible(expected.enough)
        self.forecast_title.setVisible(expected.enough)
        self.method.setText(self.method_summary(expected))
        self.method.setToolTip(self.method_text(expected))

    def method_summary(self, expected: Forecast) -> str:
        """The method in a line or two: what the forecast rests on (the tooltip says it all)."""
        if not expected.enough:
            return self.method_text(expected)
        overall = expected.timings[0]
        return fill(
            self.tr(
                "Learnt from %1 settled orders: payment to settlement %2 days (median; 80%: %3–%4), "
                "less the share that ended Invalid. Hover for the method."
            ),
            number(expected.settled),
            str(round(overall.median_days)),
            str(round(overall.low_days)),
            str(round(overall.high_days)),
        )

    def method_text(self, expected: Forecast) -> str:
        """How the forecast was made and what it rests on, or why there is none."""
        if not expected.enough:
            return fill(
                self.tr(
                    "No forecast yet: it is learnt from this account's own settlements, and there are "
                    "%1 settled orders; it needs %2."
                ),
                number(expected.settled),
                number(MINIMUM_HISTORY),
            )
        overall = expected.timings[0]
        sites = ", ".join(
            fill(self.tr("%1: %2 days"), t.site or "?", str(round(t.median_days)))
            for t in expected.timings[1:]
        )
        text = fill(
            self.tr(
                "Forecast from the %1 latest settlements on this account: payment to settlement took "
                "%2 days (median; 80% between %3 and %4 days)"
            ),
            number(expected.settled),
            str(round(overall.median_days)),
            str(round(overall.low_days)),
            str(round(overall.high_days)),
        )
        if sites:
            text += fill(self.tr("; per site with %1 or more: %2"), number(MINIMUM_HISTORY), sites)
        return text + fill(
            self.tr(". Reduced by the share of orders of the same age that ended Invalid (%1 orders)."),
            number(expected.invalid),
        )

    @Slot(int, int)
    def _on_band_clicked(self, row: int, column: int) -> None:
        self._choose(self.bands.item(row, column))

    @Slot(int, int)
    def _on_month_clicked(self, row: int, column: int) -> None:
        self._choose(self.forecast.item(row, column))

    def _choose(self, item: QTableWidgetItem | None) -> None:
        if item is None:
            return
        f: OrderFilter = item.data(FILTER_ROLE)
        self.ordersChosen.emit(*local_days(f), f.statuses, f.currency)
