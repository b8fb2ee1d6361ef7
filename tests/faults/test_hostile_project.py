"""A `.briefer` file is untrusted input: its schema must be Briefer's own before any use.

Issue #13, item 6: a `meta` that was a view with an endless recursive query
hung Open and `briefer export`; an `AFTER INSERT` trigger ran on import (an
endless one hung, a `RAISE(ABORT)` gave "internal error"); an `articles_fts`
that was a plain table made every search raise.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from briefer.core.errors import ProjectError
from briefer.core.records import Article
from briefer.core.store import Project

REPO = Path(__file__).resolve().parents[2]
ENDLESS = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "

ATTACKS = {
    "endless meta view": [
        "ALTER TABLE meta RENAME TO meta_real",
        f"CREATE VIEW meta AS {ENDLESS}SELECT 'k' || i AS key, 'v' AS value FROM n",
    ],
    "endless trigger on import": [
        f"CREATE TRIGGER hang AFTER INSERT ON articles BEGIN "
        f"SELECT count(*) FROM ({ENDLESS}SELECT i FROM n); END",
    ],
    "aborting trigger": [
        "CREATE TRIGGER refuse AFTER INSERT ON articles BEGIN "
        "SELECT RAISE(ABORT, 'no'); END",
    ],
    "search index as a plain table": [
        "DROP TABLE articles_fts",
        "CREATE TABLE articles_fts (title, text)",
    ],
    "an extra table": ["CREATE TABLE payload (x)"],
    "an altered index": [
        "DROP INDEX mentions_article",
        "CREATE INDEX mentions_article ON mentions(article_id) WHERE length(text) > 0",
    ],
    "a view beside the tables": [f"CREATE VIEW endless AS {ENDLESS}SELECT i FROM n"],
}


def _hostile(path: Path, statements: list[str]) -> Path:
    project = Project.new()
    project.add_article(Article(text="The minister said the budget will pass.", title="Budget"))
    project.save_as(path)
    project.close()
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


@pytest.mark.timeout(30)
@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_open_refuses_a_schema_briefer_did_not_make(tmp_path, attack):
    path = _hostile(tmp_path / "hostile.briefer", ATTACKS[attack])
    with pytest.raises(ProjectError, match=r"hostile\.briefer: .*(not a Briefer project|"
                                           r"not opened, for safety)"):
        Project.open(path)
    with pytest.raises(ProjectError):
        Project.open(path, read_only=True)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("attack", ["endless meta view", "endless trigger on import"])
def test_command_line_refuses_in_one_line(tmp_path, attack):
    path = _hostile(tmp_path / "hostile.briefer", ATTACKS[attack])
    article = tmp_path / "new.txt"
    article.write_text("A new article. The mayor said it rained.", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(REPO))
    for args in (["export", str(path), "-o", str(tmp_path / "out.docx")],
                 ["import", str(path), str(article), "--no-analyze"]):
        run = subprocess.run([sys.executable, "-m", "briefer", *args], env=env,
                             capture_output=True, text=True, timeout=50)
        assert run.returncode == 2, run.stderr
        assert run.stderr.count("\n") == 1 and "hostile.briefer" in run.stderr
        assert "internal error" not in run.stderr


def test_a_project_of_our_own_still_opens_and_searches(tmp_path):
    path = _hostile(tmp_path / "fine.briefer", [])
    project = Project.open(path)
    assert project.search_articles("budget") == [1]
    project.add_article(Article(text="Second: the mayor said it rained.", title="Rain"))
    assert project.search_articles("rained") == [2]
    project.save()
    project.close()
