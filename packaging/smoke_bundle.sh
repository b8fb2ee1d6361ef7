#!/usr/bin/env bash
# Smoke-test the desktop bundle as a user would run it, with no Python on the PATH.
#   packaging/smoke_bundle.sh [dist/briefer]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BUNDLE=$(cd "${1:-$HERE/../dist/briefer}" && pwd)
source "$HERE/smoke_lib.sh"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/briefer-smoke-bundle.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
[ -x "$BUNDLE/briefer" ] || fail "no bundle at $BUNDLE (build it with ./dev bundle)"

# The program runs with nothing of the machine's environment and an empty PATH folder:
# no python, no pip. (A script, not a function, so the window's process is its own.)
mkdir -p "$WORK/empty-path"
cat > "$WORK/bundled" <<SH
#!/bin/sh
exec env -i HOME="\$HOME" XDG_CONFIG_HOME="\$XDG_CONFIG_HOME" XDG_DATA_HOME="\$XDG_DATA_HOME" \\
    LANG=C.UTF-8 QT_QPA_PLATFORM="\${QT_QPA_PLATFORM:-}" PATH="$WORK/empty-path" \\
    "$BUNDLE/briefer" "\$@"
SH
chmod +x "$WORK/bundled"
PATH="$WORK/empty-path" command -v python3 > /dev/null && fail "python3 is still on the PATH"

for item in share/applications/briefer.desktop share/mime/packages/briefer.xml \
            share/icons/hicolor/16x16/apps/briefer.png share/icons/hicolor/512x512/apps/briefer.png \
            install-desktop.sh; do
    [ -s "$BUNDLE/$item" ] || fail "the bundle lacks $item"
done
seed=$(ls "$BUNDLE"/_internal/briefer/seeds/*.txt | head -n 1)
[ -n "$seed" ] || fail "the bundle carries no seed article"

private_home "$WORK/home"
cd "$WORK"
smoke_cli "$seed" "$WORK/bundled"
smoke_window "$WORK/bundled"
note "bundle OK: $(du -sh "$BUNDLE" | cut -f1) in $BUNDLE"
