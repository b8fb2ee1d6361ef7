#!/usr/bin/env bash
# Smoke-test the wheel as a user installs it: a clean virtual environment in a temporary
# folder outside the checkout, `pip install` of the wheel alone, then Briefer's commands
# and its window on the demo project.
#   packaging/smoke_wheel.sh [dist/briefer-*.whl]      (PYTHON picks the interpreter)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/smoke_lib.sh"
WHEEL=${1:-$(ls "$HERE"/../dist/briefer-*.whl 2>/dev/null | tail -n 1)}
[ -f "$WHEEL" ] || fail "no wheel (build it with ./dev wheel)"
WHEEL=$(cd "$(dirname "$WHEEL")" && pwd)/$(basename "$WHEEL")
WORK=$(mktemp -d "${TMPDIR:-/tmp}/briefer-smoke-wheel.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"

"${PYTHON:-python3}" -m venv "$WORK/venv" || fail "cannot create a virtual environment"
"$WORK/venv/bin/python" -m pip install -q "$WHEEL" > "$WORK/pip.log" 2>&1 ||
    { cat "$WORK/pip.log" >&2; fail "pip cannot install $WHEEL"; }
note "installed $(basename "$WHEEL") into a clean virtual environment"

# The installed package, not a checkout, must carry the resources and the seed article.
SMOKE_PYTHON="$WORK/venv/bin/python"
seed=$("$SMOKE_PYTHON" - <<'PY'
from briefer.core.paths import resources_dir, seeds_dir
import briefer, pathlib
package = pathlib.Path(briefer.__file__).parent
for folder in (resources_dir(), seeds_dir()):
    assert folder.is_relative_to(package), f"{folder} is outside the installed package"
assert (resources_dir() / "lexicons" / "speech.json").is_file()
print(sorted(seeds_dir().glob("*.txt"))[0])
PY
) || fail "the installed package lacks its resources or seeds"

private_home "$WORK/home"
smoke_cli "$seed" "$WORK/venv/bin/briefer"
smoke_window "$WORK/venv/bin/briefer"
note "wheel OK: $(basename "$WHEEL")"
