"""HTTPS that is really verified, plain HTTP only on this machine, and spreadsheet-safe CSV cells."""

from __future__ import annotations

import http.server
import ssl
import subprocess
import threading
from datetime import UTC, datetime, timedelta

import pytest

from aliorders_desktop.aliexpress.client import AliExpressClient, AppCredentials, ClientSettings
from aliorders_desktop.aliexpress.errors import CertificateError, ConfigurationError
from aliorders_desktop.aliexpress.orders import OrderStatus
from aliorders_desktop.export import money, safe_text


@pytest.fixture
def untrusted_https(tmp_path):
    """An HTTPS server on 127.0.0.1 with a self-signed certificate no system trusts."""
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    made = subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        capture_output=True,
    )
    if made.returncode != 0:
        pytest.skip("openssl is needed to make a test certificate")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}/sync"
    server.shutdown()


def test_an_untrusted_certificate_is_refused_without_retries(untrusted_https) -> None:
    settings = ClientSettings(gateway_url=untrusted_https, max_attempts=5, backoff_base=5)
    now = datetime.now(UTC)
    with (
        AliExpressClient(AppCredentials("1", "s"), settings) as client,
        pytest.raises(CertificateError) as err,
    ):
        list(client.iter_orders(now - timedelta(days=1), now, OrderStatus.PAID))
    assert "certificate" in str(err.value)


def test_plain_http_to_another_machine_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="https"):
        AliExpressClient(AppCredentials("1", "s"), ClientSettings(gateway_url="http://192.0.2.1/sync"))


@pytest.mark.parametrize("text", ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx", '=HYPERLINK("x")'])
def test_text_a_spreadsheet_would_run_is_neutralised(text) -> None:
    assert safe_text(text) == "'" + text


@pytest.mark.parametrize("text", ["Phone case", "100% cotton", "a=b", "Ёлка", ""])
def test_ordinary_text_is_left_alone(text) -> None:
    assert safe_text(text) == text


def test_numbers_keep_their_sign() -> None:
    assert (money(-5, "USD"), money(1113, "USD"), money(0, "USD")) == ("-0.05", "11.13", "0.00")
