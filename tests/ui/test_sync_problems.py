"""What the window shows when a sync meets odd orders, or a defect on one of its threads."""

from __future__ import annotations

import sys
import threading

from PySide6.QtWidgets import QApplication
from sync.test_sync_odd_orders import FIRST, LAST, send_absurd_amounts
from ui.windows import SYNC_TIMEOUT, open_window

from aliorders_desktop import logs
from aliorders_desktop.aliexpress.client import AliExpressClient
from aliorders_desktop.ui import app


def test_odd_values_are_listed_in_the_banner_and_the_rest_is_shown(
    qtbot, connected, store_path, monkeypatch
) -> None:
    odd = send_absurd_amounts(connected, monkeypatch)
    window = open_window(qtbot, store_path)
    with qtbot.waitSignal(window.sync_task.finished, timeout=SYNC_TIMEOUT):
        window.sync.start_range(FIRST, LAST)

    assert window.banner.isVisible()
    assert "could not be read or stored" in window.banner.text.text()
    listed = window.banner.details.toPlainText().splitlines()
    assert len(listed) == len(odd) and all(any(str(s) in line for line in listed) for s in odd)
    assert "paid_amount" in listed[0]


def test_a_defect_on_a_sync_thread_shows_the_crash_dialog_naming_the_log(
    qtbot, connected, store_path, monkeypatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise ValueError("invalid literal for int() with base 10: '--3'")

    shown: list[str] = []
    monkeypatch.setattr(AliExpressClient, "fetch_page", broken)
    monkeypatch.setattr(app.QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    for hook in ((sys, "excepthook"), (threading, "excepthook"), (logs, "_tell_user")):
        monkeypatch.setattr(*hook, getattr(*hook))  # restored after the test
    logs.setup_logging()
    logs.install_crash_handler(app.CrashNotice(QApplication.instance()).show)  # as run_app does

    window = open_window(qtbot, store_path)
    with qtbot.waitSignal(window.sync_task.finished, timeout=SYNC_TIMEOUT):
        window.start_sync()
    qtbot.waitUntil(lambda: bool(shown))

    (message,) = shown
    assert "unexpected problem (ValueError)" in message and str(logs.log_path()) in message
    assert not window.banner.isVisible()
    logged = logs.log_path().read_text(encoding="utf-8")
    assert "Traceback" in logged and "'--3'" in logged
