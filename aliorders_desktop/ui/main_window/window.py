"""The main window: assembles its parts and wires them together.

Each concern lives in a part of its own: `actions` (commands, toolbar, menus), `orders_table`
(table, columns, selection), `row_menu`, `selection_totals`, `status_bar`, `sync_controller`,
`auto_sync`, `export_controller` and `window_state`. What stays here is what needs several of
them: reloading the table and everything around it, the details pane, settings, demo mode and
the theme.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings, Slot
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QMainWindow, QSplitter, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from aliorders_desktop import credentials, store
from aliorders_desktop.store.workspace import Permissions
from aliorders_desktop.ui import row_actions, theme
from aliorders_desktop.ui.banner import MessageBanner
from aliorders_desktop.ui.coverage_notice import CoverageNotice
from aliorders_desktop.ui.earnings_strip import EarningsStrip
from aliorders_desktop.ui.empty_state import EmptyState
from aliorders_desktop.ui.filter_bar import FilterBar, FilterState
from aliorders_desktop.ui.first_sync import FirstSyncDialog
from aliorders_desktop.ui.formats import fill
from aliorders_desktop.ui.insights import InsightsView
from aliorders_desktop.ui.insights.view import GroupChoice
from aliorders_desktop.ui.main_window.actions import WindowActions
from aliorders_desktop.ui.main_window.auto_sync import AutoSync
from aliorders_desktop.ui.main_window.changes_chip import ChangesChip
from aliorders_desktop.ui.main_window.export_controller import ExportController
from aliorders_desktop.ui.main_window.orders_table import OrdersTable
from aliorders_desktop.ui.main_window.row_menu import RowMenu
from aliorders_desktop.ui.main_window.selection_totals import SelectionTotals
from aliorders_desktop.ui.main_window.statement_controller import StatementController
from aliorders_desktop.ui.main_window.status_bar import WindowStatusBar
from aliorders_desktop.ui.main_window.sync_controller import SyncController
from aliorders_desktop.ui.main_window.tray_link import TrayLink
from aliorders_desktop.ui.main_window.window_state import WindowState
from aliorders_desktop.ui.order_details import OrderDetails
from aliorders_desktop.ui.session import AppSession
from aliorders_desktop.ui.settings.account_page import SESSION_ONLY_KEY
from aliorders_desktop.ui.status_meanings import StatusMeanings
from aliorders_desktop.ui.totals_bar import TotalsBar
from aliorders_desktop.ui.workspace_watch import WorkspaceWatcher

DETAILS_WIDTH = 340


class MainWindow(QMainWindow):
    """One window per database. All I/O heavier than a query runs in a `BackgroundTask`."""

    def __init__(self, session: AppSession) -> None:
        super().__init__()
        self.session = session
        self._before_drill_down: FilterState | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("aliorders — demo data") if session.demo else "aliorders")
        self.table = OrdersTable()
        self.model = self.table.orders
        self.commands = WindowActions(self)
        self.sync_action, self.details_action = self.commands.sync, self.commands.details
        self.theme_actions = self.commands.themes
        self.filters = FilterBar()
        self.banner = MessageBanner()
        self.coverage = CoverageNotice()
        self.changes_chip = ChangesChip()
        self.status = WindowStatusBar(demo=session.demo is not None)
        self.setStatusBar(self.status)
        self.sync = SyncController(
            self,
            session=session,
            action=self.sync_action,
            dates=self.filters.dates,
            banner=self.banner,
            status=self.status,
        )
        self.sync_task, self.progress = self.sync.task, self.sync.progress
        self.auto_sync = AutoSync(self, session=session, controller=self.sync)
        self.auto_sync.scheduleChanged.connect(self.status.show_schedule)
        self.cancel_button = self.sync.cancel_button
        toolbar = self.commands.build_toolbar()
        self.sync.add_to(toolbar)
        self.addToolBar(toolbar)
        self._build_central()
        self.commands.build_menus()
        self.exports = ExportController(self, model=self.model, banner=self.banner, status=self.status)
        self.export_task = self.exports.task
        self.statements = StatementController(self, banner=self.banner, status=self.status)
        self.row_menu = RowMenu(self.table, self.filters, self)
        self.selection_totals = SelectionTotals(self.table, self.totals)
        self.state = WindowState(
            split=self.orders_split,
            details=self.details_action,
            tabs=self.tabs,
            table=self.table,
            dates=self.filters.dates,
        )
        self._connect()
        self.tray_link = TrayLink(
            self,
            sync_action=self.sync_action,
            sync_task=self.sync_task,
            auto_sync=self.auto_sync,
            earnings=self.earnings,
            filters=self.filters,
            tabs=self.tabs,
            orders_page=self.orders_page,
        )
        self.workspace = WorkspaceWatcher(self)
        self.workspace.permissionsChanged.connect(self._apply_permissions)
        self.workspace.changed.connect(self.refresh)
        if self.tray_link.notifier is not None:  # a workspace's other users sync too
            self.workspace.changed.connect(self.tray_link.notifier.announce_latest)
        self._apply_permissions(self.workspace.permissions)
        self._show_status_tips(self.status_meanings.tips)
        self.workspace.start()
        self.auto_sync.start()
        self._tell_if_session_account_gone()
        self.state.restore(self)
        self.apply_filters()
        self.earnings.refresh()
        self.status_meanings.refresh()

    # --- construction --------------------------------------------------------------------
    def _build_central(self) -> None:
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
        self.earnings = EarningsStrip()
        self.status_meanings = StatusMeanings(self)
        self.orders_page = QWidget(objectName="ordersPage")
        orders_layout = QVBoxLayout(self.orders_page)
        orders_layout.setContentsMargins(0, 4, 0, 0)
        orders_layout.setSpacing(4)
        orders_layout.addWidget(self.earnings)
        orders_layout.addWidget(self.orders_split, 1)
        self.insights = InsightsView()
        self.tabs = QTabWidget(objectName="mainTabs", documentMode=True)
        self.tabs.addTab(self.orders_page, self.tr("Orders"))
        self.tabs.addTab(self.insights, self.tr("Insights"))
        self.tabs.setCornerWidget(self.filters.chips)  # the tab row has room the filter bar lacks
        self.tabs.setTabToolTip(
            1, self.tr("Commission over time and by tracking ID and sub ID, for the same filters and dates")
        )
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 6, 8, 0)
        layout.setSpacing(6)
        layout.addWidget(self.filters)
        layout.addWidget(self.banner)
        layout.addWidget(self.coverage)
        layout.addWidget(self.changes_chip)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.totals)
        self.setCentralWidget(central)

    def _connect(self) -> None:
        commands = self.commands
        commands.sync.triggered.connect(self.sync.start)
        commands.refresh.triggered.connect(self.refresh)
        commands.export.triggered.connect(self.exports.export)
        commands.statement.triggered.connect(self.statements.ask)
        commands.settings.triggered.connect(self.open_settings)
        commands.details.triggered.connect(self._show_details)
        commands.copy.triggered.connect(self.table.copy_selection)
        commands.find.triggered.connect(self.focus_filter)
        commands.clear_filters.triggered.connect(self.filters.clear)
        commands.quit.triggered.connect(self.close)
        commands.themes.triggered.connect(self._on_theme_chosen)
        self.filters.changed.connect(self.apply_filters)
        self.earnings.periodChosen.connect(self._on_period_chosen)
        self.status_meanings.changed.connect(self._show_status_tips)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.row_menu.deleteRequested.connect(self.delete_selected)
        self.insights.trackingChosen.connect(self._on_tracking_chosen)
        self.insights.subIdChosen.connect(self._on_sub_id_chosen)
        self.insights.groupChosen.connect(self._on_group_chosen)
        self.insights.pipeline.ordersChosen.connect(self._on_pipeline_chosen)
        self.insights.backRequested.connect(self._back_from_drill_down)
        self.empty_state.connectRequested.connect(self.open_account_settings)
        self.empty_state.demoRequested.connect(self.start_demo)
        self.empty_state.syncRequested.connect(self.sync.start)
        self.coverage.syncRequested.connect(self.sync.start_missing)
        self.changes_chip.clearRequested.connect(self._show_all_orders)
        self.empty_state.clearFiltersRequested.connect(self.filters.clear)
        self.sync.pagesSaved.connect(self.refresh)
        self.sync.ended.connect(self.refresh)
        self.sync.accountNeeded.connect(self.open_account_settings)

    # --- showing orders ------------------------------------------------------------------
    @Slot()
    def apply_filters(self) -> None:
        order_filter = self.filters.current_filter()
        self.table.follow_basis(order_filter.basis)
        self.model.set_filter(order_filter)
        self._after_reload()

    @Slot()
    def refresh(self) -> None:
        """Re-read the store, keeping the selection where its rows still are."""
        self._after_reload(details_shown=self.table.reload())
        self.earnings.refresh()
        self.status_meanings.refresh()

    def _after_reload(self, details_shown: bool = False) -> None:
        """Bring everything around the table up to date; `details_shown` when the current row's
        details have just been shown (restoring the current row shows them)."""
        self.insights.set_filter(self.model.order_filter)
        if not details_shown:
            self._show_details()
        last_sync = store.last_successful_sync()
        self.status.show_last_sync(last_sync, can_sync=self.workspace.permissions.can_sync)
        self.filters.show_last_sync(last_sync.id if last_sync else None)
        self._show_coverage()
        self.changes_chip.show_filter(self.model.order_filter.changed_in)
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

    def _show_coverage(self) -> None:
        """Say which days of the range on screen no sync fetched: to whoever can fetch them (with
        an account), or to a workspace viewer, whose admins can. Not for a sync's changes, which
        are not a range of days, nor while a sync runs (it may be fetching them)."""
        order_filter = self.model.order_filter
        can_sync = self.workspace.permissions.can_sync
        workspace = store.is_server()
        shown = order_filter.changed_in is None and not self.sync.is_running()
        if shown and can_sync:
            shown = self.auto_sync.has_account()
        elif shown:
            shown = workspace
        first, last = self.filters.dates.range()
        if self.filters.dates.is_all_time():
            first = None
        gaps = store.unsynced_within(first, last) if shown else []
        self.coverage.show_gaps(gaps, can_sync=can_sync, workspace=workspace)

    def _tell_if_session_account_gone(self) -> None:
        """After a restart, an account kept for the last session only is gone, and auto-sync with
        it: say so, rather than let the window wait for syncs that no longer come."""
        app_key = QSettings().value(SESSION_ONLY_KEY, "")
        if not app_key or self.session.demo is not None or self.auto_sync.has_account():
            return
        gone = self.tr(
            "The AliExpress account (App Key %1) was kept for the last session only, so aliorders is not "
            "connected now and auto-sync is off. Enter the App Key and App Secret again in "
            "Settings → Account."
        )
        self.banner.show_message(fill(gone, app_key), kind="warning")

    def _has_account(self) -> bool:
        try:
            return self.session.credentials() is not None
        except credentials.KeyringUnavailable:
            return False

    @Slot()
    def _show_details(self) -> None:
        """Show the current row in the details pane: only while it is switched on and there are rows
        (beside the empty state's advice it would only distract)."""
        self.details.setVisible(self.details_action.isChecked() and self.model.rowCount() > 0)
        if not self.details.isVisibleTo(self.orders_split):
            return
        current = self.table.currentIndex()
        self.details.show_row(self.model.row(current.row()) if current.isValid() else None)

    @Slot()
    def _show_all_orders(self) -> None:
        """Leave a sync's changes for the dates again, as the "Changed in last sync" button does."""
        self.filters.changes.setChecked(False)

    @Slot(str, object)
    def _on_period_chosen(self, preset: str, basis: store.DateBasis) -> None:
        self.tabs.setCurrentWidget(self.orders_page)
        self.filters.show_period(preset, basis)

    @Slot(object)
    def _show_status_tips(self, tips: dict[str, str]) -> None:
        self.model.status_tips = tips
        self.filters.statuses.set_tips(tips)

    @Slot(str)
    def _on_tracking_chosen(self, tracking_id: str) -> None:
        self._drill_down(tracking_id=tracking_id)

    @Slot(object, object, object, object)
    def _on_pipeline_chosen(
        self, first: date, last: date, statuses: frozenset[str], currency: str | None
    ) -> None:
        self.tabs.setCurrentWidget(self.orders_page)
        self.filters.show_paid(first, last, statuses, currency)

    @Slot(str)
    def _on_sub_id_chosen(self, custom_parameters: str) -> None:
        self._drill_down(sub_id=custom_parameters)

    def _drill_down(self, **group: str) -> None:
        """Show an Insights row's orders, in the currency it counted."""
        self._leave_insights()
        self.filters.show_group(currency=self.insights.shown_currency, **group)

    def _leave_insights(self) -> None:
        """Go to the orders, remembering the filters before (a second drill-down keeps the first
        one's), for Insights' Back."""
        if self._before_drill_down is None:
            self._before_drill_down = self.filters.state()
        self.insights.offer_back(True)
        self.tabs.setCurrentWidget(self.orders_page)

    @Slot()
    def _back_from_drill_down(self) -> None:
        before, self._before_drill_down = self._before_drill_down, None
        self.insights.offer_back(False)
        if before is not None:
            self.filters.restore(before)

    @Slot(object)
    def _on_group_chosen(self, choice: GroupChoice) -> None:
        self._leave_insights()
        self.filters.show_breakdown_row(choice.group, choice.text, self.insights.shown_currency)

    @Slot()
    def focus_filter(self) -> None:
        self.filters.order_id.setFocus()
        self.filters.order_id.selectAll()

    @Slot()
    def delete_selected(self) -> None:
        if not self.workspace.permissions.can_delete:
            return
        rows = self.table.selected_rows()
        if rows and row_actions.confirm_delete(self, rows):
            removed = store.delete_orders([r.id for r in rows])
            self.table.clearSelection()
            self.refresh()
            self.status.showMessage(self.tr("Deleted %Ln sub-order(s).", "", removed), 8000)

    @Slot(object)
    def _apply_permissions(self, permissions: Permissions) -> None:
        """Show only what this database user may do: viewers get no Sync, and a note instead, which
        the reload that follows (at start, and after every `workspace.changed`) shows."""
        self.sync.set_permitted(permissions.can_sync)
        self.auto_sync.set_permitted(permissions.can_sync)
        self.row_menu.set_may_delete(permissions.can_delete)

    # --- sync and export, as the session and the empty state ask for them -----------------
    @Slot()
    def start_sync(self) -> None:
        self.sync.start()

    @Slot()
    def cancel_sync(self) -> None:
        self.sync.cancel()

    def export_to(self, path: str, excel_ids: bool = False) -> None:
        self.exports.export_to(path, excel_ids)

    # --- settings, demo, theme -----------------------------------------------------------
    @Slot()
    def open_settings(self) -> None:
        self._settings(account=False)

    @Slot()
    def open_account_settings(self) -> None:
        self._settings(account=True)

    def _settings(self, *, account: bool) -> None:
        had_account = self.auto_sync.has_account()
        if self.session.open_settings(self, account=account):
            return  # replaced by a window on another database
        self.auto_sync.reload_settings()  # first: the reload shows whether an account is connected
        self._after_reload()
        if not had_account and self.auto_sync.has_account():
            self.offer_first_sync()

    def offer_first_sync(self) -> None:
        """Just connected, and nothing synced yet: ask how much history the first sync fetches, and
        show that range, so the table never passes a partial history for the whole."""
        if store.last_successful_sync() is not None or not self.workspace.permissions.can_sync:
            return
        try:
            creds = self.session.credentials()
        except credentials.KeyringUnavailable:
            return
        if creds is None:
            return
        service = self.session.sync_service(creds)
        dialog = FirstSyncDialog(service.fewest_calls, self)
        try:
            if dialog.exec() != FirstSyncDialog.DialogCode.Accepted:
                return
            first, last = dialog.chosen_range()
        finally:
            dialog.deleteLater()
        self.filters.dates.set_range(first, last)
        self.sync.start_range(first, last)

    @Slot()
    def start_demo(self) -> None:
        self.session.switch_to_demo(self)

    def start_demo_sync(self) -> None:
        """Fetch the demo account's recent orders into the (new, empty) demo database."""
        self.filters.dates.set_preset("last90")
        self.sync.start()

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
        self.commands.tick_theme(key)
        self.model.refresh_palette()
        self.commands.paint_icons()
        self._show_details()  # its status colours are set when a row is shown

    # --- lifetime ------------------------------------------------------------------------
    def is_busy(self) -> bool:
        """Whether a sync or an export is running (closing or switching databases stops it)."""
        return self.sync.is_running() or self.exports.task.is_running() or self.statements.task.is_running()

    def stop_background_work(self) -> None:
        """Save the window's state and stop every worker thread, which use the open database."""
        self.state.save(self)
        self.auto_sync.stop()
        self.sync.shutdown()
        self.exports.task.shutdown()
        self.statements.task.shutdown()
        self.insights.shutdown()
        self.totals.shutdown()
        self.earnings.shutdown()
        self.status_meanings.shutdown()
        self.filters.shutdown()
        self.workspace.stop()
        self.tray_link.leave()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.tray_link.keeps_running(event):  # syncs go on; Quit or a database switch close for real
            event.ignore()
            self.state.save(self)
            self.tray_link.hide_window()
            return
        self.stop_background_work()
        super().closeEvent(event)
