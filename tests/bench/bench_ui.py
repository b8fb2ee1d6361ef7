"""UI responsiveness: the longest gap between ticks of a 10 ms QTimer during work.

The real main window (offscreen), once its language model is ready, imports
100 generated articles from .txt files through File > Import's path
(`MainWindow.import_sources`), and analyses each one as it lands the way the
window does (its worker, with the analysis process when the window has one);
every result is stored and shown on the UI thread. Meanwhile a 10 ms QTimer
notes when it fires. A late tick means the UI thread was blocked: the longest
gap is how long the window froze at worst. The same timer on the idle window gives the baseline.

The measurement runs in a child process with a private home, so no setting,
recent project or open dialog of the user's is involved; a modal dialog that
opens during the run (an error) is closed and reported.

Usage: .venv/bin/python tests/bench/bench_ui.py [--articles N]
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _report import Figure, child_env, percentile, print_figures

ARTICLES = 100
TICK_MS = 10
GAP_TARGET_MS = 100
IDLE_SECONDS = 2.0
TIMEOUT_SECONDS = 900


def _ticks(app, seconds: float | None, until=None) -> list[float]:
    """Tick times of a TICK_MS timer for `seconds`, or until `until()` is true."""
    from PySide6.QtCore import QEventLoop, QTimer

    times: list[float] = []
    loop = QEventLoop()
    started = time.perf_counter()

    def tick() -> None:
        now = time.perf_counter()
        times.append(now)
        elapsed = now - started
        if (seconds is not None and elapsed >= seconds) or elapsed > TIMEOUT_SECONDS:
            loop.quit()

    def check() -> None:
        if until is not None and until():
            loop.quit()

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    timer.start()
    checker = QTimer()
    checker.setInterval(50)
    checker.timeout.connect(check)
    checker.start()
    loop.exec()
    timer.stop()
    checker.stop()
    return times


def _gaps_ms(times: list[float]) -> list[float]:
    return [(b - a) * 1000 for a, b in itertools.pairwise(times)]


def measure_here(count: int, folder: Path) -> dict:
    """Run in the child: import and analyse `count` articles in the real window."""
    from _corpus import make_corpus
    from PySide6.QtWidgets import QApplication

    from briefer.core.store import Project
    from briefer.gui.app import configure_application, freeze_startup_objects
    from briefer.gui.main_window import MainWindow

    app = configure_application()
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    freeze_startup_objects()  # as `briefer.gui.app.run` does once the window shows
    window.set_project(Project.new())
    window.intake.start_model_load()
    dialogs: list[str] = []

    def close_dialogs() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            dialogs.append(f"{modal.windowTitle()}: {getattr(modal, 'text', lambda: '')()}")
            modal.reject()

    from PySide6.QtCore import QTimer

    dialog_guard = QTimer()
    dialog_guard.timeout.connect(close_dialogs)
    dialog_guard.start(200)

    _ticks(app, None, until=lambda: window.intake.model_ready or window.intake.model_error)
    if window.intake.model_error:
        raise RuntimeError(window.intake.model_error)
    analyser = ("analysis process" if window.intake.analysis_server is not None
                else "in-process pipeline")
    idle = _gaps_ms(_ticks(app, IDLE_SECONDS))
    paths = []
    for n, article in enumerate(make_corpus(count, seed=3)):
        path = folder / f"article-{n:03d}.txt"
        path.write_text(article.text, encoding="utf-8")
        paths.append(str(path))

    def all_analysed() -> bool:
        project = window.project
        return (not window.is_busy and len(project.article_ids()) == count
                and all(a.analyzed_at for a in project.articles()))

    pauses = _collector_pauses()
    started = time.perf_counter()
    window.import_sources(paths)
    busy = _ticks(app, None, until=all_analysed)
    elapsed = time.perf_counter() - started
    gc.callbacks.clear()
    project = window.project
    return {
        "idle_gaps": idle, "busy_gaps": _gaps_ms(busy), "seconds": elapsed,
        "articles": len(project.article_ids()),
        "analysed": sum(1 for a in project.articles() if a.analyzed_at),
        "quotes": len(project.quotes()), "dialogs": dialogs, "gc_pauses": pauses,
        "analyser": analyser,
    }


def _collector_pauses() -> list[float]:
    """Milliseconds of each run of Python's cyclic garbage collector from now on.

    The collector stops every thread, the UI thread included, so a long
    collection is a freeze whatever the code does.
    """
    pauses: list[float] = []
    started: list[float] = []

    def note(phase: str, _info: dict) -> None:
        if phase == "start":
            started[:] = [time.perf_counter()]
        elif started:
            pauses.append((time.perf_counter() - started[0]) * 1000)

    gc.callbacks.append(note)
    return pauses


def measure(count: int = ARTICLES) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="briefer-bench-ui-") as folder:
        env = child_env(XDG_DATA_HOME=f"{folder}/data", XDG_CONFIG_HOME=f"{folder}/config")
        done = subprocess.run(
            [sys.executable, __file__, "--child", folder, "--articles", str(count)],
            capture_output=True, text=True, env=env, timeout=TIMEOUT_SECONDS + 120,
        )
    if done.returncode != 0:
        raise RuntimeError(f"the UI child failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    busy, idle = result["busy_gaps"], result["idle_gaps"]
    worst, idle_worst = max(busy), max(idle)
    note = (f"idle window: {idle_worst:.0f} ms; {result['analysed']}/{count} analysed, "
            f"{result['quotes']} quotes in {result['seconds']:.0f} s; "
            f"analysis by the window's {result['analyser']}")
    if result["dialogs"]:
        note += f"; dialogs closed: {result['dialogs'][:2]}"
    return [
        Figure("UI: longest timer gap during import+analysis", worst, "ms", GAP_TARGET_MS,
               note=note),
        Figure("UI: 99th percentile timer gap", percentile(busy, 0.99), "ms",
               note=f"{sum(g > GAP_TARGET_MS for g in busy)} gaps over {GAP_TARGET_MS} ms "
                    f"of {len(busy)} ticks"),
        Figure("UI: longest Python GC pause in that time", max(result["gc_pauses"], default=0),
               "ms", note=f"{len(result['gc_pauses'])} collections, "
                          f"{sum(result['gc_pauses']):.0f} ms in all"),
    ]


def main(argv: list[str] | None = None) -> list[Figure]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=ARTICLES)
    parser.add_argument("--child", metavar="FOLDER", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(measure_here(args.articles, Path(args.child))), flush=True)
        # Measured: skip interpreter teardown, where Qt objects and threads die in any order.
        os._exit(0)
    figures = measure(args.articles)
    print_figures(f"UI responsiveness ({args.articles} articles)", figures)
    return figures


if __name__ == "__main__":
    main()
