"""Keeping a database URL's password out of every message, log line and exception text.

People paste addresses with raw `@ / : ? #` in the password, which URL parsers then read as a
host, a port or a path and quote back in their errors. So masking never trusts one parse: it
takes every reading of where the password could be, and blanks any run of four or more of its
characters, whatever the text around it.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote

MASK = "***"
SHORTEST_FRAGMENT = 4
"""Runs of a password this long or longer are masked; shorter ones are too common to tell apart."""


def url_secrets(url: str) -> tuple[str, ...]:
    """Every string in `url` that may be (part of) its password, raw and percent-decoded.

    The user-info password runs from the first `:` after the scheme to the *last* `@` (a raw `@`,
    `/` or `?` in it is a typing mistake, not a host); a port that is not a number may be a password
    whose `@` is missing; a `password=` query parameter is one too, and may run to the URL's end.
    """
    _scheme, sep, rest = url.partition("://")
    if not sep:
        return ()
    found: list[str] = []
    credentials, at, _host = rest.rpartition("@")
    if at and ":" in credentials:
        found.append(credentials.split(":", 1)[1])
    authority = rest.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    host_port = authority.rpartition("@")[2]
    if host_port.startswith("["):  # an IPv6 address: its colons are no port's
        host_port = host_port.partition("]")[2]
    _host, colon, port = host_port.partition(":")
    if colon and not port.isdigit() and not at:  # "user:password…" with no @ reads as host and port
        found.append(rest.partition(":")[2])  # and the password may run on past any / ? or #
    query = rest.partition("?")[2]
    found += [value for key, value in parse_qsl(query, keep_blank_values=True) if key == "password"]
    found += [tail for part in query.split("&") if (tail := part.partition("password=")[2])]
    found += [query.partition("password=")[2]]  # a raw & or # in it would end it early
    return tuple(dict.fromkeys(v for raw in found for v in (raw, unquote(raw)) if v))


def redact(text: str, *secrets: str) -> str:
    """`text` with every run of `SHORTEST_FRAGMENT`+ characters of any secret replaced by ***.

    Case-insensitive, since host names come back lower-cased from a parser that took part of a
    password for a host. A shorter secret is masked where it stands whole between non-letters
    (as in `user:pw@host`), not inside every word that happens to contain it.
    """
    for short in (secret for secret in secrets if 0 < len(secret) < SHORTEST_FRAGMENT):
        text = re.sub(rf"(?<![^\W_]){re.escape(short)}(?![^\W_])", MASK, text, flags=re.IGNORECASE)
    folded = [secret.casefold() for secret in secrets if len(secret) >= SHORTEST_FRAGMENT]
    if not folded:
        return text
    lower = text.casefold()
    if len(lower) != len(text):  # casefold changed lengths (e.g. "ß"): compare as written
        lower, folded = text, [secret for secret in secrets if len(secret) >= SHORTEST_FRAGMENT]
    out: list[str] = []
    i = 0
    while i < len(text):
        end = max((_match_end(lower, i, secret) for secret in folded), default=i)
        if end > i:
            out.append(MASK)
            i = end
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def redact_url(text: str, url: str) -> str:
    """`text` (a message, or the URL itself) without any part of `url`'s password."""
    return redact(text, *url_secrets(url))


def _match_end(text: str, start: int, secret: str) -> int:
    """Where the longest run of `secret`'s characters starting at `start` ends, if long enough."""
    shortest = min(SHORTEST_FRAGMENT, len(secret))
    end = start + shortest
    if end > len(text) or text[start:end] not in secret:
        return start
    while end < len(text) and text[start : end + 1] in secret:
        end += 1
    return end
