"""Export cells as text made by SQLite itself: local times, money, formula-safe text, mapped names.

A CSV export of a file database selects these instead of raw values, so its rows come out of
the database ready to write and no cell runs a line of Python: at a million rows, formatting in
Python cost more than reading and writing together. Each expression gives exactly the text its
Python counterpart in `aliorders_desktop.export.cells` gives (SQLite's 'localtime' and Python's
`datetime.fromtimestamp` both ask the C library's `localtime`). PostgreSQL formats in Python.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from peewee import SQL, Case, ColumnBase, Node, Value, fn


def local_time(column: ColumnBase) -> Node:
    """Epoch seconds on this computer's clock, "2026-01-31 14:05:09"; NULL stays NULL."""
    return fn.datetime(column, SQL("'unixepoch'"), SQL("'localtime'"))


def money(column: ColumnBase) -> Node:
    """Minor units as major units with two decimals, "11.13", "-0.05"; NULL stays NULL.

    (Exact: an amount of whole cents is within a fraction of a cent of its nearest double
    below 10^13 major units, so rounding that double to two decimals gives the amount.)"""
    return Case(None, [(column.is_null(), None)], fn.printf(SQL("'%.2f'"), column / SQL("100.0")))


def formula_safe(column: ColumnBase, triggers: Iterable[str]) -> Node:
    """The text with an apostrophe in front when it starts with one of `triggers`."""
    starts = fn.substr(column, 1, 1).in_([Value(trigger) for trigger in triggers])
    return Case(None, [(starts, Value("'").concat(column))], column)


def number_safe(column: ColumnBase, triggers: Iterable[str]) -> Node:
    """`formula_safe`, except that a negative number kept as text ("-1.50") stays as it is."""
    starts = fn.substr(column, 1, 1).in_([Value(trigger) for trigger in triggers])
    negative = (fn.glob("-[0-9]*", column) == 1) & (fn.glob("*[^0-9.]*", fn.substr(column, 2)) == 0)
    return Case(None, [(starts & ~negative, Value("'").concat(column))], column)


def mapped(column: ColumnBase, texts: Mapping[object, str | None], otherwise: str | None) -> Node:
    """The text `texts` gives for the value, else `otherwise`."""
    return Case(column, list(texts.items()), otherwise)


def quoted(column: ColumnBase) -> Node:
    """An ID as ="…", which Excel reads as text; NULL stays NULL."""
    return Value('="').concat(column).concat(Value('"'))
