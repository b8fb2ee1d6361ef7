"""Cancel stops the analysis within a second, even in the middle of one slow article.

Issue 13 item 8: Cancel was checked only between articles, so one crafted text
("said " two thousand times, whose cues each walk their subtree) blocked every
later analysis of the session. The analysis runs in its own process, which
Cancel now stops; a fresh one loads the pipeline and later analyses go on.
"""

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from briefer.core.store import Project

# Slow for the extraction rules (quadratic in the cues) and, should those become
# linear, still seconds of parsing; small enough to keep memory modest.
SENTENCE = ("\"We will not be rushed,\" James Comey said on Wednesday, and Senator Mitch "
            "McConnell told reporters that the budget would rise. ")
SLOW_TEXT = "said " * 2000 + "\n" + SENTENCE * 300
QUICK_TEXT = "\"The talks will resume on Monday,\" said Anna Weiss, the finance minister."


def test_cancel_stops_a_slow_analysis_within_a_second(make_window, qtbot, monkeypatch):
    window = make_window(load_model=False)
    window.intake.start_model_load()
    qtbot.waitUntil(lambda: window.intake.analysis_server is not None, timeout=120000)
    first_server = window.intake.analysis_server
    window.set_project(Project.new())
    slow_id = window.intake.paste(SLOW_TEXT, "Slow")
    qtbot.waitUntil(lambda: window.cancel_button.isVisible(), timeout=10000)
    qtbot.wait(1500)
    assert window.intake.analysis_job is not None, "the crafted text no longer takes long"

    pressed = time.monotonic()
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.intake.analysis_job is None and not window.jobs.is_busy,
                    timeout=1000)
    assert time.monotonic() - pressed < 1.0
    assert not window.cancel_button.isVisible()
    assert not first_server.running
    assert not window.project.article(slow_id).analyzed_at
    assert window.model_label.text() == "Restarting the language model…"

    # A fresh analysis process takes the next article.
    quick_id = window.intake.paste(QUICK_TEXT, "Quick")
    qtbot.waitUntil(lambda: bool(window.project.article(quick_id).analyzed_at), timeout=120000)
    assert window.intake.analysis_server is not first_server
    assert window.model_label.text().startswith("Model ready")
    assert window.project.quotes(quick_id)
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard))
    window.close()
