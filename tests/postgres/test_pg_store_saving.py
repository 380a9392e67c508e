"""tests/store/test_saving.py, run unchanged on PostgreSQL (this folder's `store` fixture opens a
fresh PostgreSQL database): the store must behave the same on both engines."""

from __future__ import annotations

import pytest
from store.test_saving import *  # noqa: F403
from store.test_saving import test_upsert_keeps_primary_keys

pytestmark = pytest.mark.usefixtures("store")

del test_upsert_keeps_primary_keys  # checks with PRAGMA foreign_key_check; PostgreSQL enforces keys
