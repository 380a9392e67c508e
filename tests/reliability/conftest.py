"""Fixtures for the reliability suite: the environment of command runs, and small tmpfs disks."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from aliorders_desktop.aliexpress.gateway import DEMO_APP_KEY, DEMO_APP_SECRET, GatewayServer


@pytest.fixture
def cli_env(demo_gateway: GatewayServer, tmp_path: Path, monkeypatch) -> dict[str, str]:
    """The environment a scheduler would give `aliorders`: account, gateway and database."""
    values = {
        "ALIORDERS_APP_KEY": DEMO_APP_KEY,
        "ALIORDERS_APP_SECRET": DEMO_APP_SECRET,
        "ALIORDERS_GATEWAY_URL": demo_gateway.url,
        "ALIORDERS_DB": str(tmp_path / "orders.db"),
    }
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    return {**os.environ, **values}


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 400 KiB tmpfs, to fill up or make read-only; skipped where mounting is not allowed."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", str(mount_point)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("needs permission to mount a small tmpfs (run as root)")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)
