"""Run slow work off the UI thread and hear about it by signals.

One helper for every long job (model load, import, analysis, export, demo
build, recovery copy): the function runs on `QThreadPool`; what it reports
reaches the UI thread as queued signals, so slots may touch widgets and the
project freely. A job is cancelled by setting a flag the function polls.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class JobSignals(QObject):
    """The signals of one job (a QRunnable cannot carry signals itself)."""

    progress = Signal(object)
    result = Signal(object)
    error = Signal(object, str)  # the exception and its formatted traceback
    finished = Signal()


class Job(QRunnable):
    """`function(report, is_cancelled)` run on a pool thread.

    `report(value)` posts `value` to `signals.progress`; `is_cancelled()` turns
    true after `cancel()`. The return value goes to `signals.result`, an
    exception to `signals.error`; `signals.finished` always follows.
    """

    def __init__(self, function: Callable[[Callable[[object], None], Callable[[], bool]], object],
                 name: str = ""):
        super().__init__()
        self.setAutoDelete(False)
        self.function = function
        self.name = name
        self.signals = JobSignals()
        self._cancelled = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def run(self) -> None:
        try:
            value = self.function(self.signals.progress.emit, self.is_cancelled)
        except BaseException as exc:  # reported to the UI thread, never lost on the pool
            self.signals.error.emit(exc, traceback.format_exc())
        else:
            self.signals.result.emit(value)
        finally:
            self.done.set()
            self.signals.finished.emit()


def start_job(function, *, on_progress=None, on_result=None, on_error=None, on_finished=None,
              name: str = "", pool: QThreadPool | None = None) -> Job:
    """Start `function` on the pool with the given UI-thread callbacks."""
    job = Job(function, name)
    if on_progress is not None:
        job.signals.progress.connect(on_progress)
    if on_result is not None:
        job.signals.result.connect(on_result)
    if on_error is not None:
        job.signals.error.connect(on_error)
    if on_finished is not None:
        job.signals.finished.connect(on_finished)
    (pool or QThreadPool.globalInstance()).start(job)
    return job
