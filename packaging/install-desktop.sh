#!/bin/sh
# Add the Briefer bundle this script sits in to the desktop, for the current user:
# the menu entry, the icons, and the .briefer file type (a double-click opens a project).
#   ./install-desktop.sh            install (again, after moving the folder)
#   ./install-desktop.sh --remove   take it off the desktop (the folder stays)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
APPS="$DATA/applications"
MIME="$DATA/mime"
ICONS="$DATA/icons"

refresh() {
    command -v update-mime-database >/dev/null && update-mime-database "$MIME" || true
    command -v update-desktop-database >/dev/null && update-desktop-database "$APPS" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$ICONS/hicolor" || true
}

if [ "${1:-}" = "--remove" ]; then
    rm -f "$APPS/briefer.desktop" "$MIME/packages/briefer.xml"
    find "$ICONS/hicolor" -path '*/apps/briefer.png' -delete 2>/dev/null || true
    refresh
    echo "Briefer is off the desktop; delete $HERE to remove the program itself."
    exit 0
fi

mkdir -p "$APPS" "$MIME/packages"
sed "s|^Exec=briefer |Exec=\"$HERE/briefer\" |" "$HERE/share/applications/briefer.desktop" \
    > "$APPS/briefer.desktop"
cp "$HERE/share/mime/packages/briefer.xml" "$MIME/packages/briefer.xml"
(cd "$HERE/share/icons" && find hicolor -name briefer.png) | while read -r icon; do
    mkdir -p "$ICONS/$(dirname "$icon")"
    cp "$HERE/share/icons/$icon" "$ICONS/$icon"
done
refresh
echo "Briefer is in your applications menu; .briefer files open in it."
