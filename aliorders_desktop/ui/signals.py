"""Quietly changing widgets: block their signals while the code (not the user) sets them.

A plain `blockSignals` pair that restores the previous state; `QSignalBlocker`'s binding has
mismanaged references in some PySide6 releases (6.12.0 crashed at exit after enough uses).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject


@contextmanager
def signals_blocked(*objects: QObject) -> Iterator[None]:
    previous = [obj.blockSignals(True) for obj in objects]
    try:
        yield
    finally:
        for obj, was_blocked in zip(objects, previous, strict=True):
            obj.blockSignals(was_blocked)
