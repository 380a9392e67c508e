"""tests/store/test_sync_runs.py, run unchanged on PostgreSQL (this folder's `store` fixture opens a
fresh PostgreSQL database): the store must behave the same on both engines."""

from __future__ import annotations

import pytest
from store.test_sync_runs import *  # noqa: F403

pytestmark = pytest.mark.usefixtures("store")
