"""One odd order never costs its page or its sync, and a defect on a fetch thread ends the sync cleanly."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sync.test_sync_service import expected, service_for, stored

from aliorders_desktop import store
from aliorders_desktop.aliexpress.client import AliExpressClient
from aliorders_desktop.aliexpress.gateway import GatewayServer, wire
from aliorders_desktop.aliexpress.gateway import server as gateway_server

ABSURD = 10**30
"""A paid amount in cents that no 64-bit database column holds (AliExpress once sent "1e30")."""
LAST = date.today()
FIRST = LAST - timedelta(days=99)


def send_absurd_amounts(gateway: GatewayServer, monkeypatch: pytest.MonkeyPatch) -> set[int]:
    """Every 400th sub-order of `gateway` gets an absurd paid amount; returns those in the range."""
    odd = {o.sub_order_id for o in gateway.dataset.sub_orders[::400]} & set(expected(gateway, FIRST, LAST))

    def fields(order, *args, **kwargs):
        values = wire.order_fields(order, *args, **kwargs)
        if order.sub_order_id in odd:
            values["paid_amount"] = ABSURD
        return values

    monkeypatch.setattr(gateway_server, "order_fields", fields)
    return odd


def test_odd_orders_are_named_and_every_other_order_of_their_pages_is_stored(
    demo_gateway, store_path, monkeypatch
) -> None:
    odd = send_absurd_amounts(demo_gateway, monkeypatch)
    assert len(odd) > 3
    result = service_for(demo_gateway).run(FIRST, LAST)

    assert result.outcome is store.SyncOutcome.PARTIAL
    assert sorted(problem.sub_order_id for problem in result.odd_values) == sorted(map(str, odd))  # once each
    want = expected(demo_gateway, FIRST, LAST)
    assert {s: status for s, status in stored(FIRST, LAST).items() if s not in odd} == {
        s: status for s, status in want.items() if s not in odd
    }
    assert all(row.paid_amount != ABSURD for row in store.iter_rows(store.OrderFilter()))
    summary = result.summary()
    assert summary.startswith("Synced with problems") and result.odd_values[0].sub_order_id in summary
    run = store.last_sync_runs()[store.SyncOutcome.PARTIAL]
    assert run.error is not None and result.odd_values[0].sub_order_id in run.error


def test_the_next_sync_tries_the_odd_orders_again(demo_gateway, store_path, monkeypatch) -> None:
    odd = send_absurd_amounts(demo_gateway, monkeypatch)
    service_for(demo_gateway).run(FIRST, LAST)
    monkeypatch.setattr(gateway_server, "order_fields", wire.order_fields)  # AliExpress fixed them

    again = service_for(demo_gateway).run(FIRST, LAST)
    assert again.outcome is store.SyncOutcome.COMPLETED
    assert stored(FIRST, LAST) == expected(demo_gateway, FIRST, LAST)
    amounts = {
        o.sub_order_id: o.paid_amount for o in demo_gateway.dataset.sub_orders if o.sub_order_id in odd
    }
    stored_amounts = {
        r.sub_order_id: r.paid_amount for r in store.iter_rows(store.OrderFilter()) if r.sub_order_id in odd
    }
    assert stored_amounts == amounts


def test_an_unexpected_error_on_a_fetch_thread_reaches_the_caller_and_is_recorded(
    demo_gateway, store_path, monkeypatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise ValueError("invalid literal for int() with base 10: '--3'")

    monkeypatch.setattr(AliExpressClient, "fetch_page", broken)
    with pytest.raises(ValueError, match="--3"):
        service_for(demo_gateway).run(LAST, LAST)
    run = store.last_sync_runs()[store.SyncOutcome.FAILED]
    assert "unexpected problem (ValueError)" in run.error
