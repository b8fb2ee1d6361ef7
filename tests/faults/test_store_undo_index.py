"""Undo keeps the full-text index right whether SQLite's recursive triggers are on or off.

Many SQLite builds outside Debian leave `recursive_triggers` off; an undo that
re-inserted rows with `INSERT OR REPLACE` then skipped the index's delete
trigger, and the index kept the old text (issue #13, item 5).
"""

import sqlite3

import pytest

from briefer.core import review
from briefer.core.records import Article
from briefer.core.store import Project

TEXT = "The minister said the budget will pass. Critics disagreed sharply."


def _index_is_sound(project: Project) -> bool:
    try:
        project.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")
    except sqlite3.DatabaseError:  # "database disk image is malformed"
        return False
    return True


@pytest.fixture(params=["ON", "OFF"])
def project(request):
    project = Project.new()
    project.conn.execute(f"PRAGMA recursive_triggers = {request.param}")
    project.add_article(Article(text=TEXT, title="Budget vote"))
    yield project
    project.close()


def test_undo_and_redo_of_a_title_edit(project):
    change = review.update_article(project, 1, title="Harvest report")
    for _ in range(3):
        change.undo(project)
        assert _index_is_sound(project)
        assert project.search_articles("budget vote") == [1]
        assert project.search_articles("harvest") == []
        change.redo(project)
        assert _index_is_sound(project)
        assert project.search_articles("harvest") == [1]
        assert project.search_articles("vote") == []


def test_undo_of_a_removed_article(project):
    change = review.remove_article(project, 1)
    assert project.search_articles("critics") == []
    change.undo(project)
    assert _index_is_sound(project)
    assert project.search_articles("critics") == [1]
    change.redo(project)
    assert _index_is_sound(project)
    assert project.search_articles("critics") == []
