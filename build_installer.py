"""Build the aliorders installer for the platform this runs on, into dist/.

Freezes the app with PyInstaller (one folder, from packaging/aliorders.spec), runs the frozen app's
`--version` and `--self-test` and refuses to package an app that fails them, then wraps it:

  Windows  aliorders-<v>-windows-<arch>.zip, plus aliorders-<v>-windows-setup.exe when Inno Setup's
           ISCC is available (packaging/windows/aliorders.iss)
  macOS    aliorders.app and aliorders-<v>-macos-<arch>.dmg (hdiutil)
  Linux    aliorders-<v>-linux-<arch>.tar.gz with a .desktop file and icon,
           aliorders_<v>_<debian arch>.deb when dpkg-deb is on the PATH (Debian, Ubuntu, Mint), and
           aliorders-<v>-<arch>.AppImage when appimagetool is on the PATH

A SHA256SUMS file lists what was made. Needs only the standard library until PyInstaller runs.
"""

from __future__ import annotations

import argparse
import ast
import email.utils
import gzip
import hashlib
import importlib.util
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "aliorders.spec"
ISS = PACKAGING / "windows" / "aliorders.iss"
DESKTOP_FILE = PACKAGING / "linux" / "aliorders.desktop"
APP_RUN = PACKAGING / "linux" / "AppRun"
DESKTOP_INSTALLER = PACKAGING / "linux" / "install-desktop-entry.sh"
LINUX_ICON = ROOT / "resources" / "aliorders-256.png"
DEB_CHANGELOG = PACKAGING / "linux" / "changelog"
DEB_COPYRIGHT = PACKAGING / "linux" / "copyright"
DEB_LINTIAN_OVERRIDES = PACKAGING / "linux" / "lintian-overrides"
MAN_PAGE = PACKAGING / "linux" / "aliorders.1"
METAINFO = PACKAGING / "linux" / "aliorders.metainfo.xml"
APP_NAME = "aliorders"
BUNDLE_ID = "io.github.aliorders"
ISCC_DEFAULT = Path(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe")
SMOKE_TIMEOUT = 300
DEB_PREFIX = f"opt/{APP_NAME}"
# What the frozen app loads from the system rather than from its own folder: the C library, GL and
# EGL, libxcb and Wayland's client libraries; plus every library Qt's xcb plugin needs
# (platform_check.WINDOW_LIBRARIES, which a test keeps in step), so the window opens even where the
# build machine lacked one to bundle, and fontconfig, whose configuration and fonts the window reads.
DEB_DEPENDS = (
    "libc6 (>= {glibc})",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-util1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
)
DEB_MAINTAINER = "aliorders maintainers <maintainers@aliorders.invalid>"


class BuildError(Exception):
    """A problem the person building can fix; the message says how."""


def read_version() -> str:
    """`aliorders_desktop.__version__`, read from the source so neither Qt nor the package is imported."""
    tree = ast.parse((ROOT / "aliorders_desktop" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__version__" for target in node.targets
        ):
            return ast.literal_eval(node.value)
    raise BuildError("aliorders_desktop/__init__.py defines no __version__")


def platform_name() -> str:
    return {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")


def arch() -> str:
    return {"amd64": "x86_64", "aarch64": "arm64"}.get(platform.machine().lower(), platform.machine().lower())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Needs PyInstaller (pip install pyinstaller, or pip install -e .[build]). Optional tools: "
        "Inno Setup's ISCC on Windows (or set ISCC to its path); on Linux dpkg-deb for the .deb "
        "(DEBFULLNAME and DEBEMAIL name its maintainer) and appimagetool for the AppImage.",
    )
    parser.add_argument(
        "--dist",
        type=Path,
        default=ROOT / "dist",
        metavar="DIR",
        help="where the frozen app and the installers go (default: dist/)",
    )
    parser.add_argument(
        "--work",
        type=Path,
        default=ROOT / "build",
        metavar="DIR",
        help="PyInstaller's working files (default: build/)",
    )
    parser.add_argument(
        "--clean",
        action="store_true",
        help="delete the previous frozen app, working files and PyInstaller's cache first",
    )
    parser.add_argument(
        "--skip-smoke-test",
        action="store_true",
        help="do not run the frozen app's --version and --self-test before packaging",
    )
    parser.add_argument(
        "--app-only",
        action="store_true",
        help="stop after the frozen app folder: no archive, installer, .deb or AppImage",
    )
    return parser


def step(message: str) -> None:
    print(f"==> {message}", flush=True)


def run(command: Sequence[str | Path], **options: object) -> subprocess.CompletedProcess[str]:
    """Run a tool, turning a missing tool, a hang or a non-zero exit into a BuildError naming it."""
    name = Path(str(command[0])).name
    try:
        result = subprocess.run([str(part) for part in command], text=True, check=False, **options)
    except FileNotFoundError:
        raise BuildError(f"{command[0]} was not found") from None
    except subprocess.TimeoutExpired as exc:
        raise BuildError(f"{name} did not finish within {exc.timeout:.0f} s") from None
    if result.returncode != 0:
        raise BuildError(f"{name} failed with exit code {result.returncode}")
    return result


def freeze(dist: Path, work: Path, clean: bool) -> Path:
    """Run PyInstaller on the spec; returns the one-folder app."""
    if importlib.util.find_spec("PyInstaller") is None:
        raise BuildError(
            "PyInstaller is not installed: pip install pyinstaller  (or: pip install -e .[build])"
        )
    if clean:
        for stale in (dist / APP_NAME, dist / f"{APP_NAME}.app", work):
            shutil.rmtree(stale, ignore_errors=True)
    step(f"Freezing aliorders {read_version()} with PyInstaller")
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--distpath",
            dist,
            "--workpath",
            work,
            *(["--clean"] if clean else []),
            SPEC,
        ]
    )
    return dist / APP_NAME


def frozen_executable(app: Path) -> Path:
    """The binary to smoke-test: Windows' console twin, since the windowed exe has no stdout."""
    return app / (f"{APP_NAME}-console.exe" if sys.platform == "win32" else APP_NAME)


def smoke_test(executable: Path) -> None:
    """Run `--version` and `--self-test` offscreen; a failing frozen app must never be packaged."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    step(f"Smoke-testing {executable}")
    started = time.monotonic()
    version = run([executable, "--version"], env=env, capture_output=True, timeout=SMOKE_TIMEOUT)
    print(f"    --version: {version.stdout.strip()} ({time.monotonic() - started:.2f} s)")
    if read_version() not in version.stdout:
        raise BuildError(f"the frozen app reports {version.stdout.strip()!r}, not version {read_version()}")
    started = time.monotonic()
    try:
        run([executable, "--self-test"], env=env, timeout=SMOKE_TIMEOUT)
    except BuildError as exc:
        raise BuildError(
            f"the frozen app failed its self-test ({exc}; report above); nothing was packaged"
        ) from None
    print(f"    --self-test: passed ({time.monotonic() - started:.2f} s)")


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def linux_tarball(app: Path, dist: Path, version: str) -> Path:
    """The app folder plus its .desktop file, icon and the script that registers both."""
    top = f"{APP_NAME}-{version}"
    target = dist / f"{APP_NAME}-{version}-linux-{arch()}.tar.gz"

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(target, "w:gz") as archive:
        archive.add(app, arcname=top, filter=owned_by_root)
        archive.add(DESKTOP_FILE, arcname=f"{top}/{DESKTOP_FILE.name}", filter=owned_by_root)
        archive.add(LINUX_ICON, arcname=f"{top}/{APP_NAME}.png", filter=owned_by_root)
        archive.add(DESKTOP_INSTALLER, arcname=f"{top}/{DESKTOP_INSTALLER.name}", filter=owned_by_root)
    return target


def linux_appimage(app: Path, dist: Path, work: Path, version: str) -> Path | None:
    """An AppImage from the same folder, when appimagetool is installed."""
    tool = shutil.which("appimagetool")
    if tool is None:
        print(
            "    appimagetool is not on the PATH: skipping the AppImage "
            "(get it from https://github.com/AppImage/appimagetool/releases)."
        )
        return None
    appdir = work / f"{APP_NAME}.AppDir"
    shutil.rmtree(appdir, ignore_errors=True)
    shutil.copytree(app, appdir / "usr" / "lib" / APP_NAME, symlinks=True)
    shutil.copy2(APP_RUN, appdir / "AppRun")
    shutil.copy2(DESKTOP_FILE, appdir / DESKTOP_FILE.name)
    shutil.copy2(LINUX_ICON, appdir / f"{APP_NAME}.png")
    (appdir / ".DirIcon").symlink_to(f"{APP_NAME}.png")
    target = dist / f"{APP_NAME}-{version}-{arch()}.AppImage"
    run([tool, appdir, target], env={**os.environ, "ARCH": arch()})
    return target


def changelog_releases(text: str) -> list[tuple[str, str]]:
    """(version, YYYY-MM-DD) of each entry of a Debian changelog, newest first."""
    versions = re.findall(rf"^{APP_NAME} \(([^)]+)\)", text, flags=re.MULTILINE)
    dates = [
        email.utils.parsedate_to_datetime(stamp).date().isoformat()
        for stamp in re.findall(r"^ -- .+?>  (.+)$", text, flags=re.MULTILINE)
    ]
    if not versions or len(versions) != len(dates):
        raise BuildError(f"{DEB_CHANGELOG} is not a Debian changelog (each entry needs its ' -- ' line)")
    return list(zip(versions, dates, strict=True))


def checked_changelog(version: str) -> str:
    """The changelog, refusing one whose newest entry is not the version being built."""
    text = DEB_CHANGELOG.read_text(encoding="utf-8")
    newest = changelog_releases(text)[0][0]
    if newest != version:
        raise BuildError(
            f"{DEB_CHANGELOG} starts with version {newest}, not {version}: add an entry for {version}"
        )
    return text


def metainfo_xml(changelog: str) -> str:
    """The AppStream file with a <release> per changelog entry, so software centres list them."""
    releases = "".join(
        f'    <release version="{version}" date="{day}"/>\n' for version, day in changelog_releases(changelog)
    )
    return METAINFO.read_text(encoding="utf-8").replace(
        "  <releases/>\n", f"  <releases>\n{releases}  </releases>\n"
    )


def deb_architecture() -> str:
    """Debian's name for this machine (amd64, arm64), as dpkg itself reports it."""
    return run(["dpkg", "--print-architecture"], capture_output=True).stdout.strip()


def glibc_version() -> str:
    """The C library the app was frozen against: the oldest a user's system may have."""
    name, _, version = (os.confstr("CS_GNU_LIBC_VERSION") or "").partition(" ")
    if name != "glibc" or not version:
        raise BuildError("the .deb needs a glibc system to build on")
    return version


def deb_control(version: str, architecture: str, installed_kib: int) -> str:
    maintainer = DEB_MAINTAINER
    if os.environ.get("DEBFULLNAME") and os.environ.get("DEBEMAIL"):
        maintainer = f"{os.environ['DEBFULLNAME']} <{os.environ['DEBEMAIL']}>"
    depends = ", ".join(DEB_DEPENDS).format(glibc=glibc_version())
    return (
        f"Package: {APP_NAME}\n"
        f"Version: {version}\n"
        f"Architecture: {architecture}\n"
        f"Maintainer: {maintainer}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {depends}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: AliExpress affiliate orders, kept on your own machine\n"
        " aliorders syncs the orders of any date range from the AliExpress Affiliate\n"
        " API in the background; the table then filters, sorts, totals and exports\n"
        " years of orders instantly, offline, as CSV or an Excel workbook.\n"
        " .\n"
        " The same engine runs without a window (aliorders sync, export, status) for\n"
        " scripts and schedulers. Team workspaces keep the orders on PostgreSQL.\n"
    )


def write_max_gzip(source_text: str, target: Path) -> None:
    """gzip -9n: what Debian expects of files under /usr/share/doc and man (no name, no time)."""
    with (
        target.open("wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, filename="", mtime=0) as gz,
    ):
        gz.write(source_text.encode("utf-8"))


def installed_kib(root: Path) -> int:
    """dpkg's Installed-Size: each file's size in KiB rounded up, and 1 KiB per link or folder."""
    return sum(
        -(-path.stat().st_size // 1024) if path.is_file() and not path.is_symlink() else 1
        for path in root.rglob("*")
    )


def normalise_modes(root: Path) -> None:
    """0755 folders and programs, 0644 the rest (shared libraries too: they are loaded, not run),
    whatever the build machine's umask made of them."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        library = re.search(r"\.so(\.[\d.]+)?$", path.name) is not None
        executable = path.is_dir() or (path.stat().st_mode & 0o111 and not library)
        path.chmod(0o755 if executable else 0o644)


def deb_tree(app: Path, root: Path, version: str) -> None:
    """The installed layout: the app under /opt, a command on the PATH, menu entry, icons, docs."""
    changelog = checked_changelog(version)
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(app, root / DEB_PREFIX, symlinks=True)
    share = root / "usr" / "share"
    (root / "usr" / "bin").mkdir(parents=True)
    # Absolute: the link crosses top-level folders. PyInstaller's bootloader follows it to _internal.
    (root / "usr" / "bin" / APP_NAME).symlink_to(f"/{DEB_PREFIX}/{APP_NAME}")
    (share / "applications").mkdir(parents=True)
    shutil.copy2(DESKTOP_FILE, share / "applications" / DESKTOP_FILE.name)
    for png in (ROOT / "resources").glob(f"{APP_NAME}-*.png"):  # make_icons.py's sizes
        size = png.stem.rsplit("-", 1)[1]
        icons = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        icons.mkdir(parents=True)
        shutil.copy2(png, icons / f"{APP_NAME}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / f"{APP_NAME}.svg", scalable / f"{APP_NAME}.svg")
    (share / "metainfo").mkdir(parents=True)
    (share / "metainfo" / f"{BUNDLE_ID}.metainfo.xml").write_text(metainfo_xml(changelog), encoding="utf-8")
    docs = share / "doc" / APP_NAME
    docs.mkdir(parents=True)
    write_max_gzip(changelog, docs / "changelog.gz")
    (share / "man" / "man1").mkdir(parents=True)
    write_max_gzip(MAN_PAGE.read_text(encoding="utf-8"), share / "man" / "man1" / f"{MAN_PAGE.name}.gz")
    shutil.copy2(DEB_COPYRIGHT, docs / "copyright")
    (share / "lintian" / "overrides").mkdir(parents=True)
    shutil.copy2(DEB_LINTIAN_OVERRIDES, share / "lintian" / "overrides" / APP_NAME)
    normalise_modes(root)
    control = root / "DEBIAN"
    control.mkdir()
    (control / "control").write_text(
        deb_control(version, deb_architecture(), installed_kib(root)), encoding="utf-8"
    )
    (control / "control").chmod(0o644)


def linux_deb(app: Path, dist: Path, work: Path, version: str) -> Path | None:
    """A Debian package, when dpkg-deb is installed (it is wherever dpkg is).

    No maintainer scripts: dpkg's triggers refresh the menu and icon caches, and the user's
    database and settings live in their home folder, which install, upgrade and removal never touch.
    """
    tool = shutil.which("dpkg-deb")
    if tool is None:
        print("    dpkg-deb is not on the PATH: skipping the .deb (build it on Debian or Ubuntu).")
        return None
    root = work / f"{APP_NAME}.deb-root"
    target = dist / f"{APP_NAME}_{version}_{deb_architecture()}.deb"
    try:
        deb_tree(app, root, version)
        # xz rather than Ubuntu's default zstd, which older Debian releases' dpkg cannot read.
        run([tool, "--root-owner-group", "-Zxz", "--build", root, target], stdout=subprocess.DEVNULL)
    finally:
        shutil.rmtree(root, ignore_errors=True)  # a second copy of the app, once packaged
    return target


def windows_zip(app: Path, dist: Path, version: str) -> Path:
    """The portable build: the app folder, unzipped anywhere and run in place."""
    target = dist / f"{APP_NAME}-{version}-windows-{arch()}.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(app.rglob("*")):
            archive.write(path, Path(APP_NAME) / path.relative_to(app))
    return target


def find_iscc() -> Path | None:
    named = os.environ.get("ISCC") or shutil.which("iscc")
    if named:
        return Path(named)
    return ISCC_DEFAULT if ISCC_DEFAULT.exists() else None


def iscc_command(iscc: Path, app: Path, dist: Path, version: str) -> list[str]:
    """The .iss takes the version and folders as defines, so the script itself never needs editing."""
    return [str(iscc), f"/DAppVersion={version}", f"/DAppDir={app}", f"/DOutputDir={dist}", str(ISS)]


def windows_setup(app: Path, dist: Path, version: str) -> Path | None:
    iscc = find_iscc()
    if iscc is None:
        print(
            "    Inno Setup's ISCC was not found: skipping setup.exe (install Inno Setup 6 from "
            "https://jrsoftware.org/isdl.php, or set ISCC to the path of ISCC.exe)."
        )
        return None
    run(iscc_command(iscc, app, dist, version))
    return dist / f"{APP_NAME}-{version}-windows-setup.exe"


def macos_dmg(dist: Path, version: str) -> Path:
    """A compressed disk image holding the .app and a link to /Applications to drag it onto."""
    if shutil.which("hdiutil") is None:
        raise BuildError("hdiutil was not found; it ships with macOS, so build the .dmg on a Mac.")
    target = dist / f"{APP_NAME}-{version}-macos-{arch()}.dmg"
    with tempfile.TemporaryDirectory() as staging:
        shutil.copytree(dist / f"{APP_NAME}.app", Path(staging) / f"{APP_NAME}.app", symlinks=True)
        (Path(staging) / "Applications").symlink_to("/Applications")
        command = [
            "hdiutil",
            "create",
            "-volname",
            f"{APP_NAME} {version}",
            "-srcfolder",
            staging,
            "-format",
            "UDBZ",
            "-ov",
            str(target),
        ]
        for attempt in range(3):  # hdiutil fails now and then with "Resource busy"
            if subprocess.run(command, check=False).returncode == 0:
                return target
            time.sleep(5 * (attempt + 1))
    raise BuildError("hdiutil create failed three times")


def package(app: Path, dist: Path, work: Path, version: str) -> list[Path]:
    """This platform's installers; optional tools that are missing are reported and skipped."""
    step(f"Packaging for {platform_name()}")
    if sys.platform == "win32":
        made = [windows_zip(app, dist, version), windows_setup(app, dist, version)]
    elif sys.platform == "darwin":
        made = [macos_dmg(dist, version)]
    else:
        made = [
            linux_tarball(app, dist, version),
            linux_deb(app, dist, work, version),
            linux_appimage(app, dist, work, version),
        ]
    return [path for path in made if path is not None]


def write_checksums(files: Sequence[Path], dist: Path) -> Path:
    sums = dist / "SHA256SUMS"
    sums.write_text(
        "".join(f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.name}\n" for path in files)
    )
    return sums


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    started = time.monotonic()
    try:
        version = read_version()
        app = freeze(dist, work, args.clean)
        print(f"    {app}: {folder_size(app) / 2**20:.0f} MB")
        if not args.skip_smoke_test:
            smoke_test(frozen_executable(app))
        made = [] if args.app_only else package(app, dist, work, version)
    except BuildError as exc:
        print(f"build_installer: error: {exc}", file=sys.stderr)
        return 1
    if made:
        made.append(write_checksums(made, dist))
    step(f"Done in {time.monotonic() - started:.0f} s")
    for path in [app, *made]:
        print(f"    {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
