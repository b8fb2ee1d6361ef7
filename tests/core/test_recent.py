"""The recent-projects list: most recent first, capped, and only files that exist."""

import pytest

from briefer.core.recent import (
    MAX_RECENT,
    clear_recent,
    forget_project,
    recent_path,
    recent_projects,
    remember_project,
)


@pytest.fixture(autouse=True)
def private_config(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def make_projects(folder, count):
    paths = []
    for i in range(count):
        path = folder / f"p{i}.briefer"
        path.write_bytes(b"x")
        paths.append(path.resolve())
    return paths


def test_empty_without_a_file():
    assert recent_projects() == []


def test_most_recent_first_without_duplicates(tmp_path):
    a, b, c = make_projects(tmp_path, 3)
    for path in (a, b, c, a):
        remember_project(path)
    assert recent_projects() == [a, c, b]


def test_capped_at_ten(tmp_path):
    paths = make_projects(tmp_path, MAX_RECENT + 3)
    for path in paths:
        remember_project(path)
    assert MAX_RECENT == 10
    assert recent_projects() == list(reversed(paths))[:MAX_RECENT]


def test_missing_files_are_dropped_on_read(tmp_path):
    a, b, c = make_projects(tmp_path, 3)
    for path in (a, b, c):
        remember_project(path)
    b.unlink()
    assert recent_projects() == [c, a]


def test_relative_paths_are_stored_absolute(tmp_path, monkeypatch):
    make_projects(tmp_path, 1)
    monkeypatch.chdir(tmp_path)
    remember_project("p0.briefer")
    assert recent_projects() == [(tmp_path / "p0.briefer").resolve()]


def test_forget_and_clear(tmp_path):
    a, b = make_projects(tmp_path, 2)
    remember_project(a)
    remember_project(b)
    forget_project(a)
    assert recent_projects() == [b]
    clear_recent()
    assert recent_projects() == []


@pytest.mark.parametrize("content", ["", "{", '{"a": 1}', "[1, null, {}]", "\x00"])
def test_corrupt_file_reads_as_empty_and_is_repaired(tmp_path, content):
    recent_path().write_text(content, encoding="utf-8")
    assert recent_projects() == []
    (a,) = make_projects(tmp_path, 1)
    remember_project(a)
    assert recent_projects() == [a]


def test_a_symbolic_link_loop_is_forgotten_without_a_crash(tmp_path):
    # Opening a link loop in the window raised RuntimeError out of Path.resolve().
    (tmp_path / "one.briefer").symlink_to(tmp_path / "two.briefer")
    (tmp_path / "two.briefer").symlink_to(tmp_path / "one.briefer")
    forget_project(tmp_path / "one.briefer")
    remember_project(tmp_path / "two.briefer")
    assert recent_projects() == []
