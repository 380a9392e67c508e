"""Fixtures for the simulated gateway: a shared data set, a fresh server per test, a signing caller."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import requests
from gateway_support import NOW, signed

from aliorders_desktop.aliexpress.gateway import DEMO_APP_SECRET, GatewayServer, OrderDataset

Api = Callable[..., requests.Response]


@pytest.fixture(scope="session")
def dataset() -> OrderDataset:
    return OrderDataset(seed=42, orders=3000, now=NOW)


@pytest.fixture
def gateway(dataset: OrderDataset) -> Iterator[GatewayServer]:
    with GatewayServer(dataset) as server:
        yield server


@pytest.fixture
def http() -> Iterator[requests.Session]:
    with requests.Session() as session:
        yield session


@pytest.fixture
def api(gateway: GatewayServer, http: requests.Session) -> Api:
    """`api(method, http_method="POST", secret=..., sign_method=..., **params)` → Response."""

    def call(
        method: str,
        *,
        http_method: str = "POST",
        secret: str = DEMO_APP_SECRET,
        sign_method: str = "sha256",
        **params: object,
    ) -> requests.Response:
        data = signed({"method": method, **params}, secret, sign_method)
        if http_method == "GET":
            return http.get(gateway.url, params=data, timeout=10)
        return http.post(gateway.url, data=data, timeout=10)

    return call
