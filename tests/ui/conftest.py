"""Window tests keep their QSettings (geometry, columns, theme) in the test's own folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings


@pytest.fixture(autouse=True)
def private_qsettings(qapp, tmp_path: Path) -> None:
    QCoreApplication.setOrganizationName("aliorders-tests")
    QCoreApplication.setApplicationName("aliorders-tests")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
