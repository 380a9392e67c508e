"""The checks every request passes before a method runs, in the gateway's order (reference §11.2)."""

from __future__ import annotations

import hmac
import re
from collections.abc import Container, Mapping
from datetime import datetime, timedelta, timezone
from urllib.parse import parse_qsl

from aliorders_desktop.aliexpress.gateway.config import GatewayConfig
from aliorders_desktop.aliexpress.gateway.wire import TIME_FORMAT, ErrorReply
from aliorders_desktop.aliexpress.signing import SIGN_METHODS, sign

REQUIRED_SYSTEM_PARAMS = ("method", "app_key", "timestamp", "sign_method", "sign")
GMT_PLUS_8 = timezone(timedelta(hours=8))
_EPOCH_MS = re.compile(r"[0-9]{1,16}")


def merge_params(query: str, body: str) -> dict[str, str]:
    """Query string and form body as one dict.

    A parameter sent twice keeps its first value: the Java SDK puts `method` in the URL twice
    (identical values), and that must not break signing.
    """
    merged: dict[str, str] = {}
    for part in (query, body):
        for name, value in parse_qsl(part, keep_blank_values=True):
            merged.setdefault(name, value)
    return merged


def missing_parameter(name: str) -> ErrorReply:
    return ErrorReply(
        "MissingParameter",
        f'The input parameter "{name}" that is mandatory for processing this request is not supplied',
    )


def check_system(
    params: Mapping[str, str], config: GatewayConfig, methods: Container[str], now: float
) -> str:
    """Raise the first failing system check's `ErrorReply`; return the caller's app key."""
    for name in REQUIRED_SYSTEM_PARAMS:
        if not params.get(name):
            raise missing_parameter(name)
    app_key = params["app_key"]
    secret = config.accounts.get(app_key)
    if secret is None:
        raise ErrorReply("InvalidAppKey", "The specified App Key is invalid")
    if not signature_valid(params, secret):
        raise ErrorReply(
            "IncompleteSignature", "The request signature does not conform to platform standards"
        )
    if params["method"] not in methods:
        raise ErrorReply("InvalidApiPath", "The specified API Path is invalid")
    sent = parse_timestamp(params["timestamp"])
    skew = config.timestamp_skew_seconds
    if sent is None:
        raise ErrorReply(
            config.timestamp_error_code,
            'The input parameter "timestamp" is not epoch milliseconds or yyyy-MM-dd HH:mm:ss',
        )
    if skew is not None and abs(now - sent) > skew:
        raise ErrorReply(
            config.timestamp_error_code,
            f'The input parameter "timestamp" is more than {skew:g} seconds away from the server time',
        )
    return app_key


def signature_valid(params: Mapping[str, str], secret: str) -> bool:
    """Recompute the signature per reference §3; empty values are ignored, case is not."""
    method = params["sign_method"]
    if method not in SIGN_METHODS:
        return False
    expected = sign(params, secret, method).encode("ascii")
    return hmac.compare_digest(expected, params["sign"].upper().encode("utf-8"))


def parse_timestamp(value: str) -> float | None:
    """Epoch seconds from epoch milliseconds or a TOP-style `yyyy-MM-dd HH:mm:ss` in GMT+8."""
    if _EPOCH_MS.fullmatch(value):
        return int(value) / 1000
    try:
        return datetime.strptime(value, TIME_FORMAT).replace(tzinfo=GMT_PLUS_8).timestamp()
    except ValueError:
        return None
