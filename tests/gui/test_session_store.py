"""The store's safety features through the real window: recovery copies of crashed
sessions (every one offered, live ones untouched), a project another Briefer holds
(read-only), a file changed on disk (Save As, never an overwrite)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from briefer.core.records import Article
from briefer.core.store import Project
from briefer.core.store.recovery import recovery_copies, recovery_dir
from briefer.gui.recovery import RecoveryDialog

REPO = Path(__file__).resolve().parents[2]

# A session of its own: writes a recovery copy of `path` (or an untitled project) with one
# unsaved article, then ends (a crash: the copy stays) or holds the project open.
SESSION = """
import sys
from briefer.core.records import Article
from briefer.core.store import Project
from briefer.core.store.recovery import write_recovery_copy

path, title, mode = sys.argv[1], sys.argv[2], sys.argv[3]
project = Project.open(path) if path != "-" else Project.new()
project.add_article(Article(text=f"{title}: unsaved work of that session.", title=title))
if mode != "hold":
    write_recovery_copy(project.memory_copy(), key="window-1")
print("ready", flush=True)
if mode != "crash":
    sys.stdin.readline()
"""


def _session(path: str, title: str, mode: str) -> subprocess.Popen:
    child = subprocess.Popen([sys.executable, "-c", SESSION, path, title, mode],
                             env=dict(os.environ, PYTHONPATH=str(REPO)),
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline() == "ready\n"
    if mode == "crash":
        child.wait(30)
    return child


def _end(child: subprocess.Popen) -> None:
    child.stdin.close()
    child.wait(30)


def _saved(path: Path, title: str = "Saved") -> Path:
    project = Project.new()
    project.add_article(Article(text=f"{title}: the first article.", title=title))
    project.save_as(path)
    project.close()
    return path


@pytest.fixture(autouse=True)
def private_data(tmp_path, monkeypatch):
    """Recovery copies and locks of these tests only (the children inherit it)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@pytest.fixture()
def answers(monkeypatch):
    """Questions answered in turn from a list (then Discard: a window closing at the
    end drops its changes); each (title, text) asked is recorded."""
    asked: list[tuple[str, str]] = []
    queue: list[QMessageBox.StandardButton] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append((title, text))
        return queue.pop(0) if queue else QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked, queue


def test_every_crashed_sessions_copy_is_offered_one_restored_one_discarded(
        make_window, qtbot, tmp_path, monkeypatch, answers):
    budget = _saved(tmp_path / "Budget.briefer")
    _session(str(budget), "Budget work", "crash")
    _session("-", "Untitled work", "crash")
    live = _session("-", "Live work", "stay")  # another window, still running
    try:
        live_copies = sorted(recovery_dir().glob(f"*-{live.pid}-*"))
        assert len(live_copies) == 2  # its project file and its note
        asked, queue = answers
        queue.append(QMessageBox.StandardButton.Discard)
        listed: list[list[tuple[str, str]]] = []

        def choose(dialog: RecoveryDialog) -> int:
            rows = dialog.list
            listed.append([(rows.topLevelItem(i).text(0), rows.topLevelItem(i).text(2))
                           for i in range(rows.topLevelItemCount())])
            untitled, kept = dialog.copies()
            dialog.select(untitled)
            dialog.discard_button.click()
            dialog.select(kept)
            dialog.restore_button.click()
            return dialog.result()

        monkeypatch.setattr(RecoveryDialog, "exec", choose)
        window = make_window()
        assert window.session.offer_recovery()

        assert listed == [[("Untitled", "never saved"), ("Budget", str(budget))]]
        assert asked[0][0] == "Discard Unsaved Work" and "Untitled" in asked[0][1]
        assert window.project.path == budget
        assert sorted(a.title for a in window.project.articles()) == ["Budget work", "Saved"]
        assert window.isWindowModified() and "Budget" in window.windowTitle()
        # Both crashed copies are gone (one discarded, one now this session's own);
        # the running session's copy was never offered nor touched.
        assert recovery_copies() == []
        assert all(path.is_file() for path in live_copies)
        assert window.session.save()
        assert len(Project.open(budget, read_only=True).article_ids()) == 2
    finally:
        _end(live)


def test_keeping_copies_for_later_leaves_them_on_disk(make_window, monkeypatch):
    _session("-", "Untitled work", "crash")
    monkeypatch.setattr(RecoveryDialog, "exec",
                        lambda dialog: dialog.later_button.click() or dialog.result())
    window = make_window()
    assert not window.session.offer_recovery()
    assert [c.name for c in recovery_copies()] == ["Untitled"]


def test_a_project_another_briefer_holds_opens_read_only_and_saves_elsewhere(
        make_window, tmp_path, monkeypatch, answers):
    budget = _saved(tmp_path / "Budget.briefer")
    holder = _session(str(budget), "Other window's work", "hold")
    try:
        asked, queue = answers
        window = make_window()
        queue.append(QMessageBox.StandardButton.Cancel)
        assert not window.open_project(budget)
        assert asked[-1][0] == "Project Open Elsewhere"
        assert "open for changes in another Briefer" in asked[-1][1]

        queue.append(QMessageBox.StandardButton.Open)
        assert window.open_project(budget)
        assert window.project.read_only
        assert "(read-only)" in window.windowTitle()

        # Saving offers Save As; the holder's file is never written.
        before = budget.read_bytes()
        copy = tmp_path / "Budget mine.briefer"
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *a, **k: (str(copy), "")))
        queue.append(QMessageBox.StandardButton.Yes)
        assert window.session.save()
        assert asked[-1][0] == "Project Is Read-Only"
        assert budget.read_bytes() == before
        assert window.project.path == copy and not window.project.read_only
        assert "(read-only)" not in window.windowTitle()
    finally:
        _end(holder)


def test_a_file_changed_on_disk_is_never_overwritten(make_window, tmp_path, monkeypatch,
                                                       answers, dialogs):
    budget = _saved(tmp_path / "Budget.briefer")
    window = make_window()
    assert window.open_project(budget)
    article_id = window.project.article_ids()[0]
    from briefer.core import review

    window.session.apply("Edit Article", lambda: review.update_article(
        window.project, article_id, title="Window's title"))

    # A command-line import changes the file meanwhile (it shares this process's lock).
    other = Project.open(budget)
    other.add_article(Article(text="Imported from the terminal.", title="Terminal"))
    other.save()
    other.close()
    theirs = budget.read_bytes()

    asked, queue = answers
    queue.append(QMessageBox.StandardButton.Cancel)
    assert not window.session.save()
    assert asked[-1][0] == "Project Changed on Disk"
    assert budget.read_bytes() == theirs and window.is_modified

    mine = tmp_path / "Budget (window).briefer"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(mine), "")))
    queue.append(QMessageBox.StandardButton.Yes)
    assert window.session.save()
    assert budget.read_bytes() == theirs
    assert [a.title for a in Project.open(mine, read_only=True).articles()] == ["Window's title"]
    assert not window.is_modified


def test_restore_onto_a_held_file_keeps_the_copy(make_window, tmp_path, monkeypatch, dialogs):
    budget = _saved(tmp_path / "Budget.briefer")
    _session(str(budget), "Crashed work", "crash")
    holder = _session(str(budget), "Other window", "hold")
    try:
        monkeypatch.setattr(RecoveryDialog, "exec",
                            lambda dialog: dialog.restore_button.click() or dialog.result())
        window = make_window()
        assert not window.session.offer_recovery()
        assert dialogs[-1][0] == "Cannot Restore"
        assert [c.name for c in recovery_copies()] == ["Budget"]
    finally:
        _end(holder)
