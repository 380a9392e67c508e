"""Request signing for the AliExpress open platform (`/sync` business gateway and REST paths)."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping

SIGN_METHODS = ("sha256", "md5", "hmac")


def string_to_sign(params: Mapping[str, object], api_path: str = "") -> str:
    """Concatenate `name+value` pairs sorted by name, skipping `sign` and empty values.

    `api_path` is only prefixed for REST system APIs (names containing "/"); `/sync` business methods
    pass none, because their method name is itself one of the signed parameters.
    """
    pairs = sorted(
        (name, str(value))
        for name, value in params.items()
        if name != "sign" and value is not None and str(value) != ""
    )
    return api_path + "".join(name + value for name, value in pairs)


def sign(params: Mapping[str, object], secret: str, method: str = "sha256", api_path: str = "") -> str:
    """Return the uppercase hex signature the gateway expects for `params`."""
    message = string_to_sign(params, api_path).encode("utf-8")
    key = secret.encode("utf-8")
    if method == "sha256":
        digest = hmac.new(key, message, hashlib.sha256).hexdigest()
    elif method == "md5":
        digest = hashlib.md5(key + message + key).hexdigest()
    elif method == "hmac":
        digest = hmac.new(key, message, hashlib.md5).hexdigest()
    else:
        raise ValueError(f"unknown sign_method {method!r}; expected one of {', '.join(SIGN_METHODS)}")
    return digest.upper()
