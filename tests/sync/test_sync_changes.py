"""What a sync changed, as the store records it: two real syncs against the simulated gateway,
whose clock moves on between them so that orders are paid, settled and cancelled meanwhile."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sync.test_sync_service import expected, service_for

from aliorders_desktop import store
from aliorders_desktop.aliexpress.gateway import GatewayServer, OrderDataset
from aliorders_desktop.aliexpress.orders import OrderStatus


def everything_stored() -> dict[int, str]:
    """Sub-order → status of every stored order, whenever paid: settled-time windows bring orders
    paid before the range too."""
    return {row.sub_order_id: row.status for row in store.iter_rows(store.OrderFilter())}


def changed_sub_orders(changed: store.ChangedIn) -> set[int]:
    return {row.sub_order_id for row in store.iter_rows(store.OrderFilter(changed_in=changed))}


def test_the_second_sync_holds_exactly_the_orders_it_added_or_moved(store_path) -> None:
    now = datetime.now(UTC)
    today = date.today()
    first, last = today - timedelta(days=40), today
    with GatewayServer(OrderDataset(seed=7, orders=2000, days=60, now=now - timedelta(days=10))) as gateway:
        one = service_for(gateway).run(first, last)
        before = everything_stored()
        gateway.clock.advance(timedelta(days=10))
        two = service_for(gateway).run(first, last)
        in_range = expected(gateway, first, last)
    after = everything_stored()
    assert in_range.items() <= after.items()
    new = set(after) - set(before)
    moved = {sub_id for sub_id in before if after[sub_id] != before[sub_id]}
    settled = {sub_id for sub_id in moved if after[sub_id] == OrderStatus.SETTLED}
    invalid = {sub_id for sub_id in moved if after[sub_id] == OrderStatus.INVALID}
    assert new and settled and invalid  # the gateway's data exercises every kind

    assert changed_sub_orders(store.ChangedIn(two.run_id)) == new | moved
    assert changed_sub_orders(store.ChangedIn(two.run_id, frozenset({store.Change.NEW}))) == new
    assert changed_sub_orders(store.ChangedIn(two.run_id, frozenset({store.Change.SETTLED}))) == settled
    assert changed_sub_orders(store.ChangedIn(two.run_id, frozenset({store.Change.INVALID}))) == invalid
    assert changed_sub_orders(store.ChangedIn(one.run_id)) == set(before)
    counts = store.change_counts(two.run_id)
    assert (counts.changed, counts.new, counts.settled, counts.invalid) == (
        len(new | moved),
        len(new),
        len(settled),
        len(invalid),
    )
    assert store.last_successful_sync().id == two.run_id
