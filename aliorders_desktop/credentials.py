"""The App Key and App Secret: in the OS keyring, from the environment, or for this session only.

The secret is never written to a file by aliorders. A keyring backend whose priority is below 1
(the `fail` and `null` backends, plaintext stores) is not a secure store, so it is treated as
"no keyring" and the user is offered the environment or a session-only secret instead.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import keyring
import keyring.core
import keyring.errors

from aliorders_desktop.aliexpress.client import AppCredentials
from aliorders_desktop.i18n import translate

SERVICE = "aliorders"
ENV_APP_KEY = "ALIORDERS_APP_KEY"
ENV_APP_SECRET = "ALIORDERS_APP_SECRET"
_KEY_ENTRY = "app_key"
_SECRET_ENTRY = "app_secret"

_session_credentials: AppCredentials | None = None


class KeyringUnavailable(Exception):
    """There is no usable secure store, or it refused (locked, denied); the message says what to do."""


@dataclass(frozen=True)
class KeyringStatus:
    usable: bool
    backend: str
    message: str


def keyring_status() -> KeyringStatus:
    """Detected anew on each call: a keyring unlocked after start-up must be noticed."""
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if keyring.core.recommended(backend):
        kept = translate("Credentials", "The App Secret is kept in the system keyring.")
        return KeyringStatus(True, name, kept)
    return KeyringStatus(
        False,
        name,
        translate(
            "Credentials",
            "This system has no usable keyring, so aliorders cannot store the App Secret safely. "
            "Set {key} and {secret} in the environment, or keep the secret for this session only.",
        ).format(key=ENV_APP_KEY, secret=ENV_APP_SECRET),
    )


def credentials_from_env() -> AppCredentials | None:
    key, secret = os.environ.get(ENV_APP_KEY, ""), os.environ.get(ENV_APP_SECRET, "")
    return AppCredentials(key, secret) if key.strip() and secret.strip() else None


def load_credentials() -> AppCredentials | None:
    """Environment first (scripts and schedulers), then this session's, then the keyring."""
    found = credentials_from_env() or _session_credentials
    if found:
        return found
    if not keyring_status().usable:
        return None
    try:
        key = keyring.get_password(SERVICE, _KEY_ENTRY)
        secret = keyring.get_password(SERVICE, _SECRET_ENTRY)
    except keyring.errors.KeyringError as exc:
        raise keyring_refusal(exc) from None
    return AppCredentials(key, secret) if key and secret else None


def save_credentials(credentials: AppCredentials) -> None:
    """Store in the keyring and read back, because some backends "succeed" without storing."""
    status = keyring_status()
    if not status.usable:
        raise KeyringUnavailable(status.message)
    try:
        keyring.set_password(SERVICE, _KEY_ENTRY, credentials.app_key)
        keyring.set_password(SERVICE, _SECRET_ENTRY, credentials.app_secret)
        stored = keyring.get_password(SERVICE, _SECRET_ENTRY)
    except keyring.errors.KeyringError as exc:
        raise keyring_refusal(exc) from None
    if stored != credentials.app_secret:
        raise KeyringUnavailable(
            translate("Credentials", "The system keyring accepted the App Secret but did not keep it.")
        )


def use_for_session(credentials: AppCredentials | None) -> None:
    """Keep credentials in memory until the app quits (no keyring needed, nothing written)."""
    global _session_credentials
    _session_credentials = credentials


def delete_credentials() -> None:
    """Disconnect: forget the session copy and remove both keyring entries if present."""
    use_for_session(None)
    if not keyring_status().usable:
        return
    for entry in (_KEY_ENTRY, _SECRET_ENTRY):
        try:
            keyring.delete_password(SERVICE, entry)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            raise keyring_refusal(exc) from None


def keyring_refusal(exc: keyring.errors.KeyringError) -> KeyringUnavailable:
    """What to tell the user when the keyring refused a read, write or delete (locked, denied)."""
    if isinstance(exc, keyring.errors.KeyringLocked):
        locked = translate("Credentials", "The system keyring is locked. Unlock it and try again.")
        return KeyringUnavailable(locked)
    refused = translate("Credentials", "The system keyring refused: {reason}. Unlock it or try again.")
    return KeyringUnavailable(refused.format(reason=type(exc).__name__))
