"""tests/store/test_queries.py, run unchanged on PostgreSQL (this folder's `store` fixture opens a
fresh PostgreSQL database): the store must behave the same on both engines."""

from __future__ import annotations

import pytest
from store.test_queries import *  # noqa: F403
from store.test_queries import test_database_summary

pytestmark = pytest.mark.usefixtures("store")

del test_database_summary  # compares with an SQLite file path; test_pg_workspace checks the location
