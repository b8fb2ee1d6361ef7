"""The worker helper: results, progress and errors come back on the UI thread; cancel works."""

import threading

from briefer.core.errors import ExportError
from briefer.gui.worker import start_job


def test_progress_and_result_arrive_on_the_ui_thread(qtbot):
    ui_thread = threading.get_ident()
    seen = []

    def count(report, is_cancelled):
        worker_thread = threading.get_ident()
        for number in range(3):
            report(number)
        return worker_thread

    results = []
    job = start_job(count,
                    on_progress=lambda n: seen.append((n, threading.get_ident())),
                    on_result=results.append)
    qtbot.waitUntil(lambda: bool(results))
    assert [n for n, _ in seen] == [0, 1, 2]
    assert {thread for _, thread in seen} == {ui_thread}
    assert results[0] != ui_thread
    assert job.done.is_set()


def test_errors_are_reported_with_their_traceback(qtbot):
    errors = []
    finished = []

    def fail(report, is_cancelled):
        raise ExportError("Cannot write brief.docx: it is open in another program")

    start_job(fail, on_error=lambda exc, details: errors.append((exc, details)),
              on_finished=lambda: finished.append(True))
    qtbot.waitUntil(lambda: bool(finished))
    exc, details = errors[0]
    assert isinstance(exc, ExportError)
    assert "Traceback" in details and "fail" in details


def test_cancel_stops_a_polling_function(qtbot):
    started = threading.Event()

    def loop(report, is_cancelled):
        started.set()
        rounds = 0
        while not is_cancelled():
            rounds += 1
            threading.Event().wait(0.005)
        return rounds

    results = []
    job = start_job(loop, on_result=results.append)
    assert started.wait(5)
    job.cancel()
    qtbot.waitUntil(lambda: bool(results))
    assert job.is_cancelled()
    assert results[0] >= 0
