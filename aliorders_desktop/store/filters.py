"""What the filter bar asks for, turned into index-friendly SQL conditions.

User text never reaches the SQL itself: every value is a bound parameter and no LIKE pattern is
built, so `%`, `_`, quotes or SQL fragments are just characters that match nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from enum import StrEnum
from typing import Any

from peewee import SQL, Field, Node, Select, fn

from aliorders_desktop.days import day_bounds

from .changes import ChangedIn, changed_condition
from .database import MAX_BOUND_VARIABLES, batches
from .models import Order, SubId, db, tracking_key
from .sub_ids import parse_filter_text

_DIGITS = re.compile(r"[0-9]+")
_MAX_ID = 2**63 - 1  # BIGINT
_MAX_ID_DIGITS = len(str(_MAX_ID))
_NOTHING = SQL("1 = 0")
_VALUES = "(/* values */)"
"""Stands for the placeholder list in SQL that `rows_where_in` renders once and runs per batch."""


class DateBasis(StrEnum):
    """Which of an order's times a date range is on, as the API's own `time_type` offers them.

    Paid: the buyer paid (every order has it). Confirmed: the buyer confirmed receipt
    (`finished_time`). Settled: AliExpress settled the commission (`completed_settlement_time`),
    the day it lands in the publisher's balance. An order without that time yet falls outside
    every range on that basis.
    """

    PAID = "paid"
    CONFIRMED = "confirmed"
    SETTLED = "settled"

    @property
    def column(self) -> Field:
        """The stored time this basis ranges over."""
        return _BASIS_COLUMNS[self.value]


_BASIS_COLUMNS = {"paid": Order.paid_at, "confirmed": Order.finished_at, "settled": Order.settled_at}


@dataclass(frozen=True)
class Group:
    """One row of an Insights breakdown, as a filter: `by` is a `BreakdownBy` value ("product",
    "country", "sub-id"…), `key` the row's key (None for the row without a value) and `sub_id_key`
    the sub-ID key of a "sub-id" breakdown."""

    by: str
    key: str | None
    sub_id_key: str = ""


@dataclass(frozen=True)
class OrderFilter:
    """The filter bar's state; the default matches every order.

    - `paid_from` / `paid_to`: timezone-aware datetimes on the `basis` time (paid time by
      default), `paid_from <= time < paid_to` (either may be None). The window turns the user's
      local dates into these, so the store never guesses a zone. Orders without that time only
      show with no range.
    - `basis`: which time the range is on (`DateBasis`).
    - `order_id` / `product_id`: user text, whitespace ignored. Digits match the ID exactly or
      as the start of a longer ID ("8123" finds 8123 and 81234567…). Anything else, or a leading
      zero, matches nothing (no error).
    - `tracking_id`: user text, trimmed; matches tracking IDs equal to it or starting with it,
      ignoring case (via `models.tracking_key`, still one index range). With `tracking_exact`,
      only those equal to it, as an Insights breakdown row groups them.
    - `statuses`: status strings to keep; empty keeps all.
    - `currency`: settlement currency to keep, exactly; None keeps all.
    - `no_tracking_id`: only orders whose click carried no tracking ID.
    - `custom_parameters`: the link's custom parameters (sub IDs) exactly as stored, as the
      Insights breakdown lists them; "" keeps only orders without any; None keeps all.
    - `sub_id`: the Sub ID box, `key=value` (a pair of `sub_ids.parse_sub_ids`, trimmed; `=value`
      is the plain-text value) or a value alone under any key; exact, case-sensitive. "" keeps all.
    - `group`: only the orders of one breakdown row (`Group`); None keeps all.
    - `changed_in`: only the sub-orders one sync added or moved to another status (`changes`);
      None keeps all.
    """

    paid_from: datetime | None = None
    paid_to: datetime | None = None
    order_id: str = ""
    tracking_id: str = ""
    tracking_exact: bool = False
    product_id: str = ""
    statuses: frozenset[str] = frozenset()
    currency: str | None = None
    no_tracking_id: bool = False
    custom_parameters: str | None = None
    sub_id: str = ""
    group: Group | None = None
    changed_in: ChangedIn | None = None
    basis: DateBasis = DateBasis.PAID

    @classmethod
    def for_days(
        cls, first: date | None, last: date | None, zone: tzinfo | None = None, **criteria: Any
    ) -> OrderFilter:
        """A filter on orders paid (or confirmed or settled, by `basis` in `criteria`) in the local
        days [first, last]; None leaves a side open."""
        paid_from, paid_to = day_bounds(first, last, zone)
        return cls(paid_from=paid_from, paid_to=paid_to, **criteria)


def filtered(query: Select, f: OrderFilter) -> Select:
    """`query` (over Order) narrowed to the rows `f` matches."""
    conditions = _conditions(f)
    return query.where(*conditions) if conditions else query


def _conditions(f: OrderFilter) -> list[Node]:
    conditions: list[Node] = []
    time = DateBasis(f.basis).column
    if f.paid_from is not None:
        conditions.append(time >= f.paid_from)
    if f.paid_to is not None:
        conditions.append(time < f.paid_to)
    if f.order_id.strip():
        conditions.append(id_matches(Order.order_id, f.order_id))
    if f.product_id.strip():
        conditions.append(id_matches(Order.product_id, f.product_id))
    if f.tracking_id.strip():
        conditions.append(_tracking_id_matches(f.tracking_id.strip(), exact=f.tracking_exact))
    if f.no_tracking_id:
        conditions.append(Order.tracking_key.is_null())
    if f.statuses:
        conditions.append(Order.status.in_(sorted(f.statuses)))
    if f.currency:
        # As an expression, not `currency = ?`: given a bare column, SQLite (without ANALYZE
        # statistics) prefers the (currency, status, …) index even for a one-day range and reads
        # every row of that currency, 1.7 s instead of 10 ms at a million orders.
        conditions.append(fn.COALESCE(Order.currency, "") == f.currency)
    if f.custom_parameters:
        conditions.append(Order.custom_parameters == f.custom_parameters)
    elif f.custom_parameters is not None:
        conditions.append(Order.custom_parameters.is_null() | (Order.custom_parameters == ""))
    if f.sub_id.strip():
        conditions.append(_sub_id_matches(f.sub_id))
    if f.group is not None:
        conditions.append(_group_matches(f.group))
    if f.changed_in is not None:
        conditions.append(changed_condition(f.changed_in))
    return conditions


_TEXT_GROUPS = {"country": Order.ship_to_country, "site": Order.site, "platform": Order.platform}
_ID_GROUPS = {"product": Order.product_id, "category": Order.category_id}
_FLAG_GROUPS = {"buyer": (Order.is_new_buyer, "new"), "hot": (Order.is_hot_product, "hot")}


def _group_matches(group: Group) -> Node:
    """The orders a breakdown groups under `group.key`, as `insights.breakdown` groups them."""
    key = group.key
    if group.by in _TEXT_GROUPS:
        return fn.COALESCE(_TEXT_GROUPS[group.by], "") == (key or "")
    if group.by in _ID_GROUPS:
        column = _ID_GROUPS[group.by]
        if key is None:
            return column.is_null()
        return column == int(key) if _DIGITS.fullmatch(key) and int(key) <= _MAX_ID else _NOTHING
    if group.by in _FLAG_GROUPS:
        column, yes = _FLAG_GROUPS[group.by]
        return column.is_null() if key is None else column == (key == yes)
    if group.by == "sub-id":
        holding = SubId.select(SubId.order).where(SubId.key == group.sub_id_key)
        if key is None:
            return Order.id.not_in(holding)
        return Order.id.in_(holding.where(SubId.value == key))
    raise ValueError(f"no breakdown groups by {group.by!r}")


def _sub_id_matches(text: str) -> Node:
    """Orders holding the typed sub ID: one (key, value) index lookup, or one per stored key."""
    key, value = parse_filter_text(text) or (None, "")
    if key is None:
        keys = SubId.select(SubId.key).distinct()  # few: each seek then uses the (key, value) index
        pairs = SubId.select(SubId.order).where(SubId.key.in_(keys), SubId.value == value)
    else:
        pairs = SubId.select(SubId.order).where(SubId.key == key, SubId.value == value)
    return Order.id.in_(pairs)


def id_matches(column: Field, text: str) -> Node:
    """`column` equals the typed digits or starts with them, as integer ranges on its index.

    A prefix p of n digits matches, for each longer length L, the IDs p·10^(L-n) …
    (p+1)·10^(L-n) - 1: index seeks, no string conversion. Only the lengths the stored IDs
    actually have are tried (two index lookups), because a long chain of OR'd ranges makes
    SQLite's planner give up on the index and scan the table.
    """
    digits = "".join(text.split())
    if not _DIGITS.fullmatch(digits) or digits[0] == "0" or len(digits) > _MAX_ID_DIGITS:
        return _NOTHING
    prefix = int(digits)
    if prefix > _MAX_ID:
        return _NOTHING
    shortest, longest = (len(str(Order.select(bound(column)).scalar() or 0)) for bound in (fn.MIN, fn.MAX))
    condition = column == prefix
    for length in range(max(len(digits) + 1, shortest), longest + 1):
        scale = 10 ** (length - len(digits))
        low = prefix * scale
        if low > _MAX_ID:
            break
        condition |= column.between(low, min((prefix + 1) * scale - 1, _MAX_ID))
    return condition


def _tracking_id_matches(text: str, exact: bool = False) -> Node:
    """Tracking IDs equal to `text` (`exact`) or starting with it, any case: one range on the hex key.

    Keys are hex digits, so every key that starts with `key` lies in [key, key + "g").
    """
    key = tracking_key(text)
    if exact:
        return Order.tracking_key == key
    return (Order.tracking_key >= key) & (Order.tracking_key < key + "g")


def rows_where_in(
    query: Select, column: Field, values: Iterable[object], group_by: Sequence[Field] = ()
) -> Iterator[tuple]:
    """The raw rows (database values, no conversion) of `query` narrowed to `column IN (values)`.

    Runs as few statements as SQLite's bound-variable limit allows. The placeholder list is
    written as one piece of SQL and the values are bound straight to the driver: peewee's
    `column.in_(values)` renders a node per value, which for the thousands of keys that a save,
    an export batch or a selection passes costs more than the query itself. `query` must have no
    parameters after its WHERE clause (no ORDER BY or LIMIT values); a GROUP BY is added after the
    condition, per batch.
    """
    narrowed = query.where(column.in_(SQL(_VALUES)))
    sql, params = (narrowed.group_by(*group_by) if group_by else narrowed).sql()  # rendered once
    for chunk in batches(values, MAX_BOUND_VARIABLES - len(params)):
        placeholders = f"({', '.join([db.param] * len(chunk))})"
        yield from db.execute_sql(sql.replace(_VALUES, placeholders, 1), [*params, *chunk])
