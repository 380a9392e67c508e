#!/bin/sh
# Add aliorders to the desktop's application menu for this user, running it from this folder.
# Run it again after moving the folder; delete the two files it names to undo it.
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
APPS="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
ICONS="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
mkdir -p "$APPS" "$ICONS"
cp "$HERE/aliorders.png" "$ICONS/aliorders.png"
sed "s|^Exec=.*|Exec=\"$HERE/aliorders\"|" "$HERE/aliorders.desktop" > "$APPS/aliorders.desktop"
echo "Added $APPS/aliorders.desktop and $ICONS/aliorders.png"
