"""Saving onto a read-only folder or a full disk: a clear error, the old file untouched."""

import json

import pytest

from briefer.core.errors import ProjectError
from briefer.core.records import Article
from briefer.core.store import Project


def _saved_project(path, titles=("First article",)):
    project = Project.new()
    for title in titles:
        project.add_article(Article(text=f"{title}: the minister said talks would resume.",
                                    title=title))
    project.save_as(path)
    project.close()
    return path


def _leftovers(folder, name):
    return [p.name for p in folder.iterdir() if p.name != name]


def test_save_into_read_only_folder_fails_clearly_and_keeps_old_file(tmp_path, read_only):
    path = _saved_project(tmp_path / "work.briefer")
    before = path.read_bytes()
    project = Project.open(path)
    project.add_article(Article(text="Unsaved work the user must not lose.", title="New"))

    with read_only(tmp_path), pytest.raises(ProjectError) as caught:
        project.save()

    message = str(caught.value)
    assert "work.briefer" in message and "\n" not in message
    assert path.read_bytes() == before
    assert _leftovers(tmp_path, "work.briefer") == []
    assert project.is_dirty, "a failed save must not mark the work as saved"
    project.save()
    assert [a.title for a in Project.open(path).articles()] == ["First article", "New"]


def test_save_as_into_read_only_folder_keeps_the_current_file(tmp_path, read_only):
    path = _saved_project(tmp_path / "work.briefer")
    locked = tmp_path / "locked"
    locked.mkdir()
    project = Project.open(path)
    with read_only(locked), pytest.raises(ProjectError):
        project.save_as(locked / "copy.briefer")
    assert project.path == path
    assert list(locked.iterdir()) == []


_FILL_AND_SAVE = """
import sys
from briefer.core.errors import ProjectError
from briefer.core.records import Article
from briefer.core.store import Project

project = Project.open(sys.argv[1])
project.add_article(Article(text="A long article. " * 200_000, title="Too big for the disk"))
try:
    project.save()
except ProjectError as exc:
    print(exc)
    sys.exit(3)
"""


def test_save_beyond_file_size_limit_fails_clearly_and_keeps_old_file(
        tmp_path, run_with_file_size_limit):
    path = _saved_project(tmp_path / "work.briefer")
    before = path.read_bytes()
    result = run_with_file_size_limit(_FILL_AND_SAVE, str(path), limit=len(before) * 4)
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr
    message = result.stdout.strip()
    assert message.startswith("Cannot save work.briefer") and "\n" not in message
    assert path.read_bytes() == before
    assert _leftovers(tmp_path, "work.briefer") == []


_ON_TINY_DISK = """
import json, os, sys
from pathlib import Path
from briefer.core.errors import ProjectError
from briefer.core.records import Article
from briefer.core.store import Project

folder = Path(sys.argv[1])
path = folder / "work.briefer"
project = Project.new()
project.add_article(Article(text="Saved while there was room.", title="Old"))
project.save_as(path)
before = path.read_bytes()
project.add_article(Article(text="A long article. " * 200_000, title="New"))
report = {}
try:
    project.save()
except ProjectError as exc:
    report["error"] = str(exc)
report["unchanged"] = path.read_bytes() == before
report["titles"] = [a.title for a in Project.open(path).articles()]
report["files"] = sorted(os.listdir(folder))
report["still_dirty"] = project.is_dirty
print(json.dumps(report))
"""


def test_save_on_a_full_disk_fails_clearly_and_keeps_old_file(run_on_tiny_disk):
    result = run_on_tiny_disk(_ON_TINY_DISK, size=512 * 1024)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["error"].startswith("Cannot save work.briefer")
    assert report["unchanged"] and report["still_dirty"]
    assert report["titles"] == ["Old"]
    assert report["files"] == ["work.briefer"]
