"""tests/store/test_coverage.py, run unchanged on PostgreSQL (this folder's `store` fixture opens a
fresh PostgreSQL database): the store must behave the same on both engines."""

from __future__ import annotations

import pytest
from store.test_coverage import *  # noqa: F403

pytestmark = pytest.mark.usefixtures("store")
