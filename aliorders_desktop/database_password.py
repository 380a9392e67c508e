"""The team workspace's database password, kept in the system keyring like the App Secret.

Settings stores the workspace address without its password; the password lives here, keyed by that
address, so `settings.json` never holds a secret. Scripts can put the password in the URL or use
PostgreSQL's own `PGPASSWORD` / `~/.pgpass` instead.
"""

from __future__ import annotations

import keyring
import keyring.errors

from aliorders_desktop.credentials import SERVICE, KeyringUnavailable, keyring_refusal, keyring_status
from aliorders_desktop.i18n import translate

_PREFIX = "database:"


def saved_password(url: str) -> str | None:
    """The password saved for this workspace address, or None (also when there is no keyring)."""
    if not keyring_status().usable:
        return None
    try:
        return keyring.get_password(SERVICE, _PREFIX + url)
    except keyring.errors.KeyringError:
        return None


def save_password(url: str, password: str) -> None:
    """Keep (or, for an empty password, forget) the password of this workspace address."""
    if not keyring_status().usable:
        raise KeyringUnavailable(
            translate(
                "Credentials",
                "This system has no usable keyring, so aliorders cannot store the database password "
                "safely. Set it in the PGPASSWORD environment variable instead.",
            )
        )
    try:
        if password:
            keyring.set_password(SERVICE, _PREFIX + url, password)
        else:
            keyring.delete_password(SERVICE, _PREFIX + url)
    except keyring.errors.PasswordDeleteError:
        pass  # there was none
    except keyring.errors.KeyringError as exc:
        raise keyring_refusal(exc) from None
