"""The Insights tab: headline figures, commission over time and breakdowns, over the table's filters.

At a million orders a year-long range takes seconds to sum (the breakdowns and distinct order
counts must read every matching row), so the queries run on a worker thread: only while the tab
is visible, once per pause in filter changes, and a newer filter cancels an older computation.
The headline and chart arrive first, the breakdowns after them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from aliorders_desktop import store
from aliorders_desktop.days import local_zone
from aliorders_desktop.export import ExportError, ExportFormat
from aliorders_desktop.export.breakdown_file import export_breakdown
from aliorders_desktop.store import OrderFilter
from aliorders_desktop.store.insights import (
    BreakdownBy,
    BreakdownRow,
    Figures,
    Granularity,
    Move,
    Series,
    breakdown,
    commission_series,
    currency_counts,
    figures,
    previous_period,
    sub_id_keys,
    what_moved,
)
from aliorders_desktop.ui.background import BackgroundTask, Job
from aliorders_desktop.ui.formats import day, fill, major, number
from aliorders_desktop.ui.insights.breakdown import RATE_AND_SHARE, BreakdownTable
from aliorders_desktop.ui.insights.chart import CommissionChart
from aliorders_desktop.ui.insights.headline import Headline
from aliorders_desktop.ui.insights.pipeline import PipelineView
from aliorders_desktop.ui.signals import signals_blocked

DEBOUNCE_MS = 250
BUSY_AFTER_MS = 300
"""Say "Calculating…" only when it takes long enough to notice, so quick updates don't flicker."""
BREAKDOWN_LIMIT = 500
NO_SERIES = Series(Granularity.DAY, [])


@dataclass(frozen=True)
class Overview:
    """The first part of a computation: what the headline and the chart show."""

    currencies: list[str]
    counts: list[tuple[str | None, int]]
    """Sub-orders per currency (None: without one), most first: the cards count one of them."""
    currency: str | None
    current: Figures
    previous: Figures | None
    series: Series
    sub_id_keys: list[str]


@dataclass(frozen=True)
class Breakdown:
    by: BreakdownBy
    rows: list[BreakdownRow]
    truncated: bool
    sub_id_key: str = ""
    chosen: bool = False
    """The "Breakdown by…" table's rows (else the Tracking ID table's)."""


@dataclass(frozen=True)
class Moves:
    """The "Breakdown by…" groups whose commission grew and fell most against the period before."""

    grew: list[Move]
    fell: list[Move]


@dataclass(frozen=True)
class GroupChoice:
    """A clicked row of the "Breakdown by…" table, as a filter and as the chip names it."""

    group: store.Group
    text: str


def insights_job(
    f: OrderFilter,
    preferred_currency: str | None,
    zone: tzinfo,
    generation: int,
    chosen: tuple[BreakdownBy, str] = (BreakdownBy.SUB_ID, ""),
) -> Job:
    """A `BackgroundTask` job reporting `(generation, Overview)`, then `(generation, Breakdown)`
    for the Tracking ID table and for the `chosen` (dimension, sub-ID key) table.

    Uses the preferred currency if the range has it, else the one with the most sub-orders.
    """

    def job(report: Callable[[object], None], cancel: threading.Event) -> None:
        with store.job_connection():
            counts = currency_counts(f)
            if f.currency:  # the table shows one currency (a drill-down's): so do the figures
                counts = [(c, n) for c, n in counts if c == f.currency]
            found = [currency for currency, _ in counts if currency is not None]
            currency = preferred_currency if preferred_currency in found else next(iter(found), None)
            keys = sub_id_keys()
            if currency is None:
                report((generation, Overview(found, counts, None, Figures(), None, NO_SERIES, keys)))
                return
            mine = replace(f, currency=currency)
            before = previous_period(mine)
            previous = figures(before) if before is not None else None
            series = commission_series(mine, zone)
            overview = Overview(found, counts, currency, figures(mine), previous, series, keys)
            report((generation, overview))
            for (by, key), is_chosen in (((BreakdownBy.TRACKING_ID, ""), False), (chosen, True)):
                if cancel.is_set():
                    return
                rows = breakdown(mine, by, BREAKDOWN_LIMIT + 1, key)
                truncated = len(rows) > BREAKDOWN_LIMIT
                report((generation, Breakdown(by, rows[:BREAKDOWN_LIMIT], truncated, key, is_chosen)))
            if before is not None and not cancel.is_set():
                report((generation, Moves(*what_moved(mine, before, *chosen))))

    return job


class InsightsView(QWidget):
    """Emits `trackingChosen` / `subIdChosen` with a breakdown row's key ("" for "none") when clicked,
    `groupChosen` with a `GroupChoice` for a row of any other dimension (`shown_currency` is the
    row's currency), `backRequested` when the user asks for the filters before such a click again,
    and `refreshed` once everything for the current filter is shown."""

    trackingChosen = Signal(str)
    subIdChosen = Signal(str)
    groupChosen = Signal(object)
    backRequested = Signal()
    refreshed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="insightsView")
        self.currency_box = QComboBox(objectName="currencySelector")
        self.currency_box.setToolTip(
            self.tr("Insights show one settlement currency at a time; amounts are never mixed")
        )
        self.currency_label = QLabel(self.tr("Currency:"))
        self.comparison = QLabel(objectName="comparisonLabel", wordWrap=True)
        self.scope = QLabel(objectName="insightsScope", wordWrap=True)
        self.scope.hide()
        self.back_button = QPushButton(self.tr("← Back"), objectName="insightsBackButton")
        self.back_button.setToolTip(self.tr("Show the orders as they were before you clicked a row below"))
        self.back_button.hide()
        self.shown_currency: str | None = None
        """The currency the figures and breakdowns count, which a click on a row keeps."""
        self.moved = QLabel(objectName="whatMovedLabel")
        self.moved.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.moved_tip = self.tr("What grew or fell most in the right-hand table, against the period before")
        self.busy = QLabel(self.tr("Calculating…"), objectName="insightsBusy")
        self.save_button = QPushButton(self.tr("Save chart as PNG…"), objectName="saveChartButton")
        self.save_button.setToolTip(self.tr("Save the commission chart as it looks now to a PNG image"))
        self.headline = Headline()
        self.chart = CommissionChart()
        self.pipeline = PipelineView()
        self.tracking = BreakdownTable(BreakdownBy.TRACKING_ID, "trackingBreakdown")
        for column in RATE_AND_SHARE:  # room is short beside the other table; "Breakdown by" has them
            self.tracking.setColumnHidden(column, True)
        self.chosen = BreakdownTable(BreakdownBy.SUB_ID, "chosenBreakdown")
        self.tracking_caption = QLabel(objectName="trackingBreakdownCaption", wordWrap=True)
        self.chosen_caption = QLabel(objectName="chosenBreakdownCaption")
        self.by_box = QComboBox(objectName="breakdownBy")
        self.by_box.setToolTip(self.tr("What the table on the right groups the orders by"))
        self.by_label = QLabel(self.tr("Breakdown by:"))
        self.export_button = QPushButton(self.tr("Export breakdown…"), objectName="exportBreakdownButton")
        self.export_button.setToolTip(
            self.tr("Save the table on the right as a CSV file or an Excel workbook")
        )
        self._by: tuple[BreakdownBy, str] = (BreakdownBy.SUB_ID, "")
        self._fill_dimensions([])
        self.task = BackgroundTask("insightsThread", self)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._busy_delay = QTimer(self, singleShot=True, interval=BUSY_AFTER_MS)
        self._filter = OrderFilter()
        self._stale = True
        self._generation = 0
        self._currency: str | None = None
        self._truncated: dict[bool, bool] = {}
        """Whether each table (the chosen one: True) shows only the best earners."""
        self._problem = False
        self._layout()
        self._show_captions()
        self.busy.hide()
        self._debounce.timeout.connect(self._recompute)
        self._busy_delay.timeout.connect(self.busy.show)
        self.currency_box.currentIndexChanged.connect(self._on_currency_chosen)
        self.save_button.clicked.connect(self.save_chart)
        self.back_button.clicked.connect(self.backRequested)
        self.tracking.chosen.connect(self.trackingChosen)
        self.chosen.chosen.connect(self._on_group_clicked)
        self.by_box.currentIndexChanged.connect(self._on_dimension_chosen)
        self.export_button.clicked.connect(self.export_breakdown)
        self.task.progressed.connect(self._on_part)
        self.task.failed.connect(self._on_failed)
        self.task.finished.connect(self._on_finished)

    def _layout(self) -> None:
        top = QHBoxLayout()
        for widget in (self.back_button, self.currency_label, self.currency_box):
            top.addWidget(widget)
        top.addWidget(self.comparison, 1)  # takes the row's room, and wraps only without it
        top.addWidget(self.moved, 1)  # elided: it never widens the window
        top.addWidget(self.busy)
        top.addWidget(self.save_button)
        tables = QWidget()
        row = QHBoxLayout(tables)
        row.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(self.tracking_caption)
        left.addWidget(self.tracking, 1)
        row.addLayout(left, 2)
        chooser = QHBoxLayout()
        for widget in (self.by_label, self.by_box, self.chosen_caption):
            chooser.addWidget(widget)
        chooser.addStretch()
        chooser.addWidget(self.export_button)
        right = QVBoxLayout()
        right.addLayout(chooser)
        right.addWidget(self.chosen, 1)
        row.addLayout(right, 3)  # its rate and share columns need the room
        split = QSplitter(Qt.Orientation.Vertical, objectName="insightsSplitter", childrenCollapsible=False)
        over_time = QSplitter(objectName="insightsTopSplitter", childrenCollapsible=False)
        over_time.addWidget(self.chart)
        over_time.addWidget(self.pipeline)
        over_time.setStretchFactor(0, 3)
        over_time.setStretchFactor(1, 2)
        split.addWidget(over_time)
        split.addWidget(tables)
        split.setStretchFactor(0, 3)  # the pipeline's tables need their height on a 768 px screen
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.scope)
        layout.addWidget(self.headline)
        layout.addWidget(split, 1)

    # --- when to compute -----------------------------------------------------------------
    def set_filter(self, f: OrderFilter) -> None:
        """Follow the table's filter; the figures are recomputed once the tab is visible.

        The same filter again (Refresh, a sync page) keeps showing what is being computed;
        another filter makes any running computation obsolete.
        """
        if f != self._filter:
            self._abandon()
        self._filter = f
        self._stale = True
        if self.isVisible():
            self._debounce.start()

    def _abandon(self) -> None:
        """Drop what the running computation still reports (it was for other rows) and stop it."""
        self._generation += 1
        self.task.cancel()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._debounce.start()

    @Slot()
    def _recompute(self) -> None:
        if self.task.is_running():
            return  # `_on_finished` starts again, as the view is still stale
        self._stale = False
        self._generation += 1
        self._problem = False
        self.busy.setText(self.tr("Calculating…"))
        self._busy_delay.start()
        self.pipeline.refresh()
        job = insights_job(self._filter, self._currency, local_zone(), self._generation, self._by)
        self.task.start(job)

    @Slot(int)
    def _on_currency_chosen(self, index: int) -> None:
        self._currency = self.currency_box.itemData(index)
        self._abandon()
        self._stale = True
        self._debounce.start()

    @Slot()
    def _on_finished(self) -> None:
        if self._stale and self.isVisible():
            self._recompute()
            return
        self._busy_delay.stop()
        self.busy.setVisible(self._problem)
        self.refreshed.emit()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self._show_problem(fill(self.tr("Insights could not be computed: %1"), error))

    def _show_problem(self, text: str) -> None:
        self._problem = True
        self.busy.setText(text)
        self.busy.show()

    def shutdown(self) -> None:
        self._debounce.stop()
        self._busy_delay.stop()
        self.task.shutdown()
        self.pipeline.shutdown()

    # --- showing results -----------------------------------------------------------------
    @Slot(object)
    def _on_part(self, message: tuple[int, Overview | Breakdown]) -> None:
        generation, part = message
        if generation != self._generation:
            return  # computed for a filter or currency that has changed since
        if isinstance(part, Overview):
            self._show_overview(part)
        elif isinstance(part, Moves):
            self._show_moves(part)
        else:
            table = self.chosen if part.chosen else self.tracking
            table.set_rows(part.rows, self.shown_currency, part.by, part.sub_id_key)
            self._truncated[part.chosen] = part.truncated
            self._show_captions()

    def offer_back(self, offered: bool) -> None:
        """Show Back while the filters come from a click on a row here."""
        self.back_button.setVisible(offered)

    def _show_overview(self, overview: Overview) -> None:
        self._fill_currencies(overview.currencies, overview.currency)
        self.shown_currency = overview.currency
        self._show_scope(overview.counts, overview.currency)
        currency = overview.currency or ""
        compared_with = self._previous_range_text()
        if compared_with:
            self.comparison.setText(fill(self.tr("▲▼ compared with %1"), compared_with))
        else:  # all time: said here once rather than on every tile
            self.comparison.setText(QCoreApplication.translate("Headline", "no earlier period to compare"))
        self.headline.show_figures(overview.current, overview.previous, currency, compared_with)
        self.chart.set_series(overview.series, currency)
        self._truncated = {}
        self.moved.clear()
        self._fill_dimensions(overview.sub_id_keys)
        if overview.currency is None:
            self.tracking.set_rows([], None)
            self.chosen.set_rows([], None)
        self._show_captions()

    def _show_moves(self, moves: Moves) -> None:
        label, currency = self.chosen.breakdown.label, self.shown_currency

        def named(items: list[Move]) -> str:
            return ", ".join(
                f"{label(move.row)} ({'+' if move.change > 0 else '−'}{major(abs(move.change), currency)})"
                for move in items
            )

        parts = []
        if moves.grew:
            parts.append(fill(self.tr("Grew most: %1"), named(moves.grew)))
        if moves.fell:
            parts.append(fill(self.tr("Fell most: %1"), named(moves.fell)))
        text = " · ".join(parts)
        self.moved.setToolTip(f"{self.moved_tip}\n{text}")
        self.moved.setText(
            self.moved.fontMetrics().elidedText(
                text, Qt.TextElideMode.ElideRight, max(self.moved.width(), 200)
            )
        )

    def _fill_currencies(self, found: list[str], chosen: str | None) -> None:
        with signals_blocked(self.currency_box):
            self.currency_box.clear()
            for currency in found:
                self.currency_box.addItem(currency, currency)
            self.currency_box.setCurrentIndex(max(self.currency_box.findData(chosen), 0))
        several = len(found) > 1
        self.currency_box.setVisible(several)
        self.currency_label.setVisible(several)

    def _show_scope(self, counts: list[tuple[str | None, int]], currency: str | None) -> None:
        """Say which sub-orders the cards count when the filtered ones are in several currencies:
        amounts are never added across currencies, so the others are left out, and named."""
        others = [(c, n) for c, n in counts if c != currency]
        if currency is None or not others:
            self.scope.hide()
            return
        counted = next(n for c, n in counts if c == currency)
        total = sum(n for _, n in counts)
        listed = ", ".join(f"{c or self.tr('no currency')} {number(n)}" for c, n in others)
        self.scope.setText(
            fill(
                self.tr(
                    "Counting %1 only: %2 of the %3 sub-orders the filters select. Other currencies: %4 "
                    "(choose one above)."
                ),
                currency,
                number(counted),
                number(total),
                listed,
            )
        )
        self.scope.show()

    def _previous_range_text(self) -> str:
        before = previous_period(self._filter)
        if before is None or before.paid_from is None or before.paid_to is None:
            return ""
        zone = local_zone()
        first = before.paid_from.astimezone(zone).date()
        last = (before.paid_to - timedelta(seconds=1)).astimezone(zone).date()
        days = (last - first).days + 1
        return fill(self.tr("%1 – %2 (the %Ln day(s) before)", "", days), day(first), day(last))

    def _show_captions(self) -> None:
        click = self.tr(" · click a row to see its orders")
        for caption, title, chosen in (
            (self.tracking_caption, self.tr("<b>By Tracking ID</b>"), False),
            (self.chosen_caption, "", True),
        ):
            most = ""
            if self._truncated.get(chosen):
                most = self.tr(" — the %Ln that earn most", "", BREAKDOWN_LIMIT)
            caption.setText(title + most + ("" if chosen else click))
        self.chosen_caption.setVisible(bool(self.chosen_caption.text()))

    # --- "Breakdown by…" ---------------------------------------------------------------------
    def _fill_dimensions(self, keys: list[str]) -> None:
        """Offer every dimension, with one entry per sub-ID key in use; keep the current choice."""
        choices: list[tuple[str, tuple[BreakdownBy, str]]] = [
            (self.tr("Sub IDs (custom parameters)"), (BreakdownBy.SUB_ID, "")),
            *(
                (fill(self.tr("Sub ID %1"), key or self.tr("(plain text)")), (BreakdownBy.SUB_ID_KEY, key))
                for key in keys
            ),
            (self.tr("Product"), (BreakdownBy.PRODUCT, "")),
            (self.tr("Category"), (BreakdownBy.CATEGORY, "")),
            (self.tr("Ship-to country"), (BreakdownBy.COUNTRY, "")),
            (self.tr("Site"), (BreakdownBy.SITE, "")),
            (self.tr("New or returning buyer"), (BreakdownBy.BUYER, "")),
            (self.tr("Hot product"), (BreakdownBy.HOT, "")),
            (self.tr("Platform"), (BreakdownBy.PLATFORM, "")),
            (self.tr("Tracking ID"), (BreakdownBy.TRACKING_ID, "")),
        ]
        if [self.by_box.itemData(i) for i in range(self.by_box.count())] == [data for _, data in choices]:
            return
        with signals_blocked(self.by_box):
            self.by_box.clear()
            for text, data in choices:
                self.by_box.addItem(text, data)
            self.by_box.setCurrentIndex(max(self._index_of(self._by), 0))

    def choose_dimension(self, by: BreakdownBy, sub_id_key: str = "") -> None:
        """Break down by `by` (as if chosen in the box), e.g. `SUB_ID_KEY` with "af_sub"."""
        index = self._index_of((by, sub_id_key))
        if index < 0:
            self.by_box.addItem(fill(self.tr("Sub ID %1"), sub_id_key), (by, sub_id_key))
            index = self.by_box.count() - 1
        self.by_box.setCurrentIndex(index)

    def _index_of(self, choice: tuple[BreakdownBy, str]) -> int:
        """The box's entry for `choice` (findData can't compare Python tuples), or -1."""
        found = (i for i in range(self.by_box.count()) if self.by_box.itemData(i) == choice)
        return next(found, -1)

    @Slot(int)
    def _on_dimension_chosen(self, index: int) -> None:
        self._by = self.by_box.itemData(index)
        self._abandon()
        self._stale = True
        self._debounce.start()

    @Slot(str)
    def _on_group_clicked(self, key: str) -> None:
        by, sub_id_key = self.chosen.breakdown.by, self.chosen.breakdown.sub_id_key
        if by is BreakdownBy.TRACKING_ID:
            self.trackingChosen.emit(key)
        elif by is BreakdownBy.SUB_ID:
            self.subIdChosen.emit(key)
        else:
            model = self.chosen.breakdown
            row = next(row for row in model.rows() if (row.key or "") == key)
            text = f"{model.key_title()}: {model.label(row)}"
            self.groupChosen.emit(GroupChoice(store.Group(by.value, row.key, sub_id_key), text))

    @Slot()
    def export_breakdown(self) -> None:
        """Write the "Breakdown by…" table, in the currency shown, to a CSV file or a workbook."""
        suggested = f"aliorders-breakdown-{self._by[0].value}-{date.today():%Y-%m-%d}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export breakdown"),
            suggested,
            self.tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"),
        )
        if not path or self._currency_shown() is None:
            return
        xlsx = ExportFormat.of_path(path) is ExportFormat.XLSX
        try:
            export_breakdown(path, [(self._currency_shown(), self.chosen.breakdown.rows())], xlsx=xlsx)
        except ExportError as exc:
            self._show_problem(fill(self.tr("Could not write %1"), f"{path} ({exc.strerror})"))

    def _currency_shown(self) -> str | None:
        return self.currency_box.currentData() if self.currency_box.count() else None

    @Slot()
    def save_chart(self) -> None:
        suggested = f"aliorders-commission-{date.today():%Y-%m-%d}.png"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save chart as PNG"), suggested, self.tr("PNG images (*.png)")
        )
        if path and not self.chart.save_png(path):
            self._show_problem(fill(self.tr("Could not write %1"), path))
