"""Start-up: process start to the main window shown, and to the spaCy pipeline ready.

Each run starts a fresh `python` running the real entry point (`briefer.cli.main`
with a project, as `briefer PROJECT.briefer` does) in a private home, offscreen.
A small harness wraps `QApplication.exec` to watch the window: it notes the first
paint of any of the main window's widgets, the first paint once the project's
articles are listed, and the moment the window's language model is ready
(`MainWindow.model_ready`: its analysis process has loaded the pipeline), then
ends the process. Times are CLOCK_MONOTONIC, shared by parent and child, from just
before the parent spawns the child, so interpreter start-up counts.

Baseline in the same runs: an empty QMainWindow shown by bare PySide6, so the
ratio says what Briefer adds on top of Qt itself. `import spacy` alone is timed
as a reference. The harness notes which thread first imports each slow library,
and a run with `-X importtime` lists the heaviest imports before the first paint.

Usage: .venv/bin/python tests/bench/bench_startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _corpus import make_corpus
from _report import Figure, child_env, median, print_figures

from briefer.core.store import Project

RUNS = 5
TIMEOUT = 120
WINDOW_TARGET = 1.5
# Libraries that must not load before the first window (spaCy and what drags it in,
# and the import/export stacks that only matter once the user asks for them).
SLOW_LIBRARIES = ("spacy", "thinc", "torch", "numpy", "pydantic", "trafilatura", "docx", "pypdf",
                  "lxml", "requests", "urllib3")

_WATCH = """
import time
T_PYTHON = time.monotonic()
import importlib.abc, json, os, sys, threading

first_imports = {}


class ImportWatch(importlib.abc.MetaPathFinder):
    # Notes which thread first imports each slow library; finds nothing itself.

    def find_spec(self, name, path, target=None):
        top = name.split(".")[0]
        if top in SLOW and top not in first_imports:
            first_imports[top] = threading.current_thread() is threading.main_thread()
        return None


sys.meta_path.insert(0, ImportWatch())
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

marks = {"python": T_PYTHON}
MARKER = "----- first paint -----"


def finish(error=None):
    marks["error"] = error
    print(json.dumps(marks), flush=True)
    os._exit(0)


class Watcher(QObject):
    def __init__(self, window):
        super().__init__()
        self.window = window

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and hasattr(obj, "window") \\
                and obj.window() is self.window:
            now = time.monotonic()
            if "window" not in marks:
                marks["window"] = now
                found = {m: ui for m, ui in first_imports.items() if m in sys.modules}
                marks["ui_thread_imports"] = sorted(m for m, ui in found.items() if ui)
                marks["worker_imports"] = sorted(m for m, ui in found.items() if not ui)
                print(MARKER, file=sys.stderr, flush=True)
            if "listed" not in marks and getattr(self.window, "project", None) is not None \\
                    and getattr(self.window, "article_model", None) is not None \\
                    and self.window.article_model.rowCount() > 0:
                marks["listed"] = now
        return False


def model_state(window):
    # Briefer's window keeps the model in its intake; the bare Qt window carries the flag.
    return getattr(window, "intake", window)


def model_ready(window):
    ready = getattr(model_state(window), "model_ready", None)
    return bool(ready)


def watch(window):
    def poll():
        if model_ready(window) and "window" in marks:
            marks["pipeline"] = time.monotonic()
            finish()
        if getattr(model_state(window), "model_error", None):
            finish(model_state(window).model_error)
        if time.monotonic() - T_PYTHON > TIMEOUT:
            finish("timed out")

    timer = QTimer(window)
    timer.timeout.connect(poll)
    timer.start(5)
    return timer


original_exec = QApplication.exec


def exec_and_watch(app):
    window = next(w for w in app.topLevelWidgets() if isinstance(w, QMainWindow))
    watcher = Watcher(window)
    app.installEventFilter(watcher)
    timer = watch(window)
    marks["exec"] = time.monotonic()
    return original_exec()


QApplication.exec = exec_and_watch
"""

_BRIEFER = _WATCH + """
from briefer.cli import main
main(sys.argv[1:])
finish("the app returned without a pipeline")
"""

_BARE_QT = _WATCH + """
from PySide6.QtWidgets import QLabel
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Bare Qt"))
window.resize(1200, 800)
window.show()
window.model_ready = True  # ends the run at the first poll after the window is painted
app.exec()
"""

_IMPORT_SPACY = """
import time
started = time.monotonic()
import spacy
print(time.monotonic() - started)
"""


def _prelude() -> str:
    return f"SLOW = {SLOW_LIBRARIES!r}\nTIMEOUT = {TIMEOUT}\n"


def _run_child(code: str, args: list[str], home: Path, *python_options: str) -> tuple[dict, str]:
    env = child_env(XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"))
    spawned = time.monotonic()
    done = subprocess.run([sys.executable, *python_options, "-c", _prelude() + code, *args],
                          capture_output=True, text=True, env=env, timeout=TIMEOUT + 30)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"start-up child failed ({done.returncode}):\n{done.stderr[-3000:]}")
    marks = json.loads(lines[-1])
    if marks.get("error"):
        raise RuntimeError(f"start-up child: {marks['error']}\n{done.stderr[-3000:]}")
    relative = {k: v - spawned for k, v in marks.items() if isinstance(v, float)}
    for key in ("ui_thread_imports", "worker_imports"):
        relative[key] = marks.get(key, [])
    return relative, done.stderr


def _project(folder: Path) -> Path:
    """A saved project of 20 generated, not yet analysed articles, like a fresh import."""
    path = folder / "startup.briefer"
    project = Project.new()
    for article in make_corpus(20, seed=7):
        project.add_article(article)
    project.save_as(path)
    project.close()
    return path


_IMPORT_LINE = re.compile(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|( *)(\S+)")


def heaviest_imports(importtime_log: str, limit: int = 8) -> list[tuple[str, float]]:
    """Top-level imports before the first paint, by cumulative milliseconds."""
    before = importtime_log.split("----- first paint -----")[0]
    top = []
    for match in _IMPORT_LINE.finditer(before):
        if len(match.group(3)) <= 1:
            top.append((match.group(4), int(match.group(2)) / 1000))
    return sorted(top, key=lambda item: -item[1])[:limit]


def measure(runs: int = RUNS) -> list[Figure]:
    windows, listed, pipelines, bare, spacy_imports = [], [], [], [], []
    on_ui_thread: set[str] = set()
    in_worker: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="briefer-bench-startup-") as folder:
        home = Path(folder)
        project = _project(home)
        for _ in range(runs):
            marks, _ = _run_child(_BRIEFER, [str(project)], home)
            windows.append(marks["window"])
            listed.append(marks.get("listed", float("nan")))
            pipelines.append(marks["pipeline"])
            on_ui_thread.update(marks["ui_thread_imports"])
            in_worker.update(marks["worker_imports"])
            bare_marks, _ = _run_child(_BARE_QT, [], home)
            bare.append(bare_marks["window"])
            spacy_imports.append(float(subprocess.run(
                [sys.executable, "-c", _IMPORT_SPACY], capture_output=True, text=True,
                check=True, env=child_env()).stdout))
        _, log = _run_child(_BRIEFER, [str(project)], home, "-X", "importtime")
    print("Heaviest imports before the first paint (ms, cumulative, under -X importtime):")
    for name, ms in heaviest_imports(log):
        print(f"  {ms:8.1f}  {name}")
    print("Slow libraries imported before the first paint, on the UI thread:",
          ", ".join(sorted(on_ui_thread)) or "none", "| in a worker thread:",
          ", ".join(sorted(in_worker)) or "none")
    window = median(windows)
    return [
        Figure("start-up: main window shown", window, "s", WINDOW_TARGET,
               note=f"{window / median(bare):.2f} x bare PySide6 window ({median(bare):.2f} s); "
                    f"median of {runs}"),
        Figure("start-up: project's articles listed", median(listed), "s",
               note="first paint with the article list filled"),
        Figure("start-up: spaCy pipeline ready", median(pipelines), "s",
               note=f"`import spacy` alone: {median(spacy_imports):.2f} s"),
        Figure("start-up: slow libraries on UI thread before window", len(on_ui_thread), "", 0,
               note=(", ".join(sorted(on_ui_thread)) or "none")
               + "; started in a worker before the first paint: "
               + (", ".join(sorted(in_worker)) or "none")),
    ]


def main(argv: list[str] | None = None) -> list[Figure]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS)
    args = parser.parse_args(argv)
    figures = measure(args.runs)
    print_figures("Start-up", figures)
    return figures


if __name__ == "__main__":
    main()
