"""tests/store/test_insights.py, run unchanged on PostgreSQL (this folder's `store` fixture opens a
fresh PostgreSQL database): the insights' SQL (grouping by computed local days, positional GROUP BY,
aggregated keys) must mean the same on both engines."""

from __future__ import annotations

import pytest
from store.test_insights import *  # noqa: F403

pytestmark = pytest.mark.usefixtures("store")
