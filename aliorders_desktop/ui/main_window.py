"""The main window: toolbar, filters, the Orders and Insights tabs, order details, totals, and
background sync and export."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime

from PySide6.QtCore import (
    QByteArray,
    QItemSelection,
    QItemSelectionModel,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from aliorders_desktop import credentials, store
from aliorders_desktop.aliexpress.errors import ApiError
from aliorders_desktop.export import ExportCancelled, export_csv
from aliorders_desktop.store import OrderRow
from aliorders_desktop.store.workspace import Permissions
from aliorders_desktop.sync.service import SyncProgress, SyncResult, SyncService
from aliorders_desktop.ui import row_actions, theme
from aliorders_desktop.ui.background import BackgroundTask
from aliorders_desktop.ui.banner import MessageBanner
from aliorders_desktop.ui.columns import COLUMN_INDEX, COLUMNS
from aliorders_desktop.ui.empty_state import EmptyState
from aliorders_desktop.ui.filter_bar import FilterBar
from aliorders_desktop.ui.insights import InsightsView
from aliorders_desktop.ui.order_details import OrderDetails
from aliorders_desktop.ui.orders_model import OrdersModel
from aliorders_desktop.ui.session import AppSession
from aliorders_desktop.ui.signals import signals_blocked
from aliorders_desktop.ui.totals_bar import TotalsBar
from aliorders_desktop.ui.workspace_watch import WorkspaceWatcher

ROW_HEIGHT = 24
KEEP_SELECTION_MAX = 2_000
SELECTION_SUM_MAX = 50_000
"""Above this many (but not all) selected rows, the footer shows the count without sums."""
CSV_PLAIN = "CSV (*.csv)"
CSV_FOR_EXCEL = "CSV for Excel, long IDs kept as text (*.csv)"
DETAILS_WIDTH = 340
REFRESH_COALESCE_MS = 400
"""While a sync saves pages, the table re-reads the database at most this often."""


class MainWindow(QMainWindow):
    """One window per database. All I/O heavier than a query runs in a `BackgroundTask`."""

    def __init__(self, session: AppSession) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("mainWindow")
        self.setWindowTitle("aliorders" + (" — demo data" if session.demo else ""))
        self.model = OrdersModel(self)
        self.sync_task = BackgroundTask("syncThread", self)
        self.export_task = BackgroundTask("exportThread", self)
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_COALESCE_MS)
        self._build_table()
        self._build_toolbar()
        self._build_central()
        self._build_status_bar()
        self._build_menus()
        self._connect()
        self.workspace = WorkspaceWatcher(self)
        self.workspace.permissionsChanged.connect(self._apply_permissions)
        self.workspace.changed.connect(self.refresh)
        self._apply_permissions(self.workspace.permissions)
        self.workspace.start()
        self.restore_state()
        self.apply_filters()

    # --- construction --------------------------------------------------------------------
    def _build_table(self) -> None:
        table = QTableView(objectName="ordersTable")
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        # The header paints each section with whether its neighbours are selected columns, which
        # Qt finds out by checking every row (QItemSelectionModel.isColumnSelected): 13 s per
        # repaint after Ctrl+A at a million rows. The header selects nothing here (a click sorts),
        # so it gets a selection model of its own, in which no column is ever selected.
        header.setSelectionModel(QItemSelectionModel(self.model, header))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        for index, column in enumerate(COLUMNS):
            header.resizeSection(index, column.width)
            header.setSectionHidden(index, column.hidden)
        header.setSortIndicator(COLUMN_INDEX["paid_at"], Qt.SortOrder.DescendingOrder)
        self.table = table

    def _action(
        self,
        text: str,
        name: str,
        slot: Callable[[], None],
        shortcut: QKeySequence | str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self, objectName=name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip or text)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_toolbar(self) -> None:
        self.sync_action = self._action(
            "Sync",
            "syncAction",
            self.start_sync,
            "Ctrl+Shift+S",
            "Fetch the orders of the chosen dates from AliExpress (Ctrl+Shift+S)",
        )
        self.refresh_action = self._action(
            "Refresh",
            "refreshAction",
            self.refresh,
            "F5",
            "Re-read the orders already stored on this computer; nothing is fetched (F5)",
        )
        self.export_action = self._action(
            "Export CSV…",
            "exportAction",
            self.export,
            "Ctrl+E",
            "Write every order the filters select to a CSV file (Ctrl+E)",
        )
        self.settings_action = self._action(
            "Settings…", "settingsAction", self.open_settings, "Ctrl+,", "Account, connection and appearance"
        )
        self.details_action = self._action(
            "Order details",
            "detailsAction",
            self._show_details,
            "Ctrl+I",
            "Show every field, the checkout and the status history of the current order (Ctrl+I)",
        )
        self.details_action.setCheckable(True)
        self.details_action.setChecked(True)
        toolbar = QToolBar("Main", objectName="mainToolbar", movable=False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action, name in (
            (self.sync_action, "syncButton"),
            (self.refresh_action, "refreshButton"),
            (self.export_action, "exportButton"),
            (self.details_action, "detailsButton"),
            (self.settings_action, "settingsButton"),
        ):
            toolbar.addAction(action)
            toolbar.widgetForAction(action).setObjectName(name)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred)
        toolbar.addWidget(spacer)
        self.progress = QProgressBar(objectName="syncProgress", maximumWidth=260, textVisible=True)
        self.cancel_button = QPushButton("Cancel", objectName="cancelSyncButton")
        self.cancel_button.setToolTip("Stop after the current page; everything fetched so far is kept")
        self.progress_action = toolbar.addWidget(self.progress)
        self.cancel_action = toolbar.addWidget(self.cancel_button)
        self._show_progress(False)
        self.addToolBar(toolbar)
        self.copy_action = self._action(
            "Copy",
            "copyAction",
            self.copy_selection,
            QKeySequence.StandardKey.Copy,
            "Copy the selected rows as tab-separated text",
        )
        self.find_action = self._action(
            "Find",
            "findAction",
            self.focus_filter,
            QKeySequence.StandardKey.Find,
            "Filter by Order ID (Ctrl+F)",
        )
        self.clear_action = self._action("Clear filters", "clearFiltersAction", self.clear_filters, "Esc")

    def _build_central(self) -> None:
        self.filters = FilterBar()
        self.banner = MessageBanner()
        self.empty_state = EmptyState()
        self.totals = TotalsBar()
        self.stack = QStackedWidget(objectName="tableStack")
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_state)
        self.details = OrderDetails()
        self.orders_split = QSplitter(objectName="ordersSplitter", childrenCollapsible=False)
        self.orders_split.addWidget(self.stack)
        self.orders_split.addWidget(self.details)
        self.orders_split.setStretchFactor(0, 1)
        self.orders_split.setSizes([900, DETAILS_WIDTH])
        self.insights = InsightsView()
        self.tabs = QTabWidget(objectName="mainTabs", documentMode=True)
        self.tabs.addTab(self.orders_split, "Orders")
        self.tabs.addTab(self.insights, "Insights")
        self.tabs.setTabToolTip(
            1, "Commission over time and by tracking ID and sub ID, for the same filters and dates"
        )
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 6, 8, 0)
        layout.setSpacing(6)
        layout.addWidget(self.filters)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.totals)
        self.setCentralWidget(central)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.last_sync_label = QLabel(objectName="lastSyncLabel")
        self.database_label = QLabel(objectName="databaseLabel")
        self.demo_badge = QLabel(" DEMO DATA ", objectName="demoBadge")
        self.demo_badge.setStyleSheet("background:#b8860b; color:white; border-radius:3px; font-weight:bold;")
        self.demo_badge.setToolTip(
            "Orders come from a simulated AliExpress on this computer, not your account."
        )
        self.demo_badge.setVisible(self.session.demo is not None)
        bar.addPermanentWidget(self.last_sync_label)
        bar.addPermanentWidget(self.database_label)
        bar.addPermanentWidget(self.demo_badge)
        self.workspace_note = QLabel(objectName="workspaceNote")
        self.workspace_note.setToolTip(
            "Your database user may view, refresh and export the workspace's orders."
        )
        self.workspace_note.hide()
        bar.addPermanentWidget(self.workspace_note)
        location = store.database_location()  # a server address without its password
        self.database_label.setText(f"Database: {location}")
        self.database_label.setToolTip(location)

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu("&File")
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action("Quit", "quitAction", self.close, QKeySequence.StandardKey.Quit))
        edit_menu = menus.addMenu("&Edit")
        edit_menu.addActions([self.copy_action, self.find_action, self.clear_action])
        view_menu = menus.addMenu("&View")
        view_menu.addAction(self.refresh_action)
        view_menu.addAction(self.details_action)
        theme_menu = view_menu.addMenu("Appearance")
        self.theme_actions = QActionGroup(self, exclusive=True)  # one theme ticked at a time
        for key, label in theme.THEMES.items():
            action = theme_menu.addAction(label)
            action.setData(key)
            action.setCheckable(True)
            action.setChecked(key == theme.saved_theme())
            self.theme_actions.addAction(action)
        self.theme_actions.triggered.connect(self._on_theme_chosen)
        account_menu = menus.addMenu("&Account")
        account_menu.addActions([self.sync_action, self.settings_action])

    def _connect(self) -> None:
        self.filters.changed.connect(self.apply_filters)
        self.table.customContextMenuRequested.connect(self._on_row_menu)
        self.table.horizontalHeader().customContextMenuRequested.connect(self._on_header_menu)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.insights.trackingChosen.connect(self._on_tracking_chosen)
        self.insights.subIdChosen.connect(self._on_sub_id_chosen)
        self.model.modelReset.connect(self._on_selection_changed)
        self.totals.updated.connect(self._on_totals_updated)
        self.cancel_button.clicked.connect(self.cancel_sync)
        self._refresh_timer.timeout.connect(self.refresh)
        self.empty_state.connectRequested.connect(self.open_account_settings)
        self.empty_state.demoRequested.connect(self.start_demo)
        self.empty_state.syncRequested.connect(self.start_sync)
        self.empty_state.clearFiltersRequested.connect(self.clear_filters)
        self.sync_task.progressed.connect(self._on_sync_progress)
        self.sync_task.succeeded.connect(self._on_sync_succeeded)
        self.sync_task.failed.connect(self._on_sync_failed)
        self.sync_task.finished.connect(self._on_sync_finished)
        self.export_task.progressed.connect(self._on_export_progress)
        self.export_task.succeeded.connect(self._on_export_succeeded)
        self.export_task.failed.connect(self._on_export_failed)

    # --- showing orders ------------------------------------------------------------------
    @Slot()
    def apply_filters(self) -> None:
        self.model.set_filter(self.filters.current_filter())
        self._after_reload()

    @Slot()
    def refresh(self) -> None:
        """Re-read the store, keeping the selection where its rows still are."""
        selected = self._selected_rows_with_pks()
        current = self.table.currentIndex()
        self.model.reload()
        restored = self._restore_selection(selected, current.row() if current.isValid() else -1)
        self._after_reload(details_shown=restored)

    def _after_reload(self, details_shown: bool = False) -> None:
        """Bring everything around the table up to date; `details_shown` when the current row's
        details have just been shown (restoring the current row shows them)."""
        self.insights.set_filter(self.model.order_filter)
        if not details_shown:
            self._show_details()
        last_sync = store.last_successful_sync()
        self._show_last_sync(last_sync)
        self._show_workspace_note(last_sync)
        count = self.model.rowCount()
        self.totals.show_totals(count, self.model.order_filter)
        if count:
            self.stack.setCurrentWidget(self.table)
        else:
            has_account = self._has_account()
            if has_account or store.count_orders(store.OrderFilter()) > 0:
                can_sync = has_account and self.workspace.permissions.can_sync
                self.empty_state.show_no_results(can_sync=can_sync)
            else:
                self.empty_state.show_connect()
            self.stack.setCurrentWidget(self.empty_state)

    def _selected_row_numbers(self) -> list[int]:
        """Selected rows from the selection's ranges, without a model index per cell as Qt's
        selectedRows() builds (a list of a million indexes after Ctrl+A at a million rows)."""
        ranges = self.table.selectionModel().selection()
        return sorted({row for span in ranges for row in range(span.top(), span.bottom() + 1)})

    def _selection_size(self) -> int:
        return sum(span.height() for span in self.table.selectionModel().selection())

    def _selected_rows_with_pks(self) -> list[tuple[int, int]]:
        """What to reselect after a reload; a selection bigger than a few screens is not kept."""
        if self._selection_size() > KEEP_SELECTION_MAX:
            return []
        rows = self._selected_row_numbers()
        return [(row, found.id) for row in rows if (found := self.model.row(row)) is not None]

    def _restore_selection(self, selected: list[tuple[int, int]], current_row: int) -> bool:
        """Reselect `selected` where those rows are now; returns whether a current row was set,
        which shows its details (`currentRowChanged`)."""
        selection = QItemSelection()
        last_column = self.model.columnCount() - 1
        for old_row, pk in selected:
            row = self.model.find_row(pk, old_row)
            if row is not None:
                selection.select(self.model.index(row, 0), self.model.index(row, last_column))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.table.selectionModel().select(selection, flags)
        if not 0 <= current_row < self.model.rowCount():
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(current_row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
        )
        return True

    def selected_rows(self) -> list[OrderRow]:
        return self.model.rows(self._selected_row_numbers())

    @Slot()
    def _on_selection_changed(self) -> None:
        count = self._selection_size()
        if count < 2:
            self.totals.show_selection(count, [])
        elif count == self.model.rowCount():
            # The footer's totals, once its worker has added them up (`_on_totals_updated`).
            self.totals.show_selection(count, self.totals.totals_of(self.model.order_filter))
        elif count > SELECTION_SUM_MAX:
            self.totals.show_selection(count, None)
        else:
            picked = self.selected_rows()
            self.totals.show_selection(len(picked), store.totals_for_ids([r.id for r in picked]))

    @Slot()
    def _on_totals_updated(self) -> None:
        """The footer's totals arrived: when every row is selected they are the selection's too."""
        count = self._selection_size()
        if count > 1 and count == self.model.rowCount():
            self._on_selection_changed()

    @Slot()
    def _show_details(self) -> None:
        """Show the current row in the details pane: only while it is switched on and there are rows
        (beside the empty state's advice it would only distract)."""
        self.details.setVisible(self.details_action.isChecked() and self.model.rowCount() > 0)
        if not self.details.isVisibleTo(self.orders_split):
            return
        current = self.table.currentIndex()
        self.details.show_row(self.model.row(current.row()) if current.isValid() else None)

    @Slot(str)
    def _on_tracking_chosen(self, tracking_id: str) -> None:
        self.tabs.setCurrentWidget(self.orders_split)
        self.filters.show_group(tracking_id=tracking_id)

    @Slot(str)
    def _on_sub_id_chosen(self, custom_parameters: str) -> None:
        self.tabs.setCurrentWidget(self.orders_split)
        self.filters.show_group(sub_id=custom_parameters)

    @Slot()
    def focus_filter(self) -> None:
        self.filters.order_id.setFocus()
        self.filters.order_id.selectAll()

    @Slot()
    def clear_filters(self) -> None:
        self.filters.clear()

    @Slot()
    def copy_selection(self) -> None:
        rows = self.selected_rows()
        if rows:
            header = self.table.horizontalHeader()
            visible = [
                header.logicalIndex(v)
                for v in range(header.count())
                if not header.isSectionHidden(header.logicalIndex(v))
            ]
            row_actions.copy_text(row_actions.selection_as_tsv(rows, visible))

    # --- context menus -------------------------------------------------------------------
    @Slot(QPoint)
    def _on_row_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        if not self.table.selectionModel().isRowSelected(index.row()):
            self.table.selectRow(index.row())
        row = self.model.row(index.row())
        if row is None:
            return
        menu = QMenu(self)
        menu.setObjectName("rowMenu")
        self._menu_item(menu, "Copy Order ID", "copyOrderId", self._copy_order_id)
        self._menu_item(menu, "Copy row", "copyRows", self.copy_selection)
        self._menu_item(menu, "Open product page", "openProduct", self._open_product)
        menu.addSeparator()
        if row.tracking_id:
            self._menu_item(
                menu, f"Filter by Tracking ID “{row.tracking_id}”", "filterTracking", self._filter_by_tracking
            )
        else:
            self._menu_item(
                menu, "Show orders without a tracking ID", "filterTracking", self._filter_no_tracking
            )
        self._menu_item(menu, "Show all sub-orders of this order", "showSubOrders", self._show_sub_orders)
        if self.workspace.permissions.can_delete:
            menu.addSeparator()
            count = self._selection_size()
            self._menu_item(
                menu,
                "Delete Order…" if count == 1 else f"Delete {count} Orders…",
                "deleteOrders",
                self.delete_selected,
            )
        self._context_row = row
        menu.popup(self.table.viewport().mapToGlobal(point))
        self.row_menu = menu

    def _menu_item(self, menu: QMenu, text: str, name: str, slot: Callable[[], None]) -> None:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(slot)

    @Slot()
    def _copy_order_id(self) -> None:
        row_actions.copy_text(str(self._context_row.order_id))

    @Slot()
    def _open_product(self) -> None:
        row_actions.open_product_page(self._context_row)

    @Slot()
    def _filter_by_tracking(self) -> None:
        self.filters.filter_by(tracking_id=self._context_row.tracking_id or "")

    @Slot()
    def _filter_no_tracking(self) -> None:
        self.filters.no_tracking.setChecked(True)

    @Slot()
    def _show_sub_orders(self) -> None:
        self.filters.filter_by(order_id=str(self._context_row.order_id), tracking_id="")

    @Slot()
    def delete_selected(self) -> None:
        if not self.workspace.permissions.can_delete:
            return
        rows = self.selected_rows()
        if rows and row_actions.confirm_delete(self, rows):
            removed = store.delete_orders([r.id for r in rows])
            self.table.clearSelection()
            self.refresh()
            self.statusBar().showMessage(f"Deleted {removed} sub-order{'s' if removed != 1 else ''}.", 8000)

    @Slot(QPoint)
    def _on_header_menu(self, point: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        menu.setObjectName("columnMenu")
        for index, column in enumerate(COLUMNS):
            action = menu.addAction(column.title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(index))
            action.setData(index)
        menu.triggered.connect(self._on_column_toggled)
        menu.popup(header.mapToGlobal(point))
        self.column_menu = menu

    @Slot(QAction)
    def _on_column_toggled(self, action: QAction) -> None:
        header = self.table.horizontalHeader()
        visible = header.count() - header.hiddenSectionCount()
        if action.isChecked() or visible > 1:
            header.setSectionHidden(action.data(), not action.isChecked())

    # --- sync ----------------------------------------------------------------------------
    def _has_account(self) -> bool:
        try:
            return self.session.credentials() is not None
        except credentials.KeyringUnavailable:
            return False

    @Slot()
    def start_sync(self) -> None:
        if self.sync_task.is_running() or not self.workspace.permissions.can_sync:
            return
        try:
            creds = self.session.credentials()
        except credentials.KeyringUnavailable as exc:
            self.banner.show_message(str(exc))
            return
        if creds is None:
            self.open_account_settings()
            return
        first, last = self.filters.dates.range()
        service = SyncService(creds, self.session.client_settings())
        windows = service.window_count(first, last)
        self.banner.dismiss()
        self.sync_task.start(_sync_job(service, first, last))
        self._show_progress(True)
        self.progress.setRange(0, 0)
        split = f", split into {windows} windows of at most 90 days" if windows > 1 else ""
        self.statusBar().showMessage(f"Syncing {first} – {last}{split}…")

    @Slot()
    def cancel_sync(self) -> None:
        self.sync_task.cancel()
        self.cancel_button.setEnabled(False)
        self.statusBar().showMessage("Cancelling after the current page…")

    @Slot(object)
    def _on_sync_progress(self, progress: SyncProgress) -> None:
        self.progress.setRange(0, max(progress.pages_planned, 1))
        self.progress.setValue(progress.pages_done)
        self.progress.setFormat(f"%v / %m pages · {progress.counts.new} new")
        if not self._refresh_timer.isActive():  # not restarted: pages keep coming all along
            self._refresh_timer.start()

    @Slot(object)
    def _on_sync_succeeded(self, result: SyncResult) -> None:
        self.statusBar().showMessage(result.summary(), 15000)

    @Slot(object)
    def _on_sync_failed(self, error: object) -> None:
        message, details = describe_error(error)
        if not isinstance(error, store.SyncInProgressError):
            message += " Orders fetched before the problem are kept."
        self.banner.show_message(message, details)

    @Slot()
    def _on_sync_finished(self) -> None:
        self._show_progress(False)
        self._refresh_timer.stop()
        self.refresh()

    def _show_progress(self, visible: bool) -> None:
        self.progress_action.setVisible(visible)
        self.cancel_action.setVisible(visible)
        self.cancel_button.setEnabled(visible)
        self.sync_action.setEnabled(not visible)

    @Slot(object)
    def _apply_permissions(self, permissions: Permissions) -> None:
        """Show only what this database user may do: viewers get no Sync, and a note instead, which
        the reload that follows (at start, and after every `workspace.changed`) shows."""
        self.sync_action.setVisible(permissions.can_sync)

    def _show_workspace_note(self, run: store.SyncRun | None) -> None:
        viewer = not self.workspace.permissions.can_sync
        self.workspace_note.setVisible(viewer)
        if viewer:
            when = f"last sync {run.finished_at.astimezone():%Y-%m-%d %H:%M}" if run else "no sync yet"
            self.workspace_note.setText(f"View only: syncing is done by the workspace admin ({when}).")

    def _show_last_sync(self, run: store.SyncRun | None) -> None:
        if run is None:
            self.last_sync_label.setText("Never synced")
            return
        when = run.finished_at or run.started_at
        age = datetime.now(UTC) - when
        stale = age.days >= 2
        self.last_sync_label.setText(
            f"Last sync: {when.astimezone():%Y-%m-%d %H:%M}" + (f" ({age.days} days ago)" if stale else "")
        )
        self.last_sync_label.setStyleSheet("color: #b35900; font-weight: bold;" if stale else "")
        self.last_sync_label.setToolTip(f"Range {run.range_start} – {run.range_end}")

    # --- export --------------------------------------------------------------------------
    @Slot()
    def export(self) -> None:
        if self.export_task.is_running():
            return
        suggested = f"aliorders-{date.today():%Y-%m-%d}.csv"
        kinds = f"{CSV_PLAIN};;{CSV_FOR_EXCEL}"
        path, kind = QFileDialog.getSaveFileName(self, "Export orders to CSV", suggested, kinds)
        if path:
            self.export_to(path, excel_ids=kind == CSV_FOR_EXCEL)

    def export_to(self, path: str, excel_ids: bool = False) -> None:
        """Export what the filters and sort select (all matching rows, not only those on screen),
        in the same format as `aliorders export` (with `--excel-ids` when `excel_ids`)."""
        sort, descending = self.model.sort_key
        self.export_task.start(_export_job(path, self.model.order_filter, sort, descending, excel_ids))
        self.statusBar().showMessage(f"Exporting to {path}…")

    @Slot(object)
    def _on_export_progress(self, written: int) -> None:
        self.statusBar().showMessage(f"Exporting… {written:,} rows written")

    @Slot(object)
    def _on_export_succeeded(self, outcome: tuple[str, int]) -> None:
        path, written = outcome
        self.banner.show_message(f"Exported {written:,} rows to {path}.", kind="info")
        self.statusBar().clearMessage()

    @Slot(object)
    def _on_export_failed(self, error: object) -> None:
        if isinstance(error, ExportCancelled):
            self.statusBar().showMessage("Export cancelled.", 5000)
            return
        message, details = describe_error(error)
        self.banner.show_message(f"The export failed: {message}", details)

    # --- settings, demo, theme -----------------------------------------------------------
    @Slot()
    def open_settings(self) -> None:
        if not self.session.open_settings(self):
            self._after_reload()

    @Slot()
    def open_account_settings(self) -> None:
        if not self.session.open_settings(self, account=True):
            self._after_reload()

    @Slot()
    def start_demo(self) -> None:
        self.session.switch_to_demo(self)

    def start_demo_sync(self) -> None:
        """Fetch the demo account's recent orders into the (new, empty) demo database."""
        self.filters.dates.set_preset("last90")
        self.start_sync()

    @Slot(QAction)
    def _on_theme_chosen(self, action: QAction) -> None:
        self.set_theme(action.data())

    @Slot(str)
    def set_theme(self, key: str) -> None:
        """Switch to theme `key`, however it was chosen (View ▸ Appearance or Settings): remember
        it, tick it in the menu and recolour what keeps colours of its own."""
        if theme.saved_theme() != key:  # Settings has saved its own choice already
            QSettings().setValue(theme.THEME_KEY, key)
        theme.apply_theme(self.session.app, key)
        for action in self.theme_actions.actions():
            if action.data() == key:
                action.setChecked(True)  # the exclusive group unticks the others
        self.model.refresh_palette()
        self._show_details()  # its status colours are set when a row is shown

    # --- state ---------------------------------------------------------------------------
    def restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 780)
        split = settings.value("window/ordersSplitter")
        if isinstance(split, QByteArray):
            self.orders_split.restoreState(split)
        self.details_action.setChecked(settings.value("window/details", True, type=bool))
        self.tabs.setCurrentIndex(settings.value("window/tab", 0, type=int))
        header_state = settings.value("table/header")
        if isinstance(header_state, QByteArray):
            self.table.horizontalHeader().restoreState(header_state)
            header = self.table.horizontalHeader()
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        else:
            self.model.sort(COLUMN_INDEX["paid_at"], Qt.SortOrder.DescendingOrder)
        preset = settings.value("filters/datePreset", "today")
        with signals_blocked(self.filters.dates):  # the constructor applies the filters once, after
            if preset == "custom":
                first, last = settings.value("filters/dateFrom"), settings.value("filters/dateTo")
                try:
                    self.filters.dates.set_range(date.fromisoformat(first), date.fromisoformat(last))
                except (TypeError, ValueError):
                    self.filters.dates.set_preset("today")
            else:
                self.filters.dates.set_preset(str(preset))

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/ordersSplitter", self.orders_split.saveState())
        settings.setValue("window/details", self.details_action.isChecked())
        settings.setValue("window/tab", self.tabs.currentIndex())
        settings.setValue("table/header", self.table.horizontalHeader().saveState())
        settings.setValue("filters/datePreset", self.filters.dates.preset())
        first, last = self.filters.dates.range()
        settings.setValue("filters/dateFrom", first.isoformat())
        settings.setValue("filters/dateTo", last.isoformat())

    def is_busy(self) -> bool:
        """Whether a sync or an export is running (closing or switching databases stops it)."""
        return self.sync_task.is_running() or self.export_task.is_running()

    def stop_background_work(self) -> None:
        """Save the window's state and stop every worker thread, which use the open database."""
        self.save_state()
        self._refresh_timer.stop()
        self.sync_task.shutdown()
        self.export_task.shutdown()
        self.insights.shutdown()
        self.totals.shutdown()
        self.workspace.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_background_work()
        super().closeEvent(event)


def describe_error(error: object) -> tuple[str, str]:
    """The human message and the technical details of whatever a background job raised."""
    if isinstance(error, ApiError):
        return str(error), error.detail or ""
    if isinstance(error, store.StoreError):
        return str(error), ""
    if isinstance(error, OSError):
        return f"{error.strerror or error} ({error.filename or ''})", ""
    return f"Unexpected error: {type(error).__name__}.", str(error)


def _sync_job(service: SyncService, first: date, last: date):
    def job(report: Callable[[object], None], cancel: threading.Event) -> SyncResult:
        return service.run(first, last, cancel=cancel, progress=lambda p: report(replace(p)))

    return job


def _export_job(path: str, order_filter: store.OrderFilter, sort: str, descending: bool, excel_ids: bool):
    def job(report: Callable[[object], None], cancel: threading.Event) -> tuple[str, int]:
        with store.db.connection_context():
            written = export_csv(
                path, order_filter, sort, descending, ids_as_text=excel_ids, progress=report, cancel=cancel
            )
        return path, written

    return job
