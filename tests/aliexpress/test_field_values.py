"""One money rule, sane ranges, and a report of every field that could not be read."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from aliorders_desktop.aliexpress import parsing
from aliorders_desktop.aliexpress.orders import RecordProblem, minor_unit_exponent

ZONE = ZoneInfo("America/Los_Angeles")


def read(fields: str, currency: str = "USD") -> tuple[parsing.OrderRecord | None, list[RecordProblem]]:
    """Parse one order given as JSON text (so JSON numbers arrive as the client decodes them)."""
    head = f'"sub_order_id": "77", "settled_currency": "{currency}", "paid_time": "2026-01-01 00:00:00"'
    raw = parsing.decode_json(f"{{{head}, {fields}}}".encode())
    problems: list[RecordProblem] = []
    return parsing.parse_order(raw, ZONE, problems), problems


@pytest.mark.parametrize(
    ("written", "currency", "minor"),
    [
        ("1113", "USD", 1113),  # a JSON integer: minor units (the API reference's cents)
        ('"1113"', "USD", 1113),  # a string of digits: minor units too
        ("-250", "USD", -250),
        ("11.13", "USD", 1113),  # a decimal point: major units
        ("495.0", "USD", 49500),  # a whole value written with a point is still major units
        ("495.5", "USD", 49550),
        ('"495.0"', "USD", 49500),
        ('"11.13"', "USD", 1113),
        ("1e2", "USD", 10000),  # an exponent: major units
        ('"1.5E1"', "USD", 1500),
        ('"5.00 USD"', "USD", 500),  # a currency code after the number, checked against the order's
        ('"USD 5.00"', "USD", 500),
        ('"5.00usd"', "USD", 500),
        ('"5 USD"', "USD", 5),
        ("495.0", "JPY", 495),  # a currency without minor units
        ('"495"', "JPY", 495),
        ('"1.234"', "KWD", 1234),  # three decimals
        ("0.005", "USD", 1),  # below a minor unit: half rounds up
        ("1000000000000", "USD", 10**12),  # the largest amount taken
    ],
)
def test_one_money_rule(written: str, currency: str, minor: int) -> None:
    order, problems = read(f'"paid_amount": {written}', currency)
    assert order is not None and order.paid_amount == minor and problems == []


@pytest.mark.parametrize(
    "written",
    [
        '"5.00 EUR"',  # another currency than the order's
        '"1e30"',
        "1e30",
        "1000000000001",  # beyond 10^12 minor units
        '"--3"',
        '"١٢"',  # Arabic-Indic digits
        '"²"',  # int() refuses a superscript although str.isdigit() accepts it
        '"1,000.00"',
        '"n/a"',
        "NaN",
        "Infinity",
        "true",
        '{"amount": 5}',
        "[5]",
        "9" * 5000,  # longer than Python's int() reads
    ],
)
def test_money_that_cannot_be_read_is_empty_and_reported(written: str) -> None:
    order, problems = read(f'"paid_amount": {written}')
    assert order is not None and order.paid_amount is None
    assert [(p.sub_order_id, p.field) for p in problems] == [("77", "paid_amount")]
    assert len(problems[0].value) <= 40


@pytest.mark.parametrize("absent", ['"paid_amount": null', '"paid_amount": ""', '"other": 1'])
def test_money_left_out_is_empty_without_a_problem(absent: str) -> None:
    order, problems = read(absent)
    assert order is not None and order.paid_amount is None
    assert problems == []


@pytest.mark.parametrize(
    ("field", "written"),
    [
        ("product_count", '"--3"'),
        ("product_count", "-1"),
        ("product_count", "2.5"),
        ("product_id", str(2**63)),
        ("product_id", "-5"),
        ("order_id", '"12ab"'),
        ("category_id", "true"),
        ("commission_rate", '"n/a%"'),
        ("commission_rate", '"150%"'),
        ("commission_rate", '"-7%"'),
        ("commission_rate", "[7]"),
        ("paid_time", '"yesterday"'),
        ("paid_time", '"0001-01-01 00:00:00"'),
        ("paid_time", "1715000000000"),
        ("created_time", '"２０２６-05-17 10:00:00"'),
        ("is_new_buyer", '"maybe"'),
        ("settled_currency", '"US Dollar"'),
        ("product_title", '{"en": "x"}'),
        ("tracking_id", "false"),
    ],
)
def test_any_field_that_cannot_be_read_is_empty_and_reported(field: str, written: str) -> None:
    raw = parsing.decode_json(
        f'{{"sub_order_id": 77, "paid_time": "2026-01-01 00:00:00", "{field}": {written}}}'.encode()
    )
    problems: list[RecordProblem] = []
    order = parsing.parse_order(raw, ZONE, problems)
    assert order is not None
    assert [(p.sub_order_id, p.field) for p in problems] == [("77", field)]


def test_sane_values_at_the_edges_are_kept() -> None:
    order, problems = read(
        f'"product_id": "{2**63 - 1}", "product_count": 0, "commission_rate": "100%", "is_new_buyer": true, '
        '"custom_parameters": {"af_sub": "x"}, "order_id": 9.0'
    )
    assert problems == []
    assert order is not None and order.product_id == 2**63 - 1 and order.quantity == 0
    assert order.commission_rate == "100" and order.is_new_buyer is True and order.order_id == 9
    assert order.custom_parameters == '{"af_sub": "x"}'


def test_a_page_names_each_unreadable_field_and_each_dropped_order() -> None:
    result = parsing.decode_json(
        b'{"total_page_no": 1, "orders": ['
        b'{"sub_order_id": 1, "paid_time": "2026-01-01 00:00:00", "paid_amount": 100},'
        b'{"sub_order_id": "2", "paid_time": "2026-01-01 00:00:00", "product_count": "--3"},'
        b'{"order_id": 3, "paid_time": "2026-01-01 00:00:00"},'
        b'{"sub_order_id": "x' + b"y" * 60 + b'"}]}'
    )
    page = parsing.parse_page(result, ZONE, 1)
    assert [o.sub_order_id for o in page.orders] == [1, 2]
    assert page.skipped == 2
    assert page.problems == (
        RecordProblem("2", "product_count", "--3"),
        RecordProblem("", "sub_order_id", ""),
        RecordProblem("x" + "y" * 39, "sub_order_id", "x" + "y" * 39),
    )


def test_an_order_without_a_paid_time_is_kept_and_reported() -> None:
    problems: list[RecordProblem] = []
    order = parsing.parse_order({"sub_order_id": 5, "paid_amount": 100}, ZONE, problems)
    assert order is not None and order.paid_at is None and order.paid_amount == 100
    assert problems == [RecordProblem("5", "paid_time", "")]


def test_text_with_a_lone_surrogate_escape_is_kept_storable() -> None:
    order, problems = read(r'"product_title": "Cable \ud800 2m", "tracking_id": "\ud83d\ude00"')
    assert order is not None and problems == []
    assert order.product_title == "Cable \ufffd 2m" and order.tracking_id == "\U0001f600"
    order.product_title.encode("utf-8")  # what the database and the log need


def test_the_minor_unit_table() -> None:
    assert [minor_unit_exponent(c) for c in ("USD", "rub", "JPY", "KRW", "KWD", None, "XXX")] == [
        2,
        2,
        0,
        0,
        3,
        2,
        2,
    ]
