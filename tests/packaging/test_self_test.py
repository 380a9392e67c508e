"""`aliorders --self-test`, run in-process: the same code the installer build runs frozen."""

from __future__ import annotations

import io
from contextlib import ExitStack

import pytest

from aliorders_desktop import store
from aliorders_desktop.ui import self_test


@pytest.fixture(autouse=True)
def closed_store():
    yield
    store.close_database()


def test_self_test_passes_and_reports_each_step(qapp):
    report = io.StringIO()
    assert self_test.run_self_test(report) == 0, report.getvalue()
    lines = report.getvalue().splitlines()
    with ExitStack() as cleanup:
        names = [name for name, _ in self_test.SelfTest(cleanup).steps()]
    assert [line.split(":")[0] for line in lines[1:-1]] == [f"ok    {name}" for name in names]
    assert "keyring" in names and lines[-1].startswith("Self-test passed in ")


def test_failing_step_is_named(qapp, monkeypatch):
    def refuse(path):
        raise store.StoreError(str(path), "the disk is full")

    monkeypatch.setattr(store, "open_database", refuse)
    report = io.StringIO()
    assert self_test.run_self_test(report) == 1
    assert "FAIL  database: StoreError: the disk is full" in report.getvalue()
    assert report.getvalue().rstrip().endswith("Self-test failed at step 'database'.")


def test_keyring_step_fails_when_backends_lost_their_metadata(monkeypatch):
    monkeypatch.setattr(self_test, "entry_points", lambda group: [])
    with ExitStack() as cleanup, pytest.raises(self_test.StepFailed, match="no keyring backends"):
        self_test.SelfTest(cleanup).check_keyring()


def test_keyring_step_reports_the_backend():
    with ExitStack() as cleanup:
        detail = self_test.SelfTest(cleanup).check_keyring()
    assert "MemoryKeyring (usable)" in detail and "SecretService" in detail
