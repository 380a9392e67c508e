"""tests/store/test_concurrency.py, run unchanged on PostgreSQL (this folder's `store` fixture opens a
fresh PostgreSQL database): the store must behave the same on both engines."""

from __future__ import annotations

from store.test_concurrency import *  # noqa: F403
