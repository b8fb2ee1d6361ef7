"""Kill the app in the middle of work: the recovery copy brings the unsaved changes back.

A child process runs the real main window offscreen on a saved project,
makes review changes through the window (undoable commands, as a user's
keys would), and writes its recovery copy on a short timer. Once the copy is
on disk the child is killed with SIGKILL: no close event, no save. A second
child starts the window again, answers the restore question with Yes, and
reports what the project holds.
"""

import json
import os
import random
import select
import signal
import subprocess
import sys
import time

import pytest

from briefer.core.records import Analysis, Article, ExtractedActor, ExtractedQuote, Span
from briefer.core.store import Project

pytest.importorskip("PySide6.QtWidgets")

TEXT = "“We will not wait for Washington,” said Foreign Minister Alice Keller in Paris."

_WORK_THEN_HANG = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from briefer.core import review
from briefer.gui.main_window import MainWindow

app = QApplication([])
window = MainWindow()
window.show()
window.startup(sys.argv[1])
project = window.project
[actor] = project.actors()
[quote] = project.quotes()
[article] = project.articles()
window.session.apply("Rename Actor",
                     lambda: review.update_actor(project, actor.id, name="Alice Keller-Renamed"))
window.session.apply("Accept Quote",
                     lambda: review.set_quote_status(project, [quote.id], "accepted"))
window.session.apply("Edit Article",
                     lambda: review.update_article(project, article.id, title="Edited, not saved"))
assert window.is_modified
window.session.recovery_timer.setInterval(150)
print("WORKING", flush=True)
app.exec()
"""

_IMPORT_ANALYSE_THEN_HANG = """
import sys
from PySide6.QtWidgets import QApplication
from briefer.core import review
from briefer.gui.main_window import MainWindow

app = QApplication([])
window = MainWindow()
window.show()
window.startup(sys.argv[1])
project = window.project
[actor] = project.actors()
window.session.apply("Rename Actor",
                     lambda: review.update_actor(project, actor.id, name="Alice Keller-Renamed"))
window.session.recovery_timer.setInterval(100)
window.import_sources(sys.argv[2:])
print("WORKING", flush=True)
app.exec()
"""

_RESTART_AND_RESTORE = """
import json, os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from briefer.gui.main_window import MainWindow
from briefer.gui.recovery import RecoveryDialog

app = QApplication([])
window = MainWindow()
window.show()
asked = []

def answer_yes():
    box = QApplication.activeModalWidget()
    if isinstance(box, RecoveryDialog):
        asked.append(" ".join(box.list.topLevelItem(0).text(c) for c in range(3)))
        box.restore_button.click()

poll = QTimer()
poll.timeout.connect(answer_yes)
poll.start(50)
window.startup(None)
project = window.project
report = {"asked": asked, "restored": project is not None, "pid": os.getpid()}
if project is not None:
    report.update({
        "path": str(project.path) if project.path else None,
        "actors": [a.name for a in project.actors()],
        "statuses": [q.status for q in project.quotes()],
        "titles": [a.title for a in project.articles()],
        "modified": window.is_modified,
        "spans_exact": all(
            project.article(q.article_id).text[q.start:q.end] == q.text
            for q in project.quotes()) and all(
            project.article(m.article_id).text[m.start:m.end] == m.text
            for m in project.mentions()),
    })
print(json.dumps(report), flush=True)
os._exit(0)
"""


def _child_env(tmp_path) -> dict[str, str]:
    """A private home: the recovery folder and settings of these children only."""
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen",
            "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}


def _saved_project(path) -> None:
    project = Project.new()
    article = project.add_article(Article(text=TEXT, title="Talks in Paris"))
    at = TEXT.index("Alice Keller")
    actor = ExtractedActor("a1", "Alice Keller", "person", roles=["Foreign Minister"],
                           mentions=[Span(at, at + 12, "Alice Keller")])
    said = "We will not wait for Washington,"
    quote = ExtractedQuote("q1", said, 1, 1 + len(said), "direct", "a1", ["a1"], "said")
    project.store_analysis(article.id, Analysis([actor], [quote]))
    project.save_as(path)
    project.close()


def _wait_for_recovery_copy(folder, child, timeout=60.0) -> list:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if child.poll() is not None:
            pytest.fail(f"the app exited early:\n{child.stderr.read()}")
        infos = list(folder.glob("*.json")) if folder.is_dir() else []
        if infos and all(i.with_suffix(".briefer").exists() for i in infos):
            return infos
        time.sleep(0.05)
    pytest.fail("no recovery copy was written")


def test_sigkill_mid_work_then_restart_restores_unsaved_changes(tmp_path):
    path = tmp_path / "work.briefer"
    _saved_project(path)
    saved = path.read_bytes()
    env = _child_env(tmp_path)

    child = subprocess.Popen([sys.executable, "-c", _WORK_THEN_HANG, str(path)], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_for_recovery_copy(tmp_path / "data" / "briefer" / "recovery", child)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    assert child.stdout.read().strip() == "WORKING"
    assert path.read_bytes() == saved, "the project file itself was never saved"

    restart = subprocess.run([sys.executable, "-c", _RESTART_AND_RESTORE], env=env,
                             capture_output=True, text=True, timeout=120)
    assert restart.returncode == 0, restart.stderr
    report = json.loads(restart.stdout.strip().splitlines()[-1])
    assert len(report["asked"]) == 1 and "work" in report["asked"][0]
    assert report["restored"]
    assert report["path"] == str(path)
    assert report["actors"] == ["Alice Keller-Renamed"]
    assert report["statuses"] == ["accepted"]
    assert report["titles"] == ["Edited, not saved"]
    assert report["modified"], "restored work is unsaved until the user saves it"
    assert Project.open(path).articles()[0].title == "Talks in Paris"
    # The crashed session's copy is gone; the work is in the restarted session's own copy
    # (that session ended without closing, so its copy is the next start's offer).
    left = sorted(p.name for p in (tmp_path / "data" / "briefer" / "recovery").glob("*"))
    assert len(left) == 2 and all(f"-{report['pid']}-" in name for name in left)


@pytest.mark.slow
def test_sigkill_at_random_moments_of_import_and_analysis_never_loses_the_restart(tmp_path):
    """Killed anywhere (model loading, importing, analysing, writing a recovery copy), the
    next start comes up; what it restores is a consistent project with the user's edit."""
    path = tmp_path / "work.briefer"
    _saved_project(path)
    saved = path.read_bytes()
    sources = []
    for n in range(6):
        source = tmp_path / f"incoming-{n}.txt"
        source.write_text(f"Article {n}. “We need more time,” Defence Minister Tomas Berg said "
                          f"on day {n}. Berg warned that the talks could fail.", encoding="utf-8")
        sources.append(str(source))
    rng = random.Random(20251126)
    outcomes = []
    for attempt in range(5):
        home = tmp_path / f"home-{attempt}"
        env = _child_env(home)
        child = subprocess.Popen(
            [sys.executable, "-c", _IMPORT_ANALYSE_THEN_HANG, str(path), *sources], env=env,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            ready, _, _ = select.select([child.stdout], [], [], 120)
            assert ready and child.stdout.readline().strip() == "WORKING", "the app did not start"
            time.sleep(rng.uniform(0.05, 3.0))
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
        finally:
            if child.poll() is None:
                child.kill()
        assert path.read_bytes() == saved

        restart = subprocess.run([sys.executable, "-c", _RESTART_AND_RESTORE], env=env,
                                 capture_output=True, text=True, timeout=120)
        assert restart.returncode == 0, restart.stderr
        report = json.loads(restart.stdout.strip().splitlines()[-1])
        outcomes.append(report["restored"])
        if report["asked"]:
            assert report["restored"], report
            assert "Alice Keller-Renamed" in report["actors"]
            assert report["spans_exact"]
            assert report["path"] == str(path)
            assert 1 <= len(report["titles"]) <= 1 + len(sources)
    assert any(outcomes), "no run was killed after its first recovery copy"
