"""Sub IDs: the key and value pairs a publisher put in a link's custom parameters.

AliExpress hands `custom_parameters` back as the text the link carried, which publishers write in
three shapes; each becomes pairs, parsed once when an order is saved (table `sub_id`):

- a JSON object, `{"af_sub": "vk", "af_sub2": 7}`: one pair per member; text as is, other scalars
  in JSON spelling (`7`, `true`, `null`), nested arrays or objects as compact JSON;
- a query string, `af_sub=vk&af_sub2=post` (a leading `?` is ignored, values are URL-decoded):
  one pair per field, a field without `=` has an empty value;
- anything else (plain text, a JSON array, broken JSON): one pair whose key is "" (the empty key)
  and whose value is the whole text, trimmed.

A key keeps its first value only, so a breakdown by a key counts every order once. The text is
outside data: parsing never raises, and caps what one order may store (`MAX_PAIRS` pairs, each
key and value cut to `MAX_LENGTH` characters) so an odd link cannot bloat the index.
"""

from __future__ import annotations

import json
from urllib.parse import parse_qsl

PLAIN_KEY = ""
"""The key of custom parameters that are neither a JSON object nor a query string."""
MAX_PAIRS = 32
MAX_LENGTH = 500

Pair = tuple[str, str]


def parse_sub_ids(text: str | None) -> list[Pair]:
    """The (key, value) pairs of custom parameters, first value per key; [] for none or blank."""
    text = (text or "").replace("\x00", "").strip()  # PostgreSQL text cannot hold NUL
    if not text:
        return []
    pairs = _json_members(text) if text.startswith("{") else None
    if pairs is None and "=" in text:
        pairs = parse_qsl(text.removeprefix("?"), keep_blank_values=True)
    if not pairs:
        pairs = [(PLAIN_KEY, text)]
    return _capped(pairs)


def parse_filter_text(text: str) -> tuple[str | None, str] | None:
    """The filter bar's Sub ID box as (key, value): `key=value`, or a value alone (key None)."""
    text = text.strip()
    if not text:
        return None
    key, equals, value = text.partition("=")
    if not equals:
        return None, text
    return key.strip(), value.strip()


def _json_members(text: str) -> list[Pair] | None:
    try:
        value = json.loads(text)
        if not isinstance(value, dict):
            return None
        return [(str(key), _json_text(member)) for key, member in value.items()]
    except (ValueError, RecursionError):  # broken, or nested past the parser's depth
        return None


def _json_text(value: object) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _capped(pairs: list[Pair]) -> list[Pair]:
    kept: dict[str, str] = {}
    for key, value in pairs:
        key, value = _clean(key), _clean(value)
        if key not in kept:
            kept[key] = value
            if len(kept) == MAX_PAIRS:
                break
    return list(kept.items())


def _clean(text: str) -> str:
    """Trimmed, cut, without NUL and with lone surrogates (valid JSON escapes) made storable."""
    text = text.encode("utf-8", "replace").decode().replace("\x00", "").strip()
    return text[:MAX_LENGTH]
