"""Typed failures of the AliExpress API, each carrying a message a publisher can act on."""

from __future__ import annotations


class Cancelled(Exception):
    """The caller asked the client to stop; nothing in flight was half-applied."""


class ApiError(Exception):
    """Any failure talking to AliExpress. `str()` is the human message: what happened (`reason`),
    then what to do about it (`advice`), which a place that shows its own advice leaves out;
    `detail` is the technical part."""

    retryable = False

    def __init__(
        self, message: str, *, code: str | None = None, detail: str | None = None, advice: str | None = None
    ):
        super().__init__(f"{message} {advice}" if advice else message)
        self.reason = message
        self.code = code
        self.detail = detail


class WindowTooLongError(ApiError):
    """AliExpress refused a query's time window as too long; a shorter window may pass."""


class CredentialsError(ApiError):
    """The App Key or App Secret was refused (unknown key, or a signature made with the wrong secret)."""


class PermissionDeniedError(ApiError):
    """The app or account may not read affiliate orders (not an approved publisher, no permission)."""


class ThrottledError(ApiError):
    """AliExpress banned calls for a while; `retry_after` seconds is what it asked us to wait."""

    retryable = True

    def __init__(
        self, message: str, *, retry_after: float, code: str | None = None, detail: str | None = None
    ):
        super().__init__(message, code=code, detail=detail)
        self.retry_after = retry_after


class ServerError(ApiError):
    """A temporary fault on AliExpress' side: HTTP 5xx, `System Error`, or an unreadable answer."""

    retryable = True


class NetworkError(ApiError):
    """AliExpress could not be reached or did not answer in time."""

    retryable = True


class ConfigurationError(ApiError):
    """The client is set up in a way that cannot work (e.g. plain HTTP to a remote host)."""


class CertificateError(NetworkError):
    """The gateway's TLS certificate is not trusted; retrying cannot help."""

    retryable = False
