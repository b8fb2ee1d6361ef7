"""Recovery copies through the store: written per session, offered only once their session ended."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefer.core.errors import ProjectLockedError
from briefer.core.records import Article
from briefer.core.store import Project
from briefer.core.store.recovery import (
    discard_recovery_copy,
    recovery_copies,
    remove_recovery_copy,
    restore_recovery_copy,
    write_recovery_copy,
)

REPO = Path(__file__).resolve().parents[2]

WRITER = """
import sys
from briefer.core.records import Article
from briefer.core.store import Project
from briefer.core.store.recovery import write_recovery_copy

path, title, stay = sys.argv[1], sys.argv[2], sys.argv[3] == "stay"
project = Project.open(path) if path != "-" else Project.new()
project.add_article(Article(text=f"{title}: unsaved work.", title=title))
write_recovery_copy(project.memory_copy(), key="window-1")
print("written", flush=True)
if stay:
    sys.stdin.readline()
"""


@pytest.fixture(autouse=True)
def private_data(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def _session(project: str, title: str, stay: bool) -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, project, title, "stay" if stay else "exit"],
        env=dict(os.environ, PYTHONPATH=str(REPO)), stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline() == "written\n"
    if not stay:
        child.wait(30)
    return child


def _saved(path: Path) -> Path:
    project = Project.new()
    project.add_article(Article(text="Saved: the first article.", title="Saved"))
    project.save_as(path)
    project.close()
    return path


def test_this_sessions_copy_is_never_offered_and_goes_on_save():
    project = Project.new()
    project.add_article(Article(text="Mine: unsaved.", title="Mine"))
    copy = write_recovery_copy(project.memory_copy(), key="window-1")
    assert copy.is_live and copy.path.is_file()
    assert recovery_copies() == []
    discard_recovery_copy(copy)
    assert copy.path.is_file(), "a live session's copy was removed"
    remove_recovery_copy("window-1")
    assert not copy.path.exists() and not copy.note_path.exists()


def test_every_copy_of_an_ended_session_is_offered_and_restores(tmp_path):
    budget = _saved(tmp_path / "Budget.briefer")
    _session(str(budget), "Crashed budget work", stay=False)
    _session("-", "Crashed untitled work", stay=False)
    copies = recovery_copies()
    assert [c.name for c in copies] == ["Untitled", "Budget"]  # newest first
    assert copies[1].project_path == budget and copies[0].project_path is None
    assert all(c.written > 0 and not c.is_live for c in copies)

    restored = restore_recovery_copy(copies[1])
    assert restored.path == budget and restored.is_dirty and not restored.read_only
    assert sorted(a.title for a in restored.articles()) == ["Crashed budget work", "Saved"]
    restored.save()
    restored.close()
    assert len(Project.open(budget, read_only=True).article_ids()) == 2

    untitled = restore_recovery_copy(copies[0])
    assert untitled.path is None and untitled.is_dirty
    for copy in copies:
        discard_recovery_copy(copy)
    assert recovery_copies() == []


def test_a_running_sessions_copy_is_left_alone(tmp_path):
    child = _session("-", "Live work", stay=True)
    try:
        assert recovery_copies() == []
        live = list((tmp_path / "data" / "briefer" / "recovery").glob("*.briefer"))
        assert len(live) == 1
    finally:
        child.stdin.close()
        child.wait(30)
    (offered,) = recovery_copies()  # the session has ended without removing it
    assert offered.name == "Untitled"


def test_restoring_onto_a_file_another_briefer_has_open_is_refused(tmp_path):
    budget = _saved(tmp_path / "Budget.briefer")
    _session(str(budget), "Crashed work", stay=False)
    (copy,) = recovery_copies()
    holder = _session(str(budget), "Other window", stay=True)
    try:
        with pytest.raises(ProjectLockedError):
            restore_recovery_copy(copy)
        assert copy.path.is_file()
    finally:
        holder.stdin.close()
        holder.wait(30)
