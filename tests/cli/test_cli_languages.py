"""The command line says nothing untranslated, in any language it speaks.

Each run uses a pseudo catalogue made from the real one: every piece of translated text is
wrapped in ⟦ ⟧, while the values put into it ({file}, %s…) stay outside. So once the marked
pieces are removed from the output, only data may be left (paths, numbers, dates, option names,
the statuses as AliExpress names them); a word of English that did not come through a
catalogue shows up. The catalogues are walked, not a hand-kept list of messages.
"""

from __future__ import annotations

import argparse
import csv
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook
from pseudo_core import pseudo_catalogue

from aliorders_desktop import cli, config, i18n, store
from aliorders_desktop.aliexpress.gateway import DEMO_APP_KEY, DEMO_APP_SECRET, GatewayServer
from aliorders_desktop.aliexpress.orders import OrderStatus
from aliorders_desktop.credentials import ENV_APP_KEY, ENV_APP_SECRET
from aliorders_desktop.store.insights import BreakdownBy
from tools.core_translations import LANGUAGES

MARKED = re.compile(r"⟦[^⟦⟧]*⟧")
WORD = re.compile(r"[^\W\d_]{2,}")


def data_words(parser: argparse.ArgumentParser) -> set[str]:
    """What a command line may print untranslated: its option and command names and choices."""
    words = {"aliorders", "csv", "xlsx", "ID", "postgresql", "USER", "HOST", "DBNAME", "URL"}
    words |= {"USD", "RUB"}  # the simulated gateway's currencies: codes, which no language translates
    words |= {"KEY", *(word for by in BreakdownBy for word in WORD.findall(by.value))}  # --by's values
    for status in OrderStatus:
        words.update(WORD.findall(status.value))
    for sub in subparsers(parser):
        for action in sub._actions:
            for text in (*action.option_strings, *(str(c) for c in action.choices or ())):
                words.update(WORD.findall(text))
    return words


def subparsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from subparsers(sub)


def help_commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> Iterator[list[str]]:
    yield [*prefix, "--help"]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from help_commands(sub, (*prefix, name))


class Run:
    """Runs `aliorders` in this process and keeps every line it printed."""

    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self.capsys = capsys
        self.printed: list[tuple[list[str], str]] = []

    def __call__(self, *args: str) -> int:
        try:
            code = cli.main(list(args))
        except SystemExit as exc:
            code = int(exc.code or 0)
        out, err = self.capsys.readouterr()
        self.printed.append((list(args), out + err))
        return code


@pytest.fixture(params=sorted(LANGUAGES))
def language(request, monkeypatch, tmp_path: Path) -> str:
    """A pseudo-translated language, chosen in Settings as a user would."""
    folder = tmp_path / "catalogues"
    folder.mkdir()
    pseudo_catalogue(request.param, folder)
    monkeypatch.setattr(i18n, "CATALOGUE_DIR", folder)
    i18n.catalogue.cache_clear()
    config.save_settings(config.Settings(language=request.param))
    monkeypatch.setenv("COLUMNS", "100")  # argparse wraps help to the terminal's width
    yield request.param
    i18n.catalogue.cache_clear()


@pytest.fixture
def account(monkeypatch, demo_gateway: GatewayServer, tmp_path: Path) -> Path:
    """The database and the gateway's App Key, as a scheduler would set them (no secret yet)."""
    database = tmp_path / "orders.db"
    monkeypatch.setenv("ALIORDERS_DB", str(database))
    monkeypatch.setenv("ALIORDERS_GATEWAY_URL", demo_gateway.url)
    monkeypatch.setenv("ALIORDERS_APP_KEY", DEMO_APP_KEY)
    return database


def synced_exports(monkeypatch, folder: Path, *options: str) -> tuple[list[dict[str, str]], Workbook]:
    """Today's orders synced, then exported as CSV (its rows) and as a workbook, with `options`."""
    monkeypatch.setenv("ALIORDERS_APP_SECRET", DEMO_APP_SECRET)
    assert cli.main(["sync", "--from", date.today().isoformat()]) == 0
    csv_file, workbook = folder / "orders.csv", folder / "orders.xlsx"
    assert cli.main(["export", "--out", str(csv_file), *options]) == 0
    assert cli.main(["export", "--out", str(workbook), *options]) == 0
    with csv_file.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle)), openpyxl.load_workbook(workbook, read_only=True)


def test_every_line_of_every_command_is_translated(
    language, account: Path, capsys, monkeypatch, demo_gateway: GatewayServer, tmp_path: Path
) -> None:
    database = account
    today = date.today().isoformat()
    run = Run(capsys)

    for command in help_commands(cli.build_parser()):
        assert run(*command) == 0
    assert run("sync", "--from", "2026-13-01") == cli.Exit.USAGE
    assert run("export", "--out", "x.csv", "--format", "pdf") == cli.Exit.USAGE
    assert run("sync") == cli.Exit.USAGE
    assert run("export", "--out", "x.csv", "--from", "2026-05-02", "--to", "2026-05-01") == cli.Exit.USAGE
    assert run("sync", "--from", today) == cli.Exit.NO_CREDENTIALS
    assert run("status") == 0  # never synced

    monkeypatch.setenv("ALIORDERS_APP_SECRET", "wrong-secret")
    assert run("sync", "--from", today) == cli.Exit.BAD_CREDENTIALS
    monkeypatch.setenv("ALIORDERS_APP_SECRET", DEMO_APP_SECRET)
    assert run("sync", "--from", (date.today() - timedelta(days=100)).isoformat(), "--to", today) == 0
    demo_gateway.config.max_window_days = 0  # refuses every window, even a day
    assert run("sync", "--from", today) == cli.Exit.PARTIAL
    csv_file, workbook = tmp_path / "orders.csv", tmp_path / "orders.xlsx"
    assert run("export", "--out", str(csv_file)) == 0
    assert run("export", "--out", str(workbook)) == 0
    assert run("export", "--out", str(tmp_path / "missing" / "orders.csv")) == cli.Exit.DATABASE
    store.open_database(str(database))
    store.start_sync_run(date.today(), date.today())  # a sync whose process died: "interrupted"
    store.close_database()
    assert run("status") == 0
    assert run("workspace", "init") == cli.Exit.USAGE

    allowed = data_words(cli.build_parser())
    typed = (demo_gateway.url, "wrong-secret", "pdf", ENV_APP_KEY, ENV_APP_SECRET)
    data = re.compile("|".join(map(re.escape, typed)))
    paths = re.compile(re.escape(str(tmp_path)) + r"\S*")
    for args, output in run.printed:
        assert "⟦" in output, args
        residue = data.sub(" ", paths.sub(" ", MARKED.sub(" ", output)))
        assert set(WORD.findall(residue)) <= allowed, (args, residue)

    with csv_file.open(encoding="utf-8-sig", newline="") as handle:
        assert all(title.startswith("⟦") for title in next(csv.reader(handle)))
    book = openpyxl.load_workbook(workbook, read_only=True)
    assert all(name.startswith("⟦") for name in book.sheetnames)
    for sheet in book.worksheets:
        assert all(cell.value.startswith("⟦") for cell in next(sheet.iter_rows()) if cell.value)


def test_english_headers_keep_files_readable_by_scripts(language, account, monkeypatch, tmp_path) -> None:
    rows, book = synced_exports(monkeypatch, tmp_path, "--english-headers")
    assert rows and {row["Status"] for row in rows} <= {status.value for status in OrderStatus}
    assert book.sheetnames == ["Orders", "Totals"]
    titles = [cell.value for cell in next(book["Orders"].iter_rows())]
    assert titles[:3] == ["Order ID", "Sub-order ID", "Status"]
    statuses = {row[2] for row in book["Orders"].iter_rows(min_row=2, values_only=True)}
    assert statuses <= {status.value for status in OrderStatus}


def test_a_workbook_shows_statuses_in_the_language_while_csv_keeps_the_api_values(
    account, capsys, monkeypatch, tmp_path
) -> None:
    config.save_settings(config.Settings(language="ru"))
    rows, book = synced_exports(monkeypatch, tmp_path)
    assert rows and {row["Статус"] for row in rows} <= {status.value for status in OrderStatus}
    assert book.sheetnames == ["Заказы", "Итоги"]
    statuses = {row[2] for row in book["Заказы"].iter_rows(min_row=2, values_only=True)}
    assert statuses and statuses <= {"Оплачен", "Получен покупателем", "Подтверждён", "Отклонён"}
    assert "Экспортирован" in capsys.readouterr().out  # -а, -о: the form follows the count
