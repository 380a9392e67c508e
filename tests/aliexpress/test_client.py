"""The API client against the simulated gateway over real loopback HTTP."""

from __future__ import annotations

import logging
import threading
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from aliorders_desktop.aliexpress.client import (
    AliExpressClient,
    AppCredentials,
    Cancelled,
    ClientSettings,
    check_gateway_url,
)
from aliorders_desktop.aliexpress.errors import (
    ConfigurationError,
    CredentialsError,
    NetworkError,
    PermissionDeniedError,
    ThrottledError,
)
from aliorders_desktop.aliexpress.gateway import DEMO_APP_KEY, DEMO_APP_SECRET, GatewayServer, OrderDataset
from aliorders_desktop.aliexpress.orders import OrderStatus, TimeType

NOW = datetime(2025, 6, 1, 12, tzinfo=UTC)
GOOD = AppCredentials(DEMO_APP_KEY, DEMO_APP_SECRET)


@pytest.fixture(scope="module")
def dataset() -> OrderDataset:
    return OrderDataset(seed=7, orders=1200, days=80, now=NOW)


@pytest.fixture
def gateway(dataset: OrderDataset):
    with GatewayServer(dataset) as server:
        yield server


def make_client(gateway: GatewayServer, credentials: AppCredentials = GOOD, **overrides) -> AliExpressClient:
    settings = ClientSettings(gateway_url=gateway.url, backoff_base=0.01, backoff_max=0.05, **overrides)
    return AliExpressClient(credentials, settings)


def fetch_everything(client: AliExpressClient) -> list:
    start, end = NOW - timedelta(days=85), NOW
    return [order for status in OrderStatus for order in client.iter_orders(start, end, status)]


def expected_statuses(dataset: OrderDataset) -> dict[int, OrderStatus]:
    now_ms = int(NOW.timestamp() * 1000)
    return {o.sub_order_id: o.status_at(now_ms) for o in dataset.sub_orders if o.paid_ms <= now_ms}


def test_every_order_of_every_status_comes_back_exactly_once(gateway, dataset) -> None:
    with make_client(gateway) as client:
        orders = fetch_everything(client)
    counts = Counter(o.sub_order_id for o in orders)
    assert len(orders) >= 1000
    assert max(counts.values()) == 1
    assert {o.sub_order_id: o.status for o in orders} == expected_statuses(dataset)
    assert {o.status for o in orders} == set(OrderStatus)


def test_big_ids_money_and_times_arrive_exact(gateway, dataset) -> None:
    with make_client(gateway) as client:
        orders = {o.sub_order_id: o for o in fetch_everything(client)}
    source = {o.sub_order_id: o for o in dataset.sub_orders}
    assert any(sub_id > 2**53 for sub_id in orders)
    for sub_id, order in orders.items():
        original = source[sub_id]
        assert order.order_id == original.order_id
        assert order.paid_amount == original.paid_amount
        assert order.paid_at is not None and order.paid_at.tzinfo is not None
        assert int(order.paid_at.timestamp() * 1000) == original.paid_ms // 1000 * 1000


def test_complete_despite_throttling_server_errors_and_truncated_answers(gateway, dataset) -> None:
    gateway.config.throttle_rate = 0.10
    gateway.config.server_error_rate = 0.10
    gateway.config.truncated_rate = 0.05
    with make_client(gateway, max_attempts=10) as client:
        orders = fetch_everything(client)
    assert Counter(o.sub_order_id for o in orders).most_common(1)[0][1] == 1
    assert {o.sub_order_id: o.status for o in orders} == expected_statuses(dataset)
    injected = gateway.counters.faults
    assert injected["throttle"] and sum(injected.values()) >= 3


def test_time_type_selects_orders_by_their_confirmation_time(gateway, dataset) -> None:
    start, end = NOW - timedelta(days=20), NOW
    with make_client(gateway) as client:
        confirmed = list(client.iter_orders(start, end, OrderStatus.CONFIRMED, TimeType.CONFIRMED))
    assert confirmed
    assert all(o.finished_at is not None and start <= o.finished_at <= end for o in confirmed)


def test_wrong_secret_is_a_credentials_error_without_retries(gateway) -> None:
    wrong = AppCredentials(DEMO_APP_KEY, "not-the-secret")
    with make_client(gateway, wrong) as client, pytest.raises(CredentialsError) as caught:
        list(client.iter_orders(NOW - timedelta(days=1), NOW, OrderStatus.PAID))
    assert "App Secret" in str(caught.value)
    assert sum(gateway.counters.requests.values()) == 1


def test_unknown_app_key_is_a_credentials_error(gateway) -> None:
    with (
        make_client(gateway, AppCredentials("999", "x")) as client,
        pytest.raises(CredentialsError) as caught,
    ):
        list(client.iter_orders(NOW - timedelta(days=1), NOW, OrderStatus.PAID))
    assert "App Key" in str(caught.value)


def test_unregistered_publisher_is_a_permission_error(gateway) -> None:
    gateway.config.unregistered_publisher = True
    with make_client(gateway) as client, pytest.raises(PermissionDeniedError):
        list(client.iter_orders(NOW - timedelta(days=1), NOW, OrderStatus.PAID))
    assert sum(gateway.counters.requests.values()) == 1


def test_endless_throttling_ends_with_a_clear_error(gateway) -> None:
    gateway.config.throttle_rate = 1.0
    with make_client(gateway, max_throttle_wait=2.5) as client, pytest.raises(ThrottledError) as caught:
        list(client.iter_orders(NOW - timedelta(days=1), NOW, OrderStatus.PAID))
    assert "try the sync again later" in str(caught.value)
    assert sum(gateway.counters.requests.values()) <= 4


def test_unreachable_gateway_is_a_network_error_after_bounded_attempts(gateway) -> None:
    url = gateway.url
    gateway.stop()
    settings = ClientSettings(gateway_url=url, backoff_base=0.01, max_attempts=3, connect_timeout=1)
    with AliExpressClient(GOOD, settings) as client, pytest.raises(NetworkError):
        client.call("aliexpress.affiliate.order.list", {})


def test_md5_signing_is_accepted(gateway) -> None:
    with make_client(gateway, sign_method="md5") as client:
        assert list(client.iter_pages(NOW - timedelta(days=2), NOW, OrderStatus.PAID))


def test_get_orders_looks_sub_orders_up_in_chunks(gateway, dataset) -> None:
    wanted = [o.sub_order_id for o in dataset.sub_orders[:120]]
    with make_client(gateway) as client:
        found = client.get_orders([*wanted, 1])
    assert sorted(o.sub_order_id for o in found) == sorted(wanted)
    assert sum(gateway.counters.requests.values()) == 3
    assert all(
        o.custom_parameters == src.custom_parameters
        for o, src in zip(
            sorted(found, key=lambda o: o.sub_order_id),
            sorted(dataset.sub_orders[:120], key=lambda o: o.sub_order_id),
            strict=True,
        )
    )


def test_cancel_interrupts_a_throttle_wait(gateway) -> None:
    gateway.config.throttle_rate = 1.0
    cancel = threading.Event()
    settings = ClientSettings(gateway_url=gateway.url)
    threading.Timer(0.2, cancel.set).start()
    with AliExpressClient(GOOD, settings, cancel) as client, pytest.raises(Cancelled):
        list(client.iter_orders(NOW - timedelta(days=1), NOW, OrderStatus.PAID))


@pytest.mark.parametrize("url", ["http://example.com/sync", "ftp://127.0.0.1/sync", "http://10.0.0.5/sync"])
def test_plain_http_is_refused_off_this_machine(url: str) -> None:
    with pytest.raises(ConfigurationError):
        check_gateway_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://api-sg.aliexpress.com/sync",
        "http://127.0.0.1:8000/sync",
        "http://localhost/sync",
        "http://[::1]:9/sync",
    ],
)
def test_https_anywhere_and_http_on_loopback_are_allowed(url: str) -> None:
    check_gateway_url(url)


def test_secret_stays_out_of_repr_logs_and_errors(gateway, caplog) -> None:
    secret = "s3cr3t-value-123"
    caplog.set_level(logging.DEBUG)
    creds = AppCredentials(DEMO_APP_KEY, secret)
    with make_client(gateway, creds) as client:
        with pytest.raises(CredentialsError) as caught:
            list(client.iter_orders(NOW - timedelta(days=1), NOW, OrderStatus.PAID))
        texts = [
            repr(creds),
            repr(client),
            str(caught.value),
            repr(caught.value),
            str(caught.value.detail),
            caplog.text,
        ]
    assert not any(secret in text for text in texts)
