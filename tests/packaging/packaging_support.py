"""Loads the repository's packaging scripts by path (plain module, not a fixture).

packaging/ is deliberately not a Python package: that name belongs to the PyPI `packaging` library.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load_script(path: Path) -> ModuleType:
    """Import a top-level script once, under its file name, without touching sys.path."""
    name = f"_script_{path.stem}"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def build_installer() -> ModuleType:
    return load_script(ROOT / "build_installer.py")


def make_icons() -> ModuleType:
    return load_script(PACKAGING / "make_icons.py")
