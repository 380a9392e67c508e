"""build_installer.py without PyInstaller: its options, its messages and the archives it makes.

The real freeze takes a while; packaging/ci_build_linux.sh runs it end to end.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from packaging_support import ROOT, build_installer

import aliorders_desktop


@pytest.fixture
def fake_app(tmp_path: Path) -> Path:
    """What PyInstaller leaves in dist/aliorders, in miniature."""
    app = tmp_path / "dist" / "aliorders"
    (app / "_internal").mkdir(parents=True)
    (app / "aliorders").write_text("#!/bin/sh\n")
    (app / "aliorders").chmod(0o755)
    (app / "_internal" / "libQt6Core.so.6").write_bytes(b"\x7fELF")
    return app


def test_help_documents_every_option_without_importing_qt():
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import runpy, sys; sys.argv = ['build_installer.py', '--help']\n"
            "try:\n    runpy.run_path('build_installer.py', run_name='__main__')\n"
            "except SystemExit:\n    pass\n"
            "assert not [m for m in sys.modules if m.startswith(('PySide6', 'aliorders_desktop'))]",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    for action in build_installer().build_parser()._actions:
        for option in action.option_strings:
            assert option in result.stdout
    for tool in ("pip install pyinstaller", "ISCC", "appimagetool", "hdiutil"):
        assert tool in result.stdout


def test_version_is_the_package_version():
    assert build_installer().read_version() == aliorders_desktop.__version__


def test_missing_pyinstaller_is_named_with_the_fix(monkeypatch, capsys, tmp_path):
    module = build_installer()
    real_find_spec = module.importlib.util.find_spec
    monkeypatch.setattr(
        module.importlib.util,
        "find_spec",
        lambda name: None if name == "PyInstaller" else real_find_spec(name),
    )
    assert module.main(["--dist", str(tmp_path / "dist"), "--work", str(tmp_path / "build")]) == 1
    assert "PyInstaller is not installed: pip install pyinstaller" in capsys.readouterr().err


def test_linux_tarball_carries_desktop_file_icon_and_executable(fake_app: Path):
    module = build_installer()
    tarball = module.linux_tarball(fake_app, fake_app.parent, "9.8.7")
    assert tarball.name == f"aliorders-9.8.7-linux-{module.arch()}.tar.gz"
    with tarfile.open(tarball) as archive:
        members = {member.name: member for member in archive.getmembers()}
    top = "aliorders-9.8.7"
    assert {
        f"{top}/aliorders",
        f"{top}/aliorders.desktop",
        f"{top}/aliorders.png",
        f"{top}/install-desktop-entry.sh",
        f"{top}/_internal/libQt6Core.so.6",
    } <= members.keys()
    assert members[f"{top}/aliorders"].mode & stat.S_IXUSR
    assert members[f"{top}/install-desktop-entry.sh"].mode & stat.S_IXUSR
    assert {(m.uid, m.uname) for m in members.values()} == {(0, "")}


def test_appimage_is_skipped_with_a_pointer_when_appimagetool_is_missing(fake_app: Path, monkeypatch, capsys):
    monkeypatch.setenv("PATH", str(fake_app))
    assert build_installer().linux_appimage(fake_app, fake_app.parent, fake_app.parent, "1.0") is None
    assert "appimagetool is not on the PATH" in capsys.readouterr().out


@pytest.mark.skipif(os.name != "posix", reason="AppImages are built on Linux")
def test_appimage_gets_a_complete_appdir(fake_app: Path, tmp_path: Path, monkeypatch):
    tools = tmp_path / "bin"
    tools.mkdir()
    fake_tool = tools / "appimagetool"
    fake_tool.write_text('#!/bin/sh\nls -A "$1" > "$1.listing"\ncp "$1/AppRun" "$2"\n')
    fake_tool.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tools}{os.pathsep}{os.environ['PATH']}")
    module = build_installer()
    made = module.linux_appimage(fake_app, fake_app.parent, tmp_path / "work", "1.0")
    assert made == fake_app.parent / f"aliorders-1.0-{module.arch()}.AppImage" and made.exists()
    appdir = tmp_path / "work" / "aliorders.AppDir"
    listing = set((tmp_path / "work" / "aliorders.AppDir.listing").read_text().split())
    assert listing == {"AppRun", "aliorders.desktop", "aliorders.png", ".DirIcon", "usr"}
    assert os.access(appdir / "AppRun", os.X_OK)
    assert os.access(appdir / "usr" / "lib" / "aliorders" / "aliorders", os.X_OK)


def test_windows_zip_holds_the_app_folder(fake_app: Path):
    module = build_installer()
    archive = module.windows_zip(fake_app, fake_app.parent, "1.0")
    with zipfile.ZipFile(archive) as zipped:
        names = set(zipped.namelist())
    assert {"aliorders/aliorders", "aliorders/_internal/libQt6Core.so.6"} <= names


def test_checksums_list_each_artifact(tmp_path: Path):
    artifact = tmp_path / "aliorders.tar.gz"
    artifact.write_bytes(b"abc")
    sums = build_installer().write_checksums([artifact], tmp_path)
    assert sums.read_text() == (
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  aliorders.tar.gz\n"
    )


@pytest.mark.skipif(os.name != "posix", reason="the fake frozen app is a shell script")
@pytest.mark.parametrize(
    "self_test_exit, error",
    [
        (0, None),
        (1, "the frozen app failed its self-test (aliorders failed with exit code 1"),
    ],
)
def test_smoke_test_refuses_a_failing_frozen_app(fake_app: Path, self_test_exit: int, error: str | None):
    module = build_installer()
    (fake_app / "aliorders").write_text(
        f'#!/bin/sh\n[ "$1" = --version ] && echo "aliorders {module.read_version()}" && exit 0\n'
        f"exit {self_test_exit}\n"
    )
    if error is None:
        module.smoke_test(fake_app / "aliorders")
    else:
        with pytest.raises(module.BuildError, match=error.replace("(", r"\(")):
            module.smoke_test(fake_app / "aliorders")


def test_missing_tool_is_a_build_error():
    module = build_installer()
    with pytest.raises(module.BuildError, match="was not found"):
        module.run(["aliorders-no-such-tool"])
