"""What the client refuses on the wire: redirects, huge or too deeply nested answers, odd gateway URLs.

Each test talks real HTTP to small servers on 127.0.0.1 that misbehave one way.
"""

from __future__ import annotations

import contextlib
import http.server
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
import requests
from hypothesis import given, settings
from hypothesis import strategies as st

from aliorders_desktop.aliexpress.client import (
    MAX_ANSWER_BYTES,
    AliExpressClient,
    AppCredentials,
    ClientSettings,
    check_gateway_url,
)
from aliorders_desktop.aliexpress.errors import ApiError, ConfigurationError, ServerError
from aliorders_desktop.aliexpress.orders import OrderStatus

NOW = datetime(2025, 6, 1, 12, tzinfo=UTC)
MB = 1024 * 1024


class LocalServer:
    """A threaded HTTP server on 127.0.0.1 whose POST answer is `answer(handler)`; counts requests."""

    def __init__(self, answer: Callable[[http.server.BaseHTTPRequestHandler], None]) -> None:
        self.requests = 0
        self.sent = 0
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                owner.requests += 1
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    answer(self)  # may end early: the client stops reading, as it should

            do_GET = do_POST

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sync"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def serve() -> Iterator[Callable[..., LocalServer]]:
    started: list[LocalServer] = []

    def start(answer: Callable[[http.server.BaseHTTPRequestHandler], None]) -> LocalServer:
        started.append(LocalServer(answer))
        return started[-1]

    yield start
    for server in started:
        server.close()


def sync_page(url: str) -> None:
    settings_ = ClientSettings(gateway_url=url, max_attempts=2, backoff_base=0.01, backoff_max=0.01)
    with AliExpressClient(AppCredentials("12345", "secret"), settings_) as client:
        client.fetch_page(NOW - timedelta(days=1), NOW, OrderStatus.PAID, None, 1)


def ok(handler: http.server.BaseHTTPRequestHandler) -> None:
    body = b'{"result": {}}'
    handler.send_response(200)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_sends_nothing_to_its_target_and_names_it(serve, status: int) -> None:
    elsewhere = serve(ok)

    def redirect(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("Location", elsewhere.url)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    gateway = serve(redirect)
    with pytest.raises(ApiError) as caught:
        sync_page(gateway.url)
    assert elsewhere.requests == 0
    assert gateway.requests == 1  # a redirect is not a temporary fault: no retry
    assert elsewhere.url in str(caught.value)
    assert str(status) in str(caught.value)


def endless(declared: bool) -> Callable[[http.server.BaseHTTPRequestHandler], None]:
    """An answer of 40 MB (declared up front) or of up to 1 GB (undeclared), made as it is sent."""

    def answer(handler: http.server.BaseHTTPRequestHandler) -> None:
        size = 40 * MB if declared else 1024 * MB
        handler.send_response(200)
        if declared:
            handler.send_header("Content-Length", str(size))
        handler.end_headers()
        chunk = b'{"result": {"x": "' + b"a" * (MB - 20)
        while handler.server.sent < size:  # type: ignore[attr-defined]
            handler.wfile.write(chunk)
            handler.server.sent += len(chunk)  # type: ignore[attr-defined]

    return answer


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "streamed"])
def test_an_answer_past_the_cap_is_refused_without_reading_it_all(serve, declared: bool) -> None:
    gateway = serve(endless(declared))
    gateway.server.sent = 0  # type: ignore[attr-defined]
    with pytest.raises(ApiError) as caught:
        sync_page(gateway.url)
    assert f"{MAX_ANSWER_BYTES // MB} MB" in str(caught.value)
    assert not isinstance(caught.value, ServerError)  # not retried: the next answer is as big
    assert gateway.requests == 1
    assert gateway.server.sent < 200 * MB  # type: ignore[attr-defined]


NESTED_ORDER = b'{"result": {"orders": {"order": [{"sub_order_id": 5, "custom_parameters": %s}]}}}' % (
    b"[" * 500 + b"]" * 500
)
"""Readable here, but a field kept as JSON text that the window parses again, deeper in its stack."""


@pytest.mark.parametrize(
    "body", [b"[" * 200_000, b'{"a":' * 200_000, NESTED_ORDER], ids=["lists", "objects", "in-a-field"]
)
def test_nesting_too_deep_is_an_unreadable_answer(serve, body: bytes) -> None:
    def nested(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    gateway = serve(nested)
    with pytest.raises(ServerError, match="unreadable"):
        sync_page(gateway.url)


@pytest.mark.parametrize(
    "url",
    [
        "http://evil.example\\@127.0.0.1/sync",
        "https://evil.example\\@127.0.0.1/sync",
        "http://127.0.0.1\\@evil.example/sync",
        "http://user@127.0.0.1/sync",
        "https://user:pass@api-sg.aliexpress.com/sync",
        "http://127.0.0.1.evil.example/sync",
        "http://localhost.evil.example/sync",
        "http://0x7f.evil.example/sync",
        "file:///etc/passwd",
        "https:///sync",
        "api-sg.aliexpress.com/sync",
    ],
)
def test_urls_that_parsers_read_differently_are_refused(url: str) -> None:
    with pytest.raises(ConfigurationError):
        check_gateway_url(url)


def test_the_backslash_address_is_refused_like_any_remote_http_address() -> None:
    messages = []
    for url in ("http://evil.example\\@127.0.0.1/sync", "http://evil.example/sync"):
        with pytest.raises(ConfigurationError) as caught:
            AliExpressClient(AppCredentials("1", "s"), ClientSettings(gateway_url=url))
        messages.append(str(caught.value).replace(repr(url), "URL"))
    assert messages[0] == messages[1]


HOSTS = st.sampled_from(
    [
        "127.0.0.1",
        "127.8.9.10",
        "localhost",
        "LOCALHOST",
        "[::1]",
        "evil.example",
        "api-sg.aliexpress.com",
        "10.0.0.5",
        "bücher.example",
        "",
    ]
)
GLUE = st.sampled_from(["", "@", "\\", "/", "#", "?", ":", "%40", "%5C", ":8080", " ", "\t", ".", "[", "]"])


@st.composite
def gateway_urls(draw: st.DrawFn) -> str:
    """URLs built from hosts and separators that URL parsers are known to disagree about."""
    scheme = draw(st.sampled_from(["http://", "https://", "HTTP://", "Https://", "ftp://", "http:", ""]))
    parts = draw(st.lists(st.one_of(HOSTS, GLUE, st.text(max_size=4)), min_size=1, max_size=5))
    return scheme + "".join(parts) + draw(st.sampled_from(["/sync", "", "?a=b", "#x"]))


def connected_pool(url: str) -> tuple[str, str]:
    """The scheme and host of the connection `requests` opens for a POST to `url`."""
    with requests.Session() as session:
        prepared = session.prepare_request(requests.Request("POST", url))
        pool = session.get_adapter(prepared.url).get_connection_with_tls_context(prepared, True)
    return pool.scheme, pool.host


@settings(max_examples=500, deadline=None)
@given(gateway_urls())
def test_an_accepted_url_connects_to_the_host_the_check_approved(url: str) -> None:
    try:
        approved = check_gateway_url(url)
    except ConfigurationError:
        return
    scheme, host = connected_pool(url)
    assert host == approved.strip("[]")
    assert scheme == "https" or host in ("localhost", "::1") or host.startswith("127.")
