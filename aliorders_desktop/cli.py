"""`aliorders`: the window by default, plus headless commands for scripts and schedulers."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from enum import IntEnum
from typing import TYPE_CHECKING, TextIO

from aliorders_desktop import __version__, argparse_words, config, credentials, store
from aliorders_desktop.aliexpress.client import AppCredentials
from aliorders_desktop.aliexpress.errors import (
    ApiError,
    ConfigurationError,
    CredentialsError,
    NetworkError,
    PermissionDeniedError,
    ServerError,
    ThrottledError,
)
from aliorders_desktop.aliexpress.orders import OrderStatus
from aliorders_desktop.export import ExportError, ExportFormat, export_orders, money
from aliorders_desktop.export.breakdown_file import export_breakdown
from aliorders_desktop.i18n import QT_TRANSLATE_NOOP, follow_choice, translate
from aliorders_desktop.logs import install_crash_handler, report_crash, setup_logging
from aliorders_desktop.sync.page_pool import DEFAULT_CONCURRENCY, MAX_CONCURRENCY

if TYPE_CHECKING:
    from aliorders_desktop.sync.service import SyncProgress


class Exit(IntEnum):
    """Distinct exit codes so a scheduler can tell failures apart."""

    OK = 0
    USAGE = 2
    NO_CREDENTIALS = 3
    BAD_CREDENTIALS = 4
    UNREACHABLE = 5
    DATABASE = 6
    API = 7
    SYNC_IN_PROGRESS = 8
    NOT_ALLOWED = 9
    PARTIAL = 10
    UNEXPECTED = 70
    """A defect: one line names the log file, which holds the traceback (EX_SOFTWARE in sysexits.h)."""
    CANCELLED = 130


class CliError(Exception):
    def __init__(self, message: str, code: Exit):
        super().__init__(message)
        self.code = code


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        not_a_date = translate("Cli", "{text} is not a date like 2026-01-31")
        raise argparse.ArgumentTypeError(not_a_date.format(text=repr(text))) from None


def parse_concurrency(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= MAX_CONCURRENCY:
        not_a_count = translate("Cli", "{text} is not a whole number from 1 to {most}")
        raise argparse.ArgumentTypeError(not_a_count.format(text=repr(text), most=MAX_CONCURRENCY))
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="aliorders",
        description=translate(
            "Cli",
            "Keep every AliExpress affiliate order on this machine. Without a command, opens the window.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"aliorders {__version__}",
        help=translate("Cli", "show the version and exit"),
    )
    parser.add_argument("--demo", action="store_true", help=translate("Cli", "open the window on demo data"))
    parser.add_argument(
        "--in-tray",
        action="store_true",
        help=translate("Cli", "start in the system tray without showing the window, as at login"),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate(
            "Cli", "check this installation (Qt, database, a sync against a simulated gateway) and exit"
        ),
    )
    parser.add_argument(
        "--db",
        metavar=translate("Cli", "FILE|URL"),
        help=translate("Cli", "database file or URL (default: ALIORDERS_DB or the settings)"),
    )
    commands = parser.add_subparsers(dest="command", metavar=translate("Cli", "COMMAND"))

    day = translate("Cli", "YYYY-MM-DD")
    sync = commands.add_parser("sync", help=translate("Cli", "fetch orders of a date range from AliExpress"))
    sync.add_argument(
        "--from",
        dest="first",
        type=parse_day,
        required=True,
        metavar=day,
        help=translate("Cli", "first day, included"),
    )
    sync.add_argument(
        "--to",
        dest="last",
        type=parse_day,
        default=date.today(),
        metavar=day,
        help=translate("Cli", "last day, included (default: today)"),
    )
    sync.add_argument(
        "--missing",
        action="store_true",
        help=translate("Cli", "fetch only the days of the range that no completed sync fetched"),
    )
    sync.add_argument(
        "--concurrency",
        type=parse_concurrency,
        metavar="N",
        help=translate(
            "Cli", "requests in flight at once, 1 to {most} (default: the setting, {default} unless changed)"
        ).format(most=MAX_CONCURRENCY, default=DEFAULT_CONCURRENCY),
    )

    export = commands.add_parser(
        "export", help=translate("Cli", "write stored orders to a CSV file or an Excel workbook")
    )
    export.add_argument(
        "--out",
        required=True,
        metavar=translate("Cli", "FILE.csv|FILE.xlsx"),
        help=translate("Cli", "the file to write"),
    )
    export.add_argument(
        "--format",
        choices=[f.value for f in ExportFormat],
        help=translate(
            "Cli", "csv or xlsx (default: by the extension of --out, csv unless it ends in .xlsx)"
        ),
    )
    add_range_options(export)
    export.add_argument(
        "--status",
        action="append",
        choices=[s.value for s in OrderStatus],
        help=translate("Cli", "only this status, as AliExpress names it (repeat for several)"),
    )
    for option, text in (
        ("--order-id", translate("Cli", "only this Order ID, or the IDs it starts")),
        ("--tracking-id", translate("Cli", "only this Tracking ID, or the IDs it starts")),
        ("--product-id", translate("Cli", "only this Product ID, or the IDs it starts")),
    ):
        export.add_argument(option, metavar="ID", help=text)
    export.add_argument(
        "--excel-ids",
        action="store_true",
        help=translate(
            "Cli",
            'CSV: write IDs as ="…" so Excel keeps all their digits (it rounds numbers over 15 digits); '
            "a workbook always keeps them as text",
        ),
    )
    export.add_argument(
        "--english-headers",
        action="store_true",
        help=translate(
            "Cli",
            "column titles (and a workbook's words) in English whatever the language, "
            "for scripts that read the file by its column names",
        ),
    )

    add_breakdown_command(commands, day)
    add_statement_command(commands)

    status = commands.add_parser(
        "status",
        help=translate(
            "Cli", "show the database location, order count, this and last month's commission and last syncs"
        ),
    )
    status.add_argument(
        "--from",
        dest="first",
        type=parse_day,
        metavar=day,
        help=translate("Cli", "check from this day that every day was synced (default: the first synced)"),
    )
    status.add_argument(
        "--to",
        dest="last",
        type=parse_day,
        metavar=day,
        help=translate("Cli", "check up to this day that every day was synced (default: today)"),
    )
    status.add_argument(
        "--basis",
        choices=[basis.value for basis in store.DateBasis],
        default=store.DateBasis.PAID.value,
        help=translate(
            "Cli",
            "the month figures by the day the buyer paid, confirmed receipt, or the commission was "
            "settled (default: paid)",
        ),
    )

    add_workspace_commands(commands)

    gateway = commands.add_parser(
        "gateway", help=translate("Cli", "run the simulated AliExpress gateway on this machine")
    )
    for option, default, text in (
        ("--port", 8765, translate("Cli", "port to listen on")),
        ("--seed", 1, translate("Cli", "seed of the generated orders (same seed, same orders)")),
        ("--orders", 3000, translate("Cli", "sub-orders to generate")),
    ):
        gateway.add_argument(option, type=int, default=default, metavar="N", help=text)
    gateway.add_argument(
        "--latency",
        type=float,
        default=0.0,
        metavar=translate("Cli", "SECONDS"),
        help=translate("Cli", "wait this long before each answer"),
    )
    gateway.add_argument(
        "--empty-style",
        choices=("405", "200", "error_response"),
        default="405",
        help=translate(
            "Cli",
            "how to say a query found no orders: resp_code 405, an empty result, or the gateway error "
            "code 15 / ERROR-405",
        ),
    )
    for option, text in (
        ("--decimal-money", translate("Cli", "share of orders (0 to 1) whose money is sent in major units")),
        ("--absurd-values", translate("Cli", "share of orders (0 to 1) that get one absurd value")),
    ):
        gateway.add_argument(option, type=float, default=0.0, metavar=translate("Cli", "SHARE"), help=text)
    return parser


def parse_month(text: str) -> date:
    try:
        return date.fromisoformat(f"{text}-01")
    except ValueError:
        not_a_month = translate("Cli", "{text} is not a month like 2026-11")
        raise argparse.ArgumentTypeError(not_a_month.format(text=repr(text))) from None


def parse_year(text: str) -> int:
    if not (text.isdigit() and len(text) == 4):
        not_a_year = translate("Cli", "{text} is not a year like 2026")
        raise argparse.ArgumentTypeError(not_a_year.format(text=repr(text)))
    return int(text)


def add_statement_command(commands: argparse._SubParsersAction) -> None:
    statement = commands.add_parser(
        "statement",
        help=translate("Cli", "write the commission settled in each local calendar month, with its orders"),
    )
    period = statement.add_mutually_exclusive_group(required=True)
    period.add_argument(
        "--month",
        type=parse_month,
        metavar=translate("Cli", "YYYY-MM"),
        help=translate("Cli", "one month, e.g. 2026-11"),
    )
    period.add_argument(
        "--year",
        type=parse_year,
        metavar=translate("Cli", "YYYY"),
        help=translate("Cli", "every month of one year"),
    )
    statement.add_argument(
        "--out",
        required=True,
        metavar=translate("Cli", "FILE.csv|FILE.xlsx"),
        help=translate("Cli", "the file to write: an Excel workbook if it ends in .xlsx, else CSV"),
    )
    statement.add_argument(
        "--english-headers",
        action="store_true",
        help=translate("Cli", "titles and words in English whatever the language"),
    )


def add_range_options(command: argparse.ArgumentParser) -> None:
    """`--from`, `--to` and the `--basis` that says which day of each order they mean."""
    day = translate("Cli", "YYYY-MM-DD")
    command.add_argument(
        "--from", dest="first", type=parse_day, metavar=day, help=translate("Cli", "first day, included")
    )
    command.add_argument(
        "--to", dest="last", type=parse_day, metavar=day, help=translate("Cli", "last day, included")
    )
    command.add_argument(
        "--basis",
        choices=[basis.value for basis in store.DateBasis],
        default=store.DateBasis.PAID.value,
        help=translate(
            "Cli",
            "which day of each order --from and --to mean: the day the buyer paid, confirmed receipt, "
            "or the commission was settled (default: paid); an order without that day yet is outside "
            "every range",
        ),
    )


def add_workspace_commands(commands: argparse._SubParsersAction) -> None:
    workspace = commands.add_parser(
        "workspace", help=translate("Cli", "set up and fill a team workspace on PostgreSQL")
    )
    actions = workspace.add_subparsers(dest="action", metavar=translate("Cli", "ACTION"), required=True)
    # SUPPRESS: without --db here, the one given before the command (or ALIORDERS_DB) applies.
    database = {"default": argparse.SUPPRESS, "metavar": "postgresql://USER@HOST/DBNAME"}
    init = actions.add_parser(
        "init",
        help=translate(
            "Cli", "create the tables, the aliorders_admin and aliorders_viewer roles and their grants"
        ),
    )
    init.add_argument(
        "--db", help=translate("Cli", "the workspace database, as a superuser or its owner"), **database
    )
    copy = actions.add_parser(
        "import", help=translate("Cli", "copy a local history (orders, status changes, syncs) in")
    )
    copy.add_argument(
        "--from",
        dest="source",
        required=True,
        metavar=translate("Cli", "LOCAL.db"),
        help=translate("Cli", "the local database file to copy"),
    )
    copy.add_argument(
        "--db", help=translate("Cli", "the workspace database, as a user of aliorders_admin"), **database
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; an error nothing explains ends as one line naming the log, never a traceback."""
    install_crash_handler(print_crash)  # also for threads; the window installs its own dialog
    try:
        return run_command(argv)
    except Exception as exc:
        setup_logging()
        report_crash(exc)
        return Exit.UNEXPECTED


def print_crash(message: str) -> None:
    print(f"aliorders: {message}", file=sys.stderr)


def run_command(argv: Sequence[str] | None) -> int:
    follow_choice(config.load_settings().language)
    argparse_words.install()
    args = build_parser().parse_args(argv)
    setup_logging()
    if args.self_test:
        from aliorders_desktop.ui.self_test import run_self_test

        return run_self_test()
    if args.command is None:
        from aliorders_desktop.ui.platform_check import display_problem

        problem = display_problem()
        if problem:
            print(problem, file=sys.stderr)
            return 1
        from aliorders_desktop.ui.app import run_app

        return run_app(demo=args.demo, database=args.db, in_tray=args.in_tray)
    try:
        if args.command == "gateway":
            from aliorders_desktop.aliexpress.gateway import GatewayConfig, serve

            gateway_config = GatewayConfig(
                latency_seconds=args.latency,
                empty_style=args.empty_style,
                decimal_money_share=args.decimal_money,
                absurd_value_share=args.absurd_values,
            )
            serve(port=args.port, seed=args.seed, orders=args.orders, config=gateway_config)
            return Exit.OK
        settings = config.load_settings()
        if args.command == "workspace":
            return run_workspace(args, settings)
        with open_store(args.db or settings.effective_database):
            if args.command == "sync":
                return run_sync(args, settings)
            commands = {
                "export": run_export,
                "breakdown": run_breakdown,
                "status": run_status,
                "statement": run_statement,
            }
            return commands[args.command](args)
    except CliError as exc:
        print(f"aliorders: {exc}", file=sys.stderr)  # the program's name, as argparse starts its errors
        return exc.code


class open_store:
    """Open the configured database for one command, turning store failures into a clear line."""

    def __init__(self, target: str):
        self.target = target

    def __enter__(self) -> None:
        try:
            store.open_database(self.target)
        except store.StoreError as exc:
            raise CliError(str(exc), Exit.DATABASE) from None

    def __exit__(self, *exc: object) -> None:
        store.close_database()


def require_credentials() -> AppCredentials:
    try:
        found = credentials.load_credentials()
    except credentials.KeyringUnavailable as exc:
        raise CliError(str(exc), Exit.NO_CREDENTIALS) from None
    if found is None:
        none = translate(
            "Cli",
            "No AliExpress account is connected. Connect it in the window (Settings → Account), or set "
            "{key} and {secret}.",
        )
        none = none.format(key=credentials.ENV_APP_KEY, secret=credentials.ENV_APP_SECRET)
        raise CliError(none, Exit.NO_CREDENTIALS)
    return found


def api_exit_code(exc: ApiError) -> Exit:
    if isinstance(exc, CredentialsError | PermissionDeniedError):
        return Exit.BAD_CREDENTIALS
    if isinstance(exc, NetworkError | ServerError | ThrottledError):
        return Exit.UNREACHABLE
    if isinstance(exc, ConfigurationError):
        return Exit.USAGE
    return Exit.API


def store_exit_code(exc: store.StoreError) -> Exit:
    if isinstance(exc, store.SyncInProgressError):
        return Exit.SYNC_IN_PROGRESS
    if isinstance(exc, store.ViewOnlyError | store.NoWorkspaceAccessError):
        return Exit.NOT_ALLOWED
    return Exit.DATABASE


def run_sync(args: argparse.Namespace, settings: config.Settings) -> int:
    from aliorders_desktop.sync.service import SyncService

    check_order(args.first, args.last)
    creds = require_credentials()
    cancel = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda *_: cancel.set())
    try:
        service = SyncService(
            creds, settings.client_settings(), concurrency=args.concurrency or settings.sync_concurrency
        )
        ranges = [(args.first, args.last)]
        if args.missing:
            ranges = store.unsynced_ranges(args.first, args.last)
            if not ranges:
                synced = translate("Cli", "Every day of {first} – {last} was synced already.")
                print(synced.format(first=args.first, last=args.last))
                return Exit.OK
        with ProgressLine(sys.stderr) as line:
            result = service.run_ranges(ranges, cancel=cancel, progress=line.update)
    except ApiError as exc:
        kept = translate("Cli", "{error} Everything fetched before the error is kept.")
        raise CliError(kept.format(error=exc), api_exit_code(exc)) from None
    except store.StoreError as exc:
        raise CliError(str(exc), store_exit_code(exc)) from None
    finally:
        signal.signal(signal.SIGINT, previous)
    print(result.summary())
    return {store.SyncOutcome.CANCELLED: Exit.CANCELLED, store.SyncOutcome.PARTIAL: Exit.PARTIAL}.get(
        result.outcome, Exit.OK
    )


class ProgressLine:
    """A one-line progress bar on a terminal; silent when stderr is a file or a pipe."""

    def __init__(self, stream: TextIO):
        self.stream = stream
        self.enabled = stream.isatty()

    def __enter__(self) -> ProgressLine:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K")
            self.stream.flush()

    def update(self, progress: SyncProgress) -> None:
        if not self.enabled:
            return
        planned = max(progress.pages_planned, 1)
        filled = int(30 * progress.pages_done / planned)
        counts = translate("Cli", "{done}/{planned} pages, {new} new, {updated} updated").format(
            done=progress.pages_done,
            planned=planned,
            new=progress.counts.new,
            updated=progress.counts.updated,
        )
        self.stream.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {counts}")
        self.stream.flush()


def run_export(args: argparse.Namespace) -> int:
    if args.first and args.last:
        check_order(args.first, args.last)
    order_filter = store.OrderFilter.for_days(
        args.first,
        args.last,
        order_id=args.order_id or "",
        tracking_id=args.tracking_id or "",
        product_id=args.product_id or "",
        statuses=frozenset(args.status or ()),
        basis=store.DateBasis(args.basis),
    )
    if order_filter.basis is store.DateBasis.PAID:  # syncs fetch by payment day
        warn_unsynced(args.first, args.last)
    try:
        fmt = ExportFormat(args.format) if args.format else ExportFormat.of_path(args.out)
        written = export_orders(
            args.out, fmt, order_filter, ids_as_text=args.excel_ids, english_headers=args.english_headers
        )
    except ExportError as exc:
        failed = translate("Cli", "Could not write {file}: {reason}.")
        raise CliError(failed.format(file=args.out, reason=exc.strerror), Exit.DATABASE) from None
    print(translate("Cli", "Exported %n rows to {file}", "", written).format(file=args.out))
    return Exit.OK


DEFAULT_SUB_ID_KEY = "af_sub"
"""The sub-ID key AliExpress links carry first (af_sub, af_sub2 … af_sub5)."""
MAX_BREAKDOWN_ROWS = 1_000_000
"""Every group: a file for scripts has no screen to fill (one row each, even at a million)."""
BREAKDOWN_DIMENSIONS = {
    by.value: by
    for by in store.BreakdownBy
    if by not in (store.BreakdownBy.SUB_ID, store.BreakdownBy.SUB_ID_KEY)
}


def parse_breakdown_by(text: str) -> tuple[store.BreakdownBy, str]:
    """`--by`: a dimension, or `sub-id` (key af_sub) / `sub-id:KEY` (`sub-id:` is plain-text values)."""
    name, colon, key = text.partition(":")
    if name == store.BreakdownBy.SUB_ID_KEY.value:
        return store.BreakdownBy.SUB_ID_KEY, key if colon else DEFAULT_SUB_ID_KEY
    if name in BREAKDOWN_DIMENSIONS and not key:
        return BREAKDOWN_DIMENSIONS[name], ""
    choices = ", ".join([*BREAKDOWN_DIMENSIONS, "sub-id[:KEY]"])
    raise argparse.ArgumentTypeError(
        translate("Cli", "{value} is not one of: {choices}").format(value=text, choices=choices)
    )


def add_breakdown_command(commands: argparse._SubParsersAction, day: str) -> None:
    breakdown = commands.add_parser(
        "breakdown",
        help=translate(
            "Cli", "write commission per product, country, sub ID… to a CSV file or an Excel workbook"
        ),
    )
    breakdown.add_argument(
        "--by",
        required=True,
        type=parse_breakdown_by,
        metavar="product|category|country|site|tracking|sub-id[:KEY]|buyer|hot|platform",
        help=translate("Cli", "what to group by; sub-id:KEY groups by one sub-ID key (default key: af_sub)"),
    )
    add_range_options(breakdown)
    breakdown.add_argument(
        "--currency",
        metavar="USD",
        help=translate("Cli", "only this settlement currency (default: each currency, in rows of its own)"),
    )
    breakdown.add_argument(
        "--out",
        required=True,
        metavar=translate("Cli", "FILE.csv|FILE.xlsx"),
        help=translate("Cli", "the file to write (an Excel workbook if it ends in .xlsx)"),
    )
    breakdown.add_argument(
        "--english-headers",
        action="store_true",
        help=translate("Cli", "column titles in English whatever the language, for scripts"),
    )


def run_breakdown(args: argparse.Namespace) -> int:
    """Every group of every currency asked for: one GROUP BY per currency, never summed across."""
    if args.first and args.last:
        check_order(args.first, args.last)
    by, key = args.by
    order_filter = store.OrderFilter.for_days(args.first, args.last, basis=store.DateBasis(args.basis))
    if order_filter.basis is store.DateBasis.PAID:  # syncs fetch by payment day
        warn_unsynced(args.first, args.last)
    chosen = [args.currency] if args.currency else store.currencies(order_filter)
    tables = [
        (currency, store.breakdown(replace(order_filter, currency=currency), by, MAX_BREAKDOWN_ROWS, key))
        for currency in chosen
    ]
    xlsx = ExportFormat.of_path(args.out) is ExportFormat.XLSX
    try:
        written = export_breakdown(args.out, tables, xlsx=xlsx, english=args.english_headers)
    except ExportError as exc:
        failed = translate("Cli", "Could not write {file}: {reason}.")
        raise CliError(failed.format(file=args.out, reason=exc.strerror), Exit.DATABASE) from None
    print(translate("Cli", "Exported %n rows to {file}", "", written).format(file=args.out))
    return Exit.OK


def run_statement(args: argparse.Namespace) -> int:
    from aliorders_desktop.days import local_zone
    from aliorders_desktop.export.statement import export_statement
    from aliorders_desktop.store.statement import month_end, months_of, statement

    months = [args.month] if args.month else months_of(date(args.year, 1, 1), date(args.year, 12, 31))
    zone = local_zone()
    made = statement(months, zone)
    try:
        written = export_statement(args.out, made, zone, english=args.english_headers)
    except ExportError as exc:
        failed = translate("Cli", "Could not write {file}: {reason}.")
        raise CliError(failed.format(file=args.out, reason=exc.strerror), Exit.DATABASE) from None
    nothing = translate("Cli", "none")
    for month in made:
        figures = [
            f"{money(t.settled_commission, t.currency)} {t.currency or '?'}"
            for t in month.totals
            if t.sub_orders
        ]
        print(f"{month.label}: {', '.join(figures) or nothing}")
    done = translate("Cli", "Wrote %n settled orders ({first} – {last}) to {file}", "", written)
    print(done.format(first=months[0], last=month_end(months[-1]), file=args.out))
    return Exit.OK


def check_order(first: date, last: date) -> None:
    if last < first:
        before = translate("Cli", "--to ({last}) is before --from ({first}).")
        raise CliError(before.format(last=last, first=first), Exit.USAGE)


def run_status(args: argparse.Namespace) -> int:
    summary = store.database_summary()
    print(translate("Cli", "Database: {location}").format(location=summary.location))
    count = summary.order_count
    print(translate("Cli", "Orders:   %n sub-orders", "", count))
    print_month_commission(store.DateBasis(args.basis))
    if store.is_server():
        may = store.permissions()
        if may.can_sync and may.can_delete:
            access = translate("Cli", "Access:   {user} may sync and delete")
        elif may.can_sync:
            access = translate("Cli", "Access:   {user} may sync")
        else:
            access = translate("Cli", "Access:   {user} may view")
        print(access.format(user=may.user))
    runs = store.last_sync_runs()
    running = store.SyncOutcome.RUNNING
    if running in runs and not store.sync_running():  # its process or connection is gone
        runs[store.SyncOutcome.INTERRUPTED] = store.as_interrupted(runs.pop(running))
    if not runs:
        print(translate("Cli", "Last sync: never"))
    for run in runs.values():
        when = (run.finished_at or run.started_at).astimezone()
        line = translate("Cli", LAST_SYNC[run.outcome]).format(
            when=f"{when:%Y-%m-%d %H:%M}", first=run.range_start, last=run.range_end
        )
        error = store.error_text(run)
        print(f"{line} ({error})" if error else line)
    if args.first and args.last:
        check_order(args.first, args.last)
    warn_unsynced(args.first, args.last)
    return Exit.OK


def print_month_commission(basis: store.DateBasis) -> None:
    """This month's and last month's commission per currency on `basis`, as the earnings strip adds
    it up: the estimate of the orders paid or confirmed in it, or what was settled in it (final)."""
    today = date.today()
    this_month = today.replace(day=1)
    last_month = (this_month - timedelta(days=1)).replace(day=1)
    periods = {
        translate("Cli", "This month"): (this_month, today),
        translate("Cli", "Last month"): (last_month, this_month - timedelta(days=1)),
    }
    print(translate("Cli", BASIS_HEADING[basis]))
    settled = basis is store.DateBasis.SETTLED
    nothing = translate("Cli", "none")
    for name, (first, last) in periods.items():
        totals = store.totals(store.OrderFilter.for_days(first, last, basis=basis))
        figures = [
            f"{'' if settled else '≈ '}"
            f"{money(t.settled_commission if settled else t.estimated_commission, t.currency)} "
            f"{t.currency or '?'}"
            for t in totals
        ]
        print(f"  {name}: {', '.join(figures) or nothing}")


BASIS_HEADING = {
    store.DateBasis.PAID: QT_TRANSLATE_NOOP(
        "Cli", "Commission of the orders paid (≈ estimate until settled), your local days:"
    ),
    store.DateBasis.CONFIRMED: QT_TRANSLATE_NOOP(
        "Cli", "Commission of the orders the buyer confirmed (≈ estimate until settled), your local days:"
    ),
    store.DateBasis.SETTLED: QT_TRANSLATE_NOOP("Cli", "Commission settled (final), your local days:"),
}
"""`status`'s heading above the month figures, per date basis."""


def warn_unsynced(first: date | None, last: date | None) -> None:
    """Say on stderr which days of the range no completed sync fetched, and the command that does."""
    last = last or date.today()
    gaps = store.unsynced_within(first, last)
    if gaps:
        command = f"aliorders sync --missing --from {first or gaps[0][0]} --to {last}"
        fetch = translate("Cli", "Fetch them with: {command}").format(command=command)
        print(f"aliorders: {store.unsynced_text(gaps, date.isoformat)} {fetch}", file=sys.stderr)


LAST_SYNC = {
    store.SyncOutcome.RUNNING: QT_TRANSLATE_NOOP("Cli", "Last running sync: {when} for {first} – {last}"),
    store.SyncOutcome.COMPLETED: QT_TRANSLATE_NOOP("Cli", "Last completed sync: {when} for {first} – {last}"),
    store.SyncOutcome.PARTIAL: QT_TRANSLATE_NOOP(
        "Cli", "Last sync with problems: {when} for {first} – {last}"
    ),
    store.SyncOutcome.CANCELLED: QT_TRANSLATE_NOOP("Cli", "Last cancelled sync: {when} for {first} – {last}"),
    store.SyncOutcome.FAILED: QT_TRANSLATE_NOOP("Cli", "Last failed sync: {when} for {first} – {last}"),
    store.SyncOutcome.INTERRUPTED: QT_TRANSLATE_NOOP(
        "Cli", "Last interrupted sync: {when} for {first} – {last}"
    ),
}
"""`status`'s line for the last run of each outcome (one sentence each: words agree differently)."""


def run_workspace(args: argparse.Namespace, settings: config.Settings) -> int:
    """`workspace init` and `workspace import`, on a PostgreSQL database only."""
    target = args.db or settings.effective_database
    if not store.is_server_url(target):
        raise CliError(
            translate("Cli", "A team workspace lives on PostgreSQL: add --db postgresql://USER@HOST/DBNAME."),
            Exit.USAGE,
        )
    with open_store(target):
        try:
            if args.action == "init":
                revoked = store.workspace.init_workspace()
                print(workspace_instructions(revoked))
                if suspects := store.workspace.foreign_objects():
                    print(planted_objects_warning(suspects))
            else:
                from aliorders_desktop.workspace_import import import_history

                print(import_history(args.source).summary())
        except store.StoreError as exc:
            raise CliError(str(exc), store_exit_code(exc)) from None
    return Exit.OK


def planted_objects_warning(suspects: Sequence[tuple[str, str]]) -> str:
    """`workspace init`'s warning about functions and operators other users made in the schema."""
    text = translate(
        "Cli",
        "Check these functions and operators in the workspace's schema: other users made them while "
        "anyone could create objects there, and aliorders did not. Drop those you do not know, e.g. "
        "DROP FUNCTION or DROP OPERATOR followed by the name shown.",
    )
    owned = translate("Cli", "{object}, made by {owner}")
    return "\n".join([text, *("  " + owned.format(object=name, owner=owner) for name, owner in suspects)])


def workspace_instructions(revoked: Sequence[str] = ()) -> str:
    """What `workspace init` did, and how the database owner gives each person access.

    `revoked`: whom CREATE on the workspace's schema was taken from (see `workspace_safety`).
    """
    address = store.database_location(user="NAME")
    admin, viewer = store.workspace.ADMIN_ROLE, store.workspace.VIEWER_ROLE
    text = translate(
        "Cli",
        """Workspace ready: {location}
Roles: {admin} may sync and delete orders; {viewer} may view, refresh and export them.
Give each person a database user in one role, e.g. in psql as this superuser or owner:
  CREATE ROLE alice LOGIN PASSWORD '…' IN ROLE {admin};   -- syncs from AliExpress
  CREATE ROLE bob LOGIN PASSWORD '…' IN ROLE {viewer};   -- views and exports
Each connects with Settings → Advanced → Database, or: aliorders --db {address}
Copy a local history in with: aliorders workspace import --from orders.db --db {address}""",
    )
    text = text.format(location=store.database_location(), admin=admin, viewer=viewer, address=address)
    if not revoked:
        return text
    safety = translate(
        "Cli",
        "Only the owner may create objects in the workspace's schema (CREATE revoked from {roles}), so "
        "no member can plant code that runs with another member's rights.",
    )
    return f"{text}\n{safety.format(roles=', '.join(revoked))}"
