"""Export cells as text made by SQLite itself: local times, money, formula-safe text, mapped names.

A CSV export of a file database selects these instead of raw values, so its rows come out of
the database ready to write and no cell runs a line of Python: at a million rows, formatting in
Python cost more than reading and writing together. Each expression gives exactly the text its
Python counterpart in `aliorders_desktop.export.cells` gives (SQLite's 'localtime' and Python's
`datetime.fromtimestamp` both ask the C library's `localtime`). PostgreSQL formats in Python.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from peewee import SQL, Case, ColumnBase, Node, NodeList, Value, fn


def local_time(column: ColumnBase) -> Node:
    """Epoch seconds on this computer's clock, "2026-01-31 14:05:09"; NULL stays NULL."""
    return fn.datetime(column, SQL("'unixepoch'"), SQL("'localtime'"))


def money(column: ColumnBase, currency: ColumnBase, exponents: Mapping[str, int], default: int) -> Node:
    """Minor units as major units with the decimals of the row's currency: "11.13", "-0.05" (two),
    "495" (none), "1.500" (three); NULL stays NULL.

    `exponents` names the currencies whose minor unit is not `default` decimal places; the
    currency code is compared upper-cased, as the Python side looks it up. Integer arithmetic
    only, so every amount SQLite stores (short of -2^63) reads exactly, at any size.
    """
    codes: dict[int, list[str]] = {}
    for code, places in exponents.items():
        codes.setdefault(places, []).append(code)
    code = fn.upper(currency)
    choices = [
        (code.in_(names), _major(column, places)) for places, names in codes.items() if places != default
    ]
    return Case(None, [(column.is_null(), None), *choices], _major(column, default))


def _major(column: ColumnBase, places: int) -> Node:
    """Integer minor units as text with `places` decimals, its sign in front ("-0.05")."""
    if places == 0:
        return fn.printf(SQL("'%d'"), column)
    scale = SQL(str(10**places))
    sign = Case(None, [(column < 0, Value("-"))], Value(""))
    magnitude = fn.abs(column)
    remainder = NodeList((magnitude, SQL("%"), scale), parens=True)  # Peewee's `%` is GLOB
    return fn.printf(SQL(f"'%s%d.%0{places}d'"), sign, magnitude / scale, remainder)


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
