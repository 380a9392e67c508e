"""HTTP client for the affiliate order methods: signing, paging, retries and throttling."""

from __future__ import annotations

import ipaddress
import logging
import random
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import requests
from urllib3.exceptions import LocationParseError
from urllib3.util import parse_url

from aliorders_desktop import __version__
from aliorders_desktop.aliexpress import parsing
from aliorders_desktop.aliexpress.errors import (
    ApiError,
    Cancelled,
    CertificateError,
    ConfigurationError,
    NetworkError,
    ServerError,
    ThrottledError,
)
from aliorders_desktop.aliexpress.orders import OrderRecord, OrderStatus, TimeType
from aliorders_desktop.aliexpress.parsing import OrderPage
from aliorders_desktop.aliexpress.rate_control import RateControl
from aliorders_desktop.aliexpress.signing import SIGN_METHODS, sign
from aliorders_desktop.i18n import translate

log = logging.getLogger(__name__)

DEFAULT_GATEWAY_URL = "https://api-sg.aliexpress.com/sync"
DEFAULT_API_ZONE = "America/Los_Angeles"
PAGE_SIZE = 50
GET_CHUNK = 50
LIST_METHOD = "aliexpress.affiliate.order.list"
GET_METHOD = "aliexpress.affiliate.order.get"
MAX_ANSWER_BYTES = 32 * 1024 * 1024
"""The largest answer read: a page of 50 orders is a few hundred KB, so more is a fault or an attack."""
_CHUNK_BYTES = 256 * 1024

__all__ = ["AliExpressClient", "AppCredentials", "Cancelled", "ClientSettings", "check_gateway_url"]


@dataclass(frozen=True)
class AppCredentials:
    """An App Key and its App Secret. The secret never shows in repr, logs or error texts."""

    app_key: str
    app_secret: str = field(repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "app_key", self.app_key.strip())
        object.__setattr__(self, "app_secret", self.app_secret.strip())


@dataclass(frozen=True)
class ClientSettings:
    """How to reach the gateway and how hard to try. Zones name how AliExpress reads and writes times."""

    gateway_url: str = DEFAULT_GATEWAY_URL
    sign_method: str = "sha256"
    query_zone: str = DEFAULT_API_ZONE
    response_zone: str = DEFAULT_API_ZONE
    connect_timeout: float = 10.0
    read_timeout: float = 60.0
    max_attempts: int = 6
    backoff_base: float = 0.5
    backoff_max: float = 30.0
    max_throttle_wait: float = 600.0


class AliExpressClient:
    """Calls the affiliate order methods over one `requests.Session` (one connection).

    Transient faults (network, 5xx, unreadable bodies, `System Error`) are retried with exponential
    backoff and jitter; throttle bans are waited out for the seconds AliExpress names. Several
    clients that share one `RateControl` run calls side by side, and a ban slows them all down.
    Credential and permission errors are never retried.
    """

    def __init__(
        self,
        credentials: AppCredentials,
        settings: ClientSettings | None = None,
        cancel: threading.Event | None = None,
        rate: RateControl | None = None,
    ) -> None:
        self.credentials = credentials
        self.settings = settings or ClientSettings()
        if self.settings.sign_method not in SIGN_METHODS:
            unknown = translate("AliExpress", "Unknown signing method {method}.")
            raise ConfigurationError(unknown.format(method=repr(self.settings.sign_method)))
        check_gateway_url(self.settings.gateway_url)
        self._cancel = cancel or threading.Event()
        self._query_zone = ZoneInfo(self.settings.query_zone)
        self._response_zone = ZoneInfo(self.settings.response_zone)
        self._session = requests.Session()
        self._session.headers["User-Agent"] = f"aliorders/{__version__}"
        self._rate = rate or RateControl()
        self._rng = random.Random()

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> AliExpressClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"AliExpressClient(app_key={self.credentials.app_key!r}, url={self.settings.gateway_url!r})"

    def iter_pages(
        self,
        start: datetime,
        end: datetime,
        status: OrderStatus | str,
        time_type: TimeType | str | None = None,
    ) -> Iterator[OrderPage]:
        """Yield every page of `order.list` for one status in [start, end] (aware datetimes)."""
        page_no = 1
        while True:
            page = self.fetch_page(start, end, status, time_type, page_no)
            yield page
            if page_no >= page.total_pages or len(page.orders) + page.skipped < PAGE_SIZE:
                return
            page_no += 1

    def fetch_page(
        self,
        start: datetime,
        end: datetime,
        status: OrderStatus | str,
        time_type: TimeType | str | None,
        page_no: int,
    ) -> OrderPage:
        """One page of `order.list`; its `total_pages` tells how many more there are."""
        self._check_cancelled()
        params: dict[str, Any] = {
            "start_time": self._format_query_time(start),
            "end_time": self._format_query_time(end),
            "status": str(status),
            "time_type": str(time_type or ""),
            "page_size": PAGE_SIZE,
            "page_no": page_no,
        }
        return parsing.parse_page(self.call(LIST_METHOD, params), self._response_zone, page_no, PAGE_SIZE)

    def iter_orders(
        self,
        start: datetime,
        end: datetime,
        status: OrderStatus | str,
        time_type: TimeType | str | None = None,
    ) -> Iterator[OrderRecord]:
        """Every order of one status whose (paid, or `time_type`) time lies in [start, end]."""
        for page in self.iter_pages(start, end, status, time_type):
            yield from page.orders

    def get_orders(self, sub_order_ids: Iterable[int]) -> list[OrderRecord]:
        """Look sub-orders up by ID with `order.get`, in chunks the gateway accepts."""
        ids = list(dict.fromkeys(sub_order_ids))
        found: list[OrderRecord] = []
        for start in range(0, len(ids), GET_CHUNK):
            self._check_cancelled()
            chunk = ids[start : start + GET_CHUNK]
            result = self.call(GET_METHOD, {"order_ids": ",".join(map(str, chunk))})
            if result is not None:
                records = (
                    parsing.parse_order(raw, self._response_zone) for raw in parsing.order_items(result)
                )
                found.extend(record for record in records if record is not None)
        return found

    def call(self, method: str, business: dict[str, Any]) -> dict[str, Any] | None:
        """Call one API method with retries; return its `result` block or None for "no results"."""
        attempt = 0
        throttled_for = 0.0
        while True:
            attempt += 1
            try:
                with self._rate.slot(self._cancel):
                    result = parsing.unwrap(method, self._post(method, business))
            except ThrottledError as exc:
                wait = exc.retry_after + self._rng.uniform(0, 0.5)
                throttled_for += wait
                if throttled_for > self.settings.max_throttle_wait:
                    raise ThrottledError(
                        translate("AliExpress", "AliExpress keeps limiting requests; try the sync again later."),  # noqa: E501
                        retry_after=exc.retry_after,
                        code=exc.code,
                        detail=exc.detail,
                    ) from None
                log.info("throttled by AliExpress, waiting %.1f s", wait)
                self._rate.throttled(wait)
                continue
            except ApiError as exc:
                if not exc.retryable or attempt >= self.settings.max_attempts:
                    raise
                delay = min(self.settings.backoff_max, self.settings.backoff_base * 2 ** (attempt - 1))
                log.info("%s (attempt %d), retrying in %.1f s", exc, attempt, delay)
                self._wait(delay * self._rng.uniform(0.5, 1.0))
                continue
            self._rate.succeeded()
            return result

    def _post(self, method: str, business: dict[str, Any]) -> dict[str, Any]:
        params = {
            "method": method,
            "app_key": self.credentials.app_key,
            "timestamp": str(int(time.time() * 1000)),
            "sign_method": self.settings.sign_method,
            "format": "json",
            "v": "2.0",
            **{key: str(value) for key, value in business.items() if value not in (None, "")},
        }
        params["sign"] = sign(params, self.credentials.app_secret, self.settings.sign_method)
        try:
            # Never follow a redirect: its target would get the signed request without the
            # gateway check. Read as a stream so an endless answer is cut off at the cap.
            with self._session.post(
                self.settings.gateway_url,
                data=params,
                timeout=(self.settings.connect_timeout, self.settings.read_timeout),
                allow_redirects=False,
                stream=True,
            ) as response:
                _refuse_unexpected_status(response)
                body = _read_capped(response)
        except requests.Timeout:
            raise NetworkError(translate("AliExpress", "AliExpress did not answer in time.")) from None
        except requests.exceptions.SSLError:
            raise CertificateError(
                translate(
                    "AliExpress",
                    "The secure connection to the gateway could not be verified (its certificate is not "
                    "trusted). Check the gateway address in Settings → Advanced and the computer's clock.",
                ),
                detail="SSLError",
            ) from None
        except requests.RequestException as exc:
            raise NetworkError(
                translate("AliExpress", "Could not reach AliExpress. Check the internet connection."),
                detail=type(exc).__name__,
            ) from None
        return parsing.decode_json(body)

    def _format_query_time(self, moment: datetime) -> str:
        if moment.tzinfo is None:
            raise ValueError("query times must be timezone-aware")
        return moment.astimezone(self._query_zone).strftime(parsing.TIME_FORMAT)

    def _wait(self, seconds: float) -> None:
        if seconds > 0 and self._cancel.wait(seconds):
            raise Cancelled
        self._check_cancelled()

    def _check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled


def _refuse_unexpected_status(response: requests.Response) -> None:
    """Raise the error for anything but HTTP 200; a redirect names where it pointed to."""
    status = response.status_code
    if 300 <= status < 400:
        location = response.headers.get("Location", "")[:300]
        redirected = translate(
            "AliExpress",
            "The gateway answered with a redirect (HTTP {status}) to {location}, which aliorders does not "
            "follow. Check the gateway address in Settings → Advanced.",
        )
        raise ApiError(redirected.format(status=status, location=repr(location)), code=str(status))
    if status >= 500:
        problem = translate("AliExpress", "AliExpress had a temporary problem (HTTP {status}).")
        raise ServerError(problem.format(status=status))
    if status != 200:
        answer = translate("AliExpress", "AliExpress answered with HTTP {status}.")
        raise ApiError(answer.format(status=status), code=str(status))


def _read_capped(response: requests.Response) -> bytes:
    """The (decompressed) body, refused past MAX_ANSWER_BYTES before it all sits in memory."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > MAX_ANSWER_BYTES:
        raise _too_large()
    body = bytearray()
    for chunk in response.iter_content(_CHUNK_BYTES):
        body += chunk
        if len(body) > MAX_ANSWER_BYTES:
            raise _too_large()
    return bytes(body)


def _too_large() -> ApiError:
    too_large = translate(
        "AliExpress", "AliExpress sent an answer larger than {cap} MB; aliorders stopped reading it."
    )
    return ApiError(too_large.format(cap=MAX_ANSWER_BYTES // (1024 * 1024)), code="too-large")


def check_gateway_url(url: str) -> str:
    """Allow HTTPS anywhere and plain HTTP only to this machine, so a secret never crosses a network bare.

    The URL is read as `requests` prepares it and urllib3 connects with it, so the host approved
    here is the host the request goes to; user info and backslashes, which parsers read
    differently, are refused outright. Returns that host.
    """
    host = _prepared_host(url)
    if host is not None:
        return host
    refused = translate(
        "AliExpress",
        "The gateway address {url} is not allowed: use https:// (plain http:// only for this computer).",
    )
    raise ConfigurationError(refused.format(url=repr(url)))


def _prepared_host(url: str) -> str | None:
    """The host `requests` would connect to for `url`, or None when that host is not allowed."""
    if "\\" in url:
        return None
    try:
        prepared = requests.Request("POST", url).prepare().url or ""
        parts = parse_url(prepared)
    except (requests.RequestException, LocationParseError, ValueError):
        return None
    if parts.auth is not None or not parts.host:
        return None
    if parts.scheme == "https" or (parts.scheme == "http" and _is_loopback(parts.host)):
        return parts.host
    return None


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.removeprefix("[").removesuffix("]")).is_loopback
    except ValueError:
        return False
