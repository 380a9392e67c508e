"""How a workspace connection to another computer is protected: verified TLS and SCRAM only.

Without this, libpq's defaults (`sslmode=prefer`, any authentication the server asks for) let
anyone between the user and the server, or posing as it, read the password: a fake server that
refuses TLS and asks for a cleartext password gets it. So for any host but this computer (a
Unix socket, localhost, 127.0.0.0/8, ::1) the connection must use TLS with the server's
certificate checked against its name (`sslmode=verify-full`, or `verify-ca` if the address asks
for it), and the password may only be proved by SCRAM-SHA-256 (`require_auth`, libpq 16+), which
never sends it. Weaker modes in the address are refused rather than silently upgraded.
"""

from __future__ import annotations

import ipaddress
import logging
import os
from collections.abc import Mapping
from pathlib import Path

import psycopg

log = logging.getLogger(__name__)

VERIFYING_MODES = ("verify-full", "verify-ca")
"""`sslmode` values that check the server's certificate; the first is the default."""
SAFE_AUTH_METHODS = frozenset({"scram-sha-256", "gss", "sspi", "none"})
"""`require_auth` methods that never hand the password itself to the server."""
REQUIRE_AUTH_SINCE = 160000
"""The first libpq version (16) that knows `require_auth` and `sslrootcert=system`."""


class WeakConnectionSetting(ValueError):
    """The address asks for a weaker protection than a remote workspace needs; says which."""

    def __init__(self, name: str, value: str) -> None:
        super().__init__(f"{name}={value}")
        self.name = name
        self.value = value


def is_local_host(host: str | None) -> bool:
    """Whether a libpq host (or comma-separated list) stays on this computer.

    No host means libpq's default Unix socket; a path or an @abstract name is a socket too.
    """
    if not host:
        return True
    return all(_is_local(part.strip()) for part in host.split(","))


def _is_local(host: str) -> bool:
    if not host or host.startswith(("/", "@")) or host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def server_connection_params(
    params: Mapping[str, object],
    environ: Mapping[str, str] | None = None,
    libpq_version: int | None = None,
) -> dict[str, object]:
    """The connection parameters to use for `params` (parsed from a workspace URL).

    Unchanged for this computer. For any other host: `sslmode=verify-full` unless the URL asks
    for `verify-ca`; `require_auth=scram-sha-256` when libpq supports it; and, when no CA is named
    (`sslrootcert` in the URL, PGSSLROOTCERT, or libpq's `~/.postgresql/root.crt`), the system's
    trusted authorities (`sslrootcert=system`). Raises `WeakConnectionSetting` for a weaker
    `sslmode` or `require_auth` in the URL or the environment (PGSSLMODE, PGREQUIREAUTH).
    """
    environ = os.environ if environ is None else environ
    libpq_version = psycopg.pq.version() if libpq_version is None else libpq_version
    hosts = (
        str(params.get("host") or environ.get("PGHOST") or ""),
        str(params.get("hostaddr") or environ.get("PGHOSTADDR") or ""),
    )
    if all(is_local_host(host) for host in hosts):
        return dict(params)
    secured = dict(params)
    mode = str(params.get("sslmode") or environ.get("PGSSLMODE") or VERIFYING_MODES[0])
    if mode not in VERIFYING_MODES:
        raise WeakConnectionSetting("sslmode", mode)
    secured["sslmode"] = mode
    if libpq_version < REQUIRE_AUTH_SINCE:
        log.warning(
            "libpq %s cannot require SCRAM authentication; relying on the verified TLS connection",
            libpq_version,
        )
        return secured
    auth = str(params.get("require_auth") or environ.get("PGREQUIREAUTH") or "scram-sha-256")
    if not set(auth.split(",")) <= SAFE_AUTH_METHODS:
        raise WeakConnectionSetting("require_auth", auth)
    secured["require_auth"] = auth
    if mode == "verify-full" and not _names_a_ca(params, environ):
        secured["sslrootcert"] = "system"
    return secured


def _names_a_ca(params: Mapping[str, object], environ: Mapping[str, str]) -> bool:
    """Whether a CA file is named in the URL or environment, or sits where libpq looks by default."""
    if params.get("sslrootcert") or environ.get("PGSSLROOTCERT"):
        return True
    if os.name == "nt":
        default = Path(environ.get("APPDATA", "")) / "postgresql" / "root.crt"
    else:
        default = Path.home() / ".postgresql" / "root.crt"
    return default.is_file()
