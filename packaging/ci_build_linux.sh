#!/usr/bin/env bash
# CI step: build the Linux tarball and .deb with build_installer.py (which smoke-tests the frozen
# app), then unpack the tarball elsewhere and run its self-test from there, as a user would. Too
# slow for the unit tests, so it is a step of its own:  bash packaging/ci_build_linux.sh
# (packaging/ci_check_deb.sh then installs the .deb, runs it and removes it.)
set -euo pipefail
cd "$(dirname "$0")/.."

# The same .venv as `python3 dev.py test`, plus PyInstaller.
python3 -c 'import dev; dev.ensure_environment()' >&2
PYTHON=.venv/bin/python
"$PYTHON" -m pip install --quiet --disable-pip-version-check "pyinstaller>=6"

# PyInstaller bundles the xcb helper libraries it finds, so a build machine that has them all
# gives a tarball whose window opens on fresh systems too (platform_check names what is missing).
XCB_PACKAGES="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $XCB_PACKAGES >/dev/null \
    || { apt-get update -qq && apt-get install -y -qq --no-install-recommends $XCB_PACKAGES >/dev/null; } \
    || echo "apt-get could not install the xcb libraries: the tarball bundles only what is here." >&2
else
  echo "Not root or no apt-get: the tarball bundles only the xcb libraries this machine has." >&2
fi

"$PYTHON" build_installer.py --clean

VERSION=$("$PYTHON" -c 'import build_installer; print(build_installer.read_version())')
TARBALL=$(ls dist/aliorders-"$VERSION"-linux-*.tar.gz)
(cd dist && sha256sum --check --quiet SHA256SUMS)

UNPACKED=$(mktemp -d)
trap 'rm -rf "$UNPACKED"' EXIT
tar -xzf "$TARBALL" -C "$UNPACKED"
APP="$UNPACKED/aliorders-$VERSION"
for file in aliorders aliorders.desktop aliorders.png install-desktop-entry.sh; do
  [ -e "$APP/$file" ] || { echo "$TARBALL lacks $file" >&2; exit 1; }
done
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$APP/aliorders.desktop"; fi
QT_QPA_PLATFORM=offscreen "$APP/aliorders" --self-test
echo "Linux tarball OK: $TARBALL ($(du -h "$TARBALL" | cut -f1), unpacked $(du -sh "$APP" | cut -f1))"
if command -v dpkg-deb >/dev/null; then
  DEB=dist/aliorders_"$VERSION"_$(dpkg --print-architecture).deb
  dpkg-deb --info "$DEB" >/dev/null
  echo "Debian package built: $DEB ($(du -h "$DEB" | cut -f1))"
fi
