"""Property: a raw JSON page with odd values, field by field, goes through parsing, saving, totals
and export without raising; every well-formed order is stored exactly, and totals add it up."""

from __future__ import annotations

import csv
import json
from collections import Counter
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from aliorders_desktop import store
from aliorders_desktop.aliexpress import parsing
from aliorders_desktop.aliexpress.orders import OrderStatus, minor_unit_exponent
from aliorders_desktop.export import ExportFormat, export_orders, money

ZONE = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 6, 1, tzinfo=UTC)
CURRENCIES = ("USD", "RUB", "JPY", "KWD")
MONEY = ("paid_amount", "finished_amount", "estimated_paid_commission", "estimated_finished_commission")
FIELDS = (
    "sub_order_id", "order_id", "order_status", "product_id", "category_id", "product_count", "paid_time",
    "created_time", "commission_rate", "settled_currency", "product_title", "tracking_id", "is_new_buyer",
    *MONEY,
)  # fmt: skip


class Raw(str):
    """A JSON value written as is into the page's text (a decimal number, NaN, an exponent)."""


def written(value: object) -> str:
    """JSON text of a value, `Raw` parts verbatim (json.dumps cannot write a Decimal as a number)."""
    if isinstance(value, Raw):
        return str(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)}: {written(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(map(written, value)) + "]"
    return json.dumps(value)  # escapes as \uXXXX, so a lone surrogate can be sent too


@st.composite
def money_forms(draw: st.DrawFn, minor: int, currency: str) -> object:
    """One amount in every form the one money rule reads as `minor` units of `currency`."""
    major = format(Decimal(minor).scaleb(-minor_unit_exponent(currency)), "f")
    if "." not in major:
        major += ".0"
    return draw(
        st.sampled_from(
            [
                minor,
                str(minor),
                Raw(major),
                major,
                f"{major} {currency}",
                f"{currency} {major}",
                Raw(major + "e0"),
            ]
        )
    )


@st.composite
def well_formed(draw: st.DrawFn, sub_order_id: int) -> tuple[dict, dict]:
    """A raw order and what it must be stored as."""
    currency = draw(st.sampled_from(CURRENCIES))
    amounts = {name: draw(st.integers(-(10**12), 10**12)) for name in MONEY}
    paid = NOW - timedelta(seconds=draw(st.integers(0, 10**8)))
    offset = draw(st.sampled_from([None, 0, 8, -7]))
    if offset is None:
        paid_time = paid.astimezone(ZONE).strftime("%Y-%m-%d %H:%M:%S")
    else:
        paid_time = paid.astimezone(ZoneInfo(f"Etc/GMT{-offset:+d}")).isoformat()
    ids = draw(st.tuples(*[st.integers(0, 2**63 - 1)] * 3))
    quantity = draw(st.integers(0, 10**6))
    rate = draw(st.integers(0, 10000))
    raw = {
        "sub_order_id": draw(st.sampled_from([sub_order_id, str(sub_order_id)])),
        "order_id": draw(st.sampled_from([ids[0], str(ids[0])])),
        "order_status": draw(st.sampled_from([*OrderStatus, "Refunded"])).__str__(),
        "product_id": ids[1],
        "category_id": str(ids[2]),
        "product_count": draw(st.sampled_from([quantity, str(quantity)])),
        "paid_time": paid_time,
        "commission_rate": f"{rate // 100}.{rate % 100:02d}%",
        "settled_currency": currency,
        "product_title": draw(st.text(max_size=30)),
        "is_new_buyer": draw(st.sampled_from(["Y", "N", True, False])),
        **{name: draw(money_forms(minor, currency)) for name, minor in amounts.items()},
    }
    stored = {
        "sub_order_id": sub_order_id,
        "order_id": ids[0],
        "status": raw["order_status"],
        "product_id": ids[1],
        "category_id": ids[2],
        "quantity": quantity,
        "paid_at": paid.replace(microsecond=0),
        "commission_rate": f"{rate // 100}.{rate % 100:02d}",
        "currency": currency,
        "product_title": raw["product_title"].strip() or None,
        **amounts,
    }
    return raw, stored


odd_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.builds(
        Raw, st.sampled_from(["1e30", "-1e30", "1e999999", "NaN", "-Infinity", "0.5", "-3.25", "1E+400"])
    ),
    st.text(max_size=12),
    st.text(st.characters(categories=["Nd", "No"]), min_size=1, max_size=6),  # Unicode digits
    st.sampled_from(["--3", "n/a%", "5.00 EUR", "2026-13-45 99:99:99", "0x1F", "1,000", "\ud800", " "]),
    st.dictionaries(
        st.sampled_from(["order", "value", "amount"]), st.integers() | st.text(max_size=4), max_size=2
    ),
    st.lists(st.integers() | st.none(), max_size=3),
    st.just(Raw(str(2**64))),
    st.just(Raw("9" * 5000)),
)


def names_one_of(value: object, ids: list[int]) -> bool:
    """Whether a (spoiled) sub-order ID still reads as one of the page's IDs."""
    try:
        return int(Decimal(str(value).strip())) in ids
    except (ArithmeticError, ValueError):
        return False


@st.composite
def pages(draw: st.DrawFn) -> tuple[str, list[dict]]:
    """Page text and the well-formed orders' stored values."""
    count = draw(st.integers(1, 12))
    ids = draw(st.lists(st.integers(1, 2**63 - 1), min_size=count, max_size=count, unique=True))
    good: list[dict] = []
    items: list[dict] = []
    for sub_order_id in ids:
        raw, stored = draw(well_formed(sub_order_id))
        if draw(st.booleans()):
            spoiled = draw(st.sets(st.sampled_from(FIELDS), min_size=1, max_size=3))
            for field in spoiled:
                if draw(st.booleans()):
                    raw.pop(field, None)
                else:
                    raw[field] = draw(odd_values)
            if names_one_of(raw.get("sub_order_id"), ids):
                raw["sub_order_id"] = "--3"  # an odd order must not pass for a well-formed one
        else:
            good.append(stored)
        items.append(raw)
    items += draw(st.lists(st.sampled_from(items), max_size=3))  # the same sub-order listed again
    text = written({"total_page_no": 1, "orders": {"order": draw(st.permutations(items))}})
    return text, good


LONE_SURROGATE = (
    '{"orders": [{"sub_order_id": 5, "product_title": "\\ud800", '
    '"paid_amount": "1e30", "product_count": "--3"}]}'
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pages())
@example((LONE_SURROGATE, []))
def test_odd_pages_never_raise_and_well_formed_orders_are_stored_exactly(
    store_path, tmp_path: Path, page: tuple[str, list[dict]]
) -> None:
    text, good = page
    store.StatusChange.delete().execute()  # one database for every example: start empty
    store.Order.delete().execute()

    parsed = parsing.parse_page(parsing.decode_json(text.encode()), ZONE, 1)
    good_ids = {str(want["sub_order_id"]) for want in good}
    assert not {p.sub_order_id for p in parsed.problems} & good_ids  # well-formed orders read clean
    store.save_orders(parsed.orders, NOW)

    rows = {row.sub_order_id: row for row in store.iter_rows(store.OrderFilter())}
    for want in good:
        row = rows[want["sub_order_id"]]
        assert {name: getattr(row, name) for name in want} == want
    for row in rows.values():
        assert row.quantity is None or row.quantity >= 0
        for name in MONEY:
            assert getattr(row, name) is None or abs(getattr(row, name)) <= 10**12

    expected: dict[str | None, Counter] = {}
    for row in rows.values():
        expected.setdefault(row.currency, Counter())["paid"] += row.paid_amount or 0
    for want in good:
        assert rows[want["sub_order_id"]].paid_amount == want["paid_amount"]
    totals = {t.currency: t for t in store.totals(store.OrderFilter())}
    assert {c: t.paid_amount for c, t in totals.items()} == {c: s["paid"] for c, s in expected.items()}
    good_totals: Counter = Counter()
    for want in good:
        good_totals[want["currency"]] += want["paid_amount"]
    odd_rows = [r for r in rows.values() if r.sub_order_id not in {w["sub_order_id"] for w in good}]
    for currency, total in good_totals.items():
        odd_part = sum(r.paid_amount or 0 for r in odd_rows if r.currency == currency)
        assert totals[currency].paid_amount == total + odd_part

    out = tmp_path / "orders.csv"
    assert export_orders(out, ExportFormat.CSV, store.OrderFilter(), english_headers=True) == len(rows)
    exported = {r["Sub-order ID"]: r for r in csv.DictReader(out.open(encoding="utf-8-sig"))}
    for want in good:
        wanted = money(want["paid_amount"], want["currency"])
        assert exported[str(want["sub_order_id"])]["Paid amount"] == wanted
