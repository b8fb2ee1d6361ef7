"""Two writers, one project file: a lock, a save that checks the disk, per-process temp files.

Issue #13, item 1: two `briefer import` runs at once both said "imported 1"
and the project kept one article; a window's save overwrote a command-line
import; the clean-up of leftover temporary files deleted a file another
process was still writing.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefer.core.errors import ProjectChangedError, ProjectError, ProjectLockedError
from briefer.core.records import Article
from briefer.core.store import Project
from briefer.core.store.files import _process_tag

REPO = Path(__file__).resolve().parents[2]

HOLDER = """
import sys
from briefer.core.store import Project

project = Project.open(sys.argv[1])
print("ready", flush=True)
sys.stdin.readline()
"""


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(REPO))


def _cli(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "briefer", *args], env=_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _saved_project(path: Path, title: str = "First") -> None:
    project = Project.new()
    project.add_article(Article(text=f"{title}: the minister said so.", title=title))
    project.save_as(path)
    project.close()


def _titles(path: Path) -> list[str]:
    project = Project.open(path, read_only=True)
    try:
        return sorted(a.title for a in project.articles())
    finally:
        project.close()


@pytest.fixture
def holder(tmp_path):
    """Another process that has the project open for changes."""
    path = tmp_path / "shared.briefer"
    _saved_project(path)
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], env=_env(),
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline() == "ready\n"
    yield path, child
    child.stdin.close()
    child.wait(10)


def test_a_second_writer_is_refused_and_may_open_read_only(holder):
    path, child = holder
    with pytest.raises(ProjectLockedError, match=rf"shared\.briefer is open for changes in "
                                                 rf"another Briefer \(process {child.pid} on "):
        Project.open(path)
    project = Project.open(path, read_only=True)
    assert [a.title for a in project.articles()] == ["First"]
    project.update_article(1, title="Changed here")
    with pytest.raises(ProjectError, match="open read-only: save it under another name"):
        project.save()
    project.save_as(path.with_name("mine.briefer"))
    assert _titles(path.with_name("mine.briefer")) == ["Changed here"]
    assert _titles(path) == ["First"]


def test_the_lock_ends_with_its_process(holder):
    path, child = holder
    child.kill()
    child.wait(10)
    project = Project.open(path)
    project.update_article(1, title="After the crash")
    project.save()
    project.close()
    assert _titles(path) == ["After the crash"]


def test_command_line_import_into_a_project_open_elsewhere_is_refused(holder, tmp_path):
    path, _child = holder
    article = tmp_path / "b.txt"
    article.write_text("Second article. The mayor said it rained.", encoding="utf-8")
    run = _cli("import", str(path), str(article), "--no-analyze")
    out, err = run.communicate(timeout=60)
    assert run.returncode == 2, (out, err)
    assert err.count("\n") == 1 and "is open for changes in another Briefer" in err
    assert _titles(path) == ["First"]


def test_save_refuses_when_the_file_changed_on_disk(tmp_path):
    path = tmp_path / "work.briefer"
    _saved_project(path)
    mine = Project.open(path)
    theirs = Project.new()
    theirs.add_article(Article(text="Theirs: a different project.", title="Theirs"))
    theirs.write_copy(path)  # another program replaces the file
    mine.update_article(1, title="Mine")
    with pytest.raises(ProjectChangedError, match=r"work\.briefer was changed by another "
                                                  r"program since it was opened here"):
        mine.save()
    assert _titles(path) == ["Theirs"]
    assert mine.is_dirty
    mine.save_as(tmp_path / "mine.briefer")
    assert _titles(tmp_path / "mine.briefer") == ["Mine"]


def test_save_refuses_when_a_new_projects_file_appeared_meanwhile(tmp_path):
    path = tmp_path / "new.briefer"
    mine = Project.new(path)
    mine.add_article(Article(text="Mine: a new project.", title="Mine"))
    _saved_project(path, "Theirs")  # made by another program between our start and save
    with pytest.raises(ProjectChangedError):
        mine.save()
    assert _titles(path) == ["Theirs"]


def test_an_unchanged_file_touched_on_disk_still_saves(tmp_path):
    path = tmp_path / "work.briefer"
    _saved_project(path)
    mine = Project.open(path)
    os.utime(path, ns=(1, 1))  # a backup tool resets the time; the content is the same
    mine.update_article(1, title="Mine")
    mine.save()
    mine.close()
    assert _titles(path) == ["Mine"]


def test_clean_up_spares_temporary_files_of_running_processes(tmp_path):
    path = tmp_path / "work.briefer"
    _saved_project(path)
    host = _process_tag().split("-")[0]
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)
    dead_pid = int(finished.stdout)
    try:
        live = tmp_path / f".work.briefer.~{host}-{sleeper.pid}-0123456789ab.tmp"
        dead = tmp_path / f".work.briefer.~{host}-{dead_pid}-ba9876543210.tmp"
        for leftover in (live, dead):
            leftover.write_bytes(b"half a save")
        project = Project.open(path)
        project.update_article(1, title="Saved")
        project.save()
        project.close()
        assert live.exists(), "the file of a process still saving was deleted"
        assert not dead.exists(), "a crashed save's leftover was kept"
    finally:
        sleeper.kill()
        sleeper.wait()


def test_temporary_files_carry_their_process(tmp_path, monkeypatch):
    seen: list[str] = []
    real_replace = os.replace

    def spy(source, target):
        seen.append(os.path.basename(source))
        return real_replace(source, target)

    monkeypatch.setattr(os, "replace", spy)
    _saved_project(tmp_path / "work.briefer")
    assert len(seen) == 1 and f"-{os.getpid()}-" in seen[0]


def test_two_imports_at_once_keep_both_articles_or_refuse_one(tmp_path):
    sources = []
    for name in ("a", "b"):
        source = tmp_path / f"{name}.txt"
        source.write_text(f"Article {name}. The spokesperson said {name}.", encoding="utf-8")
        sources.append(source)
    for round_ in range(3):
        path = tmp_path / f"race{round_}.briefer"
        if round_ == 2:
            _saved_project(path)  # an existing project as well as a new one
        runs = [_cli("import", str(path), str(s), "--no-analyze") for s in sources]
        results = [(r.wait(60), *r.communicate()) for r in runs]
        imported = {f"{s.stem}.txt" for s, (code, _o, _e) in zip(sources, results, strict=True)
                    if code == 0}
        for code, _out, err in results:
            assert code in (0, 2), err
            if code == 2:
                assert err.count("\n") == 1, err
                assert "another Briefer" in err or "changed by another program" in err, err
        assert imported, results
        project = Project.open(path, read_only=True)
        stored = {Path(a.source_path).name for a in project.articles()} - {""}
        project.close()
        assert stored == imported, results


def test_a_project_pointed_at_another_file_locks_that_file_on_save(tmp_path, holder):
    path, _child = holder
    copy = tmp_path / "copy.briefer"
    _saved_project(copy, "Copy")
    project = Project.open(copy)
    project.path = path  # as a restored recovery copy is pointed at its project
    with pytest.raises(ProjectLockedError):
        project.save()
    assert _titles(path) == ["First"]
