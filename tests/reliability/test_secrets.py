"""The App Secret never leaves memory: not in logs, the database, CSVs, errors, crash reports, clipboard."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from aliorders_desktop import cli, credentials, logs
from aliorders_desktop.aliexpress.client import AppCredentials
from aliorders_desktop.aliexpress.gateway import DEMO_APP_KEY

SECRET = "Zx9-very-secret-app-secret-4417"


def files_containing(root: Path, needle: bytes) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_a_full_run_leaves_the_secret_nowhere(qapp, demo_gateway, tmp_path, monkeypatch, capsys) -> None:
    demo_gateway.config.accounts[DEMO_APP_KEY] = SECRET
    monkeypatch.setenv("ALIORDERS_GATEWAY_URL", demo_gateway.url)
    monkeypatch.setenv("ALIORDERS_DB", str(tmp_path / "data" / "orders.db"))
    credentials.save_credentials(AppCredentials(DEMO_APP_KEY, SECRET))
    logging.getLogger().setLevel(logging.DEBUG)
    first = (date.today() - timedelta(days=20)).isoformat()

    assert cli.main(["sync", "--from", first]) == 0
    demo_gateway.config.accounts[DEMO_APP_KEY] = "rotated-elsewhere"
    assert cli.main(["sync", "--from", first]) == 4  # a failed sync, with its error recorded
    out = tmp_path / "export.csv"
    assert cli.main(["export", "--out", str(out)]) == 0
    crashed = {}
    logs.install_crash_handler(lambda message: crashed.setdefault("message", message))
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        import sys

        sys.excepthook(type(exc), exc, exc.__traceback__)
    QGuiApplication.clipboard().setText("")

    printed = capsys.readouterr()
    assert logs.log_path().exists() and "crash report" in logs.log_path().read_text()
    assert files_containing(tmp_path, SECRET.encode()) == []
    assert SECRET not in printed.out + printed.err + crashed["message"]
    assert SECRET not in QGuiApplication.clipboard().text()
    logging.getLogger().setLevel(logging.WARNING)
