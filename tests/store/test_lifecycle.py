"""How long statuses typically last on this account, from a constructed history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from aliorders_desktop import store
from aliorders_desktop.aliexpress.orders import OrderStatus
from aliorders_desktop.store.lifecycle import Typical, status_timings

from .factory import order_record

pytestmark = pytest.mark.usefixtures("store")

PAID = datetime(2026, 1, 5, 12, tzinfo=UTC)


def history(confirm_days: list[int], settle_days: list[int]) -> None:
    """One order per confirmation delay; the first `len(settle_days)` of them settled too."""
    records = []
    for index, confirm in enumerate(confirm_days):
        finished = PAID + timedelta(days=confirm)
        settled = finished + timedelta(days=settle_days[index]) if index < len(settle_days) else None
        records.append(
            order_record(
                status=(OrderStatus.SETTLED if settled else OrderStatus.CONFIRMED).value,
                paid_at=PAID,
                finished_at=finished,
                settled_at=settled,
            )
        )
    records.append(order_record(paid_at=PAID))  # paid only: in neither sample
    store.save_orders(records, PAID + timedelta(days=200))


def test_the_median_of_each_transition() -> None:
    history(confirm_days=[10, 20, 30, 40, 100], settle_days=[5, 7, 9, 11])
    timings = status_timings(minimum=4)
    assert timings.to_confirm == Typical(30.0, 5)
    assert timings.to_settle == Typical(8.0, 4)


def test_too_little_history_gives_no_figure() -> None:
    history(confirm_days=[10, 20, 30], settle_days=[5])
    timings = status_timings(minimum=3)
    assert timings.to_confirm == Typical(20.0, 3)
    assert timings.to_settle == Typical(None, 1)


def test_the_sample_is_the_most_recent_transitions() -> None:
    history(confirm_days=[1, 2, 50, 60, 70], settle_days=[])
    assert status_timings(sample=3, minimum=1).to_confirm == Typical(60.0, 3)
