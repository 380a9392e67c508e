"""The system tray: the icon's menu, closing into it, today's commission in its tooltip, and the
summary it shows after a sync. The offscreen platform has no tray, so tests that need one stand in
for the desktop's answer; the tray's messages are intercepted, never shown."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from store.factory import order_record
from ui.windows import SYNC_TIMEOUT, open_window

from aliorders_desktop import config, credentials, store
from aliorders_desktop.aliexpress.client import AppCredentials
from aliorders_desktop.aliexpress.gateway import DEMO_APP_KEY, DEMO_APP_SECRET, GatewayServer, OrderDataset
from aliorders_desktop.aliexpress.orders import OrderStatus
from aliorders_desktop.store import Change, ChangeSum, SyncChanges
from aliorders_desktop.sync.service import SyncService
from aliorders_desktop.ui import change_notice
from aliorders_desktop.ui.main_window import MainWindow, tray_link
from aliorders_desktop.ui.tray import AppTray

PAID, CONFIRMED, SETTLED, INVALID = (s.value for s in OrderStatus)


class UserClose(QCloseEvent):
    """A close the window system delivers (the title bar's ✕, Alt+F4), not one the app asks for."""

    def spontaneous(self) -> bool:
        return True


def close_by_user(window: MainWindow) -> QCloseEvent:
    event = UserClose()
    QApplication.sendEvent(window, event)
    return event


@pytest.fixture
def tray_desktop(monkeypatch: pytest.MonkeyPatch) -> None:
    """A desktop that shows tray icons."""
    monkeypatch.setattr(tray_link, "tray_available", lambda: True)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every message the tray would show, as (title, text)."""
    shown: list[tuple[str, str]] = []

    def show_message(_tray: AppTray, title: str, text: str, *_args: object) -> None:
        shown.append((title, text))

    monkeypatch.setattr(AppTray, "showMessage", show_message)
    return shown


@pytest.fixture
def quits(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Records QApplication.quit instead of ending the test run's event loops."""
    calls: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: calls.append(True))
    return calls


def still_working(qtbot, window: MainWindow, timeout: int = 5000) -> bool:
    """Whether the window still runs work on its worker threads (the earnings add up again)."""
    with qtbot.waitSignal(window.earnings.updated, timeout=timeout, raising=False) as added_up:
        window.earnings.refresh()
    return added_up.signal_triggered


def stopped(qtbot, window: MainWindow) -> bool:
    """Whether the window's worker threads were stopped, as closing it does."""
    return not still_working(qtbot, window, timeout=500)


def test_without_a_tray_there_is_no_icon_and_closing_quits(qtbot, store_path) -> None:
    window = open_window(qtbot, store_path)
    assert window.tray_link.tray is None
    event = close_by_user(window)
    assert event.isAccepted() and stopped(qtbot, window)


def test_closing_hides_into_the_tray_and_says_so_once(qtbot, store_path, tray_desktop, messages) -> None:
    window = open_window(qtbot, store_path)
    tray = window.tray_link.tray
    assert tray is not None and tray.isVisible()
    event = close_by_user(window)
    assert not event.isAccepted() and window.isHidden()
    assert not QApplication.quitOnLastWindowClosed()  # closing Settings now must not end the app
    assert still_working(qtbot, window)
    assert QSettings().value("window/geometry") is not None  # saved as if it had closed
    told = "aliorders keeps running here, and syncs go on. Quit it from this icon's menu."
    assert messages == [("aliorders", told)]
    tray.open_action.trigger()
    assert window.isVisible() and QApplication.quitOnLastWindowClosed()
    close_by_user(window)
    assert window.isHidden() and len(messages) == 1  # told once only
    tray.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    assert window.isVisible()
    tray.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    assert window.isHidden()


def test_a_start_at_login_stays_in_the_tray_only_where_it_can_come_back(
    qtbot, store_path, tray_desktop, monkeypatch
) -> None:
    window = open_window(qtbot, store_path)
    assert window.tray_link.start_in_tray()
    assert not QApplication.quitOnLastWindowClosed()  # hidden from the start: only Quit ends it
    window.tray_link.tray.open_action.trigger()
    assert window.isVisible() and QApplication.quitOnLastWindowClosed()

    config.save_settings(config.Settings(keep_in_tray=False))
    assert not open_window(qtbot, store_path).tray_link.start_in_tray()
    monkeypatch.setattr(tray_link, "tray_available", lambda: False)
    config.save_settings(config.Settings())
    assert not open_window(qtbot, store_path).tray_link.start_in_tray()


def test_with_the_option_off_closing_quits_even_with_a_tray(qtbot, store_path, tray_desktop) -> None:
    config.save_settings(config.Settings(keep_in_tray=False))
    window = open_window(qtbot, store_path)
    tray = window.tray_link.tray
    event = close_by_user(window)
    assert event.isAccepted() and stopped(qtbot, window)
    assert not tray.isVisible()


def test_quit_and_a_database_switch_close_for_real(qtbot, store_path, tray_desktop, quits) -> None:
    window = open_window(qtbot, store_path)
    window.close()  # what File ▸ Quit and a database switch do
    assert window.isHidden() and stopped(qtbot, window) and quits == []
    other = open_window(qtbot, store_path)
    other.tray_link.tray.quit_action.trigger()
    assert other.isHidden() and stopped(qtbot, other) and quits == [True]
    assert not other.tray_link.tray.isVisible()


def test_the_menu_opens_syncs_pauses_and_quits(qtbot, connected, store_path, tray_desktop, quits) -> None:
    window = open_window(qtbot, store_path, preset="last30")
    tray = window.tray_link.tray
    names = [action.objectName() for action in tray.menu.actions() if not action.isSeparator()]
    assert names == ["trayOpenAction", "syncAction", "trayPauseAction", "trayQuitAction"]
    window.hide()
    tray.open_action.trigger()
    assert window.isVisible()

    with qtbot.waitSignal(window.sync_task.finished, timeout=SYNC_TIMEOUT):
        next(a for a in tray.menu.actions() if a.objectName() == "syncAction").trigger()
    assert store.count_orders(store.OrderFilter()) > 100

    assert not window.auto_sync.paused and not tray.pause_action.isChecked()
    tray.pause_action.trigger()
    assert window.auto_sync.paused
    assert "auto-sync paused" in window.status.last_sync_label.text()
    window.auto_sync.set_paused(False)  # e.g. resumed elsewhere: the menu follows
    assert not tray.pause_action.isChecked() and not window.auto_sync.paused

    tray.quit_action.trigger()
    assert quits == [True] and window.isHidden() and stopped(qtbot, window)


def test_quit_during_a_sync_stops_it_as_closing_did(
    qtbot, connected, store_path, tray_desktop, quits
) -> None:
    connected.config.latency_seconds = 0.05
    window = open_window(qtbot, store_path, preset="last90")
    window.start_sync()
    qtbot.waitUntil(lambda: window.progress.value() > 0, timeout=SYNC_TIMEOUT)
    window.hide()  # in the tray
    window.tray_link.tray.quit_action.trigger()
    assert not window.sync.is_running() and quits == [True]
    run = store.last_sync_runs()[store.SyncOutcome.CANCELLED]
    assert run.pages > 0 and store.count_orders(store.OrderFilter()) > 0  # what was fetched is kept


def local(*fields: int) -> datetime:
    return datetime(*fields).astimezone()


def test_the_tooltip_shows_todays_estimate_per_currency(
    qtbot, frozen_clock, store_path, tray_desktop
) -> None:
    def paid_today(hour: int, status: str, paid: int, finished: int | None = None, currency: str = "USD"):
        return order_record(
            paid_at=local(2026, 6, 17, hour, 0),
            status=status,
            estimated_paid_commission=paid,
            estimated_finished_commission=finished,
            currency=currency,
        )

    store.save_orders(
        [
            paid_today(9, PAID, 120),
            paid_today(10, SETTLED, 50, 80),  # settled: its final commission
            paid_today(11, INVALID, 999),  # earns nothing
            paid_today(8, PAID, 15000, currency="RUB"),  # never added to USD
            order_record(paid_at=local(2026, 6, 16, 23, 30), estimated_paid_commission=40),  # yesterday
        ],
        local(2026, 6, 17, 11, 30),
    )
    window = open_window(qtbot, store_path)
    tray = window.tray_link.tray
    qtbot.waitUntil(lambda: "RUB" in tray.toolTip())
    assert tray.toolTip() == "aliorders\nToday: ≈ 150.00 RUB · ≈ 2.00 USD"

    store.save_orders([paid_today(11, PAID, 5)], local(2026, 6, 17, 11, 50))
    with qtbot.waitSignal(window.earnings.updated):
        window.refresh()  # the table reloads: the tooltip follows
    assert tray.toolTip() == "aliorders\nToday: ≈ 150.00 RUB · ≈ 2.05 USD"


def test_the_tooltip_without_orders_today(qtbot, frozen_clock, store_path, tray_desktop) -> None:
    window = open_window(qtbot, store_path)
    with qtbot.waitSignal(window.earnings.updated):
        window.refresh()
    assert window.tray_link.tray.toolTip() == "aliorders\nToday: no orders yet"


# --- the summary after a sync --------------------------------------------------------------------


def sums(*entries: tuple[str | None, int, int]) -> list[ChangeSum]:
    return [ChangeSum(*entry) for entry in entries]


@pytest.fixture
def notifier(qapp) -> change_notice.ChangeNotifier:
    return change_notice.ChangeNotifier(AppTray(QIcon(), QAction()))


def test_summary_lines_count_orders_and_never_add_currencies_together(notifier) -> None:
    line = notifier.summary_line
    assert line(Change.NEW, sums(("USD", 1, 120))) == "1 new order · ≈ 1.20 USD"
    two_currencies = sums(("RUB", 2, 15000), ("USD", 3, 200))
    assert line(Change.NEW, two_currencies) == "5 new orders · ≈ 150.00 RUB · ≈ 2.00 USD"
    assert line(Change.SETTLED, sums(("USD", 2, 110))) == "2 orders settled · 1.10 USD"
    assert line(Change.SETTLED, sums(("EUR", 1, 5), ("USD", 1, 7))) == (
        "2 orders settled · 0.05 EUR · 0.07 USD"
    )
    assert line(Change.INVALID, sums(("USD", 1, 50))) == "1 order became Invalid · 0.50 USD lost"
    assert line(Change.INVALID, sums((None, 3, 1234))) == "3 orders became Invalid · 12.34 ? lost"


def test_one_summary_holds_the_kinds_wanted_and_names_their_orders(notifier) -> None:
    changes = SyncChanges(
        7,
        {
            Change.NEW: sums(("USD", 5, 320)),
            Change.SETTLED: sums(("USD", 2, 110)),
            Change.INVALID: [],
        },
    )
    text, shown = notifier.summary(changes, [Change.NEW, Change.SETTLED, Change.INVALID])
    assert text == "5 new orders · ≈ 3.20 USD\n2 orders settled · 1.10 USD"
    assert shown == store.ChangedIn(7, frozenset({Change.NEW, Change.SETTLED}))
    text, shown = notifier.summary(changes, [Change.SETTLED])
    assert text == "2 orders settled · 1.10 USD" and shown.kinds == {Change.SETTLED}
    assert notifier.summary(changes, [Change.INVALID]) == ("", None)
    assert change_notice.wanted_kinds(config.Settings(notify_new=False)) == [Change.SETTLED, Change.INVALID]


@pytest.fixture
def lagging_gateway() -> Iterator[GatewayServer]:
    """A connected account on a gateway whose clock is ten days behind: moving it on to the present
    between two syncs pays new orders, settles some and cancels others."""
    now = datetime.now(UTC)
    dataset = OrderDataset(seed=7, orders=2000, days=60, now=now - timedelta(days=10), future_days=10)
    with GatewayServer(dataset) as gateway:
        credentials.save_credentials(AppCredentials(DEMO_APP_KEY, DEMO_APP_SECRET))
        config.save_settings(config.Settings(gateway_url=gateway.url, api_zone=gateway.config.zone))
        yield gateway


def everything_stored() -> dict[int, str]:
    return {row.sub_order_id: row.status for row in store.iter_rows(store.OrderFilter())}


def sync(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.sync_task.finished, timeout=SYNC_TIMEOUT):
        window.start_sync()


def shown_sub_orders(window: MainWindow) -> set[int]:
    return {window.model.row(n).sub_order_id for n in range(window.model.rowCount())}


@pytest.fixture
def two_syncs(qtbot, lagging_gateway, store_path):
    """A window that synced the last 40 days twice, the gateway's clock moved on in between;
    returns it with what the second sync added and which orders it settled or made Invalid."""
    window = open_window(qtbot, store_path, preset="last90")
    sync(qtbot, window)
    before = everything_stored()
    lagging_gateway.clock.advance(timedelta(days=10))
    sync(qtbot, window)
    after = everything_stored()
    new = set(after) - set(before)
    moved = {sub_id for sub_id in before if after[sub_id] != before[sub_id]}
    settled = {sub_id for sub_id in moved if after[sub_id] == SETTLED}
    invalid = {sub_id for sub_id in moved if after[sub_id] == INVALID}
    assert new and settled and invalid and moved - settled - invalid  # every kind of change happened
    return window, new, moved, settled, invalid


@pytest.mark.usefixtures("tray_desktop")
def test_one_message_per_sync_and_clicking_it_shows_exactly_its_orders(qtbot, messages, two_syncs) -> None:
    window, new, _moved, settled, invalid = two_syncs
    qtbot.waitUntil(lambda: len(messages) == 2)  # one per sync, never one per order
    title, text = messages[1]
    assert title == "What the sync changed"
    lines = text.split("\n")
    assert len(lines) == 3
    assert lines[0].startswith(f"{len(new)} new orders · ≈ ") and lines[0].endswith(" USD")
    assert lines[1].startswith(f"{len(settled)} order{'s' if len(settled) != 1 else ''} settled · ")
    assert lines[2].startswith(f"{len(invalid)} order{'s' if len(invalid) != 1 else ''} became Invalid · ")
    assert lines[2].endswith(" lost")

    qtbot.waitUntil(lambda: not window.filters.counting.is_running())  # the counts the button shows
    window.hide()
    window.filters.order_id.setText("1")  # a filter the message's orders must not be narrowed by
    window.tray_link.tray.messageClicked.emit()
    assert window.isVisible()
    assert window.filters.order_id.text() == ""
    assert shown_sub_orders(window) == new | settled | invalid
    assert window.filters.changes.isChecked()
    assert window.filters.changes.text() == f"Notified from last sync ({len(new | settled | invalid)})"
    chip = window.changes_chip
    assert chip.isVisible() and "notification" in chip.text.text()
    qtbot.mouseClick(chip.clear_button, Qt.MouseButton.LeftButton)
    assert not window.filters.changes.isChecked() and not chip.isVisible()
    assert window.filters.dates.isEnabled()


@pytest.mark.usefixtures("tray_desktop")
def test_a_click_on_another_message_never_applies_the_last_syncs_filter(qtbot, messages, two_syncs) -> None:
    window, *_ = two_syncs
    qtbot.waitUntil(lambda: len(messages) == 2)
    close_by_user(window)  # "keeps running here" replaces the sync's message
    assert "keeps running here" in messages[-1][1]
    window.tray_link.tray.messageClicked.emit()
    assert window.isHidden()
    assert not window.filters.changes.isChecked()


def test_a_right_click_opens_the_menu(qtbot, store_path, tray_desktop) -> None:
    window = open_window(qtbot, store_path)
    tray = window.tray_link.tray
    tray.activated.emit(QSystemTrayIcon.ActivationReason.Context)
    assert tray.menu.isVisible()
    tray.menu.close()


@pytest.mark.usefixtures("tray_desktop")
def test_kinds_switched_off_are_left_out_of_the_message(qtbot, lagging_gateway, store_path, messages) -> None:
    config.save_settings(
        config.Settings(
            gateway_url=lagging_gateway.url,
            api_zone=lagging_gateway.config.zone,
            notify_new=False,
            notify_invalid=False,
        )
    )
    window = open_window(qtbot, store_path, preset="last90")
    sync(qtbot, window)  # everything is new: nothing wanted to say
    lagging_gateway.clock.advance(timedelta(days=10))
    sync(qtbot, window)
    qtbot.waitUntil(lambda: len(messages) == 1)
    assert "settled" in messages[0][1] and "\n" not in messages[0][1]
    window.tray_link.tray.messageClicked.emit()
    assert {window.model.row(n).status for n in range(window.model.rowCount())} == {SETTLED}


def test_the_last_syncs_changes_are_a_quick_filter(qtbot, two_syncs) -> None:
    window, new, moved, _settled, _invalid = two_syncs
    button = window.filters.changes
    assert button.isVisible() and not button.isChecked()
    assert button.text() == f"Changed in last sync ({len(new | moved)})"
    window.filters.dates.set_preset("today")  # the changes show whenever their orders were paid
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.isChecked() and not window.filters.dates.isEnabled()
    assert shown_sub_orders(window) == new | moved
    window.filters.clear()
    assert not button.isChecked() and window.filters.dates.isEnabled()
    assert window.model.rowCount() == store.count_orders(window.filters.current_filter())
    assert window.model.rowCount() != len(new | moved)


def completed_sync(records: list) -> int:
    """A sync run that saved `records` and went through, as the sync service records one."""
    now = datetime.now(UTC)
    run = store.start_sync_run(now.date(), now.date(), now=now)
    counts = store.save_orders(records, now, run.id)
    store.finish_sync_run(run, store.SyncOutcome.COMPLETED, counts, pages=1, now=now)
    return run.id


def test_the_quick_filter_follows_the_next_sync_that_goes_through(qtbot, store_path) -> None:
    first = [order_record(), order_record()]
    completed_sync(first)
    window = open_window(qtbot, store_path)
    button = window.filters.changes
    qtbot.waitUntil(button.isEnabled)  # once the last sync's changes are counted (a worker does it)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert shown_sub_orders(window) == {r.sub_order_id for r in first}

    today = datetime.now(UTC).date()
    cancelled = store.start_sync_run(today, today)
    store.save_orders([order_record()], datetime.now(UTC), cancelled.id)
    store.finish_sync_run(cancelled, store.SyncOutcome.CANCELLED, store.SaveCounts(), pages=1)
    window.refresh()
    assert shown_sub_orders(window) == {r.sub_order_id for r in first}  # only syncs that went through

    second = [order_record(status=PAID), replace(first[0], status=SETTLED)]
    completed_sync(second)
    window.refresh()
    qtbot.waitUntil(lambda: shown_sub_orders(window) == {r.sub_order_id for r in second})
    qtbot.waitUntil(lambda: not window.filters.counting.is_running())
    assert button.isChecked() and button.text() == "Changed in last sync (2)"


@pytest.mark.usefixtures("tray_desktop")
def test_a_sync_made_elsewhere_is_announced_once(qtbot, lagging_gateway, store_path, messages) -> None:
    window = open_window(qtbot, store_path, preset="last90")
    notifier = window.tray_link.notifier
    account = AppCredentials(DEMO_APP_KEY, DEMO_APP_SECRET)
    client = config.Settings(gateway_url=lagging_gateway.url, api_zone=lagging_gateway.config.zone)
    first, last = date.today() - timedelta(days=40), date.today()
    SyncService(account, client.client_settings()).run(first, last)  # another admin of the workspace
    with qtbot.waitSignal(notifier.task.finished, timeout=SYNC_TIMEOUT):
        notifier.announce_latest()  # what the workspace's news of a change calls
    assert len(messages) == 1 and messages[0][1].split(" ")[1:3] == ["new", "orders"]
    with qtbot.waitSignal(notifier.task.finished, timeout=SYNC_TIMEOUT):
        notifier.announce_latest()  # nothing newer: nothing more to say
    assert len(messages) == 1
