"""build_installer.py without PyInstaller: its options, its messages and the archives it makes.

The real freeze takes a while; packaging/ci_build_linux.sh runs it end to end.
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import stat
import struct
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from packaging_support import ROOT, build_installer

import aliorders_desktop
from aliorders_desktop.ui import platform_check


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
    for tool in ("pip install pyinstaller", "ISCC", "appimagetool", "hdiutil", "dpkg-deb"):
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


def deb_tree(fake_app: Path, tmp_path: Path, monkeypatch) -> Path:
    """The .deb's staged tree, built as on an amd64 Debian machine."""
    module = build_installer()
    monkeypatch.setattr(module, "deb_architecture", lambda: "amd64")
    (fake_app / "_internal" / "libQt6Core.so.6").chmod(0o755)  # as PyInstaller leaves libraries
    root = tmp_path / "deb-root"
    module.deb_tree(fake_app, root, module.read_version())
    return root


def control_fields(root: Path) -> dict[str, str]:
    text = (root / "DEBIAN" / "control").read_text(encoding="utf-8")
    return dict(re.findall(r"^(\S+): (.*)$", text, flags=re.MULTILINE))


@pytest.mark.skipif(os.name != "posix", reason="the .deb is built on Linux")
def test_deb_installs_the_app_in_opt_with_a_command_menu_entry_icons_and_docs(
    fake_app, tmp_path, monkeypatch
):
    root = deb_tree(fake_app, tmp_path, monkeypatch)
    app = root / "opt" / "aliorders"
    assert (app / "_internal" / "libQt6Core.so.6").exists()
    assert stat.S_IMODE((app / "aliorders").stat().st_mode) == 0o755
    assert stat.S_IMODE((app / "_internal" / "libQt6Core.so.6").stat().st_mode) == 0o644
    assert os.readlink(root / "usr" / "bin" / "aliorders") == "/opt/aliorders/aliorders"
    share = root / "usr" / "share"
    assert (share / "applications" / "aliorders.desktop").read_bytes() == (
        ROOT / "packaging" / "linux" / "aliorders.desktop"
    ).read_bytes()
    for size in (16, 48, 256, 512):
        icon = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "aliorders.png"
        assert struct.unpack(">II", icon.read_bytes()[16:24]) == (size, size)
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "aliorders.svg").exists()
    assert (share / "metainfo" / "io.github.aliorders.metainfo.xml").exists()
    docs = share / "doc" / "aliorders"
    changelog = (docs / "changelog.gz").read_bytes()
    assert changelog[3] == 0 and changelog[4:8] == b"\0\0\0\0"  # gzip -n: no name, no time
    assert gzip.decompress(changelog) == (ROOT / "packaging" / "linux" / "changelog").read_bytes()
    assert "License: MIT" in (docs / "copyright").read_text(encoding="utf-8")
    assert b".TH ALIORDERS 1" in gzip.decompress((share / "man" / "man1" / "aliorders.1.gz").read_bytes())
    assert "dir-or-file-in-opt" in (share / "lintian" / "overrides" / "aliorders").read_text()
    assert not list(root.rglob("postrm")) + list(root.rglob("prerm"))  # nothing runs on removal


@pytest.mark.skipif(os.name != "posix", reason="the .deb is built on Linux")
def test_deb_control_names_version_and_the_system_libraries_the_window_needs(fake_app, tmp_path, monkeypatch):
    fields = control_fields(deb_tree(fake_app, tmp_path, monkeypatch))
    assert fields["Package"] == "aliorders"
    assert fields["Version"] == aliorders_desktop.__version__
    assert fields["Architecture"] == "amd64"
    assert re.fullmatch(r".+ <[^@ ]+@[^@ ]+\.[a-z]+>", fields["Maintainer"])
    assert int(fields["Installed-Size"]) > 0
    depends = {relation.split(" ")[0] for relation in fields["Depends"].split(", ")}
    debian_packages = {debian for debian, _ in platform_check.WINDOW_LIBRARIES.values()}
    assert debian_packages <= depends, debian_packages - depends
    assert re.search(r"libc6 \(>= 2\.\d+\)", fields["Depends"])


def test_deb_maintainer_follows_debfullname_and_debemail(monkeypatch):
    monkeypatch.setenv("DEBFULLNAME", "Ana Lima")
    monkeypatch.setenv("DEBEMAIL", "ana@example.com")
    control = build_installer().deb_control("1.0", "amd64", 1)
    assert "Maintainer: Ana Lima <ana@example.com>\n" in control


def test_changelog_starts_with_the_app_version_and_feeds_appstream_releases():
    module = build_installer()
    changelog = module.checked_changelog(aliorders_desktop.__version__)
    releases = module.changelog_releases(changelog)
    assert releases[0][0] == aliorders_desktop.__version__
    xml = module.metainfo_xml(changelog)
    for version, day in releases:
        assert f'<release version="{version}" date="{day}"/>' in xml


def test_a_changelog_without_an_entry_for_the_version_stops_the_build(tmp_path, monkeypatch):
    module = build_installer()
    stale = tmp_path / "changelog"
    stale.write_text(
        "aliorders (0.0.9) stable; urgency=medium\n\n  * Older.\n\n"
        " -- Someone <someone@example.com>  Mon, 02 Nov 2026 10:00:00 +0000\n"
    )
    monkeypatch.setattr(module, "DEB_CHANGELOG", stale)
    with pytest.raises(module.BuildError, match=r"starts with version 0\.0\.9, not 9\.9\.9: add an entry"):
        module.checked_changelog("9.9.9")


@pytest.mark.skipif(
    shutil.which("appstreamcli") is None, reason="appstreamcli not installed (apt install appstream)"
)
def test_appstream_metadata_validates(tmp_path):
    module = build_installer()
    path = tmp_path / "io.github.aliorders.metainfo.xml"
    path.write_text(module.metainfo_xml(module.checked_changelog(module.read_version())), encoding="utf-8")
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--pedantic", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "W:" not in result.stdout and "E:" not in result.stdout, result.stdout


def test_deb_is_skipped_with_a_pointer_when_dpkg_deb_is_missing(fake_app: Path, monkeypatch, capsys):
    monkeypatch.setenv("PATH", str(fake_app))
    assert build_installer().linux_deb(fake_app, fake_app.parent, fake_app.parent, "1.0") is None
    assert "dpkg-deb is not on the PATH" in capsys.readouterr().out


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb not installed (Debian, Ubuntu)")
def test_dpkg_deb_builds_a_package_owned_by_root(fake_app: Path, tmp_path: Path):
    module = build_installer()
    deb = module.linux_deb(fake_app, fake_app.parent, tmp_path / "work", module.read_version())
    assert (
        deb is not None and deb.name == f"aliorders_{module.read_version()}_{module.deb_architecture()}.deb"
    )
    listing = subprocess.run(["dpkg-deb", "--contents", deb], capture_output=True, text=True, check=True)
    owners = {line.split()[1] for line in listing.stdout.splitlines()}
    assert owners == {"root/root"}
    assert "./usr/bin/aliorders -> /opt/aliorders/aliorders" in listing.stdout
    version = subprocess.run(
        ["dpkg-deb", "--field", deb, "Version"], capture_output=True, text=True, check=True
    )
    assert version.stdout.strip() == module.read_version()
