"""`aliorders sync`, `export` and `status` as a script or scheduler runs them."""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from store.factory import order_record
from sync.test_sync_odd_orders import FIRST as ODD_FIRST
from sync.test_sync_odd_orders import send_absurd_amounts

from aliorders_desktop import cli, logs, store
from aliorders_desktop.aliexpress.client import AliExpressClient
from aliorders_desktop.aliexpress.gateway import DEMO_APP_KEY, DEMO_APP_SECRET, GatewayServer
from aliorders_desktop.aliexpress.orders import OrderStatus
from aliorders_desktop.days import local_zone
from aliorders_desktop.sync.planner import range_bounds

REQUIRED_HEADERS = [
    "Order ID",
    "Sub-order ID",
    "Status",
    "Tracking ID",
    "Product ID",
    "Paid amount",
    "Estimated commission",
    "Currency",
]


@pytest.fixture
def account(monkeypatch, demo_gateway: GatewayServer, tmp_path: Path) -> Path:
    """Credentials and gateway from the environment, as a scheduler would set them; returns the DB."""
    database = tmp_path / "cli.db"
    monkeypatch.setenv("ALIORDERS_APP_KEY", DEMO_APP_KEY)
    monkeypatch.setenv("ALIORDERS_APP_SECRET", DEMO_APP_SECRET)
    monkeypatch.setenv("ALIORDERS_GATEWAY_URL", demo_gateway.url)
    monkeypatch.setenv("ALIORDERS_DB", str(database))
    return database


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def in_range(gateway: GatewayServer, first: date, last: date) -> dict[int, object]:
    start, end = range_bounds(first, last, local_zone())
    lo, hi = int(start.timestamp() * 1000), int(end.timestamp() * 1000)
    return {o.sub_order_id: o for o in gateway.dataset.sub_orders if lo <= o.paid_ms < hi}


def money(minor: int) -> str:
    return f"{minor // 100}.{minor % 100:02d}"


def check_export(gateway: GatewayServer, out: Path, first: date, last: date) -> None:
    rows = read_csv(out)
    want = in_range(gateway, first, last)
    assert sorted(int(r["Sub-order ID"]) for r in rows) == sorted(want)
    now_ms = gateway.clock.now_ms()
    for row in rows:
        source = want[int(row["Sub-order ID"])]
        assert row["Status"] == source.status_at(now_ms).value
        assert row["Order ID"] == str(source.order_id)
        assert row["Tracking ID"].lstrip("'") == (source.tracking_id or "")
        assert row["Product ID"] == str(source.product.product_id)
        assert row["Paid amount"] == money(source.paid_amount)
        assert row["Estimated commission"] == money(source.estimated_paid_commission)


@pytest.mark.parametrize("demo_gateway", ["405", "error_response"], indirect=True)
def test_sync_then_export_yields_every_sub_order_in_range_once(
    account, demo_gateway, tmp_path, capsys
) -> None:
    last = date.today()
    first = last - timedelta(days=99)
    assert cli.main(["sync", "--from", first.isoformat()]) == 0
    summary = capsys.readouterr().out
    assert "new" in summary and "unchanged" in summary
    out = tmp_path / "orders.csv"
    assert cli.main(["export", "--out", str(out), "--from", first.isoformat(), "--to", last.isoformat()]) == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    header = next(csv.reader(out.open(encoding="utf-8-sig")))
    assert header[: len(REQUIRED_HEADERS)] == REQUIRED_HEADERS or set(REQUIRED_HEADERS) <= set(header)
    check_export(demo_gateway, out, first, last)


def test_export_on_the_settled_basis_lists_exactly_the_orders_settled_in_range(
    account, demo_gateway, tmp_path
) -> None:
    """After syncing every order the gateway has, the settled basis finds by settlement time: also
    orders paid long before the range, none that is not settled yet."""
    today = date.today()
    assert cli.main(["sync", "--from", (today - timedelta(days=120)).isoformat()]) == 0
    first, last = today - timedelta(days=40), today - timedelta(days=10)
    out = tmp_path / "settled.csv"
    args = ["export", "--out", str(out), "--basis", "settled", "--from", str(first), "--to", str(last)]
    assert cli.main(args) == 0
    start, end = range_bounds(first, last, local_zone())
    lo, hi = int(start.timestamp() * 1000), int(end.timestamp() * 1000)
    now_ms = demo_gateway.clock.now_ms()
    want = {
        o.sub_order_id
        for o in demo_gateway.dataset.sub_orders
        if o.settled_ms is not None and lo <= o.settled_ms < hi and o.settled_ms <= now_ms
    }
    rows = read_csv(out)
    assert want and sorted(int(r["Sub-order ID"]) for r in rows) == sorted(want)
    assert {r["Status"] for r in rows} == {"Completed Settlement"}
    paid_before = [o for o in demo_gateway.dataset.sub_orders if o.sub_order_id in want and o.paid_ms < lo]
    assert paid_before  # the point of the basis: a paid-time range would have missed these


def simulated_settlements(gateway: GatewayServer, first: date, last: date) -> dict[str, tuple[int, int]]:
    """Per currency, the sub-orders the gateway settled in the local days [first, last] (by now)
    and their commission: the simulator's own truth."""
    start, end = range_bounds(first, last, local_zone())
    lo, hi = int(start.timestamp() * 1000), int(end.timestamp() * 1000)
    now_ms = gateway.clock.now_ms()
    sums: dict[str, tuple[int, int]] = {}
    for o in gateway.dataset.sub_orders:
        if o.settled_ms is not None and lo <= o.settled_ms < hi and o.settled_ms <= now_ms:
            count, commission = sums.get(o.currency, (0, 0))
            sums[o.currency] = (count + 1, commission + o.estimated_finished_commission)
    return sums


def test_statement_totals_per_month_are_the_simulators_settled_sums(
    account, demo_gateway, tmp_path, capsys
) -> None:
    today = date.today()
    assert cli.main(["sync", "--from", (today - timedelta(days=120)).isoformat()]) == 0
    capsys.readouterr()
    last_month = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
    months = [last_month, today.replace(day=1)]
    for month in months:
        out = tmp_path / f"{month:%Y-%m}.xlsx"
        assert cli.main(["statement", "--month", f"{month:%Y-%m}", "--out", str(out)]) == 0
        book = openpyxl.load_workbook(out, read_only=True)
        assert book.sheetnames == ["Summary", f"{month:%Y-%m}"]
        summary = list(book["Summary"].iter_rows(values_only=True))
        assert summary[0] == ("Month", "Currency", "Sub-orders", "Settled commission")
        end = (month + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        want = simulated_settlements(demo_gateway, month, end)
        got = {row[1]: (row[2], round(row[3] * 100)) for row in summary[1:] if row[0] and row[1]}
        assert got == want
        assert any("local calendar months" in str(row[0]) for row in summary if row[0])
        orders = list(book[f"{month:%Y-%m}"].iter_rows(values_only=True))
        assert len(orders) - 1 == sum(count for count, _ in want.values())
    assert simulated_settlements(demo_gateway, last_month, months[1] - timedelta(days=1))  # not vacuous
    out = tmp_path / "year.csv"
    assert cli.main(["statement", "--year", str(today.year), "--out", str(out)]) == 0
    lines = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert "local calendar months" in lines[0][0]
    summary_rows = [row for row in lines[3:] if row and row[0].startswith(f"{today.year}-") and len(row) == 4]
    # Every month of the year has a row, one with nothing settled too (without a currency).
    assert {row[0] for row in summary_rows} == {f"{today.year}-{m:02d}" for m in range(1, 13)}
    for month in months:
        if month.year != today.year:
            continue
        end = (month + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        want = simulated_settlements(demo_gateway, month, end)
        label = f"{month:%Y-%m}"
        got = {
            row[1]: (int(row[2]), money_minor(row[3])) for row in summary_rows if row[0] == label and row[1]
        }
        assert got == want
    printed = capsys.readouterr().out
    assert "Wrote" in printed and str(out) in printed


def money_minor(text: str) -> int:
    whole, cents = text.split(".")
    return int(whole) * 100 + int(cents)


def test_export_filters_by_status_and_ids(account, demo_gateway, tmp_path) -> None:
    first = date.today() - timedelta(days=30)
    assert cli.main(["sync", "--from", first.isoformat()]) == 0
    out = tmp_path / "settled.csv"
    assert cli.main(["export", "--out", str(out), "--status", "Completed Settlement"]) == 0
    rows = read_csv(out)
    assert rows and {r["Status"] for r in rows} == {"Completed Settlement"}
    one = rows[0]["Order ID"]
    assert cli.main(["export", "--out", str(out), "--order-id", one]) == 0
    assert {r["Order ID"] for r in read_csv(out)} == {one}


def test_formula_like_titles_are_neutralised(account, demo_gateway, tmp_path) -> None:
    assert cli.main(["sync", "--from", (date.today() - timedelta(days=119)).isoformat()]) == 0
    out = tmp_path / "all.csv"
    assert cli.main(["export", "--out", str(out)]) == 0
    titles = [r["Product title"] for r in read_csv(out)]
    assert any(t.startswith("'=") for t in titles)
    assert not any(t.startswith(("=", "+", "@")) for t in titles)


def test_status_reports_database_count_and_last_sync(account, capsys) -> None:
    assert cli.main(["sync", "--from", date.today().isoformat()]) == 0
    capsys.readouterr()
    assert cli.main(["status"]) == 0
    text = capsys.readouterr().out
    assert str(account) in text and "sub-orders" in text and "completed" in text
    assert "Commission of the orders paid (≈ estimate until settled)" in text and "This month: ≈ " in text
    assert cli.main(["status", "--basis", "settled"]) == 0
    assert "Commission settled (final)" in capsys.readouterr().out


def exit_code(args: list[str]) -> int:
    """What the process would exit with, argparse's own usage errors included."""
    try:
        return cli.main(args)
    except SystemExit as exc:
        return int(exc.code)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["sync", "--from", "2026-13-01"], "not a date"),
        (["sync", "--from", "2026-05-02", "--to", "2026-05-01"], "before"),
        (["export", "--out", "x.csv", "--from", "2026-05-02", "--to", "2026-05-01"], "before"),
        (["sync", "--from", "2026-05-01", "--concurrency", "0"], "1 to 8"),
        (["sync", "--from", "2026-05-01", "--concurrency", "many"], "1 to 8"),
    ],
)
def test_bad_dates_give_one_clear_line_and_exit_2(account, capsys, args, words) -> None:
    assert exit_code(args) == 2
    assert words in capsys.readouterr().err


def test_missing_credentials_exit_3_and_store_nothing(monkeypatch, account, capsys) -> None:
    monkeypatch.delenv("ALIORDERS_APP_SECRET")
    assert cli.main(["sync", "--from", date.today().isoformat()]) == 3
    assert "No AliExpress account is connected" in capsys.readouterr().err


def test_refused_credentials_exit_4(monkeypatch, account, capsys) -> None:
    monkeypatch.setenv("ALIORDERS_APP_SECRET", "wrong-secret")
    assert cli.main(["sync", "--from", date.today().isoformat()]) == 4
    err = capsys.readouterr().err
    assert "App Secret" in err and "wrong-secret" not in err


def test_unreachable_gateway_exit_5(monkeypatch, account, capsys) -> None:
    monkeypatch.setenv("ALIORDERS_GATEWAY_URL", "http://127.0.0.1:9/sync")
    assert cli.main(["sync", "--from", date.today().isoformat()]) == 5
    assert "Could not reach AliExpress" in capsys.readouterr().err


def test_a_file_that_is_not_a_database_exits_6_untouched(monkeypatch, account, tmp_path, capsys) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("my notes, not a database")
    assert cli.main(["--db", str(bogus), "status"]) == 6
    assert capsys.readouterr().err.strip()
    assert bogus.read_text() == "my notes, not a database"


def test_sync_killed_mid_way_is_refused_meanwhile_reported_interrupted_and_a_rerun_completes(
    account, demo_gateway, tmp_path, capsys
) -> None:
    """While it runs, a second sync exits 8; once killed, status calls it interrupted; a rerun completes."""
    demo_gateway.config.latency_seconds = 0.03
    first = date.today() - timedelta(days=99)
    command = [sys.executable, "-m", "aliorders_desktop", "sync", "--from", first.isoformat()]
    process = subprocess.Popen(command, env=os.environ.copy(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and _stored_count(account) < 500:
        time.sleep(0.05)
    assert cli.main(["sync", "--from", first.isoformat()]) == cli.Exit.SYNC_IN_PROGRESS
    assert "Another aliorders window or `aliorders sync` on this computer started" in capsys.readouterr().err
    assert cli.main(["status"]) == 0
    assert "Last running sync" in capsys.readouterr().out
    process.send_signal(signal.SIGKILL)
    process.wait(10)
    killed_at = _stored_count(account)
    assert 0 < killed_at < len(in_range(demo_gateway, first, date.today()))
    with sqlite3.connect(account) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert cli.main(["status"]) == 0
    status = capsys.readouterr().out
    assert "Last running" not in status and "Last interrupted sync" in status and "saved are kept" in status
    assert _outcomes(account) == ["running"]  # status only reads
    demo_gateway.config.latency_seconds = 0
    assert cli.main(["sync", "--from", first.isoformat()]) == 0
    assert _outcomes(account) == ["interrupted", "completed"]
    out = tmp_path / "after-kill.csv"
    assert cli.main(["export", "--out", str(out), "--from", first.isoformat()]) == 0
    check_export(demo_gateway, out, first, date.today())


def _outcomes(database: Path) -> list[str]:
    with sqlite3.connect(database) as connection:
        table = store.SyncRun._meta.table_name
        return [row[0] for row in connection.execute(f'SELECT outcome FROM "{table}" ORDER BY id')]


def _stored_count(database: Path) -> int:
    if not database.exists():
        return 0
    try:
        with sqlite3.connect(database, timeout=5) as connection:
            table = store.Order._meta.table_name
            return connection.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_excel_ids_keep_every_digit_as_text(account, demo_gateway, tmp_path) -> None:
    assert cli.main(["sync", "--from", date.today().isoformat()]) == 0
    plain, excel = tmp_path / "plain.csv", tmp_path / "excel.csv"
    assert cli.main(["export", "--out", str(plain)]) == 0
    assert cli.main(["export", "--out", str(excel), "--excel-ids"]) == 0
    for row_plain, row_excel in zip(read_csv(plain), read_csv(excel), strict=True):
        assert row_excel["Sub-order ID"] == f'="{row_plain["Sub-order ID"]}"'
        assert row_excel["Paid amount"] == row_plain["Paid amount"]


def test_concurrency_comes_from_the_option_or_else_the_settings(account, demo_gateway, monkeypatch) -> None:
    from aliorders_desktop import config
    from aliorders_desktop.sync import service

    used = []
    original = service.SyncService.__init__

    def spy(self, *args, **kwargs) -> None:
        original(self, *args, **kwargs)
        used.append(self.concurrency)

    monkeypatch.setattr(service.SyncService, "__init__", spy)
    today = date.today().isoformat()
    assert cli.main(["sync", "--from", today, "--concurrency", "2"]) == 0
    config.save_settings(config.Settings(sync_concurrency=6))
    assert cli.main(["sync", "--from", today]) == 0
    assert used == [2, 6]


def test_a_sync_with_refused_windows_exits_10_naming_them(account, demo_gateway, capsys) -> None:
    demo_gateway.config.max_window_days = 0  # refuses even a single day
    assert cli.main(["sync", "--from", date.today().isoformat()]) == cli.Exit.PARTIAL
    out = capsys.readouterr().out
    assert "Synced with problems" in out and "Payment Completed orders by payment completed time" in out
    assert cli.main(["status"]) == 0
    assert "Last sync with problems" in capsys.readouterr().out


def test_odd_values_from_aliexpress_exit_10_naming_them(account, demo_gateway, capsys, monkeypatch) -> None:
    odd = send_absurd_amounts(demo_gateway, monkeypatch)
    assert cli.main(["sync", "--from", ODD_FIRST.isoformat()]) == cli.Exit.PARTIAL
    out = capsys.readouterr().out
    assert "Synced with problems" in out and "could not be read or stored" in out
    assert any(str(sub_order_id) in out for sub_order_id in odd)
    assert cli.main(["status"]) == 0
    assert "Last sync with problems" in capsys.readouterr().out


def test_an_unexpected_error_on_a_fetch_thread_is_one_line_naming_the_log(
    account, demo_gateway, capfd, monkeypatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise ValueError("invalid literal for int() with base 10: '--3'")

    monkeypatch.setattr(AliExpressClient, "fetch_page", broken)
    assert cli.main(["sync", "--from", date.today().isoformat()]) == cli.Exit.UNEXPECTED
    printed = capfd.readouterr()
    assert "Traceback" not in printed.out + printed.err
    (line,) = printed.err.splitlines()
    assert "unexpected problem (ValueError)" in line and str(logs.log_path()) in line
    logged = logs.log_path().read_text(encoding="utf-8")
    assert "Traceback" in logged and "'--3'" in logged


def test_an_unexpected_error_before_any_command_runs_is_one_line_too(capfd, monkeypatch) -> None:
    def broken() -> None:
        raise KeyError("language")

    monkeypatch.setattr(cli.config, "load_settings", broken)
    assert cli.main(["status"]) == cli.Exit.UNEXPECTED
    err = capfd.readouterr().err
    assert "Traceback" not in err and "unexpected problem (KeyError)" in err and str(logs.log_path()) in err


def test_an_xlsx_name_or_format_writes_a_workbook_of_the_same_rows(account, demo_gateway, tmp_path) -> None:
    assert cli.main(["sync", "--from", (date.today() - timedelta(days=20)).isoformat()]) == 0
    plain, by_name, by_flag = tmp_path / "orders.csv", tmp_path / "orders.xlsx", tmp_path / "orders.data"
    assert cli.main(["export", "--out", str(plain)]) == 0
    assert cli.main(["export", "--out", str(by_name)]) == 0
    assert cli.main(["export", "--out", str(by_flag), "--format", "xlsx"]) == 0
    expected = [row["Sub-order ID"] for row in read_csv(plain)]
    assert expected
    for workbook in (by_name, by_flag):
        with workbook.open("rb") as handle:  # openpyxl judges a file by its name, the app by --format
            sheet = openpyxl.load_workbook(handle, read_only=True)["Orders"]
            subs = [sub for (sub,) in sheet.iter_rows(min_row=2, min_col=2, max_col=2, values_only=True)]
        assert subs == expected


def test_breakdown_by_country_writes_one_row_per_country_and_currency_as_csv_or_a_workbook(
    account, demo_gateway, tmp_path
) -> None:
    first = date.today() - timedelta(days=30)
    assert cli.main(["sync", "--from", first.isoformat()]) == 0
    out, book = tmp_path / "countries.csv", tmp_path / "countries.xlsx"
    assert cli.main(["breakdown", "--by", "country", "--from", first.isoformat(), "--out", str(out)]) == 0
    rows = read_csv(out)
    now_ms = demo_gateway.clock.now_ms()
    paid = [o for o in in_range(demo_gateway, first, date.today()).values() if o.paid_ms <= now_ms]
    want = {(o.ship_to_country, o.currency) for o in paid}
    assert {(r["Group"], r["Currency"]) for r in rows} == want
    for currency in {currency for _, currency in want}:
        mine = [r for r in rows if r["Currency"] == currency]
        assert sum(int(r["Sub-orders"]) for r in mine) == sum(o.currency == currency for o in paid)
        assert sum(float(r["Share of commission (%)"]) for r in mine) == pytest.approx(100, abs=0.1)
    assert cli.main(["breakdown", "--by", "country", "--from", first.isoformat(), "--out", str(book)]) == 0
    sheet = openpyxl.load_workbook(book, read_only=True)["Breakdown"]
    groups = [
        (group, currency) for group, _, currency in sheet.iter_rows(min_row=2, max_col=3, values_only=True)
    ]
    assert groups == [(r["Group"], r["Currency"]) for r in rows]


def test_breakdown_by_sub_id_key_and_a_bad_dimension(account, demo_gateway, tmp_path, capsys) -> None:
    assert cli.main(["sync", "--from", (date.today() - timedelta(days=10)).isoformat()]) == 0
    out = tmp_path / "subs.csv"
    assert cli.main(["breakdown", "--by", "sub-id:af_sub2", "--currency", "USD", "--out", str(out)]) == 0
    groups = {r["Group"] for r in read_csv(out)}
    assert "(none)" in groups and groups <= {"(none)", "short", "story", "pinned", "repost"}
    assert exit_code(["breakdown", "--by", "colour", "--out", str(out)]) == 2
    assert "sub-id[:KEY]" in capsys.readouterr().err


def test_export_and_status_name_the_never_synced_days_and_sync_missing_fetches_exactly_them(
    account, capsys, frozen_clock
) -> None:
    today = date.today()
    first, recent = today - timedelta(days=119), today - timedelta(days=29)
    assert cli.main(["sync", "--from", recent.isoformat()]) == 0
    capsys.readouterr()

    span = ["--from", first.isoformat(), "--to", today.isoformat()]
    gap = f"{first.isoformat()} – {(recent - timedelta(days=1)).isoformat()}"
    command = f"aliorders sync --missing --from {first.isoformat()} --to {today.isoformat()}"
    for args in (["export", "--out", str(account.parent / "x.csv"), *span], ["status", *span]):
        assert cli.main(args) == 0
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and gap in err and command in err

    assert cli.main(["sync", "--missing", *span]) == 0
    capsys.readouterr()
    with sqlite3.connect(account) as connection:
        table = store.SyncRun._meta.table_name
        latest = connection.execute(
            f'SELECT range_start, range_end, outcome FROM "{table}" ORDER BY id DESC LIMIT 1'
        ).fetchone()
    assert latest == (first.isoformat(), (recent - timedelta(days=1)).isoformat(), "completed")
    for args in (["export", "--out", str(account.parent / "x.csv"), *span], ["status", *span]):
        assert cli.main(args) == 0
        assert capsys.readouterr().err == ""


def test_export_writes_yen_and_dinars_with_their_own_decimals(tmp_path, capsys) -> None:
    database, paid_at = tmp_path / "three.db", datetime.now(UTC) - timedelta(days=1)
    store.open_database(database)
    try:
        amounts = {"USD": 123_456, "JPY": 495, "KWD": 1_500}
        records = [order_record(currency=c, paid_amount=a, paid_at=paid_at) for c, a in amounts.items()]
        store.save_orders(records, paid_at)
    finally:
        store.close_database()
    out, book = tmp_path / "three.csv", tmp_path / "three.xlsx"
    for target in (out, book):
        assert cli.main(["--db", str(database), "export", "--out", str(target), "--english-headers"]) == 0
    assert "Exported 3 rows" in capsys.readouterr().out
    paid = {row["Currency"]: row["Paid amount"] for row in read_csv(out)}
    assert paid == {"USD": "1234.56", "JPY": "495", "KWD": "1.500"}
    sheet = openpyxl.load_workbook(book)["Orders"]
    titles = [cell.value for cell in sheet[1]]
    currency, amount = titles.index("Currency"), titles.index("Paid amount")
    cells = {row[currency].value: row[amount].value for row in sheet.iter_rows(2)}
    assert cells == {"USD": 1234.56, "JPY": 495, "KWD": 1.5}


def test_breakdown_dates_its_range_on_the_basis_asked_for(tmp_path) -> None:
    """An order paid in October and settled in November is November's on the settled basis only."""
    database, out = tmp_path / "basis.db", tmp_path / "countries.csv"
    paid, settled = datetime(2026, 10, 20, 12, tzinfo=UTC), datetime(2026, 11, 10, 12, tzinfo=UTC)
    store.open_database(database)
    try:
        records = [
            order_record(
                paid_at=paid,
                finished_at=paid,
                settled_at=settled,
                status=OrderStatus.SETTLED.value,
                ship_to_country="FR",
            ),
            order_record(paid_at=settled, ship_to_country="DE"),
        ]
        store.save_orders(records, settled)
    finally:
        store.close_database()
    november = ["--from", "2026-11-01", "--to", "2026-11-30"]
    for basis, countries in (("paid", {"DE"}), ("settled", {"FR"})):
        args = ["--db", str(database), "breakdown", "--by", "country", "--basis", basis, *november]
        assert cli.main([*args, "--out", str(out), "--english-headers"]) == 0
        assert {row["Group"] for row in read_csv(out)} == countries
