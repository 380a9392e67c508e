"""`ui/` is layered: no module imports, however indirectly, one that imports it back."""

from __future__ import annotations

import ast
from pathlib import Path

import aliorders_desktop.ui

UI = Path(aliorders_desktop.ui.__file__).parent
PACKAGE = "aliorders_desktop.ui"


def module_name(path: Path) -> str:
    parts = path.relative_to(UI).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join((PACKAGE, *parts))


def ui_imports(path: Path, known: set[str]) -> set[str]:
    """The `ui` modules `path` imports anywhere in it (functions and TYPE_CHECKING blocks too)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found |= {f"{node.module}.{alias.name}" for alias in node.names} | {node.module}
    return found & known


def import_graph() -> dict[str, set[str]]:
    files = {module_name(path): path for path in UI.rglob("*.py")}
    return {name: ui_imports(path, set(files)) - {name} for name, path in files.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle of `graph` as the modules along it, or [] when there is none."""
    done: set[str] = set()

    def visit(name: str, path: list[str]) -> list[str]:
        if name in path:
            return [*path[path.index(name) :], name]
        if name in done:
            return []
        for target in sorted(graph.get(name, ())):
            if cycle := visit(target, [*path, name]):
                return cycle
        done.add(name)
        return []

    for start in sorted(graph):
        if cycle := visit(start, []):
            return cycle
    return []


def test_no_ui_module_imports_back_up() -> None:
    graph = import_graph()
    assert f"{PACKAGE}.session" in graph[f"{PACKAGE}.main_window.window"]  # the walk sees imports
    assert find_cycle(graph) == []


def test_a_cycle_is_found_however_long() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
