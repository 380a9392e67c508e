"""Sub IDs: custom parameters parsed into key and value pairs, stored and filtered on."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from urllib.parse import urlencode

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aliorders_desktop.store import (
    Order,
    OrderFilter,
    SubId,
    count_orders,
    delete_orders,
    save_orders,
)
from aliorders_desktop.store.sub_ids import MAX_LENGTH, MAX_PAIRS, PLAIN_KEY, parse_sub_ids

from .factory import T0, order_record

LATER = T0 + timedelta(days=1)

_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=10,
)
_texts = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1000, max_size=5000),
    st.builds(json.dumps, st.dictionaries(st.text(), _json_values)),
    st.builds(lambda depth: "{" + '"a":{' * depth + "}" * depth + "}", st.integers(0, 5000)),
    st.builds(lambda depth: '{"a":' + "[" * depth, st.integers(0, 5000)),
    st.from_regex(r"[?]?([a-z_=&%0-9\x00 ]|%[0-9A-Fa-f]{2}|%[^0-9])*", fullmatch=True),
)
_names = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=40).map(str.strip)


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_any_text_parses_into_bounded_storable_pairs(text: str) -> None:
    pairs = parse_sub_ids(text)
    assert len(pairs) <= MAX_PAIRS
    assert len({key for key, _ in pairs}) == len(pairs)  # one value per key
    for key, value in pairs:
        assert len(key) <= MAX_LENGTH and len(value) <= MAX_LENGTH
        assert "\x00" not in key + value
        (key + value).encode()  # no lone surrogate: SQLite and PostgreSQL can store it


@given(st.dictionaries(_names, _names.filter(bool), min_size=1, max_size=10))
def test_json_objects_and_query_strings_round_trip(members: dict[str, str]) -> None:
    assert dict(parse_sub_ids(json.dumps(members))) == members
    assert dict(parse_sub_ids(json.dumps(members, ensure_ascii=False))) == members
    named = {key: value for key, value in members.items() if key}
    if named:
        assert dict(parse_sub_ids(urlencode(named))) == named


@given(_names.filter(lambda text: text and "=" not in text and not text.startswith("{")))
def test_plain_text_is_one_value_under_the_empty_key(text: str) -> None:
    assert parse_sub_ids(text) == [(PLAIN_KEY, text)]


def test_shapes() -> None:
    assert parse_sub_ids(None) == parse_sub_ids("  ") == []
    assert parse_sub_ids('{"af_sub": "vk", "n": 2, "ok": true, "tags": ["a", 1]}') == [
        ("af_sub", "vk"),
        ("n", "2"),
        ("ok", "true"),
        ("tags", '["a",1]'),
    ]
    assert parse_sub_ids("?af_sub=vk%20post&af_sub2=&af_sub=again") == [
        ("af_sub", "vk post"),
        ("af_sub2", ""),
    ]
    assert parse_sub_ids('["a", "b"]') == [("", '["a", "b"]')]
    assert parse_sub_ids("{broken") == [("", "{broken")]


def pairs_of(sub_order_id: int) -> list[tuple[str, str]]:
    order = Order.get(Order.sub_order_id == sub_order_id)
    return sorted((s.key, s.value) for s in SubId.select().where(SubId.order == order.id))


@pytest.mark.usefixtures("store")
def test_saving_keeps_the_pairs_in_step_with_the_custom_parameters() -> None:
    a = order_record(custom_parameters="af_sub=vk&af_sub2=post")
    b = order_record(custom_parameters=None)
    save_orders([a, b], T0)
    assert pairs_of(a.sub_order_id) == [("af_sub", "vk"), ("af_sub2", "post")]
    assert pairs_of(b.sub_order_id) == []

    save_orders([replace(a, custom_parameters='{"af_sub": "tg"}')], LATER)
    assert pairs_of(a.sub_order_id) == [("af_sub", "tg")]

    delete_orders([Order.get(Order.sub_order_id == a.sub_order_id).id])
    assert SubId.select().count() == 0


@pytest.mark.usefixtures("store")
def test_the_sub_id_filter_matches_a_key_and_value_or_a_value_under_any_key() -> None:
    texts = ["af_sub=vk&af_sub2=post", '{"af_sub2": "vk"}', "vk", "af_sub=VK", None]
    save_orders([order_record(custom_parameters=text) for text in texts], T0)
    assert count_orders(OrderFilter(sub_id="af_sub=vk")) == 1
    assert count_orders(OrderFilter(sub_id=" af_sub2 = vk ")) == 1
    assert count_orders(OrderFilter(sub_id="vk")) == 3  # any key, the plain text's too
    assert count_orders(OrderFilter(sub_id="=vk")) == 1  # the plain text's empty key
    assert count_orders(OrderFilter(sub_id="nothing")) == 0
    assert count_orders(OrderFilter(sub_id="")) == 5
