"""The pipeline's age bands and forecast, on a constructed history with known arithmetic."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from aliorders_desktop import store
from aliorders_desktop.aliexpress.orders import OrderStatus
from aliorders_desktop.store.pipeline import (
    MINIMUM_HISTORY,
    BandSum,
    Timing,
    band_filter,
    bands,
    forecast,
    month_orders,
)

from .factory import order_record

pytestmark = pytest.mark.usefixtures("store")

NOW = datetime(2026, 6, 10, 12, 0, tzinfo=UTC)
PAID, CONFIRMED = OrderStatus.PAID.value, OrderStatus.CONFIRMED.value


def settled_history(count: int, delays_days: tuple[int, ...] = (35, 55), invalid: int = 25) -> None:
    """`count` settled orders paid in the winter, alternating between the delays; and `invalid`
    Invalid orders paid over the same time."""
    records = []
    for n in range(count):
        paid = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(hours=n)
        delay = timedelta(days=delays_days[n % len(delays_days)])
        records.append(order_record(status=OrderStatus.SETTLED.value, paid_at=paid, settled_at=paid + delay))
    for n in range(invalid):
        records.append(
            order_record(
                status=OrderStatus.INVALID.value,
                paid_at=datetime(2026, 1, 2, tzinfo=UTC) + timedelta(hours=n),
            )
        )
    store.save_orders(records, NOW)


def pending(age_days: int, commission: int, status: str = PAID, currency: str = "USD") -> None:
    store.save_orders(
        [
            order_record(
                status=status,
                paid_at=NOW - timedelta(days=age_days),
                estimated_paid_commission=commission,
                estimated_finished_commission=commission,
                currency=currency,
            )
        ],
        NOW,
    )


def test_the_forecast_spreads_each_order_over_the_delays_still_possible_at_its_age() -> None:
    settled_history(100)
    pending(10, 1000)  # 35 or 55 days: both in July; 25 Invalid against 100 later settlements
    pending(30, 2000)  # 35 days: mid June, 55 days: early July
    pending(40, 3000)  # only 55 days is still possible: late June; 25 Invalid against 50
    result = forecast(NOW, UTC)
    assert result.months == [date(2026, 6, 1), date(2026, 7, 1), date(2026, 8, 1)]
    assert (result.settled, result.invalid, result.enough) == (100, 25, True)
    assert result.amounts == {"USD": [800 + 2000, 800 + 800, 0]}
    assert result.timings == [Timing(None, 100, 45.0, 35.0, 55.0), Timing("global", 100, 45.0, 35.0, 55.0)]


def test_a_site_with_too_little_history_borrows_everyones() -> None:
    settled_history(100)
    store.save_orders(
        [
            order_record(
                status=OrderStatus.SETTLED.value,
                paid_at=datetime(2026, 2, 1, tzinfo=UTC),
                settled_at=datetime(2026, 2, 2, tzinfo=UTC),
                site="ru_site",
            )
        ],
        NOW,
    )
    result = forecast(NOW, UTC)
    assert [t.site for t in result.timings] == [None, "global"]
    assert result.settled == 101


def test_below_the_minimum_history_there_is_no_forecast() -> None:
    settled_history(MINIMUM_HISTORY - 1)
    pending(10, 1000)
    result = forecast(NOW, UTC)
    assert not result.enough and result.amounts == {} and result.settled == MINIMUM_HISTORY - 1


def test_age_bands_per_currency_and_status() -> None:
    for age, status, currency in [
        (0, PAID, "USD"),
        (30, PAID, "USD"),
        (31, PAID, "USD"),
        (60, CONFIRMED, "USD"),
        (90, CONFIRMED, "USD"),
        (91, CONFIRMED, "USD"),
        (400, PAID, "RUB"),
    ]:
        pending(age, 100, status, currency)
    result = bands(NOW.date(), UTC)
    assert result == [
        BandSum("RUB", PAID, 3, 1, 100),
        BandSum("USD", PAID, 0, 2, 200),
        BandSum("USD", PAID, 1, 1, 100),
        BandSum("USD", CONFIRMED, 1, 1, 100),
        BandSum("USD", CONFIRMED, 2, 1, 100),
        BandSum("USD", CONFIRMED, 3, 1, 100),
    ]
    for band in result:
        f = band_filter(band.band, band.status, band.currency, NOW.date(), UTC)
        assert store.count_orders(f) == band.sub_orders


def test_a_forecast_month_shows_the_orders_whose_typical_settlement_falls_in_it() -> None:
    settled_history(100)
    pending(10, 1000)  # paid 31 May + 45 days: mid July
    pending(40, 3000)  # paid 1 May + 45 days: mid June
    result = forecast(NOW, UTC)
    june, july = (store.iter_rows(month_orders(result, index, "USD", UTC)) for index in (0, 1))
    assert [r.estimated_paid_commission for r in june] == [3000]
    assert [r.estimated_paid_commission for r in july] == [1000]
