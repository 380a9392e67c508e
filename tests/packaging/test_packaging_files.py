"""The PyInstaller spec, the Inno Setup script and the .desktop file, checked without building."""

from __future__ import annotations

import ast
import configparser
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from packaging_support import PACKAGING, ROOT, build_installer

import aliorders_desktop
from aliorders_desktop import languages

SPEC = PACKAGING / "aliorders.spec"
ISS = PACKAGING / "windows" / "aliorders.iss"
DESKTOP = PACKAGING / "linux" / "aliorders.desktop"


def spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def spec_constant(name: str) -> object:
    """A module-level literal of the spec (the spec runs only inside PyInstaller)."""
    for node in spec_tree().body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"the spec defines no {name}")


def root_paths(tree: ast.AST) -> list[Path]:
    """Every `ROOT / "a" / "b"` chain in the spec, as a path."""
    paths = []
    for node in ast.walk(tree):
        parts: list[str] = []
        while (
            isinstance(node, ast.BinOp)
            and isinstance(node.op, ast.Div)
            and isinstance(node.right, ast.Constant)
        ):
            parts.insert(0, node.right.value)
            node = node.left
        if parts and isinstance(node, ast.Name) and node.id == "ROOT":
            paths.append(ROOT.joinpath(*parts))
    return paths


def calls(tree: ast.AST, name: str) -> list[ast.Call]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", None) == name]


def test_spec_references_existing_files():
    paths = root_paths(spec_tree())
    assert ROOT / "aliorders_desktop" / "__main__.py" in paths
    assert ROOT / "resources" in paths
    assert all(path.exists() for path in paths), [p for p in paths if not p.exists()]
    icons = spec_constant("ICONS")
    assert all((ROOT / "resources" / icon).is_file() for icon in icons.values())


def test_spec_is_one_folder_without_upx():
    tree = spec_tree()
    executables, collects = calls(tree, "EXE"), calls(tree, "COLLECT")
    assert executables and collects and calls(tree, "BUNDLE")
    for call in executables + collects:
        keywords = {k.arg: k.value for k in call.keywords}
        assert isinstance(keywords["upx"], ast.Constant) and keywords["upx"].value is False
    for call in executables:  # one-folder: binaries go to COLLECT, not into the executable
        keywords = {k.arg: k.value for k in call.keywords}
        assert keywords["exclude_binaries"].value is True


def test_spec_collects_keyring_backends_and_our_lazy_imports():
    hidden = ast.unparse(
        next(k.value for k in calls(spec_tree(), "Analysis")[0].keywords if k.arg == "hiddenimports")
    )
    assert "collect_submodules('keyring.backends')" in hidden
    assert "collect_submodules('aliorders_desktop')" in hidden


def test_no_excluded_qt_module_is_used_by_the_app():
    excluded = set(spec_constant("UNUSED_QT_MODULES"))
    used = set()
    for source in (ROOT / "aliorders_desktop").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", source.read_text(encoding="utf-8")))
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    assert not used & excluded, f"the spec excludes Qt modules the app imports: {used & excluded}"
    assert {"QtWebEngineCore", "Qt3DCore", "QtMultimedia", "QtQml", "QtQuick", "QtNetwork"} <= excluded
    assert {"PyQt5", "PyQt6", "PySide2"} <= set(spec_constant("OTHER_EXCLUDES"))


def test_the_spec_ships_the_translations_of_every_language_and_no_other_of_qts():
    assert "PySide6/Qt/translations/*" in spec_constant("UNUSED_QT_FILES")
    others = [code for code in languages.LANGUAGES if code != languages.SOURCE_LANGUAGE]
    assert spec_constant("KEPT_QT_FILES") == [f"PySide6/Qt/translations/qtbase_{code}.qm" for code in others]
    assert ROOT / "aliorders_desktop" / "translations" in root_paths(spec_tree())


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for line in ISS.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if match := re.fullmatch(r"\[(\w+)\]", line):
            current = sections.setdefault(match[1], [])
        elif current is not None and line and not line.startswith(";"):
            current.append(line)
    return sections


def test_iss_has_the_installer_sections():
    sections = iss_sections()
    assert {"Setup", "Files", "Icons", "Run", "Tasks"} <= sections.keys()
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["AppVersion"] == "{#AppVersion}"
    assert "{#AppVersion}" in setup["OutputBaseFilename"]
    assert setup["UninstallDisplayIcon"] == r"{app}\aliorders.exe"
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", setup["AppId"])
    icon = Path(setup["SetupIconFile"].replace("{#SourcePath}", f"{ISS.parent}/").replace("\\", "/"))
    assert icon.resolve() == (ROOT / "resources" / "aliorders.ico").resolve()
    files = sections["Files"]
    assert any(r'Source: "{#AppDir}\*"' in line and "recursesubdirs" in line for line in files)
    icons = " ".join(sections["Icons"])
    assert r'"{group}\aliorders"; Filename: "{app}\aliorders.exe"' in icons
    assert "{uninstallexe}" in icons


def test_iss_version_and_folders_come_from_the_build():
    command = build_installer().iscc_command(
        Path("ISCC.exe"), Path("dist/aliorders"), Path("dist"), build_installer().read_version()
    )
    assert f"/DAppVersion={aliorders_desktop.__version__}" in command
    passed = {arg[2:].split("=")[0] for arg in command if arg.startswith("/D")}
    text = ISS.read_text(encoding="utf-8")
    defined = set(re.findall(r"#define (\w+)", text)) | passed | {"SourcePath"}  # SourcePath: ISPP's own
    assert set(re.findall(r"\{#(\w+)", text)) <= defined
    assert "#error" in text.split("#endif")[0]  # compiling without a version fails loudly


def test_desktop_file_keys():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(DESKTOP, encoding="utf-8")
    keys = entry["Desktop Entry"]
    assert keys["Type"] == "Application"
    assert keys["Exec"] == keys["Icon"] == "aliorders"
    assert keys["Terminal"] == "false"
    assert keys["Categories"].endswith(";")


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate not installed (apt install desktop-file-utils)",
)
def test_desktop_file_validates():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_linux_launch_scripts_are_executable():
    for script in ("AppRun", "install-desktop-entry.sh"):
        path = PACKAGING / "linux" / script
        assert path.stat().st_mode & 0o111, f"{path} lost its executable bit"
        assert path.read_text(encoding="utf-8").startswith("#!/bin/sh\n")
