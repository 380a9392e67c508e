"""What every workload shares: the size, the work folder and the one big database of the run."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from aliorders_desktop import store

from .data import NOW, Size, order_batches
from .measure import seconds

LOAD_BATCH = 5_000
"""Sub-orders per `save_orders` call when the store is filled: 100 API pages, one transaction."""


@dataclass
class Bench:
    """One run. The store of `size.orders` sub-orders is built once, through the app's own upsert
    path (B2 does that and times it), and reused by B3-B5; a later `--only` run reuses it from
    the work folder when it is complete."""

    size: Size
    work: Path

    @property
    def store_path(self) -> Path:
        return self.work / f"store-{self.size.name}-schema{store.SCHEMA_VERSION}.db"

    def empty_database(self, path: Path) -> Path:
        """A database at `path` with the app's current schema and no orders (replacing any file)."""
        remove_database(path)
        store.open_database(path)
        store.close_database()
        return path

    def loaded_store(self) -> Path:
        """The store with every sub-order of this size, built now unless a complete one exists."""
        path = self.store_path
        if path.exists():
            store.open_database(path)
            try:
                if store.count_orders(store.OrderFilter()) == self.size.orders:
                    return path
            finally:
                store.close_database()
        self.fill(self.empty_database(path))
        return path

    def fill(self, path: Path) -> float:
        """Save every sub-order of this size into the store at `path`, `LOAD_BATCH` per call.

        Returns the seconds spent in `save_orders` alone: generating the records is not the app's work.
        """
        store.open_database(path)
        try:
            return sum(
                seconds(partial(store.save_orders, batch, NOW))
                for batch in order_batches(self.size.orders, self.size.days, LOAD_BATCH)
            )
        finally:
            store.close_database()


def remove_database(path: Path) -> None:
    """Delete an SQLite file with its WAL and shared-memory files."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
