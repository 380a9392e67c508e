#!/usr/bin/env bash
# CI step, after packaging/ci_build_linux.sh: prove the .deb as a Debian or Ubuntu user meets it.
# Lints it, installs it with apt-get over an older version of itself (an upgrade), runs the app
# from /usr/bin, checks the menu entry, AppStream data and that every library the app links
# resolves, removes it, and checks that /opt/aliorders is gone while the user's data is untouched.
# Needs root and apt-get; the user's data lives in a throwaway home, not the real one.
#   bash packaging/ci_check_deb.sh
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "ci_check_deb: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "run as root: it installs and removes the package"
command -v apt-get >/dev/null || fail "needs apt-get (Debian or Ubuntu)"
export DEBIAN_FRONTEND=noninteractive

# Debian's npm is never installed here: the machine's nodejs already ships npm and conflicts with it.
TOOLS="desktop-file-utils lintian appstream"
# shellcheck disable=SC2086
apt-get install -y -qq $TOOLS >/dev/null || { apt-get update -qq && apt-get install -y -qq $TOOLS >/dev/null; }

VERSION=$(python3 -c 'import build_installer; print(build_installer.read_version())')
DEB="$PWD/dist/aliorders_${VERSION}_$(dpkg --print-architecture).deb"
[ -f "$DEB" ] || fail "$DEB is missing: run bash packaging/ci_build_linux.sh first"
if dpkg-query -W -f='${Status}' aliorders 2>/dev/null | grep -q installed; then
  fail "aliorders is already installed: apt-get remove aliorders first, so this checks a fresh install"
fi

WORK=$(mktemp -d)
cleanup() {
  dpkg-query -W -f='${Status}' aliorders 2>/dev/null | grep -q installed && apt-get remove -y -qq aliorders >/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "==> lintian $(basename "$DEB")"
lintian --fail-on error "$DEB" || fail "lintian found errors (above)"

# The user's database, settings and log, as an earlier version of the app left them.
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/.local/share" XDG_CONFIG_HOME="$WORK/home/.config"
mkdir -p "$XDG_DATA_HOME/aliorders/logs" "$XDG_CONFIG_HOME/aliorders"
echo "orders of an earlier version" >"$XDG_DATA_HOME/aliorders/orders.db"
echo '{"language": "ru"}' >"$XDG_CONFIG_HOME/aliorders/settings.json"
echo "an earlier log" >"$XDG_DATA_HOME/aliorders/logs/aliorders.log"
user_files() { find "$HOME" -type f -exec sha256sum {} + | sort; }
user_files >"$WORK/user-before"

# An older version of this package, with a file the current one no longer has.
OLD="$WORK/aliorders_${VERSION}~older_test.deb"
dpkg-deb --raw-extract "$DEB" "$WORK/older"
sed -i "s/^Version: .*/Version: ${VERSION}~older/" "$WORK/older/DEBIAN/control"
echo "left by the older version" >"$WORK/older/opt/aliorders/_internal/only-in-the-older-version"
dpkg-deb --root-owner-group -Znone --build "$WORK/older" "$OLD" >/dev/null  # uncompressed: thrown away

echo "==> apt-get install the older version, then $(basename "$DEB") over it"
apt-get install -y -qq "$OLD" >/dev/null
[ -e /opt/aliorders/_internal/only-in-the-older-version ] || fail "the older version did not install"
apt-get install -y -qq "$DEB" >/dev/null
installed=$(dpkg-query -W -f='${Version}' aliorders)
[ "$installed" = "$VERSION" ] || fail "after the upgrade dpkg reports version $installed, not $VERSION"
[ ! -e /opt/aliorders/_internal/only-in-the-older-version ] || fail "the upgrade left the older version's file"

echo "==> the installed app"
[ "$(command -v aliorders)" = /usr/bin/aliorders ] || fail "aliorders is not /usr/bin/aliorders on the PATH"
(cd / && aliorders --version) | tee "$WORK/version"
grep -qx "aliorders $VERSION" "$WORK/version" || fail "aliorders --version does not say $VERSION"
(cd / && QT_QPA_PLATFORM=offscreen aliorders --self-test)
desktop-file-validate /usr/share/applications/aliorders.desktop
appstreamcli validate --no-net /usr/share/metainfo/io.github.aliorders.metainfo.xml
for icon in /usr/share/icons/hicolor/{16x16,48x48,256x256}/apps/aliorders.png; do
  [ -f "$icon" ] || fail "$icon is missing"
done
# Every library the app or a bundled plugin links is in the bundle or came with the Depends.
find /opt/aliorders -type f \( -name '*.so*' -o -name aliorders \) -print0 \
  | LD_LIBRARY_PATH=/opt/aliorders/_internal xargs -0 ldd 2>/dev/null | grep 'not found' | sort -u >"$WORK/missing" || true
[ ! -s "$WORK/missing" ] || fail "libraries the package does not depend on: $(tr -s ' \t\n' ' ' <"$WORK/missing")"

echo "==> apt-get remove aliorders"
apt-get remove -y -qq aliorders >/dev/null
[ ! -e /opt/aliorders ] || fail "apt-get remove left $(find /opt/aliorders | head -n 5 | tr '\n' ' ')"
for gone in /usr/bin/aliorders /usr/share/applications/aliorders.desktop; do
  [ ! -e "$gone" ] || fail "apt-get remove left $gone"
done
user_files >"$WORK/user-after"
# The app's own runs above may add log lines; every file the user had is there, unchanged but the log.
grep -v '/logs/' "$WORK/user-before" | while read -r line; do
  grep -qxF "$line" "$WORK/user-after" || fail "the user's file changed or vanished: ${line#*  }"
done
[ -s "$XDG_DATA_HOME/aliorders/logs/aliorders.log" ] || fail "the user's log vanished"
echo ".deb OK: $(basename "$DEB") ($(du -h "$DEB" | cut -f1)) installs, upgrades, self-tests from /usr/bin and removes cleanly"
