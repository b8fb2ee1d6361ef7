"""The window's analysis runs in a child process that keeps the spaCy pipeline loaded.

spaCy and the extraction rules are Python-heavy: run in a thread of the GUI
process, they hold the GIL for long stretches and every repaint of the window
waits for it. In a child process they cannot. The child is this module run
with `python -m`; it loads the pipeline once, then answers one request at a
time over its stdin/stdout with pickled messages (it is our own process, so
pickle is safe here). No Qt in here: the window drives it from a worker.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import briefer
from briefer.core.errors import BrieferError
from briefer.core.records import Analysis

STOP_SECONDS = 5


class AnalysisServerError(BrieferError):
    """The analysis process could not start, or stopped."""


class AnalysisServer:
    """A child process that analyses article texts with one loaded pipeline."""

    def __init__(self, pipeline: str):
        """Start the child and wait until its pipeline is loaded (seconds: call from a worker)."""
        env = dict(os.environ)
        root = str(Path(briefer.__file__).resolve().parents[1])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        try:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "briefer.gui.analysis_server", pipeline],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        except OSError as exc:
            raise AnalysisServerError(f"The analysis process cannot start: {exc}") from exc
        self._lock = threading.Lock()
        kind, value = self._receive()
        if kind != "ready":
            self.close()
            raise AnalysisServerError(value)
        self.model_name: str = value

    def _receive(self) -> tuple[str, object]:
        try:
            return pickle.load(self._process.stdout)
        except (EOFError, OSError, pickle.UnpicklingError) as exc:
            raise AnalysisServerError("The analysis process stopped unexpectedly") from exc

    def analyse(self, text: str, confirmed_names: Sequence[tuple[str, str]] = (),
                on_piece: Callable[[int, int], None] | None = None) -> Analysis:
        """The analysis of one text, recognising the names the user confirmed.

        `on_piece(done, count)` hears how far a long text's analysis has come.
        A failure on this text raises AnalysisServerError.
        """
        with self._lock:
            try:
                pickle.dump(("analyse", (text, list(confirmed_names))), self._process.stdin)
                self._process.stdin.flush()
            except (OSError, ValueError) as exc:
                raise AnalysisServerError("The analysis process stopped unexpectedly") from exc
            kind, value = self._receive()
            while kind == "piece":
                if on_piece is not None:
                    on_piece(*value)
                kind, value = self._receive()
        if kind != "done":
            raise AnalysisServerError(str(value))
        return value

    def interrupt(self) -> None:
        """Stop the child at once, mid-text (Cancel); an `analyse` waiting on it raises."""
        with contextlib.suppress(OSError):
            self._process.kill()

    @property
    def running(self) -> bool:
        return self._process.poll() is None

    def close(self) -> None:
        """Ask the child to stop (closing its input), and make sure it does."""
        with contextlib.suppress(OSError, ValueError):
            self._process.stdin.close()
        try:
            self._process.wait(STOP_SECONDS)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        with contextlib.suppress(OSError, ValueError):
            self._process.stdout.close()


def pipeline_name(nlp) -> str:
    """How the window names a loaded pipeline: language, name and version."""
    meta = nlp.meta
    return f"{meta.get('lang', '')}_{meta.get('name', '')} {meta.get('version', '')}"


def serve(pipeline: str) -> int:
    """The child's loop: load the pipeline, then analyse each text sent until input ends.

    A long text's answer is preceded by ("piece", (done, count)) messages, one per piece parsed.
    """
    channel_in = sys.stdin.buffer
    channel_out = sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must not corrupt the message stream

    def send(message: tuple[str, object]) -> None:
        pickle.dump(message, channel_out)
        channel_out.flush()

    from briefer.nlp.pipeline import load_pipeline
    from briefer.workflows import TextAnalyser

    try:
        nlp = load_pipeline(pipeline)
    except BrieferError as exc:
        send(("error", str(exc)))
        return 1
    send(("ready", pipeline_name(nlp)))
    analyse = TextAnalyser(nlp)
    while True:
        try:
            _verb, (text, confirmed) = pickle.load(channel_in)
        except EOFError:
            return 0
        try:
            analysis = analyse(text, confirmed,
                               on_piece=lambda done, count: send(("piece", (done, count))))
        except Exception as exc:  # one text that breaks the rules must not end the process
            send(("failed", f"{type(exc).__name__}: {exc}"))
        else:
            send(("done", analysis))


if __name__ == "__main__":
    raise SystemExit(serve(sys.argv[1]))
