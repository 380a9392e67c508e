from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from aliorders_desktop.store import close_database, open_database


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "orders.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Path]:
    """A fresh database file, open for the test."""
    open_database(db_path)
    yield db_path
    close_database()
