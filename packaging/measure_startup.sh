#!/usr/bin/env bash
# Start-up of a `briefer` command, seen from outside (so a bundle and `./dev app` compare):
#   window: spawn to the window up and starting its analysis process (a warm start, the
#           demo project already built), the median of RUNS;
#   first start: spawn to the demo project built from the seed in a fresh home (the
#           pipeline loaded and the article analysed).
#   packaging/measure_startup.sh dist/briefer/briefer      or      ./dev app
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/smoke_lib.sh"
RUNS=${RUNS:-3}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/briefer-startup.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
private_home "$WORK/home"
now() { date +%s.%N; }

# until_ready CONDITION: run the window (the command is "$@" after --), return seconds to CONDITION.
until_ready() {
    local condition=$1 started pid
    shift
    started=$(now)
    QT_QPA_PLATFORM=offscreen "$@" > "$WORK/log" 2>&1 &
    pid=$!
    until eval "$condition"; do
        kill -0 "$pid" 2> /dev/null || { cat "$WORK/log" >&2; fail "it ended early"; }
        sleep 0.05
    done
    awk -v a="$(now)" -v b="$started" 'BEGIN { print a - b }'
    kill "$pid"; wait "$pid" 2> /dev/null || true
}

demo_built='ls "$XDG_DATA_HOME"/briefer/demo/*.briefer > /dev/null 2>&1'
window_up='pgrep -P "$pid" -f briefer.gui.analysis_server > /dev/null'
first=$(until_ready "$demo_built" "$@" --demo)
times=()
for _ in $(seq "$RUNS"); do times+=("$(until_ready "$window_up" "$@" --demo)"); done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
printf 'window up (warm, median of %s): %.2f s; first start to demo built: %.2f s\n' \
    "$RUNS" "$median" "$first"
