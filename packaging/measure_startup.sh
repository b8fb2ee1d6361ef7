#!/usr/bin/env bash
# Start-up of a `briefer` command, seen from outside (so a bundle and `./dev app` compare):
#   window: spawn to the window up and starting its analysis process (a warm start, the
#           demo project already built), best and median of RUNS (on a busy machine the
#           best says most about the program);
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

TICKS=$(getconf CLK_TCK)

# cpu_seconds PID: the CPU time the process has used so far (user + system).
cpu_seconds() { awk -v t="$TICKS" '{ print ($14 + $15) / t }' "/proc/$1/stat"; }

# until_ready CONDITION BRIEFER...: run the window; print the seconds to CONDITION and the
# CPU seconds the window's process had used by then.
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
    echo "$(awk -v a="$(now)" -v b="$started" 'BEGIN { print a - b }') $(cpu_seconds "$pid")"
    kill "$pid"; wait "$pid" 2> /dev/null || true
}

demo_built='ls "$XDG_DATA_HOME"/briefer/demo/*.briefer > /dev/null 2>&1'
window_up='pgrep -P "$pid" -f briefer.gui.analysis_server > /dev/null'
read -r first _ < <(until_ready "$demo_built" "$@" --demo)
times=()
for _ in $(seq "$RUNS"); do times+=("$(until_ready "$window_up" "$@" --demo)"); done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
read -r best best_cpu < <(echo "$sorted" | head -n 1)
read -r median _ < <(echo "$sorted" | sed -n "$(( (RUNS + 1) / 2 ))p")
printf 'window up (warm, %s runs): best %.2f s (%.2f s CPU), median %.2f s;' \
    "$RUNS" "$best" "$best_cpu" "$median"
printf ' first start to demo built: %.2f s\n' "$first"
