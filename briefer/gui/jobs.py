"""The one runner of long jobs (model load, import, analysis, export, demo, recovery copy).

Shaped after Picard's `run_task(func, next_func)`: a job is a function run on
the worker pool plus the UI-thread callbacks that take its results. The runner
keeps jobs alive until they end, shows one job's progress (by signals the
window's status bar connects to), cancels, and paces a burst of results so the
window keeps answering input. Errors of a job become a dialog, never a traceback.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from briefer.core.errors import BrieferError
from briefer.gui.verbatim import verbatim
from briefer.gui.worker import Job, start_job

# The longest stretch of background results (imports, analyses) handled in one
# turn of the event loop; then the window repaints and answers input.
RESULTS_SLICE_SECONDS = 0.008


class JobRunner(QObject):
    """Starts jobs, tracks them, reports the progress of the one that shows it."""

    progressStarted = Signal(str)  # a job with a progress bar started: its first label
    progressChanged = Signal(int, int, str)  # done, total, label
    progressLabel = Signal(str)  # a new label alone ("Cancelling…")
    progressEnded = Signal()

    def __init__(self, dialog_parent: QWidget):
        super().__init__(dialog_parent)
        self._dialog_parent = dialog_parent
        self.jobs: set[Job] = set()
        self.progress_job: Job | None = None
        self._paced: deque[Callable[[], None]] = deque()
        self._progress_state: tuple[int, int, str] | None = None
        self.paced_timer = QTimer(self)
        self.paced_timer.setSingleShot(True)
        self.paced_timer.setInterval(0)
        self.paced_timer.timeout.connect(self.handle_paced)
        self.progress_timer = QTimer(self)
        self.progress_timer.setSingleShot(True)
        self.progress_timer.setInterval(0)
        self.progress_timer.timeout.connect(self.draw_progress)

    def run(self, function, *, on_progress=None, on_result=None, on_error=None,
            on_finished=None, name: str = "", owner: object = None,
            progress_label: str | None = None, paced: bool = False) -> Job:
        """Start `function(report, is_cancelled)` on the pool; callbacks run on the UI thread.

        `owner` (the project the job works for) lets `cancel_owned` stop it when the
        project closes. `progress_label`: the job shows the progress bar. `paced`: the
        job reports many results; they are handled in order, a slice at a time.
        """

        def finished() -> None:
            self.jobs.discard(job)
            if self.progress_job is job:
                self.progress_job = None
                self._progress_state = None
                self.progressEnded.emit()
            if on_finished is not None:
                on_finished()

        if paced:
            on_progress, on_result, on_error, finished = (
                None if slot is None else self.paced_slot(slot)
                for slot in (on_progress, on_result, on_error, finished))
        job = start_job(function, on_progress=on_progress, on_result=on_result,
                        on_error=on_error, on_finished=finished, name=name)
        job.owner = owner
        self.jobs.add(job)
        if progress_label is not None:
            self.progress_job = job
            self.progressStarted.emit(progress_label)
        return job

    def paced_slot(self, slot: Callable) -> Callable:
        """`slot`, queued behind the background results not handled yet."""

        def queue(*args) -> None:
            self._paced.append(partial(slot, *args))
            if not self.paced_timer.isActive():
                self.paced_timer.start()

        return queue

    def handle_paced(self) -> None:
        """Handle queued background results, at least one, until the slice of time is spent."""
        deadline = time.perf_counter() + RESULTS_SLICE_SECONDS
        while self._paced:
            self._paced.popleft()()
            if time.perf_counter() >= deadline:
                break
        if self._paced:
            self.paced_timer.start()

    def show_progress(self, done: int, total: int, text: str) -> None:
        """Report progress once this turn of the event loop ends: a progress bar repaints
        the window at once on each change, and results may come by the dozen."""
        self._progress_state = (done, total, text)
        if not self.progress_timer.isActive():
            self.progress_timer.start()

    def draw_progress(self) -> None:
        if self._progress_state is None:
            return
        done, total, text = self._progress_state
        self._progress_state = None
        self.progressChanged.emit(done, total, text)

    @property
    def is_busy(self) -> bool:
        """A job shows progress, or background results wait to be handled."""
        return bool(self.progress_job or self._paced)

    def cancel_progress_job(self) -> None:
        if self.progress_job is not None:
            self.progress_job.cancel()
            self._progress_state = None
            self.progressLabel.emit("Cancelling…")

    def cancel_owned(self, owner: object) -> None:
        """Cancel every job working for `owner` (a project being closed)."""
        for job in list(self.jobs):
            if owner is not None and job.owner is owner:
                job.cancel()

    def wait_named(self, name: str, timeout: float) -> None:
        for job in list(self.jobs):
            if job.name == name:
                job.done.wait(timeout)

    def wait(self, timeout: float = 30.0) -> None:
        """Block until running jobs end (used at exit so no thread outlives the app)."""
        deadline = time.monotonic() + timeout
        for job in list(self.jobs):
            job.done.wait(max(0.0, deadline - time.monotonic()))

    # -- errors -------------------------------------------------------------

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self._dialog_parent, title, verbatim(message))

    def error_reporter(self, title: str) -> Callable[[BaseException, str], None]:
        """A job's `on_error`: the core's errors as a warning, anything else with details."""

        def report(exc: BaseException, details: str) -> None:
            if isinstance(exc, BrieferError):
                self.show_error(title, str(exc))
            else:
                box = QMessageBox(QMessageBox.Icon.Critical, title,
                                  f"{title}: an unexpected error occurred ({exc}).",
                                  parent=self._dialog_parent)
                box.setTextFormat(Qt.TextFormat.PlainText)
                box.setDetailedText(details)
                box.exec()

        return report
